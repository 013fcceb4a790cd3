/**
 * darkweb-kg: extractions as numbers — the compact form in which documents travel from the extraction
 * workers to the resolver (lib/resolve/resolver.ts folds it in). A set of extractions (those of one input
 * file) becomes one table of its distinct strings and four pairs of typed arrays (documents, entities,
 * relations, facts), every string an index into the table:
 *
 * - a worker posts the typed arrays' buffers as transfers (moved, not copied) and each distinct string once,
 *   instead of a structured clone of thousands of objects that repeat every evidence sentence;
 * - the main thread looks each distinct string up once per file, not once per use;
 * - an entity is its key, a signature (JSON of everything else documents may disagree on: class, named,
 *   label, altLabels, Wikidata id, attributes; two equal signatures are the same variant) and its count.
 *
 * Strings are stored as copies of their own characters (lib/strings.ts `detached`): a string cut
 * out of an article would otherwise keep the whole article text alive wherever it is kept.
 */
import type { Evidence, Extraction, Fact, LocalEntity, RelationType, SeizureUnit, SourceDocument } from '../types';
import { Column } from './columns';
import { detached } from '../strings';

/** Fields per row: integers (string ids, -1 for none, small codes) and numbers (offsets, counts). */
const DOC_INTS = 9; // id, file, path, title, date, url, then the end (exclusive) of its entity, relation and fact rows
const ENTITY_INTS = 3; // key, signature, flags
const ENTITY_NUMS = 1; // mentions
const RELATION_INTS = 5; // s, p, o, text, role
const RELATION_NUMS = 3; // start, end, confidence
const FACT_INTS = 7; // kind, operation, place, item kind, item, unit, text
const FACT_NUMS = 5; // count (NaN: null), quantity, start, end, confidence

export const NONE = -1;
export const NAMED = 1;
export const OPERATION = 2;
const ARREST = 0;
const SEIZURE = 1;
const ITEM_KEY = 1;
const ITEM_LITERAL = 2;

export interface EncodedExtractions {
  strings: string[];
  docs: Int32Array;
  entities: { ints: Int32Array; nums: Float64Array };
  relations: { ints: Int32Array; nums: Float64Array };
  facts: { ints: Int32Array; nums: Float64Array };
}

/** One document of a set: what the resolver folds in. */
export interface EncodedDocument {
  set: EncodedExtractions;
  index: number;
}

/** What documents may disagree on about an entity under one key (the key and the count aside). */
export interface EntityVariant {
  type: LocalEntity['type'];
  named: boolean;
  label: string;
  altLabels: string[];
  wikidata?: string;
  attributes?: Record<string, string[]>;
}

function signature(e: LocalEntity): string {
  return JSON.stringify([e.type, e.named, e.label, e.altLabels, e.wikidata ?? null, e.attributes ?? null]);
}

export function decodeSignature(s: string): EntityVariant {
  const [type, named, label, altLabels, wikidata, attributes] = JSON.parse(s) as [LocalEntity['type'], boolean, string, string[], string | null, Record<string, string[]> | null];
  return { type, named, label, altLabels, ...(wikidata !== null ? { wikidata } : {}), ...(attributes !== null ? { attributes } : {}) };
}

