/**
 * push, without a real server: Digest and Basic answers checked against the RFC examples and against a
 * small Graph Store written here (node:http, its own Digest check), one request at a time, a chunk the
 * store kept only 75% of sent again, retries after 503s and a request that hangs, PUT then POST with
 * --replace, named graphs from N-Quads, the query endpoints of known servers, and the password never in
 * any output — and refused on the command line.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basicAuthorization, digestAuthorization, parseChallenges } from '../lib/push/digest';
import { HttpClient, HttpError } from '../lib/push/http';
import { push, validatePushOptions } from '../lib/push/push';
import { progressLine } from '../lib/push/progress';
import { readStatements } from '../lib/push/statements';
import { deriveQueryEndpoint, graphUrl } from '../lib/push/store';
import { InputError, UsageError } from '../lib/errors';
import { runCli } from './helpers/run-cli';

const PASSWORD = 'pä$$ "word\\ 7';
const USER = 'analyst';
const dir = mkdtempSync(join(tmpdir(), 'dwk-push-'));

function writeTurtle(name: string, n: number): string {
  const file = join(dir, name);
  const lines = ['@prefix ex: <http://example.org/> .'];
  for (let i = 0; i < n; i++) lines.push(`ex:s${i} ex:p "value ${i}" .`);
  lines.push('ex:s0 ex:p "value 0" .'); // a duplicate: pushed once
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

// ------------------------------------------------------------------ a small Graph Store -----

interface StoreOptions {
  auth?: 'digest' | 'basic';
  /** Keep only this share of the lines of the first POST, and still answer 201. */
  keepOfFirstPost?: number;
  /** Answer 503 to this many Graph Store requests first. */
  unavailable?: number;
  /** Never answer the first Graph Store request. */
  hangFirst?: boolean;
  /** Echo the request's Authorization header in a 400 to every write. */
  echoAuthorization?: boolean;
}

class FakeStore {
  graphs = new Map<string, Set<string>>();
  log: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private server: Server;
  private posts = 0;
  private writes = 0;
  private nonce = createHash('md5').update(String(Math.random())).digest('hex');
  url = '';

  constructor(private readonly o: StoreOptions = {}) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((res) => this.server.listen(0, '127.0.0.1', res));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((res) => this.server.close(() => res()));
  }

  private authorized(req: IncomingMessage): boolean {
    const h = req.headers.authorization ?? '';
    if (this.o.auth === 'basic') return h === `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const p = Object.fromEntries([...h.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)].map((m) => [m[1], (m[2] ?? m[3]).replace(/\\(.)/g, '$1')]));
    if (!h.startsWith('Digest ') || p.nonce !== this.nonce || p.uri !== req.url || p.username !== USER) return false;
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    const ha1 = md5(`${USER}:test:${PASSWORD}`);
    const ha2 = md5(`${req.method}:${req.url}`);
    return p.qop === 'auth' && p.response === md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let body = '';
    for await (const c of req) body += c;
    const done = (status: number, text = '', headers: Record<string, string> = {}) => {
      this.inFlight--;
      res.writeHead(status, headers).end(text);
    };
    const u = new URL(req.url!, this.url);
    if (this.o.auth && !this.authorized(req)) {
      const challenge = this.o.auth === 'basic' ? 'Basic realm="test"' : `Digest realm="test", nonce="${this.nonce}", opaque="op", qop="auth,auth-int", algorithm=MD5, Basic realm="test"`;
      return done(401, '', { 'www-authenticate': challenge, connection: 'close' });
    }
    if (u.pathname === '/ds/sparql') {
      const graph = /GRAPH <([^>]*)>/.exec(u.searchParams.get('query') ?? '')?.[1] ?? '';
      const n = this.graphs.get(graph)?.size ?? 0;
      return done(200, JSON.stringify({ head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'literal', value: String(n) } }] } }));
    }
    if (u.pathname !== '/ds/data') return done(404);
    this.writes++;
    if (this.o.hangFirst && this.writes === 1) return; // never answered; the client times out
    if (this.o.unavailable && this.writes <= this.o.unavailable) return done(503, 'busy');
    if (this.o.echoAuthorization) return done(400, `bad request from ${req.headers.authorization}`);
    const graph = u.searchParams.get('graph')!;
    this.log.push(`${req.method} ${graph}`);
    let lines = body.split('\n').filter(Boolean);
    if (req.method === 'POST' && ++this.posts === 1 && this.o.keepOfFirstPost) lines = lines.slice(0, Math.floor(lines.length * this.o.keepOfFirstPost));
    if (req.method === 'PUT' || !this.graphs.has(graph)) this.graphs.set(graph, new Set());
    for (const l of lines) this.graphs.get(graph)!.add(l);
    done(201);
  }
}

const stores: FakeStore[] = [];
async function store(o?: StoreOptions): Promise<FakeStore> {
  const s = await new FakeStore(o).start();
  stores.push(s);
  return s;
}
afterAll(async () => {
  for (const s of stores) await s.stop();
});

const FAST = { backoffMs: 1, retries: 3 };

// ------------------------------------------------------------------------------- tests -----

describe('Digest and Basic answers', () => {
  test('RFC 2617 §3.5: MD5 with qop=auth', () => {
    const [c] = parseChallenges('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"');
    const h = digestAuthorization(c, { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle Of Life', nc: 1, cnonce: '0a4f113b' });
    expect(h).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(h).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
    expect(h).toContain('nc=00000001');
  });

  test('RFC 7616 §3.9.1: MD5 and SHA-256', () => {
    const header = (alg: string) =>
      `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${alg}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
    const r = { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle of Life', nc: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };
    expect(digestAuthorization(parseChallenges(header('MD5'))[0], r)).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(digestAuthorization(parseChallenges(header('SHA-256'))[0], r)).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
  });

  test('several challenges in one header, quoted commas and escapes', () => {
    const cs = parseChallenges('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Digest realm="x, y", nonce="n", qop="auth", Basic realm="simple"');
    expect(cs.map((c) => c.scheme)).toEqual(['newauth', 'digest', 'basic']);
    expect(cs[0].params.get('title')).toBe('Login to "apps"');
    expect(cs[1].params.get('realm')).toBe('x, y');
    expect(cs[2].params.get('realm')).toBe('simple');
  });

  test('Basic (RFC 7617 §2)', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});

