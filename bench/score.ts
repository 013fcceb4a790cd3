/**
 * darkweb-kg bench: kg-score (../shared/tools/kg-score.mjs) on a corpus too large to score in one go. The
 * scorer compares every document with every node of the graph, so its time grows with documents × nodes
 * (10,000 articles: over ten minutes). It scores each document on its own, though, so the documents are
 * scored in slices: for each slice, the part of the built graph that slice's scoring reads (its document
 * nodes, the entities they mention or their relations and facts refer to, the assertions and facts
 * derived from them) is written as Turtle with our exporter, the gold of the slice beside it, and the
 * scorer runs on the pair. The true and false positives and negatives of every slice add up to the
 * scorer's figures over the whole corpus. (Duplicates and over-merges are graph-wide checks and are not
 * reported here.)
 *
 *   node dist/bench/score.js '{"graph": "out/bench.json", "gold": "corpus/gold.json", "dir": TMP, "slice": 1000}'
 *
 * prints one JSON line: overall and per-part precision, recall, F1, with their tp/fp/fn.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StringSink, degrees, runExporters } from '../lib/export/exporter';
import { createTurtleExporter } from '../lib/export/turtle';
import { loadGraph } from '../lib/graph/load';
import { packageRoot } from '../lib/paths';
import type { KnowledgeGraph } from '../lib/types';

interface GoldRelation {
  s: string;
  o: string | string[];
  alt?: GoldRelation[];
}
interface GoldDocument {
  file: string;
  entities: string[];
  optional?: string[];
  relations?: GoldRelation[];
  arrests?: Array<{ place: string | null }>;
}
interface GoldFile {
  entities: Record<string, unknown>;
  documents: GoldDocument[];
}

/** The gold entities some document of `docs` refers to. (Scoring a document reads no other: a graph node named like another document's entity counts as a false positive either way.) */
function goldEntities(gold: GoldFile, docs: GoldDocument[]): Record<string, unknown> {
  const ids = new Set<string>();
  const relation = (r: GoldRelation): void => {
    ids.add(r.s);
    for (const o of Array.isArray(r.o) ? r.o : [r.o]) ids.add(o);
    r.alt?.forEach(relation);
  };
  for (const d of docs) {
    for (const id of [...d.entities, ...(d.optional ?? [])]) ids.add(id);
    d.relations?.forEach(relation);
    for (const a of d.arrests ?? []) if (a.place) ids.add(a.place);
  }
  return Object.fromEntries([...ids].filter((id) => id in gold.entities).map((id) => [id, gold.entities[id]]));
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SlicedScore {
  documents: number;
  slices: number;
  overall: Tally;
  parts: Record<string, Tally>;
}

const PARTS = ['entities', 'relations', 'arrests', 'seizures'] as const;

function tally(tp: number, fp: number, fn: number): Tally {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The part of `g` the scorer reads for the documents whose file is in `files`. */
export function graphSlice(g: KnowledgeGraph, files: ReadonlySet<string>): KnowledgeGraph {
  const documents = g.documents.filter((d) => files.has(d.file));
  const docs = new Set(documents.map((d) => d.iri));
  const relations = g.relations
    .map((r) => ({ ...r, assertions: r.assertions.filter((a) => docs.has(a.doc)) }))
    .filter((r) => r.assertions.length > 0);
  const facts = g.facts.filter((f) => docs.has(f.doc));
  const wanted = new Set<string>();
  for (const r of relations) wanted.add(r.s).add(r.o);
  for (const f of facts) for (const x of [f.operation, f.place, f.item]) if (x) wanted.add(x);
  const entities = g.entities.filter((e) => wanted.has(e.iri) || Object.keys(e.mentions).some((d) => docs.has(d)));
  return { ...g, documents, entities, relations, facts };
}

export async function scoreBySlices(graphFile: string, goldFile: string, dir: string, slice: number): Promise<SlicedScore> {
  const scorer = resolve(packageRoot(), '..', 'shared', 'tools', 'kg-score.mjs');
  if (!existsSync(scorer)) throw new Error(`the scorer ${scorer} is not there`);
  const graph = loadGraph(graphFile);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  mkdirSync(dir, { recursive: true });
  const sums: Record<string, [number, number, number]> = Object.fromEntries(PARTS.map((p) => [p, [0, 0, 0]]));
  let slices = 0;
  for (let i = 0; i < gold.documents.length; i += slice) {
    const docs = gold.documents.slice(i, i + slice);
    const part = graphSlice(graph, new Set(docs.map((d) => d.file)));
    const sink = new StringSink();
    await runExporters(part, [createTurtleExporter(sink, { graph: part, degree: degrees(part) })]);
    const ttl = join(dir, 'slice.ttl');
    const goldSlice = join(dir, 'slice.gold.json');
    writeFileSync(ttl, sink.toString());
    writeFileSync(goldSlice, JSON.stringify({ entities: goldEntities(gold, docs), documents: docs }));
    const r = spawnSync(process.execPath, [scorer, '--ttl', ttl, '--gold', goldSlice, '--json'], { cwd: packageRoot(), encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`kg-score failed on documents ${i}-${i + docs.length - 1} (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    const out = JSON.parse(r.stdout) as { parts: Record<string, Tally> };
    for (const p of PARTS) {
      sums[p][0] += out.parts[p].tp;
      sums[p][1] += out.parts[p].fp;
      sums[p][2] += out.parts[p].fn;
    }
    slices++;
  }
  const parts = Object.fromEntries(PARTS.map((p) => [p, tally(...sums[p])]));
  const all = PARTS.reduce<[number, number, number]>((a, p) => [a[0] + sums[p][0], a[1] + sums[p][1], a[2] + sums[p][2]], [0, 0, 0]);
  return { documents: gold.documents.length, slices, overall: tally(...all), parts };
}

if (require.main === module) {
  const a = JSON.parse(process.argv[2] ?? '{}') as { graph: string; gold: string; dir: string; slice: number };
  scoreBySlices(a.graph, a.gold, a.dir, a.slice).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e: Error) => {
      process.stderr.write(`${e.stack ?? e.message}\n`);
      process.exitCode = 1;
    },
  );
}
