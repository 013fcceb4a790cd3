/**
 * Generalisation guard: the development set of articles written for this project from other outlets,
 * operations and years (__tests__/fixtures/devset, gold in devset.gold.json), scored with the shared
 * scorer. The seeds are tested in build.test.ts; this keeps a change that helps the seeds from quietly
 * hurting unseen text.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeWithTool } from './helpers/tools';

const root = resolve(__dirname, '..');
const scorer = resolve(root, '..', 'shared', 'tools', 'kg-score.mjs');
const devset = join(__dirname, 'fixtures', 'devset');

describeWithTool('../shared/tools/kg-score.mjs', existsSync(scorer), 'development set (unseen articles)', () => {
  const out = mkdtempSync(join(tmpdir(), 'dwk-devset-'));
  const build = spawnSync(process.execPath, [join(root, 'dist', 'bin', 'darkweb-kg.js'), 'build', devset, '--out', out, '--name', 'devset', '--no-html', '--no-layout', '-q'], { cwd: root, encoding: 'utf8' });
  const r = spawnSync(process.execPath, [scorer, '--ttl', join(out, 'devset.ttl'), '--gold', join(devset, 'devset.gold.json'), '--json'], { cwd: root, encoding: 'utf8' });
  const score = JSON.parse(r.stdout || '{}');

  test('builds without skipping anything', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });
  test('overall F1 >= 0.90, precision >= 0.93, no leaks', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.93);
    expect(score.leaks).toBe(0);
  });
  test('every part >= 0.80', () => {
    for (const [part, v] of Object.entries(score.parts) as Array<[string, { f1: number }]>) expect({ part, ok: v.f1 >= 0.8 }).toEqual({ part, ok: true });
  });
});
