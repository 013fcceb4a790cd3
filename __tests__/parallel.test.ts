/**
 * Parallel builds (lib/parallel): a build with worker threads writes byte for byte what the sequential
 * build writes, with the same warnings and exit code: on the seeds, and on an input mix with a duplicate
 * article, an empty file, a JSONL file with a bad line, HTML pages, and a shard. Workers run compiled
 * JavaScript, so this goes through the compiled CLI (`npm test` builds it first). Also: a piped build
 * never draws the progress bar.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'bin', 'darkweb-kg.js');
const tmp = mkdtempSync(join(tmpdir(), 'dwk-parallel-'));

function build(inputs: string, out: string, extra: string[] = [], env: Record<string, string> = { CI: 'true' }) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm test does)`);
  const r = spawnSync(process.execPath, [cli, 'build', inputs, '--out', join(tmp, out), '--name', 'g', ...extra], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ...env },
  });
  const files = existsSync(join(tmp, out)) ? readdirSync(join(tmp, out)).sort() : [];
  return {
    status: r.status,
    // the summary line gives the time taken: compare everything but the figure
    stderr: r.stderr.replace(/ in \d+\.\d s\n/, ' in N s\n').replaceAll(join(tmp, out), '<out>'),
    files: Object.fromEntries(files.map((f) => [f, readFileSync(join(tmp, out, f), 'utf8')])),
  };
}

describe('a parallel build writes what the sequential build writes', () => {
  test('seeds: --jobs 1, 2 and 3 give byte-identical outputs', () => {
    const one = build(join(root, 'seeds'), 'seeds-1', ['--jobs', '1']);
    expect(one.status).toBe(0);
    expect(Object.keys(one.files)).toEqual(['g.gexf', 'g.html', 'g.json', 'g.ttl']);
    for (const jobs of ['2', '3']) {
      const many = build(join(root, 'seeds'), `seeds-${jobs}`, ['--jobs', jobs]);
      expect(many).toEqual(one);
    }
  });

  describe('an awkward input mix', () => {
    const inputs = join(tmp, 'mix');
    mkdirSync(inputs);
    const seeds = readdirSync(join(root, 'seeds')).sort();
    for (const f of seeds) copyFileSync(join(root, 'seeds', f), join(inputs, f));
    // the same article under a later name, an empty file, a JSONL file with a good and a bad line, HTML
    copyFileSync(join(root, 'seeds', seeds[0]), join(inputs, 'zz-duplicate.txt'));
    writeFileSync(join(inputs, 'empty.txt'), '  \n');
    const text = readFileSync(join(root, 'seeds', seeds[1]), 'utf8');
    writeFileSync(join(inputs, 'wire.jsonl'), `${JSON.stringify({ id: 'wire-1', title: 'Wire', text: text.replace(/ the /, ' a ') })}\nnot json\n`);
    for (const f of readdirSync(join(__dirname, 'fixtures', 'devset')).filter((n) => n.endsWith('.html'))) {
      copyFileSync(join(__dirname, 'fixtures', 'devset', f), join(inputs, f));
    }

    test('same outputs, warnings and exit code with 1 and 2 workers', () => {
      const one = build(inputs, 'mix-1', ['--jobs', '1', '--format', 'ttl', 'json', 'nquads']);
      expect(one.status).toBe(2); // inputs were skipped
      expect(one.stderr).toMatch(/zz-duplicate\.txt.*same article as/);
      expect(one.stderr).toMatch(/empty\.txt/);
      expect(one.stderr).toMatch(/wire\.jsonl:2/);
      expect(build(inputs, 'mix-2', ['--jobs', '2', '--format', 'ttl', 'json', 'nquads'])).toEqual(one);
    });

    test('a shard is the same slice with 1 and 2 workers', () => {
      const one = build(inputs, 'shard-1', ['--jobs', '1', '--shard', '1/2', '--no-html', '--format', 'json']);
      expect(build(inputs, 'shard-2', ['--jobs', '2', '--shard', '1/2', '--no-html', '--format', 'json'])).toEqual(one);
      const docs = (JSON.parse(one.files['g.json']) as { documents: unknown[] }).documents.length;
      expect(docs).toBeGreaterThan(0);
      expect(docs).toBeLessThan(seeds.length + 3);
    });
  });

  test('--jobs 0 is a usage error naming the value', () => {
    const r = build(join(root, 'seeds'), 'bad-jobs', ['--jobs', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--jobs must be an integer from 1 to \d+, got 0/);
  });

  test('a piped build draws no progress bar, with or without CI=true', () => {
    for (const env of [{ CI: 'true' }, { CI: '' }]) {
      const r = build(join(root, 'seeds'), 'piped', ['--jobs', '2', '--no-html', '--format', 'json'], env);
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/\r|documents\/s|ETA/);
    }
  });
});
