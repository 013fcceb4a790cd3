/**
 * Tests of the layout in a worker thread (lib/graph/layout-thread.ts, lib/graph/layout-worker.ts): the
 * positions are those of the layout in this thread, to the bit, for a fixed iteration count (a time
 * budget would make the count machine-dependent), with and without Barnes-Hut and with the layout off;
 * an AbortSignal stops the worker. Under ts-jest the worker is the compiled dist/lib/graph/
 * layout-worker.js, so `npm run build` must have run since the layout sources last changed (npm test
 * builds first).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGraph } from '../lib/graph/load';
import { layout } from '../lib/graph/layout';
import { compactKnowledgeGraph } from '../lib/graph/layout-compact';
import { layoutInWorker, layoutWorkerFile } from '../lib/graph/layout-thread';
import { validateLayoutOptions } from '../lib/graph/layout';
import type { EntityRecord, KnowledgeGraph, RelationRecord } from '../lib/types';

const root = resolve(__dirname, '..');
const SEEDS = join(root, 'exports', 'seeds.json');
const seeds = parseGraph(readFileSync(SEEDS, 'utf8'), SEEDS);

/** `n` Person entities, each linked to the next 1-3 (a fixed pattern), so the graph is the same every time. */
function mesh(n: number): KnowledgeGraph {
  const base = 'https://w3id.org/darkweb-kg/id/';
  const entities: EntityRecord[] = [];
  for (let i = 0; i < n; i++) {
    entities.push({ iri: `${base}person/p${i}`, key: `person:p${i}`, type: 'Person', label: `P${i}`, altLabels: [], named: true, mentions: {} });
  }
  const relations: RelationRecord[] = [];
  const assertion = { iri: `${base}a`, doc: `${base}d`, text: 't', start: 0, end: 1, confidence: 1 };
  for (let i = 0; i < n; i++) {
    for (let k = 1; k <= 1 + (i % 3); k++) {
      relations.push({ s: entities[i].iri, p: 'memberOf', o: entities[(i + k * 17) % n].iri, assertions: Array(1 + (i % 2)).fill(assertion) });
    }
  }
  return { format: 'darkweb-kg', version: 1, base, documents: [], entities, relations, facts: [] };
}

describe('the layout worker', () => {
  test('is found: dist/lib/graph/layout-worker.js, compiled from the current sources', () => {
    expect(layoutWorkerFile()).toBe(join(root, 'dist', 'lib', 'graph', 'layout-worker.js'));
  });

  test.each([
    ['the seed graph, automatic iteration count', () => seeds, { seconds: Infinity }],
    ['the seed graph, layout off (seeded positions)', () => seeds, { enabled: false }],
    ['3,000 nodes with Barnes-Hut, 6 iterations', () => mesh(3000), { iterations: 6, seconds: Infinity }],
    ['3,000 nodes without Barnes-Hut, 2 iterations', () => mesh(3000), { iterations: 2, seconds: Infinity, barnesHutThreshold: 10_000 }],
    ['an empty graph', () => ({ ...seeds, entities: [], relations: [] }), {}],
  ])('gives the positions of the layout in this thread: %s', async (_name, graph, options) => {
    const here = layout(graph(), options);
    const there = await layout.inWorker(graph(), options);
    expect([...there.keys()]).toEqual([...here.keys()]);
    expect(there).toEqual(here);
  });

  test('reports what it ran, as the thread does', async () => {
    const result = await layoutInWorker(compactKnowledgeGraph(seeds), validateLayoutOptions({ iterations: 7 }));
    expect(result.report).toEqual({ nodes: seeds.entities.length, planned: 7, iterations: 7, barnesHut: false, budgetSpent: false });
    expect(result.x).toHaveLength(seeds.entities.length);
  });

  test('an aborted signal stops the worker and rejects with its reason', async () => {
    const stop = new AbortController();
    const reason = new Error('stopped by the test');
    const run = layout.inWorker(mesh(3000), { iterations: 100_000, seconds: Infinity }, stop.signal);
    setImmediate(() => stop.abort(reason));
    await expect(run).rejects.toBe(reason);
    const already = new AbortController();
    already.abort(reason);
    await expect(layout.inWorker(seeds, {}, already.signal)).rejects.toBe(reason);
  });

  test('bad options are refused before any worker starts, naming the key', async () => {
    await expect(layout.inWorker(seeds, { iterations: -1 })).rejects.toThrow(/layout option "iterations"/);
  });
});
