/**
 * darkweb-kg: resolution, one document at a time. `addEncoded(document)` folds a document in as soon as it
 * is extracted (in the compact form of lib/resolve/encoded.ts, as extraction workers post it; `add` takes an
 * Extraction object), and nothing else of it is kept; `finish()` returns the KnowledgeGraph. Memory is
 * bounded by the graph, not by the corpus:
 *
 * - an entity key keeps each distinct way documents show it (its signature: class, label, altLabels, named
 *   flag, Wikidata id, attributes) once, where it was first seen, and a (document, mention count) pair per
 *   document;
 * - a relation or a fact is one row of numbers in typed-array columns, its evidence sentence one shared
 *   string (lib/resolve/columns.ts);
 * - IRIs are made flat strings (a hash sliced and concatenated to a prefix would hold three strings, and
 *   the graph has one IRI per assertion and fact: 1.6 million at 100,000 articles).
 *
 * The result does not depend on the order documents arrive in: `finish` replays the decisions in the order
 * of document ids, exactly as if the documents had been resolved sorted — the cross-document redirects
 * first (lib/resolve/redirects.ts), then one node per resolved key (the first document by id that shows
 * it gives its class and label; an unnamed operation takes the label of the first named one folded into
 * it), one assertion per relation and supporting document (the first statement in that document), one
 * node per fact. A repeated way of showing an entity decides nothing the first one did not, which is why
 * only the first is kept. Outputs are sorted canonically (lib/graph/sort.ts).
 */
import type { AssertionRecord, DocumentRecord, EntityRecord, Extraction, FactRecord, KnowledgeGraph, RelationRecord, RelationType, SeizureUnit, SourceDocument } from '../types';
import { SYMMETRIC_RELATIONS } from '../types';
import { assertionIri, documentIri, entityIri, factIri } from '../graph/iri';
import type { Lexicon } from '../extract/lexicon';
import { byIri, sortGraph } from '../graph/sort';
import { Column, StringTable } from './columns';
import { flattened } from '../strings';
import {
  decodeSignature, documentOf, encodeExtractions, entityRow, factRow, NAMED, NONE, OPERATION, relationRow, rowsOf,
  type EncodedDocument, type EncodedExtractions, type EntityVariant,
} from './encoded';
import { aliasRedirects, eventRedirects, type NamedOccurrence } from './redirects';
import { TripleNumbers } from './triples';

/** A key string whose entity has not been looked up yet. */
const UNSEEN = -2;

/** Where a document showed something: the document (by arrival number) and the item's index in it. */
interface Position {
  seq: number;
  idx: number;
}

/** A distinct signature of an entity key (a string id), at its first position in the order of document ids. */
interface Variant extends Position {
  signature: number;
}

interface KeyState {
  key: string;
  /** Its number, in the order keys were first seen (mention rows name the key by it). */
  n: number;
  variants: Variant[];
  /** For an operation: whether the last document (by id) that shows it names it. */
  lastOperation?: Position & { named: boolean };
}

/** Documents, mentions, relations and facts of every document, as rows of string ids and numbers. */
class Rows {
  // documents, by arrival number: string ids of their metadata, and the end of their relation and fact rows
  readonly dFile = new Column(Int32Array);
  readonly dPath = new Column(Int32Array);
  readonly dTitle = new Column(Int32Array);
  readonly dDate = new Column(Int32Array);
  readonly dUrl = new Column(Int32Array);
  readonly dMentionsEnd = new Column(Int32Array);
  readonly dRelationsEnd = new Column(Int32Array);
  readonly dFactsEnd = new Column(Int32Array);
  // mentions: one row per entity of a document (key number, mention count)
  readonly mKey = new Column(Int32Array);
  readonly mCount = new Column(Float64Array);
  readonly rS = new Column(Int32Array);
  readonly rP = new Column(Int32Array);
  readonly rO = new Column(Int32Array);
  readonly rText = new Column(Int32Array);
  readonly rRole = new Column(Int32Array);
  readonly rStart = new Column(Float64Array);
  readonly rEnd = new Column(Float64Array);
  readonly rConfidence = new Column(Float64Array);
  readonly fArrest = new Column(Uint8Array);
  readonly fOperation = new Column(Int32Array);
  readonly fPlace = new Column(Int32Array);
  readonly fItemKey = new Column(Int32Array);
  readonly fItemLiteral = new Column(Int32Array);
  readonly fUnit = new Column(Int32Array);
  readonly fText = new Column(Int32Array);
  /** An arrest count, or NaN for a count the article does not give (null). */
  readonly fCount = new Column(Float64Array);
  readonly fQuantity = new Column(Float64Array);
  readonly fStart = new Column(Float64Array);
  readonly fEnd = new Column(Float64Array);
  readonly fConfidence = new Column(Float64Array);