describe('statements and endpoints', () => {
  test('Turtle goes to the target graph, distinct and in order; N-Quads to their own graphs', () => {
    const ttl = writeTurtle('three.ttl', 3);
    expect(readStatements(ttl, 'http://g/')).toEqual([
      { graph: 'http://g/', lines: [0, 1, 2].map((i) => `<http://example.org/s${i}> <http://example.org/p> "value ${i}" .`) },
    ]);
    const nq = join(dir, 'two.nq');
    writeFileSync(nq, '<http://a> <http://p> "x"@en <http://g1> .\n<http://a> <http://p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g2> .\n<http://a> <http://p> "d" .\n');
    expect(readStatements(nq, 'http://default')).toEqual([
      { graph: 'http://g1', lines: ['<http://a> <http://p> "x"@en .'] },
      { graph: 'http://g2', lines: ['<http://a> <http://p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'] },
      { graph: 'http://default', lines: ['<http://a> <http://p> "d" .'] },
    ]);
    expect(() => readStatements(nq, undefined)).toThrow(UsageError);
  });

  test('blank nodes, unknown formats and bad syntax are refused, naming the file', () => {
    const b = join(dir, 'blank.ttl');
    writeFileSync(b, '_:x <http://p> "y" .\n');
    expect(() => readStatements(b, 'http://g')).toThrow(InputError);
    expect(() => readStatements(b, 'http://g')).toThrow(/blank\.ttl: holds a blank node \(_:\S+\), which cannot be pushed in chunks; give every node an IRI$/);
    expect(() => readStatements(join(dir, 'x.rdf'), 'http://g')).toThrow(/x\.rdf: unknown RDF format/);
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '<http://a> <http://p> .\n');
    expect(() => readStatements(bad, 'http://g')).toThrow(/bad\.ttl: not valid Turtle/);
  });

  test('the query endpoint of Virtuoso, Fuseki and GraphDB is derived; another must be given', () => {
    expect(deriveQueryEndpoint('http://h:8890/sparql-graph-crud-auth')).toBe('http://h:8890/sparql-auth');
    expect(deriveQueryEndpoint('http://h:8890/sparql-graph-crud')).toBe('http://h:8890/sparql');
    expect(deriveQueryEndpoint('http://h:3030/kg/data')).toBe('http://h:3030/kg/sparql');
    expect(deriveQueryEndpoint('http://h:7200/repositories/kg/rdf-graphs/service')).toBe('http://h:7200/repositories/kg');
    expect(() => deriveQueryEndpoint('http://h/store')).toThrow('give --query-endpoint URL');
    expect(graphUrl('http://h/ds/data', 'http://ex.org/g?a=1&b')).toBe('http://h/ds/data?graph=http%3A%2F%2Fex.org%2Fg%3Fa%3D1%26b');
  });

  test('options are checked, naming the bad key', () => {
    const base = { endpoint: 'http://h/ds/data', file: 'x.ttl' };
    expect(() => validatePushOptions({ ...base, chunkTriples: 0 })).toThrow('push option "chunkTriples" must be an integer from 1 to 1000000, got 0');
    expect(() => validatePushOptions({ ...base, endpoint: 'ftp://h/x' })).toThrow('push option "endpoint" must be an http(s) URL');
    expect(() => validatePushOptions({ ...base, endpoint: 'http://u:secret@h/' })).toThrow('must not carry credentials');
    expect(() => validatePushOptions({ ...base, endpoint: `http://u:${PASSWORD}@h/` })).toThrow('push option "endpoint" must be an http(s) URL, got "http://***@h/"');
    expect(() => validatePushOptions({ ...base, graph: 'not an iri' })).toThrow('push option "graph" must be an absolute IRI');
    expect(() => validatePushOptions({ ...base, password: 'x' })).toThrow('push option "user" is missing');
  });

  test('the progress line', () => {
    expect(progressLine({ graph: 'g', chunksDone: 1, chunks: 4, triplesDone: 5000, triples: 20000, elapsedMs: 2000 }, 8)).toBe(
      '[##......] 1/4 chunks  5,000/20,000 triples  2,500 triples/s',
    );
  });
});

