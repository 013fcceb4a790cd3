/**
 * darkweb-kg benchmark: the analyst queries on a synthetic graph of 100k entities (agencies, operations,
 * markets, people, places, drugs) with ~150k relations, 20k articles and 20k counted facts, generated from
 * a fixed seed. Prints the time to parse the JSON and build the indexes, then each query's best and worst
 * time over three runs.
 * Run: `npm run build && node dist/bench/query.js [entities]`.
 */
import { performance } from 'node:perf_hooks';
import { LookupError } from '../lib/errors';
import { documentIri, entityIri, DEFAULT_BASE } from '../lib/graph/iri';
import { parseGraph, stringifyGraph } from '../lib/graph/load';
import {
  arrests,
  buildGraphIndex,
  cooperated,
  entityCard,
  findPaths,
  neighbors,
  stats,
  validateArrestsOptions,
  validateCooperatedOptions,
  validateNeighborsOptions,
  validatePathOptions,
  validateStatsOptions,
} from '../lib/query';
import type { EntityClass, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord, RelationType } from '../lib/types';

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'dor', 'len', 'mar', 'pol', 'tan', 'ber', 'gos', 'fin'];

/** A unique pronounceable word for a number. */
function word(n: number): string {
  let s = '';
  do {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return s[0].toUpperCase() + s.slice(1);
}

const SHARES: Array<[EntityClass, number, string]> = [
  ['Agency', 0.2, 'Police'],
  ['Operation', 0.05, ''],
  ['Marketplace', 0.05, 'Market'],
  ['CriminalGroup', 0.03, 'Crew'],
  ['Organization', 0.04, 'Foundation'],
  ['Country', 0.003, 'Land'],
  ['Location', 0.1, 'City'],
  ['Person', 0.477, ''],
  ['Drug', 0.05, 'ine'],
];

export function syntheticGraph(size: number, seed = 42): KnowledgeGraph {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const base = DEFAULT_BASE;
  const docCount = Math.max(10, Math.floor(size / 5));
  const documents = Array.from({ length: docCount }, (_, i) => {
    const id = i.toString(16).padStart(64, '0');
    return { iri: documentIri(base, id), id, file: `article_${i}.txt`, title: `Article ${i}`, date: '2024-01-01' };
  });

  const byClass = new Map<EntityClass, EntityRecord[]>();
  const entities: EntityRecord[] = [];
  let n = 0;
  for (const [type, share, suffix] of SHARES) {
    const list: EntityRecord[] = [];
    for (let i = 0; i < Math.max(3, Math.round(size * share)); i++, n++) {
      const label = type === 'Person' ? `${word(n)} ${word(n * 7 + 3)}` : `${word(n)}${suffix ? ' ' + suffix : ''}`;
      const key = `${type.toLowerCase()}:${label}`;
      const doc = pick(documents).iri;
      list.push({
        iri: entityIri(base, type, key),
        key,
        type,
        label,
        altLabels: type === 'Agency' ? [word(n).toUpperCase().slice(0, 6)] : [],
        named: true,
        mentions: { [doc]: 1 + Math.floor(rnd() * 3) },
      });
    }
    byClass.set(type, list);
    entities.push(...list);
  }
  const of = (t: EntityClass): EntityRecord[] => byClass.get(t)!;

  const relations = new Map<string, RelationRecord>();
  let assertionNo = 0;
  const relate = (s: EntityRecord, p: RelationType, o: EntityRecord): void => {
    if (s === o) return;
    const [a, b] = p === 'cooperatedWith' && o.iri < s.iri ? [o, s] : [s, o];
    const key = `${a.iri}|${p}|${b.iri}`;
    let r = relations.get(key);
    if (!r) relations.set(key, (r = { s: a.iri, p, o: b.iri, assertions: [] }));
    const doc = pick(documents).iri;
    if (r.assertions.some((x) => x.doc === doc)) return;
    r.assertions.push({
      iri: `${base}assertion/${(assertionNo++).toString(16).padStart(20, '0')}`,
      doc,
      text: `${a.label} ${p} ${b.label}.`,
      start: 0,
      end: 10,
      confidence: 0.5 + rnd() / 2,
    });
  };
  for (const op of of('Operation')) {
    const k = 2 + Math.floor(rnd() * 7);
    for (let i = 0; i < k; i++) relate(pick(of('Agency')), 'participatedIn', op);
    relate(op, 'ledBy', pick(of('Agency')));
    relate(op, 'targeted', pick(of('Marketplace')));
    if (rnd() < 0.5) relate(op, 'precededBy', pick(of('Operation')));
  }
  for (let i = 0; i < of('Agency').length; i++) relate(pick(of('Agency')), 'cooperatedWith', pick(of('Agency')));
  for (const a of of('Agency')) {
    relate(a, 'locatedIn', pick(of('Country')));
    if (rnd() < 0.2) relate(a, 'partOf', pick(of('Agency')));
  }
  for (const p of of('Person')) relate(p, rnd() < 0.7 ? 'worksFor' : 'vendorOn', pick(rnd() < 0.7 ? of('Agency') : of('Marketplace')));
  for (const l of of('Location')) relate(l, 'locatedIn', pick(of('Country')));
  for (const m of of('Marketplace')) for (let i = 0; i < 2; i++) relate(m, 'sold', pick(of('Drug')));
  for (const g of of('CriminalGroup')) relate(g, 'operated', pick(of('Marketplace')));

  const facts: FactRecord[] = [];
  let factNo = 0;
  for (const op of of('Operation')) {
    for (let i = 0; i < 3; i++) {
      const doc = pick(documents).iri;
      facts.push({
        iri: `${base}arrests/${(factNo++).toString(16).padStart(20, '0')}`,
        kind: 'ArrestCount',
        doc,
        operation: op.iri,
        place: pick(of('Country')).iri,
        count: Math.floor(rnd() * 200),
        text: 'Arrests were made.',
        start: 0,
        end: 18,
        confidence: 0.8,
      });
    }
    facts.push({
      iri: `${base}seizure/${(factNo++).toString(16).padStart(20, '0')}`,
      kind: 'Seizure',
      doc: pick(documents).iri,
      operation: op.iri,
      item: pick(of('Drug')).iri,
      quantity: Math.floor(rnd() * 1000),
      unit: 'kg',
      text: 'Drugs were seized.',
      start: 0,
      end: 18,
      confidence: 0.8,
    });
  }

  const byIri = (a: { iri: string }, b: { iri: string }): number => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);
  return {
    format: 'darkweb-kg',
    version: 1,
    base,
    documents: documents.sort(byIri),
    entities: entities.sort(byIri),
    relations: [...relations.values()].sort((a, b) => (a.s + a.p + a.o < b.s + b.p + b.o ? -1 : 1)),
    facts: facts.sort(byIri),
  };
}

