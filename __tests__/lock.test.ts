/**
 * The output lock and leftovers: one build writes an output folder at a time (a second one is stopped with
 * an error naming the first one's pid), a stale lock of a dead process is taken over with a warning, and
 * temporary files that killed builds left behind are removed by the next build. Through the library
 * (writeOutputs) and through the compiled CLI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { acquireLock, LOCK_FILE, processAlive } from '../lib/export/lock';
import { removeLeftovers } from '../lib/export/atomic';
import { writeOutputs } from '../lib/pipeline';
import { loadGraph } from '../lib/graph/load';
import type { KnowledgeGraph } from '../lib/types';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'bin', 'darkweb-kg.js');
const graph = loadGraph(join(root, 'exports', 'seeds.json')) as KnowledgeGraph;

/** The pid of a process that has already ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  expect(processAlive(r.pid)).toBe(false);
  return r.pid;
}

/** A process that runs until killed (stands for another build holding the lock). */
function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

describe('acquireLock', () => {
  test('creates <dir>/.darkweb-kg.lock with our pid and removes it on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-lock-'));
    const warnings: string[] = [];
    const lock = acquireLock(dir, (m) => warnings.push(m));
    expect(lock.file).toBe(join(dir, LOCK_FILE));
    expect(readFileSync(lock.file, 'utf8')).toMatch(new RegExp(`^pid ${process.pid}\\n`));
    lock.release();
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    expect(warnings).toEqual([]);
  });

  test('a lock held by a live process stops us with an error naming its pid; the lock is left alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-lock-'));
    const other = sleeper();
    try {
      writeFileSync(join(dir, LOCK_FILE), `pid ${other.pid}\n`);
      expect(() => acquireLock(dir, () => undefined)).toThrow(
        new RegExp(`${LOCK_FILE}: another darkweb-kg build \\(pid ${other.pid}\\) is writing`),
      );
      expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`pid ${other.pid}\n`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  test('a stale lock (its process is gone) is taken over with a warning naming the dead pid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-lock-'));
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE), `pid ${pid}\nhost x\n`);
    const warnings: string[] = [];
    const lock = acquireLock(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`took over a stale lock left by pid ${pid}, which is no longer running`))]);
    expect(readFileSync(lock.file, 'utf8')).toMatch(new RegExp(`^pid ${process.pid}\\n`));
    lock.release();
  });

  test('a lock file without a pid is taken over too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-lock-'));
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    const warnings: string[] = [];
    acquireLock(dir, (m) => warnings.push(m)).release();
    expect(warnings).toEqual([expect.stringMatching(/took over a lock file without a pid/)]);
  });
});

describe('writeOutputs under the lock', () => {
  test('two writes into one folder at once: the second fails naming the lock, the first completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-lock-'));
    const opts = { formats: ['ttl', 'json'] as const, layout: { enabled: false }, warn: () => undefined };
    const results = await Promise.allSettled([writeOutputs(graph, dir, 'a', opts), writeOutputs(graph, dir, 'b', opts)]);
    expect(results[0].status).toBe('fulfilled');
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(new RegExp(`${LOCK_FILE}: this process \\(pid ${process.pid}\\) is already writing`)) } });
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.ttl']);
    expect(loadGraph(join(dir, 'a.json')).entities).toHaveLength(graph.entities.length);
  });

  test('leftover temporary files of dead builds are removed and reported; those of live processes stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-lock-'));
    const dead = deadPid();
    const live = sleeper();
    try {
      writeFileSync(join(dir, `g.ttl.${dead}.tmp`), '@prefix half-writ');
      writeFileSync(join(dir, `g.json.${live.pid}.tmp`), '{"half');
      writeFileSync(join(dir, 'notes.tmp'), 'not ours');
      const warnings: string[] = [];
      await writeOutputs(graph, dir, 'g', { formats: ['json'], layout: { enabled: false }, warn: (m) => warnings.push(m) });
      expect(warnings).toEqual([`${join(dir, `g.ttl.${dead}.tmp`)}: removed, left by an interrupted build`]);
      expect(readdirSync(dir).sort()).toEqual(['g.json', `g.json.${live.pid}.tmp`, 'notes.tmp']);
      expect(removeLeftovers(join(dir, 'no-such-folder'))).toEqual([]);
    } finally {
      live.kill('SIGKILL');
    }
  });
});

describe('the lock through the CLI', () => {
  const seeds = join(root, 'seeds');
  const build = (out: string) =>
    spawnSync(process.execPath, [cli, 'build', seeds, '--out', out, '--name', 'g', '--no-layout', '--no-html', '--format', 'json'], { encoding: 'utf8' });

  test('a build into a folder another live build holds exits 1 with "Error: … (pid N)"; nothing is written', () => {
    const out = mkdtempSync(join(tmpdir(), 'dwk-lock-cli-'));
    const other = sleeper();
    try {
      writeFileSync(join(out, LOCK_FILE), `pid ${other.pid}\n`);
      const r = build(out);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n').pop()).toBe(
        `Error: ${join(out, LOCK_FILE)}: another darkweb-kg build (pid ${other.pid}) is writing ${out}; wait for it to finish, or delete the lock file if no such build runs`,
      );
      expect(readdirSync(out)).toEqual([LOCK_FILE]);
    } finally {
      other.kill('SIGKILL');
    }
  });

  test('a stale lock is taken over with a warning, the build succeeds and leaves no lock behind', () => {
    const out = mkdtempSync(join(tmpdir(), 'dwk-lock-cli-'));
    const pid = deadPid();
    writeFileSync(join(out, LOCK_FILE), `pid ${pid}\n`);
    const r = build(out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`Warning: .*${LOCK_FILE}: took over a stale lock left by pid ${pid}`));
    expect(readdirSync(out)).toEqual(['g.json']);
  });
});
