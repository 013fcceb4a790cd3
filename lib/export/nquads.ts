/**
 * darkweb-kg: named-graph export, as N-Quads (`<name>.nq`) and TriG (`<name>.trig`). The statements are
 * those of the Turtle export (lib/export/turtle.ts, whose escaping this file reuses), each placed in a
 * named graph:
 *
 *   <base>graph/<doc>        one per document, <doc> being the 16 hex digits of the document IRI
 *                            (`<base>document/<doc>`): the document node, the dwk:Assertion nodes derived
 *                            from it (with their evidence) and its dwk:ArrestCount / dwk:Seizure facts;
 *   <base>graph/entities     the shared graph: every entity's description (rdf:type, rdfs:label,
 *                            skos:altLabel, dwk:mentionedIn, owl:sameAs, dwk:named, attributes) and the
 *                            direct relation triples.
 *
 * So a document's graph can be replaced in a triple store (Graph Store Protocol PUT) without touching any
 * other document. Both writers stream: each item is written as it arrives. TriG merges consecutive
 * statements about one subject in one graph into one block; a graph's block may recur (TriG allows it).
 */
import type { DocumentRecord, EntityRecord, FactRecord, RelationRecord } from '../types';
import { localName, NS } from '../graph/iri';
import type { ExportContext, Exporter, GraphItem, Sink } from './exporter';
import { decimalLexical, iri, literal } from './turtle';

/** One statement: subject, predicate, object as N-Triples terms, and the IRI of its graph (bare). */
export interface Quad {
  s: string;
  p: string;
  o: string;
  g: string;
}

/** Name of the shared graph of entity descriptions and relations. */
export function entitiesGraphIri(base: string): string {
  return `${base}graph/entities`;
}

/** Name of a document's graph, from the document IRI (`<base>document/<doc>` -> `<base>graph/<doc>`). */
export function documentGraphIri(base: string, docIri: string): string {
  return `${base}graph/${localName(docIri)}`;
}

const term = (ns: string, local: string) => `<${ns}${local}>`;
const A = term(NS.rdf, 'type');
const dwk = (local: string) => term(NS.dwk, local);
const typed = (lexical: string, datatype: string) => `${literal(lexical)}^^${term(NS.xsd, datatype)}`;
const integer = (n: number) => typed(String(Math.trunc(n)), 'integer');
const decimal = (n: number) => typed(decimalLexical(n), 'decimal');
const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The statements of one graph item, in the order the Turtle export writes them. */
export function itemQuads(item: GraphItem, base: string): Quad[] {
  const out: Quad[] = [];
  const add = (s: string, p: string, o: string, g: string) => out.push({ s, p, o, g });
  const evidence = (s: string, a: { doc: string; text: string; start: number; end: number; confidence: number }, g: string) => {
    add(s, term(NS.prov, 'wasDerivedFrom'), iri(a.doc), g);
    add(s, dwk('evidence'), literal(a.text), g);
    add(s, dwk('charStart'), integer(a.start), g);
    add(s, dwk('charEnd'), integer(a.end), g);
    add(s, dwk('confidence'), decimal(a.confidence), g);
  };
  switch (item.kind) {
    case 'document': {
      const d: DocumentRecord = item.value;
      const s = iri(d.iri);
      const g = documentGraphIri(base, d.iri);
      add(s, A, dwk('Document'), g);
      add(s, term(NS.dcterms, 'identifier'), literal(d.file), g);
      if (d.title) add(s, term(NS.dcterms, 'title'), literal(d.title), g);
      if (d.date) add(s, term(NS.dcterms, 'date'), typed(d.date, 'date'), g);
      if (d.url) add(s, term(NS.dcterms, 'source'), iri(d.url), g);
      add(s, dwk('sha256'), literal(d.id), g);
      break;
    }
    case 'entity': {
      const e: EntityRecord = item.value;
      const s = iri(e.iri);
      const g = entitiesGraphIri(base);
      add(s, A, dwk(e.type), g);
      add(s, term(NS.rdfs, 'label'), literal(e.label), g);
      for (const a of e.altLabels) add(s, term(NS.skos, 'altLabel'), literal(a), g);
      for (const d of Object.keys(e.mentions).sort()) add(s, dwk('mentionedIn'), iri(d), g);
      if (e.wikidata) add(s, term(NS.owl, 'sameAs'), iri(NS.wd + e.wikidata), g);
      if (!e.named) add(s, dwk('named'), typed('false', 'boolean'), g);
      for (const k of Object.keys(e.attributes ?? {}).sort()) {
        if (ATTRIBUTE_NAME.test(k)) for (const v of e.attributes![k]) add(s, dwk(k), literal(v), g);
      }
      break;
    }
    case 'relation': {
      const r: RelationRecord = item.value;
      add(iri(r.s), dwk(r.p), iri(r.o), entitiesGraphIri(base));
      for (const a of r.assertions) {
        const s = iri(a.iri);
        const g = documentGraphIri(base, a.doc);
        add(s, A, dwk('Assertion'), g);
        add(s, term(NS.rdf, 'subject'), iri(r.s), g);
        add(s, term(NS.rdf, 'predicate'), dwk(r.p), g);
        add(s, term(NS.rdf, 'object'), iri(r.o), g);
        evidence(s, a, g);
        if (a.role) add(s, dwk('role'), literal(a.role), g);
      }
      break;
    }
    case 'fact': {
      const f: FactRecord = item.value;
      const s = iri(f.iri);
      const g = documentGraphIri(base, f.doc);
      add(s, A, dwk(f.kind), g);
      if (f.operation) add(s, dwk('operation'), iri(f.operation), g);
      if (f.kind === 'ArrestCount') {
        if (f.place) add(s, dwk('place'), iri(f.place), g);
        if (f.count != null) add(s, dwk('count'), integer(f.count), g);
      } else {
        if (f.item) add(s, dwk('item'), iri(f.item), g);
        else if (f.itemLiteral) add(s, dwk('item'), literal(f.itemLiteral), g);
        add(s, dwk('quantity'), decimal(f.quantity ?? 0), g);
        add(s, dwk('unit'), literal(f.unit ?? 'count'), g);
      }
      evidence(s, f, g);
      break;
    }
  }
  return out;
}