const RUNS = 3;

/** Times `fn` over RUNS runs (best and worst); a LookupError (no path, nothing found) is an answer too. */
function time(label: string, fn: () => unknown): void {
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    try {
      fn();
    } catch (e) {
      if (!(e instanceof LookupError)) throw e;
      note = `  (${e.message.slice(0, 50)}…)`;
    }
    times.push(performance.now() - t0);
  }
  const ms = (t: number): string => t.toFixed(1).padStart(8);
  process.stdout.write(`${label.padEnd(42)} ${ms(Math.min(...times))} ${ms(Math.max(...times))}${note}\n`);
}

/** Times one loading step, once. */
function step<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  process.stdout.write(`${label.padEnd(42)} ${(performance.now() - t0).toFixed(1).padStart(8)}\n`);
  return result;
}

function main(): void {
  const size = Number(process.argv[2] ?? 100_000);
  const graph = syntheticGraph(size);
  process.stdout.write(
    `synthetic graph: ${graph.entities.length} entities, ${graph.relations.length} relations, ` +
      `${graph.documents.length} documents, ${graph.facts.length} facts\n`,
  );
  const json = stringifyGraph(graph);
  process.stdout.write(`JSON size: ${(json.length / 1e6).toFixed(1)} MB\n\n`);
  process.stdout.write(`${'step'.padEnd(42)} ${'ms'.padStart(8)}\n`);
  const loaded = step('load: parse JSON', () => parseGraph(json, 'synthetic.json'));
  const index = step('load: build indexes', () => buildGraphIndex(loaded));
  process.stdout.write(`\n${'query'.padEnd(42)} ${'best ms'.padStart(8)} ${'worst ms'.padStart(8)}\n`);

  const agencies = graph.entities.filter((e) => e.type === 'Agency');
  const people = graph.entities.filter((e) => e.type === 'Person');
  const ops = graph.entities.filter((e) => e.type === 'Operation');
  const busiest = agencies.reduce((a, b) => (index.adjacency.get(b.iri)!.length > index.adjacency.get(a.iri)!.length ? b : a));

  time('cooperated (every pair)', () => cooperated(index, validateCooperatedOptions({})));
  time(`cooperated --agency (busiest agency)`, () => cooperated(index, validateCooperatedOptions({ agency: busiest.label })));
  time('cooperated --min-strength 2', () => cooperated(index, validateCooperatedOptions({ minStrength: 2 })));
  time('path person -> person', () => findPaths(index, validatePathOptions({ from: people[1].label, to: people[people.length - 2].label, maxHops: 12 })));
  time('path person -> person --all (limit 100)', () =>
    findPaths(index, validatePathOptions({ from: people[3].label, to: people[people.length - 4].label, all: true, maxHops: 12 })),
  );
  time('path --via participatedIn,ledBy', () =>
    findPaths(index, validatePathOptions({ from: agencies[5].label, to: agencies[agencies.length - 6].label, via: 'participatedIn,ledBy', maxHops: 12 })),
  );
  time('neighbors --depth 1', () => neighbors(index, validateNeighborsOptions({ name: busiest.label })));
  time('neighbors --depth 2 --type Agency', () => neighbors(index, validateNeighborsOptions({ name: busiest.label, depth: 2, type: 'Agency' })));
  time('neighbors --depth 3', () => neighbors(index, validateNeighborsOptions({ name: ops[0].label, depth: 3 })));
  time('entity (busiest agency)', () => entityCard(index, { name: busiest.label.toLowerCase() }));
  time('arrests (all)', () => arrests(index, validateArrestsOptions({})));
  time('arrests --operation', () => arrests(index, validateArrestsOptions({ operation: ops[7].label })));
  time('stats', () => stats(index, validateStatsOptions({})));
  time('lookup miss with did-you-mean', () => index.names.resolve(people[11].label.slice(0, -1) + 'q'));
}

main();
