/**
 * darkweb-kg bench: kg-score (../shared/tools/kg-score.mjs) on a corpus too large to score in one go. The
 * scorer compares every document with every node of the graph, so its time grows with documents × nodes
 * (10,000 articles: over ten minutes). It scores each document on its own, though, so the documents are
 * scored in slices: for each slice, the part of the built graph that slice's scoring reads (its document
 * nodes, the entities they mention or their relations and facts refer to, the assertions and facts
 * derived from them) is written as Turtle with our exporter, the gold of the slice beside it, and the
 * scorer runs on the pair. The true and false positives and negatives of every slice add up to the
 * scorer's figures over the whole corpus. (Duplicates and over-merges are graph-wide checks and are not
 * reported here.) lib/graph/load.ts reads the graph JSON item by item when it is large: at 100,000
 * articles it is larger than the longest string V8 can hold (512 MiB).
 *
 *   node dist/bench/score.js '{"graph": "out/bench.json", "gold": "corpus/gold.json", "dir": TMP, "slice": 1000}'
 *
 * prints one JSON line: overall and per-part precision, recall, F1, with their tp/fp/fn.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGraph } from '../lib/graph/load';
import { StringSink, degrees, runExporters } from '../lib/export/exporter';
import { createTurtleExporter } from '../lib/export/turtle';
import { packageRoot } from '../lib/paths';
import type { AssertionRecord, DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord } from '../lib/types';

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

/** Where each document's part of a graph is: built once, read for every slice. */
export interface GraphIndex {
  graph: KnowledgeGraph;
  documentOf: Map<string, DocumentRecord>;
  entitiesOf: Map<string, EntityRecord[]>;
  assertionsOf: Map<string, Array<{ relation: RelationRecord; assertion: AssertionRecord }>>;
  factsOf: Map<string, FactRecord[]>;
  entity: Map<string, EntityRecord>;
}

export function indexGraph(graph: KnowledgeGraph): GraphIndex {
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  const ix: GraphIndex = {
    graph, documentOf: new Map(graph.documents.map((d) => [d.file, d])), entitiesOf: new Map(), assertionsOf: new Map(),
    factsOf: new Map(), entity: new Map(graph.entities.map((e) => [e.iri, e])),
  };
  for (const e of graph.entities) for (const d in e.mentions) push(ix.entitiesOf, d, e);
  for (const relation of graph.relations) for (const assertion of relation.assertions) push(ix.assertionsOf, assertion.doc, { relation, assertion });
  for (const f of graph.facts) push(ix.factsOf, f.doc, f);
  return ix;
}

const byIri = <T extends { iri: string }>(a: T, b: T) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);

/**
 * The part of the graph the scorer reads for the documents whose file is in `files`: their nodes, the
 * assertions and facts derived from them, and the entities they mention or those refer to, each entity
 * with its mentions in these documents only (a hub named in thousands of articles would otherwise list
 * them all in every slice).
 */
export function graphSlice(ix: GraphIndex, files: Iterable<string>): KnowledgeGraph {
  const documents = [...files].map((f) => ix.documentOf.get(f)).filter((d): d is DocumentRecord => d !== undefined).sort(byIri);
  const docs = new Set(documents.map((d) => d.iri));
  const relations = new Map<RelationRecord, AssertionRecord[]>();
  const facts: FactRecord[] = [];
  const wanted = new Set<string>();
  for (const d of docs) {
    for (const e of ix.entitiesOf.get(d) ?? []) wanted.add(e.iri);
    for (const { relation, assertion } of ix.assertionsOf.get(d) ?? []) {
      relations.set(relation, [...(relations.get(relation) ?? []), assertion]);
      wanted.add(relation.s).add(relation.o);
    }
    for (const f of ix.factsOf.get(d) ?? []) {
      facts.push(f);
      for (const x of [f.operation, f.place, f.item]) if (x) wanted.add(x);
    }
  }
  const entities = [...wanted].map((iri) => ix.entity.get(iri)).filter((e): e is EntityRecord => e !== undefined)
    .map((e) => ({ ...e, mentions: Object.fromEntries(Object.entries(e.mentions).filter(([d]) => docs.has(d))) }))
    .sort(byIri);
  const key = (r: RelationRecord) => `${r.s}|${r.p}|${r.o}`;
  return {
    ...ix.graph, documents, entities, facts: facts.sort(byIri),
    relations: [...relations].map(([r, assertions]) => ({ ...r, assertions })).sort((a, b) => (key(a) < key(b) ? -1 : 1)),
  };
}

export async function scoreBySlices(graphFile: string, goldFile: string, dir: string, slice: number): Promise<SlicedScore> {
  const scorer = resolve(packageRoot(), '..', 'shared', 'tools', 'kg-score.mjs');
  if (!existsSync(scorer)) throw new Error(`the scorer ${scorer} is not there`);
  const ix = indexGraph(loadGraph(graphFile));
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  mkdirSync(dir, { recursive: true });
  const sums: Record<string, [number, number, number]> = Object.fromEntries(PARTS.map((p) => [p, [0, 0, 0]]));
  let slices = 0;
  for (let i = 0; i < gold.documents.length; i += slice) {
    const docs = gold.documents.slice(i, i + slice);
    const part = graphSlice(ix, docs.map((d) => d.file));
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
