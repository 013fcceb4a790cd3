/**
 * darkweb-kg query `sparql`: SPARQL 1.1 over the built graph with the embedded Oxigraph store. The Turtle
 * beside the JSON graph (`exports/seeds.ttl` for `exports/seeds.json`) is loaded once per call. The usual
 * prefixes (dwk, rdf, rdfs, skos, owl, prov, dcterms, xsd) are declared for the query unless it declares
 * them itself; they go on one extra first line, so error positions are moved back by one line.
 * SELECT and ASK answers come back as SPARQL JSON results; CONSTRUCT and DESCRIBE as triples.
 */
import { readFileSync } from 'node:fs';
import { Store, defaultGraph, type Quad } from 'oxigraph';
import { InputError, UsageError } from '../errors';
import { NS } from '../graph/iri';

/** Prefixes every query may use without declaring them. */
export const SPARQL_PREFIXES: Readonly<Record<string, string>> = {
  dwk: NS.dwk,
  rdf: NS.rdf,
  rdfs: NS.rdfs,
  skos: NS.skos,
  owl: NS.owl,
  prov: NS.prov,
  dcterms: NS.dcterms,
  xsd: NS.xsd,
};

/** A term of a SPARQL JSON result (W3C SPARQL 1.1 Query Results JSON Format). */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export type SparqlResult =
  | { form: 'select'; variables: string[]; bindings: Array<Record<string, SparqlTerm>> }
  | { form: 'ask'; boolean: boolean }
  | { form: 'graph'; quads: Quad[] };

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

const PROLOGUE_ITEM = /^(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+([^\s:]*):\s*<[^>]*>)/i;
const FORM = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;

/** The prefixes a query declares, and its form (SELECT, ASK, CONSTRUCT, DESCRIBE), read from its prologue. */
export function readPrologue(query: string): { declared: Set<string>; form?: QueryForm } {
  const declared = new Set<string>();
  let rest = query;
  for (let m = PROLOGUE_ITEM.exec(rest); m && m[0].length > 0; m = PROLOGUE_ITEM.exec(rest)) {
    if (m[1] !== undefined) declared.add(m[1]);
    rest = rest.slice(m[0].length);
  }
  const form = FORM.exec(rest);
  return { declared, form: form ? (form[1].toLowerCase() as QueryForm) : undefined };
}

/** The query with the standard prefixes it does not declare added on one first line. */
export function withPrefixes(query: string): string {
  const { declared } = readPrologue(query);
  const missing = Object.entries(SPARQL_PREFIXES).filter(([p]) => !declared.has(p));
  return missing.map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join(' ') + '\n' + query;
}

/** The Turtle file of a graph: `x.json` -> `x.ttl`; a `.ttl` path is used as it is. */
export function turtlePathFor(graphFile: string): string {
  if (/\.ttl$/i.test(graphFile)) return graphFile;
  return graphFile.replace(/\.json$/i, '') + '.ttl';
}

/** An Oxigraph store holding the Turtle text (`file` names it in errors). */
export function storeFromTurtle(turtle: string, file = '<turtle>'): Store {
  const store = new Store();
  try {
    store.load(turtle, { format: 'text/turtle' });
  } catch (e) {
    throw new InputError(file, `not valid Turtle (${String((e as Error).message ?? e).replace(/\s+/g, ' ')})`);
  }
  return store;
}

/** An Oxigraph store holding the Turtle file. */
export function loadTurtleStore(file: string): Store {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(file, err.code === 'ENOENT' ? 'no such file (build a graph first: darkweb-kg build)' : err.message);
  }
  return storeFromTurtle(text, file);
}

/** Runs a query (standard prefixes added) and returns its answer; a UsageError for a bad query. */
export function runSparql(store: Store, query: string): SparqlResult {
  const { form } = readPrologue(query);
  if (!form) throw new UsageError('SPARQL: expected a SELECT, ASK, CONSTRUCT or DESCRIBE query (updates are not run)');
  const full = withPrefixes(query);
  try {
    if (form === 'construct' || form === 'describe') return { form: 'graph', quads: store.query(full) as Quad[] };
    const json = JSON.parse(store.query(full, { results_format: 'json' }) as string) as {
      head: { vars?: string[] };
      boolean?: boolean;
      results?: { bindings: Array<Record<string, SparqlTerm>> };
    };
    if (form === 'ask') return { form: 'ask', boolean: json.boolean === true };
    return { form: 'select', variables: json.head.vars ?? [], bindings: json.results?.bindings ?? [] };
  } catch (e) {
    const msg = String((e as Error).message ?? e)
      .replace(/\s+/g, ' ')
      .replace(/\bat (\d+):(\d+)/, (_m, line: string, col: string) => `at line ${Number(line) - 1}, column ${col}`);
    throw new UsageError(`SPARQL: ${msg}`);
  }
}

/** Triples of a CONSTRUCT/DESCRIBE answer as Turtle or JSON-LD. */
export function serializeQuads(quads: Quad[], format: 'turtle' | 'jsonld'): string {
  return new Store(quads).dump({
    format: format === 'turtle' ? 'text/turtle' : 'application/ld+json',
    from_graph_name: defaultGraph(),
  });
}