/** The extractions `xs` as one encoded set (documents in the order given). */
export function encodeExtractions(xs: readonly Extraction[]): EncodedExtractions {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const id = (s: string): number => {
    let i = ids.get(s);
    if (i === undefined) {
      ids.set(s, (i = strings.length));
      strings.push(detached(s));
    }
    return i;
  };
  const opt = (s: string | undefined) => (s === undefined ? NONE : id(s));
  const docs = new Column(Int32Array, xs.length * DOC_INTS);
  const ei = new Column(Int32Array, 64);
  const en = new Column(Float64Array, 16);
  const ri = new Column(Int32Array, 64);
  const rn = new Column(Float64Array, 32);
  const fi = new Column(Int32Array, 32);
  const fn = new Column(Float64Array, 32);
  const evidence = (ints: Column<Int32Array>, nums: Column<Float64Array>, e: Evidence) => {
    ints.push(id(e.text));
    nums.push(e.start);
    nums.push(e.end);
    nums.push(e.confidence);
  };
  for (const x of xs) {
    const d = x.doc;
    for (const v of [id(d.id), id(d.file), id(d.path), opt(d.title), opt(d.date), opt(d.url)]) docs.push(v);
    for (const e of x.entities) {
      ei.push(id(e.key));
      ei.push(id(signature(e)));
      ei.push((e.named ? NAMED : 0) | (e.type === 'Operation' ? OPERATION : 0));
      en.push(e.mentions);
    }
    for (const r of x.relations) {
      ri.push(id(r.s));
      ri.push(id(r.p));
      ri.push(id(r.o));
      ri.push(r.evidence.role ? id(r.evidence.role) : NONE);
      evidence(ri, rn, r.evidence);
    }
    for (const f of x.facts) {
      fi.push(f.kind === 'ArrestCount' ? ARREST : SEIZURE);
      fi.push(f.operation ? id(f.operation) : NONE);
      if (f.kind === 'ArrestCount') {
        fi.push(f.place ? id(f.place) : NONE);
        fi.push(NONE);
        fi.push(NONE);
        fi.push(NONE);
        fn.push(f.count ?? NaN);
        fn.push(0);
      } else {
        const item = f.item;
        fi.push(NONE);
        fi.push(!item ? NONE : 'key' in item ? ITEM_KEY : ITEM_LITERAL);
        fi.push(!item ? NONE : id('key' in item ? item.key : item.literal));
        fi.push(id(f.unit));
        fn.push(NaN);
        fn.push(f.quantity);
      }
      evidence(fi, fn, f.evidence);
    }
    docs.push(ei.length / ENTITY_INTS);
    docs.push(ri.length / RELATION_INTS);
    docs.push(fi.length / FACT_INTS);
  }
  return {
    strings, docs: docs.toArray(),
    entities: { ints: ei.toArray(), nums: en.toArray() },
    relations: { ints: ri.toArray(), nums: rn.toArray() },
    facts: { ints: fi.toArray(), nums: fn.toArray() },
  };
}

/** The buffers of a set, to post as transfers (the set is unusable in the sender afterwards). */
export function transferList(set: EncodedExtractions): ArrayBuffer[] {
  return [set.docs, set.entities.ints, set.entities.nums, set.relations.ints, set.relations.nums, set.facts.ints, set.facts.nums].map((a) => a.buffer as ArrayBuffer);
}

/** Rows [from, to) of document `index` in each table. */
export function rowsOf(set: EncodedExtractions, index: number): { entities: [number, number]; relations: [number, number]; facts: [number, number] } {
  const at = (k: number) => (index === 0 ? 0 : set.docs[(index - 1) * DOC_INTS + k]);
  const end = (k: number) => set.docs[index * DOC_INTS + k];
  return { entities: [at(6), end(6)], relations: [at(7), end(7)], facts: [at(8), end(8)] };
}

/** A document's metadata (no text) from its row: id, file, path, and title, date and url when it has them. */
export function documentOf(set: EncodedExtractions, index: number): SourceDocument {
  const s = set.strings;
  const d = (k: number) => set.docs[index * DOC_INTS + k];
  const opt = <K extends string>(key: K, i: number) => (i === NONE ? {} : ({ [key]: s[i] } as Record<K, string>));
  return {
    id: s[d(0)], file: s[d(1)], path: s[d(2)], ...opt('title', d(3)), ...opt('date', d(4)), ...opt('url', d(5)),
    text: '', sentences: [], furniture: [],
  };
}

/** Field readers of the entity, relation and fact rows (`row` counts rows, not array slots). */
export const entityRow = {
  key: (set: EncodedExtractions, row: number) => set.entities.ints[row * ENTITY_INTS],
  signature: (set: EncodedExtractions, row: number) => set.entities.ints[row * ENTITY_INTS + 1],
  flags: (set: EncodedExtractions, row: number) => set.entities.ints[row * ENTITY_INTS + 2],
  mentions: (set: EncodedExtractions, row: number) => set.entities.nums[row * ENTITY_NUMS],
};

export const relationRow = {
  s: (set: EncodedExtractions, row: number) => set.relations.ints[row * RELATION_INTS],
  p: (set: EncodedExtractions, row: number) => set.relations.ints[row * RELATION_INTS + 1],
  o: (set: EncodedExtractions, row: number) => set.relations.ints[row * RELATION_INTS + 2],
  role: (set: EncodedExtractions, row: number) => set.relations.ints[row * RELATION_INTS + 3],
  text: (set: EncodedExtractions, row: number) => set.relations.ints[row * RELATION_INTS + 4],
  start: (set: EncodedExtractions, row: number) => set.relations.nums[row * RELATION_NUMS],
  end: (set: EncodedExtractions, row: number) => set.relations.nums[row * RELATION_NUMS + 1],
  confidence: (set: EncodedExtractions, row: number) => set.relations.nums[row * RELATION_NUMS + 2],
};