  /**
   * Drops the mention, relation or fact rows once `finish` has made their records: each group goes as soon
   * as it is spent instead of living until the graph is complete (at 100,000 articles the relation rows
   * alone are 77 MB, the three groups 120 MB).
   */
  release(group: 'mentions' | 'relations' | 'facts'): void {
    const columns = {
      mentions: [this.mKey, this.mCount],
      relations: [this.rS, this.rP, this.rO, this.rText, this.rRole, this.rStart, this.rEnd, this.rConfidence],
      facts: [this.fArrest, this.fOperation, this.fPlace, this.fItemKey, this.fItemLiteral, this.fUnit, this.fText, this.fCount, this.fQuantity, this.fStart, this.fEnd, this.fConfidence],
    }[group];
    for (const c of columns) c.release();
  }
}

export class Resolver {
  private strings = new StringTable();
  /** Document ids by arrival number (they order everything `finish` decides). */
  private readonly ids: string[] = [];
  private keys = new Map<number, KeyState>();
  private rows: Rows | undefined = new Rows();
  /** The documents' metadata, made by `finish` from their rows. */
  private docs: SourceDocument[] = [];
  /** The set being folded in and its string ids in `strings` (filled as they are first used). */
  private set: EncodedExtractions | undefined;
  private remap = new Int32Array(0);

  private lexicon: Lexicon | undefined;

  constructor(private readonly base: string) {}

  /** The documents, in the order they were added, metadata only (no text): available after `finish`. */
  get documents(): SourceDocument[] {
    return this.docs;
  }

  /** Folds one document's extraction in; nothing of `x` is kept but copies of its strings. */
  add(x: Extraction): void {
    this.addEncoded({ set: encodeExtractions([x]), index: 0 });
  }

