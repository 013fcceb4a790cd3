/**
 * Tests of the deterministic ForceAtlas2 layout (lib/graph/layout.ts and the run on the compact graph,
 * lib/graph/layout-forceatlas2.ts): same graph, same positions; the same positions as
 * graphology-layout-forceatlas2's public `assign` run batch by batch (how the layout was computed before
 * the compact graph, so the outputs kept their bytes); finite, rounded positions for isolated nodes and
 * disconnected components; seeded placement when disabled or out of time; Barnes-Hut above the
 * threshold; the compact graph; option validation and the choice of thread.
 * (The worker thread itself: __tests__/layout-worker.test.ts.)
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { UsageError } from '../lib/errors';
import { toGraphology } from '../lib/graph/graphology';
import { parseGraph } from '../lib/graph/load';
import {
  autoIterations,
  layout,
  LAYOUT_DEFAULTS,
  LAYOUT_WORKER_WORDS,
  roundCoordinate,
  seededPosition,
  useLayoutWorker,
  validateLayoutOptions,
  type LayoutOptions,
  type Position,
} from '../lib/graph/layout';
import { compactGraphology, compactKnowledgeGraph } from '../lib/graph/layout-compact';
import { layoutWorkerAvailable } from '../lib/graph/layout-thread';
import type { EntityRecord, KnowledgeGraph, RelationRecord } from '../lib/types';

const FIXTURE = path.join(__dirname, 'fixtures', 'small-graph.json');
const small = parseGraph(readFileSync(FIXTURE, 'utf8'), FIXTURE);

/**
 * `n` Agency entities: a ring over the first 80%, a separate 4-node chain, and the rest isolated.
 * A fixed linear congruential generator adds one partOf chord per ring node, so the graph is the same
 * every time.
 */
function generated(n: number): KnowledgeGraph {
  const base = 'https://w3id.org/darkweb-kg/id/';
  const entities: EntityRecord[] = [];
  for (let i = 0; i < n; i++) {
    entities.push({
      iri: `${base}agency/a${String(i).padStart(5, '0')}`,
      key: `agency:a${i}`,
      type: 'Agency',
      label: `A${i}`,
      altLabels: [],
      named: true,
      mentions: {},
    });
  }
  const relations: RelationRecord[] = [];
  const link = (a: number, b: number, p: RelationRecord['p'] = 'cooperatedWith') =>
    relations.push({ s: entities[a].iri, p, o: entities[b].iri, assertions: [] });
  const ring = Math.floor(n * 0.8);
  for (let i = 0; i < ring; i++) link(i, (i + 1) % ring);
  let seed = 7;
  for (let i = 0; i < ring; i++) {
    seed = (seed * 48271) % 2147483647;
    link(i, seed % ring, 'partOf');
  }
  for (let i = ring; i < ring + 3; i++) link(i, i + 1);
  return { format: 'darkweb-kg', version: 1, base, documents: [], entities, relations, facts: [] };
}

function expectRoundedAndFinite(positions: Map<string, Position>, bound: number): void {
  for (const [iri, p] of positions) {
    for (const v of [p.x, p.y]) {
      if (!Number.isFinite(v) || Math.abs(v) > bound) throw new Error(`${iri}: coordinate ${v} out of bounds`);
      expect(roundCoordinate(v)).toBe(v);
    }
  }
}