export const factRow = {
  arrest: (set: EncodedExtractions, row: number) => set.facts.ints[row * FACT_INTS] === ARREST,
  operation: (set: EncodedExtractions, row: number) => set.facts.ints[row * FACT_INTS + 1],
  place: (set: EncodedExtractions, row: number) => set.facts.ints[row * FACT_INTS + 2],
  itemKey: (set: EncodedExtractions, row: number) => (set.facts.ints[row * FACT_INTS + 3] === ITEM_KEY ? set.facts.ints[row * FACT_INTS + 4] : NONE),
  itemLiteral: (set: EncodedExtractions, row: number) => (set.facts.ints[row * FACT_INTS + 3] === ITEM_LITERAL ? set.facts.ints[row * FACT_INTS + 4] : NONE),
  unit: (set: EncodedExtractions, row: number) => set.facts.ints[row * FACT_INTS + 5],
  text: (set: EncodedExtractions, row: number) => set.facts.ints[row * FACT_INTS + 6],
  count: (set: EncodedExtractions, row: number) => set.facts.nums[row * FACT_NUMS],
  quantity: (set: EncodedExtractions, row: number) => set.facts.nums[row * FACT_NUMS + 1],
  start: (set: EncodedExtractions, row: number) => set.facts.nums[row * FACT_NUMS + 2],
  end: (set: EncodedExtractions, row: number) => set.facts.nums[row * FACT_NUMS + 3],
  confidence: (set: EncodedExtractions, row: number) => set.facts.nums[row * FACT_NUMS + 4],
};

/** Document `index` of a set back as an Extraction (for callers that want the objects; a build never does). */
export function decodeExtraction(set: EncodedExtractions, index: number): Extraction {
  const s = set.strings;
  const opt = (i: number) => (i === NONE ? undefined : s[i]);
  const rows = rowsOf(set, index);
  const doc = documentOf(set, index);
  const entities: LocalEntity[] = [];
  for (let row = rows.entities[0]; row < rows.entities[1]; row++) {
    const v = decodeSignature(s[entityRow.signature(set, row)]);
    entities.push({
      key: s[entityRow.key(set, row)], type: v.type, label: v.label, altLabels: v.altLabels, ...(v.wikidata !== undefined ? { wikidata: v.wikidata } : {}),
      named: v.named, mentions: entityRow.mentions(set, row), ...(v.attributes ? { attributes: v.attributes } : {}),
    });
  }
  const evidence = (text: number, start: number, end: number, confidence: number, role?: string): Evidence => ({
    doc: doc.id, text: s[text], start, end, confidence, ...(role ? { role } : {}),
  });
  const relations = [];
  for (let row = rows.relations[0]; row < rows.relations[1]; row++) {
    const r = relationRow;
    relations.push({
      s: s[r.s(set, row)], p: s[r.p(set, row)] as RelationType, o: s[r.o(set, row)],
      evidence: evidence(r.text(set, row), r.start(set, row), r.end(set, row), r.confidence(set, row), opt(r.role(set, row))),
    });
  }
  const facts: Fact[] = [];
  for (let row = rows.facts[0]; row < rows.facts[1]; row++) {
    const f = factRow;
    const ev = evidence(f.text(set, row), f.start(set, row), f.end(set, row), f.confidence(set, row));
    const operation = opt(f.operation(set, row));
    const common = operation !== undefined ? { operation } : {};
    if (f.arrest(set, row)) {
      const place = opt(f.place(set, row));
      const count = f.count(set, row);
      facts.push({ kind: 'ArrestCount', ...common, ...(place !== undefined ? { place } : {}), count: Number.isNaN(count) ? null : count, evidence: ev });
    } else {
      const key = opt(f.itemKey(set, row));
      const literal = opt(f.itemLiteral(set, row));
      const item = key !== undefined ? { item: { key } } : literal !== undefined ? { item: { literal } } : {};
      facts.push({ kind: 'Seizure', ...common, ...item, quantity: f.quantity(set, row), unit: s[f.unit(set, row)] as SeizureUnit, evidence: ev });
    }
  }
  return { doc, entities, relations, facts };
}