describe('pushing to a Graph Store', () => {
  const file = writeTurtle('ten.ttl', 10);
  const opts = (s: FakeStore) => ({ endpoint: `${s.url}/ds/data`, graph: 'http://example.org/kg', file, user: USER, password: PASSWORD, chunkTriples: 4, ...FAST });

  test('Digest: every chunk stored and counted, one request at a time', async () => {
    const s = await store({ auth: 'digest' });
    const summary = await push(opts(s));
    expect(s.graphs.get('http://example.org/kg')!.size).toBe(10);
    expect(summary).toMatchObject({ triples: 10, chunks: 3, resent: 0, graphs: [{ graph: 'http://example.org/kg', sent: 10, before: 0, stored: 10 }] });
    expect(s.log).toEqual(['POST', 'POST', 'POST'].map((m) => `${m} http://example.org/kg`));
    expect(s.maxInFlight).toBe(1);
  });

  test('a chunk the store answered 201 to but kept only 75% of is sent again', async () => {
    const s = await store({ auth: 'digest', keepOfFirstPost: 0.75 });
    const summary = await push(opts(s));
    expect(summary.resent).toBe(1);
    expect(s.graphs.get('http://example.org/kg')!.size).toBe(10);
  });

  test('503s and a request that never answers are retried with back-off', async () => {
    const busy = await store({ unavailable: 2 });
    expect((await push({ ...opts(busy), user: undefined, password: undefined })).retried).toBe(2);
    const hung = await store({ hangFirst: true });
    const summary = await push({ ...opts(hung), user: undefined, password: undefined, timeoutMs: 300 });
    expect(summary.retried).toBe(1);
    expect(hung.graphs.get('http://example.org/kg')!.size).toBe(10);
  });

  test('--replace PUTs the first chunk and POSTs the rest; a second push gives the same graph', async () => {
    const s = await store({ auth: 'basic' });
    await push({ ...opts(s), replace: true, auth: 'basic' });
    const again = await push({ ...opts(s), replace: true, auth: 'basic' });
    expect(s.log.slice(3)).toEqual(['PUT', 'POST', 'POST'].map((m) => `${m} http://example.org/kg`));
    expect(again.graphs[0]).toEqual({ graph: 'http://example.org/kg', sent: 10, before: 10, stored: 10 });
  });

  test('adding to a graph that holds some of the triples already reports them', async () => {
    const s = await store();
    await push({ ...opts(s), user: undefined, password: undefined, file: writeTurtle('six.ttl', 6) });
    const summary = await push({ ...opts(s), user: undefined, password: undefined });
    expect(summary.alreadyThere).toBe(6);
    expect(summary.graphs[0]).toEqual({ graph: 'http://example.org/kg', sent: 10, before: 6, stored: 10 });
  });

  test('N-Quads: each named graph is pushed to itself', async () => {
    const s = await store();
    const nq = join(dir, 'named.nq');
    writeFileSync(nq, '<http://a> <http://p> "1" <http://g/doc1> .\n<http://a> <http://p> "2" <http://g/entities> .\n<http://b> <http://p> "3" <http://g/doc1> .\n');
    await push({ endpoint: `${s.url}/ds/data`, file: nq, replace: true, ...FAST });
    expect([...s.graphs].map(([g, l]) => [g, l.size])).toEqual([['http://g/doc1', 2], ['http://g/entities', 1]]);
  });

  test('wrong credentials and a server echoing them: the error names the user, never the password', async () => {
    const s = await store({ auth: 'digest' });
    const wrong = push({ ...opts(s), password: 'not the password' });
    await expect(wrong).rejects.toThrow(new HttpError('GET', `${s.url}/ds/sparql?query=SELECT+%28COUNT%28*%29+AS+%3Fn%29+WHERE+%7B+GRAPH+%3Chttp%3A%2F%2Fexample.org%2Fkg%3E+%7B+%3Fs+%3Fp+%3Fo+%7D+%7D`, 401, `the server refused the credentials of user ${USER}`));
    const echo = await store({ auth: 'basic', echoAuthorization: true });
    const err = await push({ ...opts(echo), auth: 'basic' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as Error).message).toContain('bad request from Basic ***');
    expect((err as Error).message).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString('base64'));
  });

  test('the client refuses a second 401 rather than looping', async () => {
    const s = await store({ auth: 'digest' });
    const client = new HttpClient({ user: USER, password: 'wrong', scheme: 'auto' }, { retries: 0, backoffMs: 1, timeoutMs: 5000 });
    await expect(client.request('GET', `${s.url}/ds/sparql?query=x`, {})).rejects.toThrow(/refused the credentials/);
    expect(client.requests).toBe(2);
  });
});

