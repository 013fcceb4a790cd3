/**
 * darkweb-kg push: loads an RDF file into a triple store, chunk by chunk, and checks every chunk.
 *
 * For each target graph: its distinct N-Triples lines (./statements.ts) are cut into chunks of at most
 * `chunkTriples` and sent one at a time — never two requests at once (two concurrent POSTs hung Virtuoso)
 * — by Graph Store PUT for the first chunk when `replace` is set, POST otherwise (./store.ts). After each
 * chunk the graph's triple count is read back: servers sometimes answer 201 and store less (Virtuoso once
 * kept 75% of a large first POST), so a chunk that came up short is sent again (POST adds only what is
 * missing, since a graph is a set), up to `retries` times.
 *
 * The expected count is exact when the graph starts empty (or is replaced). When it already held triples,
 * some of a chunk may already be there: a chunk is then complete when the count stops moving after a
 * re-send, and the summary reports those triples as already there.
 */
import { DarkwebKgError, UsageError } from '../errors';
import { HttpClient, type AuthScheme } from './http';
import { chunk, readStatements } from './statements';
import { countTriples, deriveQueryEndpoint, sendTriples } from './store';

export interface PushOptions {
  /** Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth */
  endpoint: string;
  /** SPARQL query endpoint for the counts; derived from `endpoint` when absent. */
  queryEndpoint?: string;
  /** Graph for the statements that name none (all of a Turtle file's). */
  graph?: string;
  /** The RDF file: .ttl, .nt, .nq or .trig. */
  file: string;
  user?: string;
  /** Read by the caller from an environment variable or a file, never from the command line. */
  password?: string;
  auth: AuthScheme;
  /** PUT the first chunk of each graph (replacing what it held), POST the rest. */
  replace: boolean;
  chunkTriples: number;
  /** Re-sends of a short chunk, and retries of a failed request. */
  retries: number;
  /** First back-off delay; it doubles with each retry. */
  backoffMs: number;
  /** Time allowed for one request. */
  timeoutMs: number;
  /** Called after each chunk is stored and checked. */
  onProgress?: (p: PushProgress) => void;
}

export const PUSH_DEFAULTS = Object.freeze({
  auth: 'auto' as AuthScheme,
  replace: false,
  chunkTriples: 5000,
  retries: 5,
  backoffMs: 500,
  timeoutMs: 120_000,
});

export interface PushProgress {
  graph: string;
  chunksDone: number;
  chunks: number;
  triplesDone: number;
  triples: number;
  elapsedMs: number;
}

export interface PushSummary {
  queryEndpoint: string;
  graphs: Array<{ graph: string; sent: number; before: number; stored: number }>;
  triples: number;
  chunks: number;
  /** Chunks sent again because the count came up short. */
  resent: number;
  /** Triples found already in a graph that was not empty (not replaced). */
  alreadyThere: number;
  requests: number;
  /** Requests retried after a network error or a 5xx/429/408. */
  retried: number;
  seconds: number;
}

/** A push that could not be completed: names the graph and the chunk. */
export class PushError extends DarkwebKgError {}

const URL_OK = /^https?:\/\//i;

function checkUrl(key: string, value: string): void {
  // shown without anything before an "@": a password typed into the URL is not printed
  const bad = () => new UsageError(`push option "${key}" must be an http(s) URL, got ${JSON.stringify(value.replace(/\/\/.*@/, '//***@'))}`);
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw bad();
  }
  if (!URL_OK.test(value)) throw bad();
  if (u.username || u.password) throw new UsageError(`push option "${key}" must not carry credentials: give --user, and the password with --password-env or --password-file`);
}

