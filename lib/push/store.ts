/**
 * darkweb-kg push: talking to a triple store. Writes go through the SPARQL 1.1 Graph Store HTTP Protocol
 * (`<endpoint>?graph=<IRI>`: POST adds N-Triples to the graph, PUT replaces its content); the triple count
 * of a graph is read with a SPARQL 1.1 query (`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <g> { ?s ?p ?o } }`,
 * JSON results) from the query endpoint, which is derived from the Graph Store endpoint of the servers
 * darkweb-kg knows (Virtuoso, Fuseki, GraphDB, RDF4J) unless given.
 */
import { UsageError } from '../errors';
import { HttpError, type HttpClient } from './http';

export const NTRIPLES = 'application/n-triples';

/** Graph Store endpoint -> query endpoint, by the URL layout of each server. */
const QUERY_ENDPOINTS: Array<[RegExp, string, string]> = [
  [/\/sparql-graph-crud-auth\/?$/, '/sparql-auth', 'Virtuoso'],
  [/\/sparql-graph-crud\/?$/, '/sparql', 'Virtuoso'],
  [/\/(repositories\/[^/]+)\/rdf-graphs\/service\/?$/, '/$1', 'GraphDB / RDF4J'],
  [/\/(data|get)\/?$/, '/sparql', 'Fuseki'],
];

/** The query endpoint that goes with a Graph Store endpoint, or a UsageError asking for --query-endpoint. */
export function deriveQueryEndpoint(endpoint: string): string {
  const u = new URL(endpoint);
  for (const [re, replacement] of QUERY_ENDPOINTS) {
    if (re.test(u.pathname)) {
      u.pathname = u.pathname.replace(re, replacement);
      return u.toString();
    }
  }
  throw new UsageError(`cannot tell the SPARQL query endpoint of ${endpoint}: give --query-endpoint URL`);
}

/** The Graph Store URL of one graph. */
export function graphUrl(endpoint: string, graph: string): string {
  const u = new URL(endpoint);
  u.searchParams.set('graph', graph);
  return u.toString();
}

/** The SPARQL query counting the triples of a graph. */
export function countQuery(graph: string): string {
  return `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
}

/** Number of triples the store holds in `graph`. */
export async function countTriples(client: HttpClient, queryEndpoint: string, graph: string): Promise<number> {
  const u = new URL(queryEndpoint);
  u.searchParams.set('query', countQuery(graph));
  const url = u.toString();
  const answer = await client.request('GET', url, { accept: 'application/sparql-results+json' });
  let n: number;
  try {
    n = Number(JSON.parse(answer.text).results.bindings[0].n.value);
  } catch {
    n = NaN;
  }
  if (!Number.isInteger(n) || n < 0) throw new HttpError('GET', queryEndpoint, answer.status, `not a count in SPARQL JSON results: ${answer.text.slice(0, 200)}`);
  return n;
}

/** Sends N-Triples to a graph: PUT replaces what the graph held, POST adds to it. */
export async function sendTriples(client: HttpClient, endpoint: string, graph: string, method: 'PUT' | 'POST', lines: string[]): Promise<void> {
  await client.request(method, graphUrl(endpoint, graph), { 'content-type': NTRIPLES }, lines.length ? lines.join('\n') + '\n' : '');
}