  /** Folds in document `index` of an encoded set (lib/resolve/encoded.ts). */
  addEncoded({ set, index }: EncodedDocument): void {
    const rows = this.rows;
    if (!rows) throw new Error('Resolver: a document was added after finish()');
    if (set !== this.set) {
      this.set = set;
      this.remap = new Int32Array(set.strings.length).fill(NONE);
    }
    /** The resolver's id of string `i` of the set (NONE stays NONE). */
    const id = (i: number): number => {
      if (i === NONE) return NONE;
      let g = this.remap[i];
      if (g === NONE) this.remap[i] = g = this.strings.id(set.strings[i]);
      return g;
    };
    const seq = this.ids.length;
    const str = this.strings.strings;
    const range = rowsOf(set, index);
    const meta = documentOf(set, index);
    this.ids.push(str[this.strings.id(meta.id)]);
    const opt = (s: string | undefined) => (s === undefined ? NONE : this.strings.id(s));
    rows.dFile.push(this.strings.id(meta.file));
    rows.dPath.push(this.strings.id(meta.path));
    rows.dTitle.push(opt(meta.title));
    rows.dDate.push(opt(meta.date));
    rows.dUrl.push(opt(meta.url));

    for (let row = range.entities[0], idx = 0; row < range.entities[1]; row++, idx++) {
      const key = id(entityRow.key(set, row));
      const signature = id(entityRow.signature(set, row));
      // Variants and operations are written out field by field: an object spread ({ ...pos, signature })
      // gave every variant a hidden class of its own (a map, its descriptors and a property array: about
      // 200 bytes each, 13 MB at 30,000 articles).
      const pos = { seq, idx };
      let st = this.keys.get(key);
      if (!st) this.keys.set(key, (st = { key: str[key], n: this.keys.size, variants: [{ seq, idx, signature }] }));
      rows.mKey.push(st.n);
      rows.mCount.push(entityRow.mentions(set, row));
      const v = st.variants.find((w) => w.signature === signature);
      if (!v) st.variants.push({ seq, idx, signature });
      else if (this.before(pos, v)) {
        v.seq = seq;
        v.idx = idx;
      }
      const flags = entityRow.flags(set, row);
      if (flags & OPERATION && (!st.lastOperation || this.before(st.lastOperation, pos))) st.lastOperation = { seq, idx, named: (flags & NAMED) !== 0 };
    }
    for (let row = range.relations[0]; row < range.relations[1]; row++) {
      const r = relationRow;
      rows.rS.push(id(r.s(set, row)));
      rows.rP.push(id(r.p(set, row)));
      rows.rO.push(id(r.o(set, row)));
      rows.rText.push(id(r.text(set, row)));
      rows.rRole.push(id(r.role(set, row)));
      rows.rStart.push(r.start(set, row));
      rows.rEnd.push(r.end(set, row));
      rows.rConfidence.push(r.confidence(set, row));
    }
    for (let row = range.facts[0]; row < range.facts[1]; row++) {
      const f = factRow;
      rows.fArrest.push(f.arrest(set, row) ? 1 : 0);
      rows.fOperation.push(id(f.operation(set, row)));
      rows.fPlace.push(id(f.place(set, row)));
      rows.fItemKey.push(id(f.itemKey(set, row)));
      rows.fItemLiteral.push(id(f.itemLiteral(set, row)));
      rows.fUnit.push(id(f.unit(set, row)));
      rows.fText.push(id(f.text(set, row)));
      rows.fCount.push(f.count(set, row));
      rows.fQuantity.push(f.quantity(set, row));
      rows.fStart.push(f.start(set, row));
      rows.fEnd.push(f.end(set, row));
      rows.fConfidence.push(f.confidence(set, row));
    }
    rows.dMentionsEnd.push(rows.mKey.length);
    rows.dRelationsEnd.push(rows.rS.length);
    rows.dFactsEnd.push(rows.fArrest.length);
  }