export function validatePushOptions(o: Partial<PushOptions> & Pick<PushOptions, 'endpoint' | 'file'>): PushOptions {
  const m: PushOptions = { ...PUSH_DEFAULTS, ...o };
  checkUrl('endpoint', m.endpoint);
  if (m.queryEndpoint !== undefined) checkUrl('queryEndpoint', m.queryEndpoint);
  if (m.graph !== undefined && !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]*$/.test(m.graph)) {
    throw new UsageError(`push option "graph" must be an absolute IRI, got ${JSON.stringify(m.graph)}`);
  }
  if (!['auto', 'basic', 'digest'].includes(m.auth)) throw new UsageError(`push option "auth" must be auto, basic or digest, got ${JSON.stringify(m.auth)}`);
  if ((m.user === undefined) !== (m.password === undefined)) {
    throw new UsageError(m.user === undefined ? 'push option "user" is missing: a password needs a user name' : 'push option "password" is missing: give --password-env VAR or --password-file FILE');
  }
  const int = (key: 'chunkTriples' | 'retries', min: number, max: number) => {
    if (!Number.isInteger(m[key]) || m[key] < min || m[key] > max) throw new UsageError(`push option "${key}" must be an integer from ${min} to ${max}, got ${m[key]}`);
  };
  int('chunkTriples', 1, 1_000_000);
  int('retries', 0, 20);
  for (const key of ['backoffMs', 'timeoutMs'] as const) {
    if (!(Number.isFinite(m[key]) && m[key] >= (key === 'timeoutMs' ? 1 : 0))) throw new UsageError(`push option "${key}" must be a number of milliseconds, got ${m[key]}`);
  }
  return m;
}

export async function push(options: Partial<PushOptions> & Pick<PushOptions, 'endpoint' | 'file'>): Promise<PushSummary> {
  const o = validatePushOptions(options);
  const queryEndpoint = o.queryEndpoint ?? deriveQueryEndpoint(o.endpoint);
  const targets = readStatements(o.file, o.graph);
  const client = new HttpClient(o.user !== undefined ? { user: o.user, password: o.password!, scheme: o.auth } : undefined, o);
  const t0 = Date.now();
  const plan = targets.map((t) => ({ graph: t.graph, chunks: chunk(t.lines, o.chunkTriples), sent: t.lines.length }));
  const total = { chunks: plan.reduce((n, p) => n + p.chunks.length, 0), triples: plan.reduce((n, p) => n + p.sent, 0) };
  const summary: PushSummary = { queryEndpoint, graphs: [], triples: total.triples, chunks: total.chunks, resent: 0, alreadyThere: 0, requests: 0, retried: 0, seconds: 0 };
  let chunksDone = 0;
  let triplesDone = 0;
  for (const { graph, chunks, sent } of plan) {
    const before = await countTriples(client, queryEndpoint, graph);
    const exact = o.replace || before === 0;
    let expected = o.replace ? 0 : before;
    if (o.replace && chunks.length === 0) await sendTriples(client, o.endpoint, graph, 'PUT', []);
    for (const [i, lines] of chunks.entries()) {
      const where = `chunk ${i + 1} of ${chunks.length} for <${graph}>`;
      await sendTriples(client, o.endpoint, graph, o.replace && i === 0 ? 'PUT' : 'POST', lines);
      let target = expected + lines.length;
      let n = await countTriples(client, queryEndpoint, graph);
      for (let resends = 0, last = -1; n !== target; resends++) {
        if (n > target) throw new PushError(`${where}: the store holds ${n} triples, more than the ${target} expected: is something else writing to this graph?`);
        if (!exact && resends > 0 && n === last) {
          // the count no longer moves: the rest of the chunk was in the graph already
          summary.alreadyThere += target - n;
          target = n;
          break;
        }
        if (resends === o.retries) throw new PushError(`${where}: the store holds ${n} of ${target} triples after ${resends} re-sends`);
        summary.resent++;
        last = n;
        await sendTriples(client, o.endpoint, graph, 'POST', lines);
        n = await countTriples(client, queryEndpoint, graph);
      }
      expected = target;
      chunksDone++;
      triplesDone += lines.length;
      o.onProgress?.({ graph, chunksDone, chunks: total.chunks, triplesDone, triples: total.triples, elapsedMs: Date.now() - t0 });
    }
    summary.graphs.push({ graph, sent, before, stored: expected });
  }
  return { ...summary, requests: client.requests, retried: client.retried, seconds: (Date.now() - t0) / 1000 };
}
