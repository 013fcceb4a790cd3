/**
 * darkweb-kg query: SPARQL answers in the W3C SPARQL 1.1 results formats. JSON is the standard JSON
 * results document; CSV carries plain values (IRIs and literal text); TSV carries terms in N-Triples form
 * under `?var` headers, with no quoting needed. For the table view, IRIs in a known namespace are shortened
 * to `prefix:name`.
 */
import { SPARQL_PREFIXES, type SparqlResult, type SparqlTerm } from './sparql';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** `https://w3id.org/darkweb-kg/ontology#Agency` -> `dwk:Agency`; other IRIs unchanged. */
export function compactIri(iri: string): string {
  for (const [prefix, ns] of Object.entries(SPARQL_PREFIXES)) {
    if (iri.startsWith(ns) && /^[\p{L}\p{N}_-]*$/u.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

/** A term as the table view shows it. */
export function termDisplay(t: SparqlTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'uri') return compactIri(t.value);
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type === 'literal' && t['xml:lang']) return `${t.value}@${t['xml:lang']}`;
  return t.value;
}

/** A term as W3C SPARQL CSV writes it: the IRI or the literal's text. */
export function termPlain(t: SparqlTerm | undefined): string {
  if (!t) return '';
  return t.type === 'bnode' ? `_:${t.value}` : t.value;
}

function escapeLiteral(text: string): string {
  return text.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
}

/** A term in N-Triples form, as W3C SPARQL TSV writes it. */
export function termNTriples(t: SparqlTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  const lit = `"${escapeLiteral(t.value)}"`;
  if (t['xml:lang']) return `${lit}@${t['xml:lang']}`;
  if (t.datatype && t.datatype !== XSD_STRING) return `${lit}^^<${t.datatype}>`;
  return lit;
}

/** The W3C SPARQL JSON results document of a SELECT or ASK answer. */
export function sparqlJson(result: Extract<SparqlResult, { form: 'select' | 'ask' }>): string {
  const doc =
    result.form === 'ask'
      ? { head: {}, boolean: result.boolean }
      : { head: { vars: result.variables }, results: { bindings: result.bindings } };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** The W3C SPARQL TSV results of a SELECT answer. */
export function sparqlTsv(result: Extract<SparqlResult, { form: 'select' }>): string {
  const lines = [result.variables.map((v) => `?${v}`).join('\t')];
  for (const b of result.bindings) lines.push(result.variables.map((v) => termNTriples(b[v])).join('\t'));
  return lines.join('\n') + '\n';
}