describe('darkweb-kg push on the command line', () => {
  const file = writeTurtle('cli.ttl', 5);

  test.each([
    ['--password PW', ['--password', PASSWORD]],
    ['-p PW', ['-p', PASSWORD]],
    ['--password=PW', [`--password=${PASSWORD}`]],
  ])('%s is refused, and the value is not echoed', async (_shown, flag) => {
    const r = await runCli('push', '--endpoint', 'http://127.0.0.1:9/ds/data', '--graph', 'http://g', '--file', file, ...flag);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--password is refused');
    expect(r.err + r.out).not.toContain(PASSWORD);
  });

  test('with the password in an environment variable: a summary, no progress bar off a terminal, no password anywhere', async () => {
    const s = await store({ auth: 'digest' });
    process.env.DWK_TEST_PW = PASSWORD;
    try {
      const r = await runCli('push', '--endpoint', `${s.url}/ds/data`, '--query-endpoint', `${s.url}/ds/sparql`, '--graph', 'http://g', '--file', file, '--user', USER, '--password-env', 'DWK_TEST_PW', '--chunk-triples', '2');
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/^Pushed 5 triples in 3 chunks to http:\/\/127\.0\.0\.1:\d+\/ds\/data in /);
      expect(r.err).toContain('<http://g>: 5 sent, the store holds 5');
      expect(r.err).not.toContain('\r');
      expect(r.err + r.out).not.toContain(PASSWORD);
    } finally {
      delete process.env.DWK_TEST_PW;
    }
  });

  test('with the password in a file, on a terminal: the progress bar is drawn in place', async () => {
    const s = await store({ auth: 'digest' });
    const pw = join(dir, 'pw');
    writeFileSync(pw, `${PASSWORD}\n`);
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    const ci = process.env.CI;
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    delete process.env.CI;
    try {
      const r = await runCli('push', '--endpoint', `${s.url}/ds/data`, '--graph', 'http://g', '--file', file, '--user', USER, '--password-file', pw, '--chunk-triples', '2');
      expect(r.code).toBe(0);
      expect(r.err).toContain('\r[##########..............] 1/3 chunks  2/5 triples');
      expect(r.err).toContain('\r[########################] 3/3 chunks  5/5 triples');
    } finally {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
      if (ci !== undefined) process.env.CI = ci;
    }
  });

  test('a missing variable or password file is a usage error that does not repeat what was typed', async () => {
    const r = await runCli('push', '--endpoint', 'http://127.0.0.1:9/ds/data', '--graph', 'http://g', '--file', file, '--user', USER, '--password-env', PASSWORD);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--password-env names no environment variable that is set');
    expect(r.err).not.toContain(PASSWORD);
    const f = await runCli('push', '--endpoint', 'http://127.0.0.1:9/ds/data', '--graph', 'http://g', '--file', file, '--user', USER, '--password-file', join(dir, 'nope'));
    expect(f.err).toContain(`Error: ${join(dir, 'nope')}: cannot read the password file (ENOENT)`);
  });
});
