/**
 * Sharding: `build --shard i/n` on several machines, then `merge`, gives what one build gives — the same
 * JSON byte for byte, so the same IRIs and the same triples — on the seed articles and on two written-for-
 * test articles whose resolution needs both (an unnamed operation merged with the named one reporting the
 * same arrest figures). Also: an empty shard, and the errors of merge.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser, termToId } from 'n3';
import { inShard } from '../lib/pipeline';
import { readInputs } from '../lib/ingest';
import { loadGraph } from '../lib/graph/load';
import { mergeGraphs } from '../lib/graph/merge-graphs';
import type { KnowledgeGraph } from '../lib/types';
import { runCli } from './helpers/run-cli';

const root = resolve(__dirname, '..');
const SEEDS = join(root, 'seeds');
const PAIR = join(__dirname, 'fixtures', 'shard');
const FAST = ['--no-html', '--no-layout'];

/** The sorted, distinct triples of a Turtle or N-Quads file (graph names dropped), as read by n3. */
function triples(file: string, format: 'Turtle' | 'N-Quads'): string[] {
  const quads = new Parser({ format }).parse(readFileSync(file, 'utf8'));
  return [...new Set(quads.map((q) => `${termToId(q.subject)} ${termToId(q.predicate)} ${termToId(q.object)}`))].sort();
}

function iris(g: KnowledgeGraph): string[] {
  return [
    ...g.documents.map((d) => d.iri),
    ...g.entities.map((e) => e.iri),
    ...g.relations.flatMap((r) => r.assertions.map((a) => a.iri)),
    ...g.facts.map((f) => f.iri),
  ].sort();
}

describe('the seeds built in 3 shards and merged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-shard-'));
  const out = (d: string, ext: string) => join(dir, d, `g.${ext}`);
  const runs: Record<string, Awaited<ReturnType<typeof runCli>>> = {};

  beforeAll(async () => {
    runs.one = await runCli('build', SEEDS, '--out', join(dir, 'one'), '--name', 'g', '--format', 'json', 'ttl', 'nquads', ...FAST);
    for (const i of [1, 2, 3]) runs[`s${i}`] = await runCli('build', SEEDS, '--shard', `${i}/3`, '--out', join(dir, `s${i}`), '--name', 'g', '--format', 'json', ...FAST);
    runs.merged = await runCli('merge', out('s1', 'json'), out('s2', 'json'), out('s3', 'json'), '--out', join(dir, 'merged'), '--name', 'g', '--format', 'json', 'ttl', 'nquads', ...FAST);
  });

  test('every build and the merge succeed, and each document is in exactly one shard', () => {
    for (const [name, r] of Object.entries(runs)) expect({ name, code: r.code, err: r.err.match(/Error.*/)?.[0] }).toEqual({ name, code: 0, err: undefined });
    const shardDocs = [1, 2, 3].map((i) => loadGraph(out(`s${i}`, 'json')).documents.map((d) => d.iri));
    expect(shardDocs.flat().sort()).toEqual(loadGraph(out('one', 'json')).documents.map((d) => d.iri));
  });

  test('the merged graph has the same IRIs as one build', () => {
    const one = iris(loadGraph(out('one', 'json')));
    const merged = iris(loadGraph(out('merged', 'json')));
    expect({ onlyInMerged: merged.filter((x) => !one.includes(x)), onlyInOneBuild: one.filter((x) => !merged.includes(x)) }).toEqual({ onlyInMerged: [], onlyInOneBuild: [] });
    expect(one.length).toBeGreaterThan(100);
  });

  test('the merged Turtle and N-Quads hold the same triples as one build', () => {
    const one = triples(out('one', 'ttl'), 'Turtle');
    expect(triples(out('merged', 'ttl'), 'Turtle')).toEqual(one);
    expect(triples(out('merged', 'nq'), 'N-Quads')).toEqual(one);
  });

  test('the merged JSON is byte for byte the JSON of one build', () => {
    expect(readFileSync(out('merged', 'json'), 'utf8')).toBe(readFileSync(out('one', 'json'), 'utf8'));
  });
});

describe('a decision that needs documents from two shards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-shard-pair-'));
  let one: KnowledgeGraph;
  let shards: KnowledgeGraph[];
  let merged: string;

  beforeAll(async () => {
    await runCli('build', PAIR, '--out', join(dir, 'one'), '--name', 'g', '--format', 'json', ...FAST);
    for (const i of [1, 2]) await runCli('build', PAIR, '--shard', `${i}/2`, '--out', join(dir, `s${i}`), '--name', 'g', '--format', 'json', ...FAST);
    const r = await runCli('merge', join(dir, 's1', 'g.json'), join(dir, 's2', 'g.json'), '--out', join(dir, 'm'), '--name', 'g', '--format', 'json', ...FAST);
    expect(r.code).toBe(0);
    one = loadGraph(join(dir, 'one', 'g.json'));
    shards = [1, 2].map((i) => loadGraph(join(dir, `s${i}`, 'g.json')));
    merged = readFileSync(join(dir, 'm', 'g.json'), 'utf8');
  });

  test('the two articles fall in different shards, and one build folds the unnamed operation into the named one', () => {
    expect(shards.map((s) => s.documents.length)).toEqual([1, 1]);
    const operations = (g: KnowledgeGraph) => g.entities.filter((e) => e.type === 'Operation').map((e) => e.named);
    expect(operations(one)).toEqual([true]);
    expect(shards.flatMap(operations).sort()).toEqual([false, true]);
  });

  test('merge takes the decision again: the same JSON as one build', () => {
    expect(merged).toBe(readFileSync(join(dir, 'one', 'g.json'), 'utf8'));
  });

  test('a plain union (what --update does) keeps the unnamed operation apart', () => {
    const union = mergeGraphs(shards);
    expect(union.entities.filter((e) => e.type === 'Operation').length).toBe(2);
  });
});

describe('shards and merge at the edges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-shard-edge-'));

  test('a shard that holds none of the documents writes an empty graph and succeeds', async () => {
    const ids = readInputs([SEEDS]).documents.map((d) => d.id);
    const empty = [...Array(40).keys()].map((i) => i + 1).find((i) => ids.every((id) => !inShard(id, { index: i, count: 40 })))!;
    const r = await runCli('build', SEEDS, '--shard', `${empty}/40`, '--out', dir, '--name', 'empty', '--format', 'json', ...FAST);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`from 0 documents (shard ${empty}/40 of ${ids.length})`);
    const g = loadGraph(join(dir, 'empty.json'));
    expect([g.documents.length, g.entities.length, g.relations.length, g.facts.length]).toEqual([0, 0, 0, 0]);
  });

  test('graphs with different base IRIs are refused, naming the file', async () => {
    await runCli('build', PAIR, '--shard', '1/2', '--out', join(dir, 'a'), '--name', 'g', '--format', 'json', ...FAST);
    await runCli('build', PAIR, '--shard', '2/2', '--base', 'http://example.org/kg/', '--out', join(dir, 'b'), '--name', 'g', '--format', 'json', ...FAST);
    const r = await runCli('merge', join(dir, 'a', 'g.json'), join(dir, 'b', 'g.json'), '--out', join(dir, 'm'), ...FAST);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Error: ${join(dir, 'b', 'g.json')}: base IRI http://example.org/kg/ differs`);
  });

  test('a file that is not a graph is refused, naming the file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = await runCli('merge', bad, '--out', join(dir, 'm'), ...FAST);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Error: ${bad}: not a darkweb-kg graph`);
  });
});
