/**
 * The build end to end on the seed articles, through the compiled CLI (`npm test` builds first):
 * the committed exports are what a rebuild writes (byte for byte), the seed graph meets the quality bar of
 * the shared scorer, the outputs pass the independent tools, and bad inputs give the documented exit codes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeWithTool, hasCommand, hasPythonModule } from './helpers/tools';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'bin', 'darkweb-kg.js');
const shared = resolve(root, '..', 'shared');
const exportsDir = join(root, 'exports');

function run(args: string[]) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm test does)`);
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

describe('build seeds', () => {
  const out = mkdtempSync(join(tmpdir(), 'dwk-build-'));
  const r = run(['build', 'seeds', '--out', out, '--name', 'seeds']);

  test('succeeds and writes Turtle, GEXF, JSON and the HTML view', () => {
    expect(r.stderr).not.toMatch(/Error|Skipped/);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['seeds.gexf', 'seeds.html', 'seeds.json', 'seeds.ttl']);
  });

  test('the committed exports/ are exactly what a rebuild writes (run "npm start" after changing the extractor)', () => {
    for (const f of readdirSync(out)) {
      expect({ file: f, same: readFileSync(join(out, f), 'utf8') === readFileSync(join(exportsDir, f), 'utf8') }).toEqual({ file: f, same: true });
    }
  });
});

describe('build --layout-worker', () => {
  test.each(['always', 'never'])('%s: the committed exports, byte for byte', (choice) => {
    const out = mkdtempSync(join(tmpdir(), 'dwk-build-worker-'));
    const r = run(['build', 'seeds', '--out', out, '--name', 'seeds', '--layout-worker', choice, '-q']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of readdirSync(exportsDir)) {
      expect({ file: f, same: readFileSync(join(out, f), 'utf8') === readFileSync(join(exportsDir, f), 'utf8') }).toEqual({ file: f, same: true });
    }
  });

  test('an unknown choice is refused, naming the choices', () => {
    const r = run(['build', 'seeds', '--out', mkdtempSync(join(tmpdir(), 'dwk-build-worker-')), '--layout-worker', 'sometimes']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Argument: layout-worker, Given: "sometimes", Choices: "auto", "always", "never"/);
  });
});

const scorer = join(shared, 'tools', 'kg-score.mjs');
describeWithTool('../shared (scorer and gold)', existsSync(scorer), 'seed graph quality (kg-score)', () => {
  const r = spawnSync(process.execPath, [scorer, '--ttl', join(exportsDir, 'seeds.ttl'), '--gold', join(shared, 'gold', 'seeds.gold.json'), '--json'], { cwd: root, encoding: 'utf8' });
  const score = JSON.parse(r.stdout);
  test('overall F1 >= 0.95 and every part >= 0.90', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.95);
    for (const [part, v] of Object.entries(score.parts) as Array<[string, { f1: number }]>) expect({ part, ok: v.f1 >= 0.9 }).toEqual({ part, ok: true });
  });
  test('no leaks, duplicates or over-merges', () => {
    expect({ leaks: score.leaks, duplicates: score.duplicates, overMerged: score.overMerged }).toEqual({ leaks: 0, duplicates: 0, overMerged: 0 });
  });
});

describeWithTool('rapper', hasCommand('rapper'), 'exports/seeds.ttl with rapper', () => {
  test('parses with no error or warning', () => {
    const r = spawnSync('rapper', ['-i', 'turtle', '-c', join(exportsDir, 'seeds.ttl')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/error|warning/i);
  });
});

const xsd = join(shared, 'schemas', 'gexf', 'patched-1.3', 'gexf.xsd');
describeWithTool('xmllint and ../shared/schemas', hasCommand('xmllint') && existsSync(xsd), 'exports/seeds.gexf against GEXF 1.3', () => {
  test('validates against the XSD and the RelaxNG schema', () => {
    const a = spawnSync('xmllint', ['--noout', '--schema', xsd, join(exportsDir, 'seeds.gexf')], { encoding: 'utf8' });
    expect(a.stderr).toMatch(/validates/);
    const b = spawnSync('xmllint', ['--noout', '--relaxng', join(shared, 'schemas', 'gexf', 'official-1.3', 'gexf.rng'), join(exportsDir, 'seeds.gexf')], { encoding: 'utf8' });
    expect(b.stderr).toMatch(/validates/);
  });
});

describeWithTool('python3 with networkx', hasPythonModule('networkx'), 'exports/seeds.gexf in networkx', () => {
  test('reads back with every entity and relation', () => {
    const g = JSON.parse(readFileSync(join(exportsDir, 'seeds.json'), 'utf8'));
    const py = 'import json,sys,networkx as nx\ng=nx.read_gexf(sys.argv[1])\nprint(json.dumps([g.number_of_nodes(), g.number_of_edges(), sorted({d.get("type") for _,d in g.nodes(data=True)})]))';
    const r = spawnSync('python3', ['-c', py, join(exportsDir, 'seeds.gexf')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [nodes, edges, types] = JSON.parse(r.stdout);
    expect(nodes).toBe(g.entities.length);
    expect(edges).toBe(g.relations.length);
    expect(types).toEqual([...new Set(g.entities.map((e: { type: string }) => e.type))].sort());
  });
});

describe('bad inputs and exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-bad-'));
  writeFileSync(join(dir, 'ok.txt'), 'Officers from Europol assisted the FBI in Operation SpecTor.');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));

  test('a skipped input is named on stderr, the rest is built, and the exit code is 2', () => {
    const out = mkdtempSync(join(tmpdir(), 'dwk-out-'));
    const r = run(['build', dir, join(dir, 'missing.txt'), '--out', out, '--name', 'g', '--no-layout']);
    expect(r.stderr).toMatch(/Skipped: .*bin\.txt \(byte 1\): binary file/);
    expect(r.stderr).toMatch(/Skipped: .*missing\.txt: no such file/);
    expect(r.status).toBe(2);
    expect(JSON.parse(readFileSync(join(out, 'g.json'), 'utf8')).documents).toHaveLength(1);
  });

  test('nothing readable is a user error: one line on stderr, exit 1', () => {
    const r = run(['build', join(dir, 'bin.txt'), '--out', mkdtempSync(join(tmpdir(), 'dwk-out-'))]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^Error: no readable articles/);
  });

  test('an unknown option is refused (strict)', () => {
    const r = run(['build', dir, '--frobnicate']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Unknown argument: frobnicate/);
  });
});

describe('the library entry point', () => {
  test('re-exports every stage (dist/lib/index.js, as package.json "main" says)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const kg = require(join(root, 'dist', 'lib', 'index.js'));
    for (const name of ['readInputs', 'extractDocument', 'resolve', 'buildGraph', 'writeOutputs', 'graphToTurtle', 'createGexfExporter', 'createHtmlExporter', 'validateShacl', 'layout', 'loadGraph']) {
      expect({ name, type: typeof kg[name] }).toEqual({ name, type: 'function' });
    }
    expect(typeof kg.query.cooperated).toBe('function');
  });
});