describe('layout', () => {
  test('gives every entity a position, the same on every run', () => {
    const a = layout(small);
    const b = layout(small);
    expect([...a.keys()]).toEqual(small.entities.map((e) => e.iri));
    expect(b).toEqual(a);
  });

  test('does not depend on earlier positions or on the input object', () => {
    const before = JSON.stringify(small);
    const first = layout(small);
    expect(JSON.stringify(small)).toBe(before);
    const g = toGraphology(small);
    g.updateEachNodeAttributes((_id, attr) => ({ ...attr, x: 1e6, y: -1e6 }));
    layout.assign(g);
    g.forEachNode((id, attr) => {
      const p = attr as typeof attr & Position;
      expect({ x: p.x, y: p.y }).toEqual(first.get(id));
    });
  });

  test('keeps isolated nodes and disconnected components finite and near the rest', () => {
    const graph = generated(60);
    const positions = layout(graph);
    expect(positions.size).toBe(60);
    // 48-node ring, a 4-node chain, 8 isolated nodes: all within a few times the initial disc (10*sqrt(n)).
    expectRoundedAndFinite(positions, 50 * Math.sqrt(60));
    const xs = [...positions.values()].map((p) => p.x);
    expect(new Set(xs).size).toBeGreaterThan(50); // not collapsed onto one point
  });

  test('with enabled: false, keeps the seeded placement (rounded)', () => {
    const positions = layout(small, { enabled: false });
    const radius = 10 * Math.sqrt(small.entities.length);
    for (const e of small.entities) {
      const seeded = seededPosition(e.iri, radius);
      expect(positions.get(e.iri)).toEqual({ x: roundCoordinate(seeded.x), y: roundCoordinate(seeded.y) });
    }
    expect(positions).not.toEqual(layout(small));
  });

  test('with a spent time budget, stops before the first batch and says so', () => {
    const g = toGraphology(small);
    const report = layout.assign(g, { seconds: 0 });
    expect(report).toMatchObject({ iterations: 0, budgetSpent: true, planned: autoIterations(small.entities.length) });
    expect(layout(small, { seconds: 0 })).toEqual(layout(small, { enabled: false }));
  });

  test('reports a full run that the budget did not cut', () => {
    const report = layout.assign(toGraphology(small), { iterations: 30 });
    expect(report).toEqual({ nodes: 10, planned: 30, iterations: 30, barnesHut: false, budgetSpent: false });
  });

  test('handles an empty graph and a single node', () => {
    expect(layout({ ...small, entities: [], relations: [] }).size).toBe(0);
    const one = layout({ ...small, entities: small.entities.slice(0, 1), relations: [] });
    expectRoundedAndFinite(one, 100);
  });

  test('switches Barnes-Hut on above the threshold, and it changes the result', () => {
    const graph = generated(2500);
    const g = toGraphology(graph);
    const report = layout.assign(g, { iterations: 2 });
    expect(report).toMatchObject({ nodes: 2500, barnesHut: true, iterations: 2 });
    const withBH = layout(graph, { iterations: 2 });
    expectRoundedAndFinite(withBH, 100 * Math.sqrt(2500));
    expect(layout(graph, { iterations: 2 })).toEqual(withBH);
    const exact = layout(graph, { iterations: 2, barnesHutThreshold: 10_000 });
    expect(exact).not.toEqual(withBH);
    expect(layout.assign(toGraphology(generated(1500)), { iterations: 1 }).barnesHut).toBe(false);
  });
});

/**
 * The layout as it was computed before the compact graph: seeded positions on a graphology graph, then
 * the package's public `forceAtlas2.assign` called batch by batch, then rounding (no time budget).
 */
function referenceLayout(g: Graph, iterations: number, barnesHutThreshold = LAYOUT_DEFAULTS.barnesHutThreshold): Map<string, Position> {
  const nodes = g.order;
  const radius = 10 * Math.sqrt(nodes);
  g.updateEachNodeAttributes((id, attr) => ({ ...attr, ...seededPosition(id, radius) }));
  const settings = { ...forceAtlas2.inferSettings(nodes), barnesHutOptimize: nodes > barnesHutThreshold };
  const batch = Math.min(50, Math.max(1, Math.round(20_000 / Math.max(nodes, 1))));
  for (let done = 0; done < iterations; done += batch) {
    forceAtlas2.assign(g, { iterations: Math.min(batch, iterations - done), settings, getEdgeWeight: 'weight' });
  }
  const positions = new Map<string, Position>();
  g.forEachNode((id, attr) => positions.set(id, { x: roundCoordinate(attr.x as number), y: roundCoordinate(attr.y as number) }));
  return positions;
}

describe('the run on the compact graph', () => {
  test('gives the positions of the package\'s public assign, batch by batch (no Barnes-Hut; batches of 50, 50, 20)', () => {
    const graph = generated(200);
    expect(layout(graph, { iterations: 120, seconds: Infinity })).toEqual(referenceLayout(toGraphology(graph), 120));
  });

  test('... and with Barnes-Hut, one iteration per batch', () => {
    const graph = generated(2500);
    expect(layout(graph, { iterations: 4, seconds: Infinity })).toEqual(referenceLayout(toGraphology(graph), 4));
  });

  test('... and for a graphology graph with weights, a loop, parallel edges and a weight that is not a number', () => {
    const g = new Graph({ type: 'directed', multi: true });
    for (let i = 0; i < 40; i++) g.addNode(`n${i}`);
    for (let i = 0; i < 40; i++) g.addEdge(`n${i}`, `n${(i * 7 + 3) % 40}`, { weight: 1 + (i % 4) * 0.5 });
    g.addEdge('n1', 'n1', { weight: 3 });
    g.addEdge('n2', 'n5', { weight: 'heavy' });
    g.addEdge('n2', 'n5', { weight: NaN });
    const expected = referenceLayout(g.copy(), 120);
    layout.assign(g, { iterations: 120 });
    const got = new Map<string, Position>();
    g.forEachNode((id, attr) => got.set(id, { x: attr.x as number, y: attr.y as number }));
    expect(got).toEqual(expected);
  });
});

