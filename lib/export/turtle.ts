/**
 * darkweb-kg: RDF/Turtle export, exactly as ../shared/spec/OUTPUT-CONTRACT.md describes it. A streaming
 * writer: each document, entity, relation (the direct triple plus one dwk:Assertion per supporting
 * document) and fact is written as it arrives, to any {write, end} sink.
 */
import type { DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord } from '../types';
import { NS } from '../graph/iri';
import { StringSink, degrees, graphItems, type ExportContext, type Exporter, type GraphItem, type Sink } from './exporter';

const PREFIXES: Array<[string, string]> = [
  ['dwk', NS.dwk], ['rdf', NS.rdf], ['rdfs', NS.rdfs], ['skos', NS.skos], ['owl', NS.owl], ['prov', NS.prov],
  ['dcterms', NS.dcterms], ['xsd', NS.xsd], ['wd', NS.wd],
];

const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f\ud800-\udfff]/;
const ESCAPE = /["\\\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A Turtle string literal. Control characters are \u-escaped; lone surrogates become U+FFFD. */
export function literal(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(ESCAPE, (c) => {
    if (ESCAPES[c]) return ESCAPES[c];
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
    return `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
  })}"`;
}

const IRI_BAD = /[\u0000-\u0020<>"{}|^`\\]/;
/** An IRI reference; characters Turtle forbids in IRIs are percent-encoded. */
export function iri(value: string): string {
  if (!IRI_BAD.test(value)) return `<${value}>`;
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase())}>`;
}

/** The xsd:decimal lexical form of a number: "5.0", "0.25", never an exponent ("NaN" when not finite). */
export function decimalLexical(n: number): string {
  if (!Number.isFinite(n)) return 'NaN';
  const s = Number.isInteger(n) ? `${BigInt(n)}.0` : String(n);
  return /e/i.test(s) ? n.toFixed(6) : s;
}

function decimal(n: number): string {
  const s = decimalLexical(n);
  return /^-?\d+\.\d+$/.test(s) ? s : `"${s}"^^xsd:decimal`;
}

export function createTurtleExporter(sink: Sink, _context?: ExportContext): Exporter {
  let started = false;
  const head = () => {
    started = true;
    sink.write(PREFIXES.map(([p, ns]) => `@prefix ${p}: <${ns}> .\n`).join('') + '\n');
  };
  const writers: { [K in GraphItem['kind']]: (v: Extract<GraphItem, { kind: K }>['value']) => void } = {
    document: (d: DocumentRecord) => {
      const lines = [`${iri(d.iri)} a dwk:Document`, `    dcterms:identifier ${literal(d.file)}`];
      if (d.title) lines.push(`    dcterms:title ${literal(d.title)}`);
      if (d.date) lines.push(`    dcterms:date "${d.date}"^^xsd:date`);
      if (d.url) lines.push(`    dcterms:source ${iri(d.url)}`);
      lines.push(`    dwk:sha256 "${d.id}"`);
      sink.write(lines.join(' ;\n') + ' .\n\n');
    },
    entity: (e: EntityRecord) => {
      const lines = [`${iri(e.iri)} a dwk:${e.type}`, `    rdfs:label ${literal(e.label)}`];
      if (e.altLabels.length) lines.push(`    skos:altLabel ${e.altLabels.map(literal).join(', ')}`);
      const docs = Object.keys(e.mentions).sort();
      if (docs.length) lines.push(`    dwk:mentionedIn ${docs.map(iri).join(', ')}`);
      if (e.wikidata) lines.push(`    owl:sameAs wd:${e.wikidata}`);
      if (!e.named) lines.push('    dwk:named false');
      if (e.attributes) {
        for (const [k, vs] of Object.entries(e.attributes).sort()) {
          if (/^[A-Za-z][A-Za-z0-9]*$/.test(k) && vs.length) lines.push(`    dwk:${k} ${vs.map(literal).join(', ')}`);
        }
      }
      sink.write(lines.join(' ;\n') + ' .\n\n');
    },
    relation: (r: RelationRecord) => {
      const out = [`${iri(r.s)} dwk:${r.p} ${iri(r.o)} .\n`];
      for (const a of r.assertions) {
        const lines = [
          `${iri(a.iri)} a dwk:Assertion`,
          `    rdf:subject ${iri(r.s)}`,
          `    rdf:predicate dwk:${r.p}`,
          `    rdf:object ${iri(r.o)}`,
          `    prov:wasDerivedFrom ${iri(a.doc)}`,
          `    dwk:evidence ${literal(a.text)}`,
          `    dwk:charStart ${a.start}`,
          `    dwk:charEnd ${a.end}`,
          `    dwk:confidence ${decimal(a.confidence)}`,
        ];
        if (a.role) lines.push(`    dwk:role ${literal(a.role)}`);
        out.push(lines.join(' ;\n') + ' .\n');
      }
      sink.write(out.join('') + '\n');
    },
    fact: (f: FactRecord) => {
      const lines = [`${iri(f.iri)} a dwk:${f.kind}`];
      if (f.operation) lines.push(`    dwk:operation ${iri(f.operation)}`);
      if (f.kind === 'ArrestCount') {
        if (f.place) lines.push(`    dwk:place ${iri(f.place)}`);
        if (f.count != null) lines.push(`    dwk:count ${Math.trunc(f.count)}`);
      } else {
        if (f.item) lines.push(`    dwk:item ${iri(f.item)}`);
        else if (f.itemLiteral) lines.push(`    dwk:item ${literal(f.itemLiteral)}`);
        lines.push(`    dwk:quantity ${decimal(f.quantity ?? 0)}`, `    dwk:unit ${literal(f.unit ?? 'count')}`);
      }
      lines.push(
        `    prov:wasDerivedFrom ${iri(f.doc)}`,
        `    dwk:evidence ${literal(f.text)}`,
        `    dwk:charStart ${f.start}`,
        `    dwk:charEnd ${f.end}`,
        `    dwk:confidence ${decimal(f.confidence)}`,
      );
      sink.write(lines.join(' ;\n') + ' .\n\n');
    },
  };
  return {
    write(item: GraphItem) {
      if (!started) head();
      (writers[item.kind] as (v: unknown) => void)(item.value);
    },
    finalize() {
      if (!started) head();
      return new Promise<void>((res) => sink.end(() => res()));
    },
  };
}

/** The whole graph as one Turtle string (the exporter never waits, so the string is complete on return). */
export function graphToTurtle(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  const ex = createTurtleExporter(sink, { graph, degree: degrees(graph) });
  for (const item of graphItems(graph)) ex.write(item);
  void ex.finalize();
  return sink.toString();
}
