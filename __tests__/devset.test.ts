/**
 * Generalisation guard: two development sets of articles written for this project from other outlets,
 * operations and years (__tests__/fixtures/devset and devset2, gold in the seed format), scored with the
 * shared scorer. The seeds are tested in build.test.ts; this keeps a change that helps the seeds from
 * quietly hurting unseen text. devset2 was written later, held out, and is the better estimate of
 * unseen-article quality; its bar is lower accordingly.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeWithTool } from './helpers/tools';

const root = resolve(__dirname, '..');
const scorer = resolve(root, '..', 'shared', 'tools', 'kg-score.mjs');

function score(name: string) {
  const dir = join(__dirname, 'fixtures', name);
  const out = mkdtempSync(join(tmpdir(), `dwk-${name}-`));
  const build = spawnSync(process.execPath, [join(root, 'dist', 'bin', 'darkweb-kg.js'), 'build', dir, '--out', out, '--name', name, '--no-html', '--no-layout', '-q'], { cwd: root, encoding: 'utf8' });
  const r = spawnSync(process.execPath, [scorer, '--ttl', join(out, `${name}.ttl`), '--gold', join(dir, `${name}.gold.json`), '--json'], { cwd: root, encoding: 'utf8' });
  return { build, score: JSON.parse(r.stdout || '{}') };
}

for (const [name, bar] of [['devset', { f1: 0.95, precision: 0.97, part: 0.88 }], ['devset2', { f1: 0.9, precision: 0.93, part: 0.8 }]] as const) {
  describeWithTool('../shared/tools/kg-score.mjs', existsSync(scorer), `development set ${name} (unseen articles)`, () => {
    const { build, score: s } = score(name);
    test('builds without skipping anything', () => {
      expect(build.stderr).toBe('');
      expect(build.status).toBe(0);
    });
    test(`overall F1 >= ${bar.f1}, precision >= ${bar.precision}, no leaks`, () => {
      expect(s.overall.f1).toBeGreaterThanOrEqual(bar.f1);
      expect(s.overall.precision).toBeGreaterThanOrEqual(bar.precision);
      expect(s.leaks).toBe(0);
    });
    test(`every part >= ${bar.part}`, () => {
      for (const [part, v] of Object.entries(s.parts) as Array<[string, { f1: number }]>) expect({ part, ok: v.f1 >= bar.part }).toEqual({ part, ok: true });
    });
  });
}
