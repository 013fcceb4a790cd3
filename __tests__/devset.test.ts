/**
 * Generalisation guard: twenty-eight development sets of articles written for this project from other outlets,
 * operations and years (__tests__/fixtures/devset … devset28, gold in the seed format), scored with the
 * shared scorer. The seeds are tested in build.test.ts; this keeps a change that helps the seeds from
 * quietly hurting unseen text. Each later set was written after the one before and held out until first
 * scored, so the later sets are the better estimates of unseen-article quality; their bars are lower.
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

// devset3 and devset4 were written in session 2 by sessions that never saw the code (devset4 last, the
// closest to unseen articles); their bars sit below what extraction measured when they were added
// (devset3 0.850 / P 0.904 / relations 0.656; devset4 0.836 / P 0.884 / relations 0.583). devset5 was
// written the same way in session 3 (14 articles; notes in fixtures/devset5-NOTES.md) and first scored at
// 0.794 (P 0.863), 0.803 with that session's rules up to then; its lowest parts are relations and arrests.
// devset6 (13 articles, notes in fixtures/devset6-NOTES.md) was written last, while devset5 was being used:
// 0.796 with the extractor of the session's start, 0.821 (P 0.883) when it was first scored (its five gold
// ledBy relations rewritten as participatedIn, the form the scorer compares: see devset6-NOTES.md).
// devset7 (13 articles, notes in fixtures/devset7-NOTES.md) was kept unread until the end of session 3:
// 0.801 with the extractor of the session's start, 0.851 (P 0.900, R 0.807; relations 0.621) at its end.
// In session 4 devset5…devset7 were used to find general failure modes (devset5 0.911, devset6 0.904,
// devset7 0.932 at that point; their bars were raised, still below). devset8 (13 articles in 12 files, notes
// in fixtures/devset8-NOTES.md) was written during session 4 by a session that never saw the code and was
// scored once, at the end: 0.870 with the extractor of the session's start, 0.875 (P 0.939, R 0.819;
// relations 0.731, arrests 0.667 over 4 facts, seizures 0.737 over 11) with its last.
// devset9 (12 documents in 11 files, notes in fixtures/devset9-NOTES.md) was written at the start of session 5
// by a session that never saw the code, and scored once at its end: 0.863 with the extractor of the session's
// start, 0.867 (P 0.928, R 0.814; relations 0.714, arrests 0 of 3, seizures 0.824) with its last. Session 6
// then used it as a development set: 0.928 (P 0.959, R 0.898), and raised its bar. devset10 (12 documents in
// 11 files, notes in fixtures/devset10-NOTES.md) was written at the start of session 6 by a session that never saw
// the code and scored once before it was used: 0.841 with the extractor of the session's start, 0.848 with the
// session's first commit; then, as a development set, 0.890 (P 0.938, R 0.846; relations 0.767). devset11 (12
// documents in 11 files, notes in fixtures/devset11-NOTES.md) was written during session 6 by another such session
// and read once, when the session's extraction work was done: 0.833 with the extractor of the session's start,
// 0.841 (P 0.891, R 0.797; relations 0.662, arrests 0.429, seizures 1.000) with its last. Session 7 used it as a
// development set (0.910, P 0.930, R 0.892) and raised its bar. devset12 (12 documents in 11 files, notes in
// fixtures/devset12-NOTES.md) was written at the start of session 7 by a session that never saw the code and read
// once after the session's first three commits, which came from devset11 alone: 0.831 (P 0.859, R 0.805;
// relations 0.604, arrests 0.364, seizures 0.917), the same as the extractor of the session's start. It was then
// used as a development set. devset13 (9 documents in 8 files, notes in fixtures/devset13-NOTES.md) was written
// during session 7 by another such session and read once, after the session's rules from devset11 and devset12:
// 0.869 (P 0.910, R 0.830; relations 0.718, arrests 0.800, seizures 0.778), the same as the extractor of the
// session's start. Its duplicates (five) were then looked at: one body under several names in one article.
// devset14 (10 documents in 9 files, notes in fixtures/devset14-NOTES.md) was written at the start of session 8 by
// a session that never saw the code and read once after the session's first rules (written from probes, not from
// any set): 0.774 (P 0.819, R 0.734; relations 0.471, arrests 0.727, seizures 0.667), the same as the extractor of
// the session's start. It was then used as a development set. devset15 (10 documents in 9 files, notes in
// fixtures/devset15-NOTES.md) was written during session 8 by another such session and read once, after the
// session's rules from probes and devset14: 0.765 (P 0.878, R 0.678; relations 0.571, arrests 0.667, seizures
// 0.714), against 0.741 (relations 0.477) with the extractor of the session's start: the first held-out set on
// which a session's rules moved the first reading. It was then used as a development set. devset16 (8 documents in
// 7 files, three events told two or three times; notes in fixtures/devset16-NOTES.md) was written at the end of
// session 8 by another such session and read once: 0.828 (P 0.921, R 0.752; relations 0.400 on 12), the same as
// the extractor of the session's start. It holds no seizure, so that part is not checked.
// Session 9 added four more, each written by a session that never saw the code and read once, then used:
// devset17 (10 US documents, notes in fixtures/devset17-NOTES.md) 0.801 (P 0.745, R 0.866; relations 0.392);
// devset18 (10 UK/NZ/Australian/Canadian documents) 0.813 (P 0.838, R 0.789; relations 0.451), both the same as
// the extractor of the session's start; devset19 (8 documents, India and the Philippines) 0.831 (P 0.913;
// relations 0.667) and devset20 (9 documents, Germany, France, Sweden, Italy) 0.826 (P 0.956; arrests 0.400),
// read after the session's rules from devset17/18 (the start's extractor: 0.831 and 0.819); devset21 (8 US
// documents) 0.799 (P 0.824; arrests 0.333) and devset22 (8 UK/NZ/Australian/Irish documents) 0.834 (P 0.819),
// read after all of the session's rules up to then, the same as the start's extractor (0.799 and 0.833).
// Session 10 added two, written the same way and read once, after the session's first commit (rules from the
// remaining duplicates of the older sets): devset23 (8 documents: Austria, the Netherlands, Finland) 0.823 (P
// 0.877, R 0.775; relations 0.424, arrests 0.462) and devset24 (8 US documents: local news, tech press, one USAO
// release) 0.829 (P 0.807, R 0.852; relations 0.636, arrests 0.400), both the same as the start's extractor.
// Two more were read once after the session's rules from devset23/24: devset25 (8 documents: Czechia, Spain)
// 0.877 (P 0.935, R 0.826; the start's extractor 0.873) and devset26 (8 documents: Russia, Ukraine, South Korea)
// 0.752 (P 0.835, R 0.685; relations 0.500, arrests 0.444; the same as the start's extractor). The last two
// were read once at the end of session 10 and not used: devset27 (7 documents: Australia, New Zealand) 0.768 (P
// 0.841, R 0.707; arrests 0.333) and devset28 (7 US documents: two USAO releases, court and crypto press) 0.936
// (P 0.920, R 0.952); the session-start extractor read them at 0.768 and 0.930.
const SETS = [
  ['devset', { f1: 0.95, precision: 0.97, part: 0.88 }],
  ['devset2', { f1: 0.9, precision: 0.93, part: 0.8 }],
  ['devset3', { f1: 0.82, precision: 0.87, part: 0.6 }],
  ['devset4', { f1: 0.8, precision: 0.85, part: 0.55 }],
  ['devset5', { f1: 0.88, precision: 0.9, part: 0.75 }],
  ['devset6', { f1: 0.87, precision: 0.9, part: 0.75 }],
  ['devset7', { f1: 0.9, precision: 0.92, part: 0.8 }],
  ['devset8', { f1: 0.84, precision: 0.9, part: 0.6 }],
  // (devset9's arrest totals were all missed in session 5; session 6 reads two of the three, "taken into custody")
  ['devset9', { f1: 0.9, precision: 0.93, part: 0.75 }],
  ['devset10', { f1: 0.9, precision: 0.93, part: 0.8 }],
  ['devset11', { f1: 0.9, precision: 0.91, part: 0.8 }],
  // (devset12's relations: 0.604 on its one reading)
  ['devset12', { f1: 0.89, precision: 0.89, part: 0.8 }],
  ['devset13', { f1: 0.87, precision: 0.9, part: 0.75 }],
  // (devset14's relations: 0.471 on its one reading, 0.803 as a development set; its first-name suspects are required)
  ['devset14', { f1: 0.9, precision: 0.92, part: 0.7 }],
  // (devset15's relations: 0.571 on its one reading, 0.783 as a development set)
  ['devset15', { f1: 0.86, precision: 0.9, part: 0.75 }],
  // (devset16's relations: 0.400 on its one reading, 0.857 as a development set)
  ['devset16', { f1: 0.9, precision: 0.94, part: 0.8, missed: ['seizures'] }],
  // (devset17's relations: 0.392 on its one reading, 0.656 as a development set: co-listed investigators)
  ['devset17', { f1: 0.87, precision: 0.83, part: 0.6 }],
  ['devset18', { f1: 0.85, precision: 0.84, part: 0.6 }],
  ['devset19', { f1: 0.85, precision: 0.89, part: 0.65 }],
  // (devset20's arrests: 0.400 on its one reading; places the article leaves to its reader)
  ['devset20', { f1: 0.86, precision: 0.95, part: 0.5 }],
  // (devset21's arrests: sentencing stories whose arrests lie in an earlier year, which is not read as the case's)
  ['devset21', { f1: 0.84, precision: 0.87, part: 0.3 }],
  ['devset22', { f1: 0.86, precision: 0.84, part: 0.7 }],
  // (devset23's arrests: places named with no count, "arrested five suspects in Vienna-Floridsdorf and in Lower Austria")
  ['devset23', { f1: 0.85, precision: 0.88, part: 0.4 }],
  // (devset24's arrests: background arrests of the Silk Road case, told in a sentencing story)
  ['devset24', { f1: 0.85, precision: 0.87, part: 0.35 }],
  ['devset25', { f1: 0.86, precision: 0.92, part: 0.65 }],
  // (devset26's relations: vendor shops on RAMP, "two RAMP shops, LAMBO and Lamborghini", not read)
  ['devset26', { f1: 0.8, precision: 0.86, part: 0.45 }],
  // (devset27's arrests: 0.333; "Strike Force Alaine … charged three", places named without a count)
  ['devset27', { f1: 0.75, precision: 0.82, part: 0.3 }],
  ['devset28', { f1: 0.9, precision: 0.9, part: 0.75 }],
] as const;

for (const [name, bar] of SETS) {
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
      const missed: readonly string[] = 'missed' in bar ? bar.missed : [];
      for (const [part, v] of Object.entries(s.parts) as Array<[string, { f1: number }]>) if (!missed.includes(part)) expect({ part, ok: v.f1 >= bar.part }).toEqual({ part, ok: true });
    });
  });
}