  /**
   * The graph of every document added; `lexicon` tells which keys are gazetteer entries (their labels,
   * classes and Wikidata ids win). The resolver is spent afterwards (its state is released).
   */
  finish(lexicon?: Lexicon): KnowledgeGraph {
    const rows = this.rows;
    if (!rows) throw new Error('Resolver: finish() was called twice');
    this.lexicon = lexicon;
    this.rows = undefined;
    this.set = undefined;
    this.remap = new Int32Array(0);
    this.strings.seal();
    const { base } = this;
    const str = this.strings.strings;

    // ---- documents, in the order of their ids ----
    const { ids } = this;
    const order = ids.map((_, seq) => seq).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
    const rank = new Int32Array(ids.length);
    order.forEach((seq, r) => (rank[seq] = r));
    const docIri = ids.map((id) => flattened(documentIri(base, id)));
    const opt = (i: number) => (i === NONE ? undefined : str[i]);
    this.docs = ids.map((id, seq): SourceDocument => {
      const [title, date, url] = [opt(rows.dTitle.at(seq)), opt(rows.dDate.at(seq)), opt(rows.dUrl.at(seq))];
      return {
        id, file: str[rows.dFile.at(seq)], path: str[rows.dPath.at(seq)],
        ...(title !== undefined ? { title } : {}), ...(date !== undefined ? { date } : {}), ...(url !== undefined ? { url } : {}),
        text: '', sentences: [], furniture: [],
      };
    });
    const documents: DocumentRecord[] = order.map((seq) => {
      const doc = this.docs[seq];
      return {
        iri: docIri[seq], id: doc.id, file: doc.file,
        ...(doc.title ? { title: doc.title } : {}), ...(doc.date ? { date: doc.date } : {}), ...(doc.url ? { url: doc.url } : {}),
      };
    });
    const byPosition = (a: Position, b: Position) => rank[a.seq] - rank[b.seq] || a.idx - b.idx;

    // ---- cross-document redirects ----
    const variants = new Map<number, EntityVariant>();
    const variant = (signature: number): EntityVariant => {
      let v = variants.get(signature);
      if (!v) variants.set(signature, (v = decodeSignature(str[signature])));
      return v;
    };
    const redirect = this.aliases(byPosition, variant);
    for (const [from, to] of this.events(rows, redirect)) redirect.set(from, to);
    const rk = (k: string) => redirect.get(k) ?? k;

    // ---- entities: one per resolved key, built in the order of their first position ----
    const groups = new Map<string, KeyState[]>();
    for (const st of this.keys.values()) {
      const k = rk(st.key);
      const g = groups.get(k);
      if (g) g.push(st);
      else groups.set(k, [st]);
    }
    const built = [...groups].map(([key, states]) => ({ key, states, variants: states.flatMap((st) => st.variants).sort(byPosition) }));
    built.sort((a, b) => byPosition(a.variants[0], b.variants[0]));
    const entities = new Map<string, EntityRecord>();
    const recordOf: EntityRecord[] = new Array(this.keys.size);
    for (const { key, states, variants: vs } of built) {
      const rec = this.entity(key, vs.map((v) => variant(v.signature)));
      for (const st of states) recordOf[st.n] = rec;
      entities.set(key, rec);
    }
    this.keys = new Map();
    variants.clear();
    // mentions, document by document in order (a document may show an entity under two keys folded together)
    for (const seq of order) {
      const d = docIri[seq];
      for (let m = seq === 0 ? 0 : rows.dMentionsEnd.at(seq - 1); m < rows.dMentionsEnd.at(seq); m++) {
        const rec = recordOf[rows.mKey.at(m)];
        rec.mentions[d] = (rec.mentions[d] ?? 0) + rows.mCount.at(m);
      }
    }
    rows.release('mentions');

    // ---- relations, one assertion per supporting document (the first statement in it) ----
    // entity IRIs numbered (two records may share one), and the number of each key string looked up once
    const nodes: string[] = [];
    const nodeOfIri = new Map<string, number>();
    for (const e of entities.values()) {
      if (!nodeOfIri.has(e.iri)) {
        nodeOfIri.set(e.iri, nodes.length);
        nodes.push(e.iri);
      }
    }
    const nodeOfId = new Int32Array(str.length).fill(UNSEEN);
    const nodeOf = (id: number): number => {
      if (id === NONE) return NONE;
      if (nodeOfId[id] === UNSEEN) {
        const iri = entities.get(rk(str[id]))?.iri;
        nodeOfId[id] = iri === undefined ? NONE : nodeOfIri.get(iri)!;
      }
      return nodeOfId[id];
    };
    const iriOf = (id: number): string | undefined => {
      const n = nodeOf(id);
      return n === NONE ? undefined : nodes[n];
    };
    // first pass: each row's relation (by number) if it gives one an assertion, and each relation's count,
    // so that every assertion array is made at its final size (an array grown by push keeps room for more)
    const numbers = new TripleNumbers();
    const relations: RelationRecord[] = [];
    /** Per relation number: the IRI of the last document that gave it an assertion (documents come one at a time). */
    const lastDoc: string[] = [];
    const relationOfRow = new Int32Array(rows.rS.length).fill(NONE);
    for (const seq of order) {
      const d = docIri[seq];
      for (let row = seq === 0 ? 0 : rows.dRelationsEnd.at(seq - 1); row < rows.dRelationsEnd.at(seq); row++) {
        let s = nodeOf(rows.rS.at(row));
        let o = nodeOf(rows.rO.at(row));
        if (s === NONE || o === NONE || s === o) continue;
        const pid = rows.rP.at(row);
        const p = str[pid] as RelationType;
        if (SYMMETRIC_RELATIONS.has(p) && nodes[s] > nodes[o]) [s, o] = [o, s];
        const n = numbers.number(pid, s, o);
        if (n === relations.length) {
          relations.push({ s: nodes[s], p, o: nodes[o], assertions: [] });
          lastDoc.push(d);
        } else if (lastDoc[n] === d) continue;
        else lastDoc[n] = d;
        relationOfRow[row] = n;
      }
    }
    const count = new Int32Array(relations.length);
    for (const n of relationOfRow) if (n !== NONE) count[n]++;
    relations.forEach((r, n) => (r.assertions = new Array<AssertionRecord>(count[n])));
    const filled = new Int32Array(relations.length);
    // second pass: the assertions, in document order
    for (const seq of order) {
      const d = docIri[seq];
      for (let row = seq === 0 ? 0 : rows.dRelationsEnd.at(seq - 1); row < rows.dRelationsEnd.at(seq); row++) {
        const n = relationOfRow[row];
        if (n === NONE) continue;
        const rec = relations[n];
        const role = rows.rRole.at(row);
        rec.assertions[filled[n]++] = {
          iri: flattened(assertionIri(base, rec.s, rec.p, rec.o, d)), doc: d, text: str[rows.rText.at(row)], start: rows.rStart.at(row), end: rows.rEnd.at(row),
          confidence: rows.rConfidence.at(row), ...(role !== NONE ? { role: str[role] } : {}),
        };
      }
    }
    rows.release('relations');

    // ---- facts ----
    const facts: FactRecord[] = [];
    for (const seq of order) {
      const d = docIri[seq];
      const [from, to] = [seq === 0 ? 0 : rows.dFactsEnd.at(seq - 1), rows.dFactsEnd.at(seq)];
      for (let row = from; row < to; row++) facts.push(this.fact(rows, row, d, iriOf));
    }
    rows.release('facts');

    const graph = sortGraph({
      format: 'darkweb-kg',
      version: 1,
      base,
      documents,
      entities: [...entities.values()],
      relations: presorted(relations),
      facts: dedupeIris(facts.sort(byIri)),
    });
    // the string table goes with the rest of the state (the graph holds the strings it uses), so that no
    // signature, path or key the graph does not show outlives resolution
    this.strings = new StringTable();
    this.strings.seal();
    this.ids.length = 0;
    this.lexicon = undefined;
    return graph;
  }