describe('the compact graph', () => {
  test('has one node per entity in order, and the relations between entities with their document counts', () => {
    const graph = generated(20);
    const assertion = { iri: 'a', doc: 'd', text: 't', start: 0, end: 1, confidence: 1 };
    graph.relations = [
      { s: graph.entities[2].iri, p: 'partOf', o: graph.entities[0].iri, assertions: [assertion, assertion] },
      { s: graph.entities[1].iri, p: 'partOf', o: 'https://example.org/not-an-entity', assertions: [assertion] },
      { s: graph.entities[3].iri, p: 'cooperatedWith', o: graph.entities[3].iri, assertions: [] },
    ];
    const c = compactKnowledgeGraph(graph);
    expect(c.ids).toEqual(graph.entities.map((e) => e.iri));
    expect({ source: [...c.source], target: [...c.target], weight: [...c.weight] }).toEqual({ source: [2, 3], target: [0, 3], weight: [2, 0] });
  });

  test('refuses an entity IRI given twice, naming it', () => {
    const graph = generated(20);
    graph.entities.push({ ...graph.entities[1] });
    expect(() => compactKnowledgeGraph(graph)).toThrow(`layout: node ${graph.entities[1].iri} appears twice in the graph`);
  });

  test('of a graphology graph follows its iteration order and weighs edges by a numeric weight attribute, else 1', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.addNode('b');
    g.addNode('a');
    g.addEdge('a', 'b', { weight: 2.5 });
    g.addEdge('b', 'a', { weight: 'x' });
    g.addEdge('b', 'b');
    const c = compactGraphology(g);
    expect({ ids: c.ids, source: [...c.source], target: [...c.target], weight: [...c.weight] }).toEqual({
      ids: ['b', 'a'],
      source: [1, 0, 0],
      target: [0, 1, 0],
      weight: [2.5, 1, 1],
    });
  });
});

describe('useLayoutWorker', () => {
  const opts = (o: Partial<LayoutOptions>): LayoutOptions => validateLayoutOptions(o);

  test('follows worker: true and worker: false whatever the size', () => {
    expect(useLayoutWorker(1, opts({ worker: true }))).toBe(true);
    expect(useLayoutWorker(1_000_000, opts({ worker: false }))).toBe(false);
  });

  test('with worker: "auto", takes a worker from workerThreshold nodes on, when the compiled worker is at hand', () => {
    expect(useLayoutWorker(LAYOUT_DEFAULTS.workerThreshold - 1, opts({}))).toBe(false);
    expect(useLayoutWorker(LAYOUT_DEFAULTS.workerThreshold, opts({}))).toBe(layoutWorkerAvailable());
    expect(useLayoutWorker(10, opts({ workerThreshold: 10 }))).toBe(layoutWorkerAvailable());
  });

  test('the command line words map onto the option', () => {
    expect(Object.keys(LAYOUT_WORKER_WORDS).map((w) => validateLayoutOptions({ worker: LAYOUT_WORKER_WORDS[w as keyof typeof LAYOUT_WORKER_WORDS] }).worker)).toEqual([
      'auto',
      true,
      false,
    ]);
  });
});

describe('autoIterations', () => {
  test('is 500 for small graphs, fewer for larger ones, never below 50', () => {
    expect(autoIterations(0)).toBe(500);
    expect(autoIterations(100)).toBe(500);
    expect(autoIterations(1000)).toBe(200);
    expect(autoIterations(2000)).toBe(100);
    expect(autoIterations(100_000)).toBe(50);
  });
});

describe('validateLayoutOptions', () => {
  test('fills in the defaults', () => {
    expect(validateLayoutOptions()).toEqual(LAYOUT_DEFAULTS);
    expect(validateLayoutOptions({ seconds: 5, iterations: undefined })).toEqual({ ...LAYOUT_DEFAULTS, seconds: 5 });
  });

  test.each([
    [{ enabled: 'yes' }, /layout option "enabled" must be true or false \(got "yes"\)/],
    [{ iterations: 0 }, /layout option "iterations" must be a positive integer or "auto" \(got 0\)/],
    [{ iterations: 2.5 }, /"iterations"/],
    [{ seconds: -1 }, /layout option "seconds" must be a number >= 0 \(got -1\)/],
    [{ seconds: NaN }, /"seconds"/],
    [{ barnesHutThreshold: -5 }, /layout option "barnesHutThreshold" must be an integer >= 0/],
    [{ worker: 'yes' }, /layout option "worker" must be true, false or "auto" \(got "yes"\)/],
    [{ workerThreshold: 1.5 }, /layout option "workerThreshold" must be an integer >= 0 \(got 1.5\)/],
    [{ iteration: 10 }, /unknown layout option "iteration" \(known: enabled, iterations, seconds, barnesHutThreshold, worker, workerThreshold\)/],
  ])('rejects %p, naming the key', (options, message) => {
    expect(() => validateLayoutOptions(options as never)).toThrow(UsageError);
    expect(() => validateLayoutOptions(options as never)).toThrow(message);
  });

  test('accepts Infinity as "no time cap"', () => {
    expect(validateLayoutOptions({ seconds: Infinity }).seconds).toBe(Infinity);
  });
});
