/**
 * `build --update graph.json more/`: adds documents to a built graph. Existing IRIs never change, nothing
 * already there is lost (every triple of the old Turtle is still in the new one), and running it again on
 * the same input writes the same bytes. Also the union it rests on (mergeGraphs without a lexicon).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser, termToId } from 'n3';
import { loadGraph, parseGraph } from '../lib/graph/load';
import { mergeGraphs } from '../lib/graph/merge-graphs';
import type { KnowledgeGraph } from '../lib/types';
import { runCli } from './helpers/run-cli';

const root = resolve(__dirname, '..');
const SEEDS = join(root, 'seeds');
const OUTPUTS = ['seeds.json', 'seeds.ttl', 'seeds.gexf'];

function triples(file: string): Set<string> {
  return new Set(new Parser().parse(readFileSync(file, 'utf8')).map((q) => `${termToId(q.subject)} ${termToId(q.predicate)} ${termToId(q.object)}`));
}

function iris(g: KnowledgeGraph): string[] {
  return [
    ...g.documents.map((d) => d.iri),
    ...g.entities.map((e) => e.iri),
    ...g.relations.map((r) => `${r.s} ${r.p} ${r.o}`),
    ...g.relations.flatMap((r) => r.assertions.map((a) => a.iri)),
    ...g.facts.map((f) => f.iri),
  ];
}

const snapshot = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('build --update on the seeds, three articles first, then two more', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dwk-update-'));
  const first = join(tmp, 'first');
  const more = join(tmp, 'more');
  const out = join(tmp, 'exports');
  const full = join(tmp, 'full');
  const graphFile = join(out, 'seeds.json');
  let before: { graph: KnowledgeGraph; triples: Set<string>; files: Record<string, string> };
  let after: { graph: KnowledgeGraph; triples: Set<string>; files: Record<string, string> };
  let update: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const names = readdirSync(SEEDS).sort();
    for (const [dir, part] of [[first, names.slice(0, 3)], [more, names.slice(3)]] as const) {
      mkdirSync(dir);
      for (const n of part) copyFileSync(join(SEEDS, n), join(dir, n));
    }
    const built = await runCli('build', first, '--out', out, '--name', 'seeds', '--no-html');
    expect(built.code).toBe(0);
    before = { graph: loadGraph(graphFile), triples: triples(join(out, 'seeds.ttl')), files: snapshot(out) };
    update = await runCli('build', '--update', graphFile, more, '--no-html');
    after = { graph: loadGraph(graphFile), triples: triples(join(out, 'seeds.ttl')), files: snapshot(out) };
  });

  test('adds the new documents in place, next to the graph', () => {
    expect(update.code).toBe(0);
    expect(update.err).toContain(`Added 2 new documents to ${graphFile} (5 now)`);
    expect(before.graph.documents.length).toBe(3);
    expect(after.graph.documents.length).toBe(5);
    expect(after.graph.entities.length).toBeGreaterThan(before.graph.entities.length);
  });

  test('no IRI of the graph changes or disappears', () => {
    const now = new Set(iris(after.graph));
    expect(iris(before.graph).filter((x) => !now.has(x))).toEqual([]);
  });

  test('nothing is lost: every triple of the old Turtle is in the new one, every label is kept', () => {
    expect([...before.triples].filter((t) => !after.triples.has(t))).toEqual([]);
    expect(after.triples.size).toBeGreaterThan(before.triples.size);
    const now = new Map(after.graph.entities.map((e) => [e.iri, e]));
    for (const e of before.graph.entities) expect({ iri: e.iri, label: now.get(e.iri)?.label }).toEqual({ iri: e.iri, label: e.label });
  });

  test('every entity one build of all five articles finds is there, under the same IRI', async () => {
    expect((await runCli('build', SEEDS, '--out', full, '--name', 'seeds', '--format', 'json', '--no-html', '--no-layout')).code).toBe(0);
    const have = new Set(after.graph.entities.map((e) => e.iri));
    expect(loadGraph(join(full, 'seeds.json')).entities.map((e) => e.iri).filter((x) => !have.has(x))).toEqual([]);
  });

  test('running the same update again changes no byte of any output', async () => {
    const again = await runCli('build', '--update', graphFile, more, '--no-html');
    expect(again.code).toBe(0);
    expect(again.err).toContain('Added 0 new documents');
    expect(snapshot(out)).toEqual(after.files);
  });

  test('updating with articles the graph already holds changes nothing', async () => {
    const r = await runCli('build', '--update', graphFile, SEEDS, '--no-html');
    expect(r.code).toBe(0);
    expect(snapshot(out)).toEqual(after.files);
  });

  test('a --base other than the graph\'s is refused, naming the graph', async () => {
    const r = await runCli('build', '--update', graphFile, more, '--base', 'http://example.org/kg/', '--no-html');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Error: --base http://example.org/kg/ differs from the base of ${graphFile}`);
    expect(snapshot(out)).toEqual(after.files);
  });

  test('a missing graph is an error that names it', async () => {
    const missing = join(tmp, 'nope.json');
    const r = await runCli('build', '--update', missing, more, '--no-html');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Error: ${missing}: no such file`);
  });
});

describe('build --update with a --format that leaves out json', () => {
  test('still rewrites the graph it updates in place', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dwk-update-format-'));
    const [a, b] = [join(tmp, 'a'), join(tmp, 'b')];
    const pair = join(__dirname, 'fixtures', 'shard');
    for (const [d, f] of [[a, 'operation-named.txt'], [b, 'operation-unnamed.txt']]) {
      mkdirSync(d);
      copyFileSync(join(pair, f), join(d, f));
    }
    expect((await runCli('build', a, '--out', tmp, '--name', 'g', '--no-html', '--no-layout', '--format', 'json')).code).toBe(0);
    const r = await runCli('build', '--update', join(tmp, 'g.json'), b, '--no-html', '--no-layout', '--format', 'ttl');
    expect(r.code).toBe(0);
    expect(loadGraph(join(tmp, 'g.json')).documents.length).toBe(2);
    expect(r.err).toContain(`wrote ${join(tmp, 'g.ttl')}`);
  });
});

describe('mergeGraphs without a lexicon: the union an update writes', () => {
  const fixture = join(__dirname, 'fixtures', 'small-graph.json');
  const small = parseGraph(readFileSync(fixture, 'utf8'), fixture);
  // as resolve writes them (the hand-written fixture lists some aliases unsorted)
  for (const e of small.entities) e.altLabels.sort();

  test('a graph merged with itself is itself: mentions per document are not added up twice', () => {
    expect(mergeGraphs([small, small])).toEqual(small);
  });

  test('the first graph keeps its labels; another graph\'s label of the same entity becomes an altLabel', () => {
    const other: KnowledgeGraph = JSON.parse(JSON.stringify(small));
    const e = other.entities[1];
    e.label = 'Another Name';
    e.mentions = { 'https://w3id.org/darkweb-kg/id/document/00000000000000aa': 4 };
    const merged = mergeGraphs([small, other]).entities[1];
    expect(merged.label).toBe(small.entities[1].label);
    expect(merged.altLabels).toEqual([...small.entities[1].altLabels, 'Another Name'].sort());
    expect(merged.mentions).toEqual({ 'https://w3id.org/darkweb-kg/id/document/00000000000000aa': 4, ...small.entities[1].mentions });
    expect(Object.keys(merged.mentions)).toEqual(Object.keys(merged.mentions).sort());
  });

  test('assertions and facts are unioned by IRI and sorted as resolve sorts them', () => {
    const a: KnowledgeGraph = { ...small, relations: small.relations.map((r) => ({ ...r, assertions: r.assertions.slice(0, 1) })), facts: small.facts.slice(0, 1) };
    const b: KnowledgeGraph = { ...small, relations: small.relations.map((r) => ({ ...r, assertions: r.assertions.slice(1) })), facts: small.facts.slice(1).reverse() };
    expect(mergeGraphs([b, a])).toEqual(small);
  });
});