  /** A fact row as a FactRecord of document `d`. */
  private fact(rows: Rows, row: number, d: string, iriOf: (id: number) => string | undefined): FactRecord {
    const str = this.strings.strings;
    const base = this.base;
    const common = { doc: d, text: str[rows.fText.at(row)], start: rows.fStart.at(row), end: rows.fEnd.at(row), confidence: rows.fConfidence.at(row) };
    const operation = iriOf(rows.fOperation.at(row));
    if (rows.fArrest.at(row) === 1) {
      const place = iriOf(rows.fPlace.at(row));
      const c = rows.fCount.at(row);
      const count = Number.isNaN(c) ? null : c;
      return {
        iri: flattened(factIri(base, 'ArrestCount', [d, place ?? '', String(count), operation ?? ''])), kind: 'ArrestCount',
        ...(operation ? { operation } : {}), ...(place ? { place } : {}), count, ...common,
      };
    }
    const item = iriOf(rows.fItemKey.at(row));
    const literal = rows.fItemLiteral.at(row);
    const itemLiteral = literal === NONE ? undefined : str[literal];
    const quantity = rows.fQuantity.at(row);
    const unit = str[rows.fUnit.at(row)] as SeizureUnit;
    return {
      iri: flattened(factIri(base, 'Seizure', [d, String(quantity), unit, item ?? itemLiteral ?? '', operation ?? ''])), kind: 'Seizure',
      ...(operation ? { operation } : {}), ...(item ? { item } : {}), ...(itemLiteral ? { itemLiteral } : {}),
      quantity, unit, ...common,
    };
  }

