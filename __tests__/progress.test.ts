/**
 * The build's progress bar (lib/cli/progress.ts): what one line says (files, documents, documents/s,
 * ETA), that it is drawn only on a terminal and never with CI=true, not for builds that end at once, and
 * that done() erases it. The clock is a stand-in: nothing here waits.
 */
import { clock, progressBar, progressLine } from '../lib/cli/progress';

class FakeTty {
  isTTY = true;
  out: string[] = [];
  write(text: string) {
    this.out.push(text);
    return true;
  }
}

describe('progress bar', () => {
  test('a line gives the bar, files, documents, rate and ETA', () => {
    expect(progressLine({ files: 100, filesDone: 25, documents: 30 }, 10_000, 8)).toBe(
      '[##......] 25/100 files  30 documents  3 documents/s  ETA 0:30',
    );
    expect(progressLine({ files: 20_000, filesDone: 20_000, documents: 25_000 }, 5_000, 4)).toBe(
      '[####] 20,000/20,000 files  25,000 documents  5,000 documents/s  ETA 0:00',
    );
    expect(progressLine({ files: 10, filesDone: 0, documents: 0 }, 0, 4)).toBe('[....] 0/10 files  0 documents  - documents/s  ETA -');
  });

  test('clock formats', () => {
    expect([clock(0), clock(65), clock(720), clock(3723), clock(-3)]).toEqual(['0:00', '1:05', '12:00', '1:02:03', '0:00']);
  });

  test('drawn in place on a terminal, throttled, and erased by done()', () => {
    const tty = new FakeTty();
    let t = 1_000;
    const bar = progressBar(tty, {}, () => t)!;
    bar.update({ files: 10, filesDone: 1, documents: 1 }); // too early: not drawn
    expect(tty.out).toEqual([]);
    t += 1_000;
    bar.update({ files: 10, filesDone: 2, documents: 2 });
    t += 10;
    bar.update({ files: 10, filesDone: 3, documents: 3 }); // within the redraw interval: skipped
    t += 1_000;
    bar.update({ files: 10, filesDone: 10, documents: 12 });
    expect(tty.out).toHaveLength(2);
    expect(tty.out[0]).toMatch(/^\r\[####\.+\] 2\/10 files  2 documents  2 documents\/s  ETA 0:04\x1b\[K$/);
    expect(tty.out[1]).toMatch(/10\/10 files  12 documents  6 documents\/s  ETA 0:00/);
    bar.done();
    expect(tty.out[2]).toBe('\r\x1b[K');
  });

  test('nothing when stderr is not a terminal or CI=true', () => {
    expect(progressBar({ isTTY: false, write: () => true }, {})).toBeUndefined();
    expect(progressBar(new FakeTty(), { CI: 'true' })).toBeUndefined();
  });

  test('done() on a bar never drawn writes nothing', () => {
    const tty = new FakeTty();
    progressBar(tty, {}, () => 0)!.done();
    expect(tty.out).toEqual([]);
  });
});
