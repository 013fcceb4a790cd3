/**
 * No output is ever half-written: a build of a generated corpus (3,000 articles, ~30 MB of output) is
 * killed with SIGKILL the moment its first temporary file appears, i.e. while it writes. The previous
 * outputs in the folder must be byte for byte what they were and still load; the next build takes over
 * the stale lock and removes the leftover temporary files. Runs the compiled CLI (`npm test` builds it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser } from 'n3';
import { loadGraph } from '../lib/graph/load';
import { LOCK_FILE } from '../lib/export/lock';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'bin', 'darkweb-kg.js');
const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'vas', 'tor', 'ben', 'shi', 'ra', 'dul', 'fen', 'gro', 'hal', 'jin', 'kov', 'lem'];

/** A made-up capitalised name, different for each (i, k). */
function madeUpName(i: number, k: number): string {
  let n = i * 7 + k;
  let s = '';
  for (let j = 0; j < 3; j++) {
    s += SYLLABLES[n % 16];
    n = Math.floor(n / 16) + j + k;
  }
  return s[0].toUpperCase() + s.slice(1);
}

/** `count` articles, each with its own people, market and operation, so the graph (and its output) is large. */
function writeCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const n = (k: number) => madeUpName(i, k);
    writeFileSync(
      join(dir, `a${String(i).padStart(5, '0')}.txt`),
      `Market ${n(1)} closed\n\nDetective Inspector Jane ${n(2)} said officers from Europol arrested Marek ${n(3)}, 34, and Piotr ${n(4)}, 29, in Warsaw. ` +
        `The darknet market ${n(5)} Bazaar was shut down in Operation ${n(6)} Lily. Police seized ${(i % 50) + 1} kg of cocaine.\n`,
    );
  }
}

function build(paths: string[], out: string) {
  return spawnSync(process.execPath, [cli, 'build', ...paths, '--out', out, '--name', 'g', '--no-layout', '--no-html'], { encoding: 'utf8' });
}

/** Start a build and SIGKILL it as soon as a `.tmp` file shows up in `out`. */
function buildAndKillWhileWriting(paths: string[], out: string): Promise<{ killedAfterMs: number; signal: NodeJS.Signals | null; tmpSeen: string }> {
  return new Promise((res, rej) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [cli, 'build', ...paths, '--out', out, '--name', 'g', '--no-layout', '--no-html'], { stdio: 'ignore' });
    let tmpSeen = '';
    let killedAfterMs = -1;
    const check = () => {
      if (tmpSeen) return;
      const t = readdirSync(out).find((f) => f.endsWith('.tmp'));
      if (!t) return;
      tmpSeen = t;
      killedAfterMs = Date.now() - t0;
      child.kill('SIGKILL');
    };
    const watcher = watch(out, check);
    const poll = setInterval(check, 2);
    child.on('error', rej);
    child.on('exit', (_code, signal) => {
      watcher.close();
      clearInterval(poll);
      res({ killedAfterMs, signal, tmpSeen });
    });
  });
}

describe('SIGKILL while a build writes', () => {
  const work = mkdtempSync(join(tmpdir(), 'dwk-kill-'));
  const out = join(work, 'exports');
  const big = join(work, 'big');
  writeCorpus(big, 3000);

  test('the previous outputs stay intact and load; the next build cleans up', async () => {
    expect(existsSync(cli)).toBe(true);
    const first = build([join(root, 'seeds')], out);
    expect(first.status).toBe(0);
    const before = new Map(['g.ttl', 'g.gexf', 'g.json'].map((f) => [f, readFileSync(join(out, f))]));

    const k = await buildAndKillWhileWriting([big], out);
    expect(k.signal).toBe('SIGKILL');
    expect(k.tmpSeen).toMatch(/^g\.(ttl|gexf|json)\.\d+\.tmp$/);
    process.stderr.write(`kill.test: build of 3,000 articles killed ${k.killedAfterMs} ms after start, when ${k.tmpSeen} appeared\n`);

    // Killed mid-write: the temporary files and the lock are left behind, the outputs are the old ones.
    const left = readdirSync(out).sort();
    expect(left.filter((f) => f.endsWith('.tmp')).length).toBeGreaterThan(0);
    expect(left).toContain(LOCK_FILE);
    for (const [f, bytes] of before) expect({ f, same: readFileSync(join(out, f)).equals(bytes) }).toEqual({ f, same: true });
    const g = loadGraph(join(out, 'g.json'));
    expect(g.documents).toHaveLength(5);
    expect(new Parser().parse(readFileSync(join(out, 'g.ttl'), 'utf8')).length).toBeGreaterThan(100);

    // The next build takes over the stale lock, removes the leftovers, and writes whole outputs.
    const next = build([join(root, 'seeds')], out);
    expect(next.status).toBe(0);
    expect(next.stderr).toMatch(/Warning: .*\.darkweb-kg\.lock: took over a stale lock left by pid \d+/);
    expect(next.stderr).toMatch(/Warning: .*\.tmp: removed, left by an interrupted build/);
    expect(readdirSync(out).sort()).toEqual(['g.gexf', 'g.json', 'g.ttl']);
    for (const [f, bytes] of before) expect({ f, same: readFileSync(join(out, f)).equals(bytes) }).toEqual({ f, same: true });
  });
});