  /**
   * One entity record from the ways documents show its key(s), in document order: the first gives class,
   * label and Wikidata id (a gazetteer entry's own win), an unnamed operation takes the label of the first
   * named one folded into it (dropping what the unnamed ones gave), and names and attributes are unioned.
   */
  private entity(key: string, variants: EntityVariant[]): EntityRecord {
    const known = this.lexicon?.entries.get(key);
    const first = variants[0];
    const type = known?.type ?? first.type;
    const wikidata = known?.wikidata ?? first.wikidata;
    const rec: EntityRecord = {
      iri: flattened(entityIri(this.base, type, key)), key, type, label: known?.label ?? first.label, altLabels: [],
      // a map of its own (no prototype), so that thousands of distinct document IRIs as keys make no hidden classes
      ...(wikidata ? { wikidata } : {}), named: first.named, mentions: Object.create(null) as Record<string, number>,
    };
    const names = new Set<string>();
    for (const v of variants) {
      if (!rec.named && v.named) {
        rec.altLabels = rec.altLabels.filter((a) => a !== v.label);
        rec.label = v.label;
        rec.named = true;
        delete rec.attributes;
      }
      if (!v.named && rec.named) continue;
      for (const a of [v.label, ...v.altLabels]) {
        if (!a || a === rec.label || names.has(a)) continue;
        names.add(a);
        rec.altLabels.push(a);
      }
      if (v.attributes) {
        rec.attributes ??= {};
        for (const [k, vs] of Object.entries(v.attributes)) rec.attributes[k] = [...new Set([...(rec.attributes[k] ?? []), ...vs])].sort();
      }
    }
    rec.altLabels = rec.altLabels.sort().slice();
    return rec;
  }

  /** Is `a` before `b` in the order of document ids (then arrival, then index in the document)? */
  private before(a: Position, b: Position): boolean {
    const x = this.ids[a.seq];
    const y = this.ids[b.seq];
    return x < y || (x === y && (a.seq < b.seq || (a.seq === b.seq && a.idx < b.idx)));
  }

  private aliases(byPosition: (a: Position, b: Position) => number, variant: (signature: number) => EntityVariant): Map<string, string> {
    const named: Array<NamedOccurrence & Position> = [];
    for (const st of this.keys.values()) {
      for (const p of st.variants) {
        const v = variant(p.signature);
        if (v.named) named.push({ seq: p.seq, idx: p.idx, key: st.key, type: v.type, names: [v.label, ...v.altLabels] });
      }
    }
    named.sort(byPosition);
    const lexicon = this.lexicon;
    return aliasRedirects(named, (k) => !!lexicon?.entries.has(k));
  }

  private events(rows: Rows, redirect: ReadonlyMap<string, string>): Map<string, string> {
    const str = this.strings.strings;
    const rk = (id: number) => (id === NONE ? '' : redirect.get(str[id]) ?? str[id]);
    const figures = new Map<string, Set<string>>();
    for (let row = 0; row < rows.fArrest.length; row++) {
      const op = rows.fOperation.at(row);
      const count = rows.fCount.at(row);
      if (rows.fArrest.at(row) !== 1 || op === NONE || Number.isNaN(count)) continue;
      const key = str[op];
      let s = figures.get(key);
      if (!s) figures.set(key, (s = new Set()));
      s.add(`${rk(rows.fPlace.at(row))}=${count}`);
    }
    const named = new Map<string, boolean>();
    for (const st of this.keys.values()) if (st.lastOperation) named.set(st.key, st.lastOperation.named);
    return eventRedirects(figures, named);
  }
}

/**
 * Relations in the canonical order (by `s|p|o`, lib/graph/sort.ts), without making a string per relation:
 * by the rank of `s|`, then of `p|`, then of `o` (the same order whenever no IRI or property holds a '|',
 * which entity IRIs never do: their local parts are slugs). sortGraph then puts them in the canonical order
 * whatever happens, in a single pass when they already are.
 */
function presorted(relations: RelationRecord[]): RelationRecord[] {
  const rank = (values: string[], suffix: string): Map<string, number> => {
    const distinct = [...new Set(values)].map((v) => ({ v, k: v + suffix }));
    distinct.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
    return new Map(distinct.map(({ v }, i) => [v, i]));
  };
  const s = rank(relations.map((r) => r.s), '|');
  const p = rank(relations.map((r) => r.p), '|');
  const o = rank(relations.map((r) => r.o), '');
  const keyed = relations.map((r) => ({ r, s: s.get(r.s)!, p: p.get(r.p)!, o: o.get(r.o)! }));
  keyed.sort((a, b) => a.s - b.s || a.p - b.p || a.o - b.o);
  return keyed.map(({ r }) => r);
}

function dedupeIris(facts: FactRecord[]): FactRecord[] {
  return facts.filter((f, i) => i === 0 || facts[i - 1].iri !== f.iri);
}