/** One line per statement: `<s> <p> <o> <g> .` */
export function createNQuadsExporter(sink: Sink, context: ExportContext): Exporter {
  const base = context.graph.base;
  return {
    write(item: GraphItem) {
      const lines = itemQuads(item, base).map((q) => `${q.s} ${q.p} ${q.o} <${q.g}> .\n`);
      sink.write(lines.join(''));
    },
    finalize() {
      return new Promise<void>((res) => sink.end(() => res()));
    },
  };
}

const PREFIXES: Array<[string, string]> = Object.entries(NS);
const PN_LOCAL = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TYPED = /^(".*")\^\^<([^>]*)>$/s;

/** An IRI term as a prefixed name where one of the standard prefixes fits. */
function compactIri(t: string): string {
  const value = t.slice(1, -1);
  for (const [p, ns] of PREFIXES) {
    if (value.startsWith(ns) && PN_LOCAL.test(value.slice(ns.length))) return `${p}:${value.slice(ns.length)}`;
  }
  return t;
}

function compact(t: string): string {
  if (t.startsWith('<')) return compactIri(t);
  const m = t.endsWith('>') ? TYPED.exec(t) : null;
  return m ? `${m[1]}^^${compactIri(`<${m[2]}>`)}` : t;
}

/** TriG: `<graph> { <s> p o ; p o . }`, with the standard prefixes. */
export function createTrigExporter(sink: Sink, context: ExportContext): Exporter {
  const base = context.graph.base;
  let started = false;
  let graph: string | undefined;
  let subject: string | undefined;
  const head = () => {
    started = true;
    sink.write(PREFIXES.map(([p, ns]) => `@prefix ${p}: <${ns}> .\n`).join('') + '\n');
  };
  const close = () => (subject === undefined ? '' : ' .\n') + (graph === undefined ? '' : '}\n\n');
  return {
    write(item: GraphItem) {
      if (!started) head();
      const parts: string[] = [];
      for (const q of itemQuads(item, base)) {
        if (q.g !== graph) {
          parts.push(close(), `<${q.g}> {\n`);
          graph = q.g;
          subject = undefined;
        }
        const po = `${q.p === A ? 'a' : compact(q.p)} ${compact(q.o)}`;
        if (q.s === subject) parts.push(` ;\n    ${po}`);
        else {
          parts.push(subject === undefined ? '' : ' .\n', `  ${compact(q.s)} ${po}`);
          subject = q.s;
        }
      }
      sink.write(parts.join(''));
    },
    finalize() {
      if (!started) head();
      sink.write(close());
      graph = subject = undefined;
      return new Promise<void>((res) => sink.end(() => res()));
    },
  };
}
