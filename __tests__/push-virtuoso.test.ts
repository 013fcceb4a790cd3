/**
 * push against a real triple store: Virtuoso from Debian's virtuoso-opensource. The test starts its own
 * instance on 127.0.0.1 (free ports, its own database folder, a copy of the packaged virtuoso.ini edited
 * with `inifile`), sets the dba password with isql-vt followed by a checkpoint (without one a password
 * change is lost on restart), pushes the seed graph with Digest authentication, compares the stored
 * triple count with the local graph and the co-operation query in SPARQL on the server with
 * `darkweb-kg query cooperated`, pushes again with --replace (same count), pushes the per-document named
 * graphs of the N-Quads export, and stops the server with isql-vt `shutdown;`, waiting for its process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser } from 'n3';
import { HttpClient } from '../lib/push/http';
import { countTriples } from '../lib/push/store';
import { describeWithTool, hasCommand } from './helpers/tools';
import { runCli } from './helpers/run-cli';

const INI = ['/etc/virtuoso-opensource-7/virtuoso.ini', '/usr/share/virtuoso-opensource-7/virtuoso.ini'].find((f) => existsSync(f));
const available = hasCommand('virtuoso-t') && hasCommand('isql-vt') && hasCommand('inifile') && INI !== undefined;
const GRAPH = 'https://w3id.org/darkweb-kg/graph/seeds-test';
const PASSWORD_VAR = 'DWK_VIRTUOSO_TEST_PASSWORD';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

describeWithTool('virtuoso-opensource (virtuoso-t, isql-vt, inifile)', available, 'push to a Virtuoso server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-virtuoso-'));
  const password = randomBytes(12).toString('hex');
  const timings: Record<string, number> = {};
  let sqlPort = 0;
  let httpPort = 0;
  let server: ChildProcess | undefined;
  let exited: Promise<number | null>;
  let client: HttpClient;
  let endpoint = '';
  let queryEndpoint = '';
  const ttl = join(dir, 'out', 'seeds.ttl');
  const nq = join(dir, 'out', 'seeds.nq');

  const isql = (user: string, pw: string, sql: string) => spawnSync('isql-vt', [`127.0.0.1:${sqlPort}`, user, pw, `exec=${sql}`], { encoding: 'utf8', timeout: 20_000 });
  const pushCli = (...args: string[]) =>
    runCli('push', '--endpoint', endpoint, '--user', 'dba', '--password-env', PASSWORD_VAR, '--auth', 'digest', ...args);
  const select = async (query: string): Promise<Array<Record<string, string>>> => {
    const u = new URL(queryEndpoint);
    u.searchParams.set('query', query);
    const answer = await client.request('GET', u.toString(), { accept: 'application/sparql-results+json' });
    return JSON.parse(answer.text).results.bindings.map((b: Record<string, { value: string }>) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  };

  beforeAll(async () => {
    let t = Date.now();
    [sqlPort, httpPort] = [await freePort(), await freePort()];
    for (const d of ['db', 'vsp', 'vad']) mkdirSync(join(dir, d));
    const ini = join(dir, 'virtuoso.ini');
    copyFileSync(INI!, ini);
    const set = (section: string, key: string, value: string) => {
      const r = spawnSync('inifile', ['+inifile', ini, '+section', section, '+key', key, '+value', value], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`inifile ${section}/${key}: ${r.stderr}`);
    };
    for (const [key, file] of [['DatabaseFile', 'virtuoso.db'], ['ErrorLogFile', 'virtuoso.log'], ['LockFile', 'virtuoso.lck'], ['TransactionFile', 'virtuoso.trx'], ['xa_persistent_file', 'virtuoso.pxa']]) {
      set('Database', key, join(dir, 'db', file));
    }
    set('TempDatabase', 'DatabaseFile', join(dir, 'db', 'virtuoso-temp.db'));
    set('TempDatabase', 'TransactionFile', join(dir, 'db', 'virtuoso-temp.trx'));
    set('Parameters', 'ServerPort', `127.0.0.1:${sqlPort}`);
    set('Parameters', 'DirsAllowed', dir);
    set('Parameters', 'VADInstallDir', join(dir, 'vad')); // empty: no package is installed at first start
    set('HTTPServer', 'ServerPort', `127.0.0.1:${httpPort}`);
    set('HTTPServer', 'ServerRoot', join(dir, 'vsp'));
    set('Plugins', '-', '-');

    server = spawn('virtuoso-t', ['+configfile', ini, '+foreground'], { cwd: dir, stdio: 'ignore' });
    exited = new Promise((res) => server!.once('exit', (code) => res(code)));
    endpoint = `http://127.0.0.1:${httpPort}/sparql-graph-crud-auth`;
    queryEndpoint = `http://127.0.0.1:${httpPort}/sparql-auth`;
    for (let up = false; !up; ) {
      if (Date.now() - t > 30_000) throw new Error(`Virtuoso did not start in 30 s; see ${join(dir, 'db', 'virtuoso.log')}`);
      if (server.exitCode !== null) throw new Error(`virtuoso-t exited with ${server.exitCode}; see ${join(dir, 'db', 'virtuoso.log')}`);
      up = await fetch(`http://127.0.0.1:${httpPort}/sparql?query=ASK%7B%7D`).then((r) => r.ok, () => false);
      if (!up) await sleep(200);
    }
    timings.start = Date.now() - t;

    t = Date.now();
    const r = isql('dba', 'dba', `USER_SET_PASSWORD('dba', '${password}'); checkpoint;`);
    if (r.status !== 0) throw new Error(`isql-vt: ${r.stdout}${r.stderr}`);
    timings.password = Date.now() - t;
    process.env[PASSWORD_VAR] = password;
    client = new HttpClient({ user: 'dba', password, scheme: 'digest' }, { retries: 2, backoffMs: 200, timeoutMs: 30_000 });

    const built = await runCli('build', resolve(__dirname, '..', 'seeds'), '--out', join(dir, 'out'), '--name', 'seeds', '--format', 'json', 'ttl', 'nquads', '--no-html', '--no-layout');
    if (built.code !== 0) throw new Error(built.err);
  }, 50_000);

  afterAll(async () => {
    delete process.env[PASSWORD_VAR];
    if (server && server.exitCode === null) {
      const t = Date.now();
      isql('dba', password, 'shutdown;');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((res) => (timer = setTimeout(() => res('late'), 20_000)));
      if ((await Promise.race([exited, late])) === 'late') server.kill('SIGKILL');
      clearTimeout(timer);
      timings.shutdown = Date.now() - t;
    }
    process.stderr.write(`Virtuoso timings (ms): ${JSON.stringify(timings)}\n`);
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  test('the dba password was changed and checkpointed: the old one is refused', () => {
    expect(isql('dba', 'dba', 'select 1;').status).not.toBe(0);
    expect(isql('dba', password, 'select 1;').status).toBe(0);
  });

  test('push with Digest authentication stores every triple of the local graph', async () => {
    const t = Date.now();
    const r = await pushCli('--graph', GRAPH, '--file', ttl, '--chunk-triples', '500');
    timings.push = Date.now() - t;
    expect(r.err).not.toContain(password);
    expect(r.code).toBe(0);
    const local = new Set(new Parser().parse(readFileSync(ttl, 'utf8')).map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`)).size;
    expect(r.err).toContain(`<${GRAPH}>: ${local.toLocaleString('en-US')} sent, the store holds ${local.toLocaleString('en-US')}`);
    expect(await countTriples(client, queryEndpoint, GRAPH)).toBe(local);
  });

  test('the co-operation query in SPARQL on the server gives the pairs of darkweb-kg query cooperated', async () => {
    const rows = await select(`PREFIX dwk: <https://w3id.org/darkweb-kg/ontology#>
      SELECT DISTINCT ?a ?b WHERE { GRAPH <${GRAPH}> {
        { ?a dwk:cooperatedWith ?b } UNION { ?b dwk:cooperatedWith ?a } UNION
        { { ?a dwk:participatedIn ?op } UNION { ?op dwk:ledBy ?a }
          { ?b dwk:participatedIn ?op } UNION { ?op dwk:ledBy ?b } }
        FILTER (STR(?a) < STR(?b))
      } }`);
    const fromServer = rows.map((r) => `${r.a} ${r.b}`).sort();
    const q = await runCli('query', 'cooperated', '--graph', join(dir, 'out', 'seeds.json'), '--format', 'json');
    expect(q.code).toBe(0);
    const fromCli = (JSON.parse(q.out) as Array<{ a: { iri: string }; b: { iri: string } }>).map((p) => [p.a.iri, p.b.iri].sort().join(' ')).sort();
    expect(fromServer).toEqual(fromCli);
    expect(fromCli.length).toBeGreaterThan(0);
  });

  test('pushing again with --replace leaves the count unchanged', async () => {
    const before = await countTriples(client, queryEndpoint, GRAPH);
    const t = Date.now();
    const r = await pushCli('--graph', GRAPH, '--file', ttl, '--replace');
    timings.replace = Date.now() - t;
    expect(r.code).toBe(0);
    expect(await countTriples(client, queryEndpoint, GRAPH)).toBe(before);
  });

  test('the N-Quads export goes to one graph per document and the entities graph; re-pushing replaces them', async () => {
    const local = new Map<string, Set<string>>();
    for (const q of new Parser({ format: 'N-Quads' }).parse(readFileSync(nq, 'utf8'))) {
      if (!local.has(q.graph.value)) local.set(q.graph.value, new Set());
      local.get(q.graph.value)!.add(`${q.subject.id} ${q.predicate.id} ${q.object.id}`);
    }
    for (let round = 0; round < 2; round++) expect((await pushCli('--file', nq, '--replace')).code).toBe(0);
    for (const [g, triples] of local) expect({ g, n: await countTriples(client, queryEndpoint, g) }).toEqual({ g, n: triples.size });
    expect([...local.keys()].filter((g) => g.endsWith('/graph/entities'))).toHaveLength(1);
  });
});
