/**
 * Bad input, case by case (issue 8). Each case must give a warning or error naming the file and the line
 * or byte, the other inputs must still be read, and the outputs must stay valid. Most cases run through
 * `readInputs` in-process; the 200 MB file, unreadable paths (as another user when the tests run as root),
 * terminal-unsafe names and output validity run through the compiled CLI (`npm test` builds it).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser } from 'n3';
import { MAX_SENTENCE_CHARS, readInputs, type ReadResult } from '../lib/ingest';
import { loadGraph } from '../lib/graph/load';
import { describeWithTool, hasCommand } from './helpers/tools';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'bin', 'darkweb-kg.js');
const xsd = resolve(root, '..', 'shared', 'schemas', 'gexf', 'patched-1.3', 'gexf.xsd');
const ARTICLE = 'Officers from Europol assisted the FBI in Operation SpecTor. Police arrested 12 people in Germany.\n';

function tempDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `dwk-bad-${tag}-`));
}

/** Warnings as `<file relative to dir>[:line][ (byte n)] skipped|note <message>`. */
function lines(r: ReadResult, dir: string): string[] {
  return r.warnings.map(
    (w) => `${w.file.replace(dir + '/', '')}${w.line != null ? `:${w.line}` : ''}${w.byte != null ? ` (byte ${w.byte})` : ''} ${w.skipped ? 'skipped' : 'note'} ${w.message}`,
  );
}

function cliBuild(args: string[], options: { uid?: number; gid?: number } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm test does)`);
  return spawnSync(process.execPath, [cli, 'build', ...args], { encoding: 'utf8', ...options });
}

describe('empty and binary files', () => {
  const dir = tempDir('bin');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '  \n\t\n');
  writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
  writeFileSync(join(dir, 'nul.txt'), Buffer.from('Europol said\u0000 so', 'latin1'));
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'zip.html'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]));
  writeFileSync(join(dir, 'utf16-no-bom.txt'), Buffer.from('Europol arrested 4 people in Spain.', 'utf16le'));
  writeFileSync(join(dir, 'ok.txt'), ARTICLE);
  const r = readInputs([dir]);

  test('each is skipped with a warning naming the file (and the byte of a binary signature or NUL)', () => {
    expect(lines(r, dir).sort()).toEqual([
      'blank.md skipped empty file (only white space)',
      'empty.jsonl skipped no JSON records (the file holds only white space)',
      'empty.txt skipped empty file',
      'image.txt (byte 0) skipped binary file (PNG image), not text',
      'nul.txt (byte 12) skipped binary file (NUL byte), not text',
      'utf16-no-bom.txt (byte 1) skipped binary file (NUL byte), not text (it looks like UTF-16 without a byte-order mark: save it with one, or as UTF-8)',
      'zip.html (byte 0) skipped binary file (ZIP archive), not text',
    ]);
  });
  test('the other input is still read', () => {
    expect(r.documents.map((d) => d.file)).toEqual(['ok.txt']);
  });
});

describe('text encodings', () => {
  const dir = tempDir('enc');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\u00e9 owner Se\u00f1or Mu\u00f1oz was arrested by Europol.\n', 'latin1'));
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...Buffer.from('The '), 0x93, ...Buffer.from('FBI'), 0x94, ...Buffer.from(' seized '), 0x80, ...Buffer.from('5 million.\n')]));
  // Mostly UTF-8 with one damaged sequence: UTF-8 with U+FFFD, not Latin-1 mojibake of every accent.
  writeFileSync(join(dir, 'broken-utf8.txt'), Buffer.concat([Buffer.from('Europol \u2013 FBI \u2013 K\u00f6ln \u2013 said so. '), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from('\n')]));
  writeFileSync(join(dir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Europol arrested 4 people in Espa\u00f1a \u{1F600}.\n', 'utf16le')]));
  const be = Buffer.from('The FBI arrested 3 people in K\u00f6ln.\n', 'utf16le');
  be.swap16();
  writeFileSync(join(dir, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(join(dir, 'bom-utf8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Politie \u2013 Europol.\n')]));
  const r = readInputs([dir]);
  const text = (f: string) => r.documents.find((d) => d.file === f)?.text;

  test('invalid UTF-8 is decoded as Latin-1, Windows-1252 or damaged UTF-8, and the warning says which and where', () => {
    expect(lines(r, dir).sort()).toEqual([
      'broken-utf8.txt note not valid UTF-8 (first invalid byte at offset 39); read as UTF-8 with 2 damaged byte sequence(s) replaced by U+FFFD',
      'cp1252.txt note not valid UTF-8 (first invalid byte at offset 4); decoded as Windows-1252 (bytes 0x80-0x9F occur)',
      'latin1.txt note not valid UTF-8 (first invalid byte at offset 3); decoded as Latin-1 (ISO-8859-1)',
    ]);
    expect(text('latin1.txt')).toBe('Caf\u00e9 owner Se\u00f1or Mu\u00f1oz was arrested by Europol.\n');
    expect(text('cp1252.txt')).toBe('The \u201cFBI\u201d seized \u20ac5 million.\n');
    expect(text('broken-utf8.txt')).toBe('Europol \u2013 FBI \u2013 K\u00f6ln \u2013 said so. \ufffd(\ufffd\n');
  });
  test('UTF-16 LE and BE with a byte-order mark, and UTF-8 with one, are read without a warning', () => {
    expect(text('utf16le.txt')).toBe('Europol arrested 4 people in Espa\u00f1a \u{1F600}.\n');
    expect(text('utf16be.txt')).toBe('The FBI arrested 3 people in K\u00f6ln.\n');
    expect(text('bom-utf8.txt')).toBe('Politie \u2013 Europol.\n');
  });
});

describe('size limits: long articles are cut where the warning says, memory stays bounded', () => {
  const dir = tempDir('size');
  const max = 4096;
  // 10 KB of text with a 3-byte character straddling the limit: the cut moves back to a character boundary.
  writeFileSync(join(dir, 'long.txt'), 'a'.repeat(max - 1) + '\u20ac' + ' Europol said so.'.repeat(500));
  const be = Buffer.from('Europol FBI. '.repeat(400), 'utf16le');
  be.swap16();
  writeFileSync(join(dir, 'long16.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  writeFileSync(join(dir, 'page.html'), `<html><body><p>${'Europol said so. '.repeat(900)}</p></body></html>`);
  const long = JSON.stringify({ text: 'x'.repeat(5 * max) });
  const jsonl = [JSON.stringify({ text: 'The FBI said so.' }), long, JSON.stringify({ text: 'The FBI said so. '.repeat(300), id: 'big' }), JSON.stringify({ text: 'Europol arrested 2 people in Spain.' })];
  writeFileSync(join(dir, 'records.jsonl'), jsonl.join('\n'));
  const r = readInputs([dir], { maxArticleBytes: max });

  test('each cut or skipped part is named by byte, character or line', () => {
    expect(lines(r, dir).sort()).toEqual([
      `long.txt (byte ${max - 1}) skipped file of 0 MiB is longer than the 0 MiB one article may have: read up to byte ${max - 1}, the remaining ${readFileSync(join(dir, 'long.txt')).length - max + 1} bytes were not read`,
      `long16.txt (byte ${max}) skipped file of 0 MiB is longer than the 0 MiB one article may have: read up to byte ${max}, the remaining ${2 + be.length - max} bytes were not read`,
      `page.html skipped article text longer than ${max} characters (the limit is maxArticleBytes); cut at character ${max}, the remaining ${17 * 900 - 1 - max} characters were not read`,
      `records.jsonl:2 skipped line longer than 0 MiB; line skipped`,
      `records.jsonl:3 skipped article text longer than ${max} characters (the limit is maxArticleBytes); cut at character ${max}, the remaining ${17 * 300 - max} characters were not read`,
    ]);
  });
  test('what was read is whole text: no broken character at the cut, every record around a long line read', () => {
    const byFile = new Map(r.documents.map((d) => [d.file, d.text]));
    expect(byFile.get('long.txt')).toBe('a'.repeat(max - 1));
    expect(byFile.get('long16.txt')).toMatch(/^(Europol FBI\. )+Europol FBI\.? ?[A-Za-z. ]*$/);
    expect(byFile.get('long16.txt')).toHaveLength((max - 2) / 2);
    expect(byFile.get('page.html')).toHaveLength(max);
    expect(byFile.get('big')).toHaveLength(max);
    expect([...byFile.keys()].sort()).toEqual(['big', 'long.txt', 'long16.txt', 'page.html', 'records.jsonl#1', 'records.jsonl#4']);
  });

  test('a 200 MB single file: built with bounded memory, cut at the default 4 MiB and reported (exit 2)', () => {
    const big = tempDir('200mb');
    const file = join(big, 'huge.txt');
    const block = Buffer.from(readFileSync(join(root, 'seeds', readSeedName()), 'utf8').repeat(40));
    const fd = openSync(file, 'w');
    let size = 0;
    while (size < 200 * 1024 * 1024) size += writeSync(fd, block);
    closeSync(fd);
    writeFileSync(join(big, 'small.txt'), ARTICLE);
    const out = join(big, 'out');
    // The build runs in a child whose own peak resident set size it reports on exit.
    const wrapper =
      `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));` +
      `process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...process.argv.slice(1)]; require(${JSON.stringify(cli)});`;
    const r = spawnSync(process.execPath, ['-e', wrapper, '--', 'build', big, '--out', out, '--name', 'g', '--no-layout', '--no-html'], { encoding: 'utf8' });
    const maxRssKb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]);
    process.stderr.write(`bad-input.test: ${(size / 1048576).toFixed(0)} MiB file built with a peak RSS of ${(maxRssKb / 1024).toFixed(0)} MiB\n`);
    expect(r.stderr).toMatch(new RegExp(`Skipped: ${file} \\(byte 41943\\d\\d\\): file of 20\\d(\\.\\d)? MiB is longer than the 4 MiB one article may have: read up to byte 41943\\d\\d`));
    expect(r.status).toBe(2);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(1.5 * 1024 * 1024);
    expect(loadGraph(join(out, 'g.json')).documents.map((d) => d.file).sort()).toEqual(['huge.txt', 'small.txt']);
    rmSync(big, { recursive: true, force: true });
  });
});

function readSeedName(): string {
  const seeds = spawnSync('ls', [join(root, 'seeds')], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.txt'));
  return seeds[0];
}

describe('very long lines', () => {
  const dir = tempDir('lines');
  writeFileSync(join(dir, 'one-line.txt'), 'Europol FBI Germany Operation Alpha '.repeat(30000));
  writeFileSync(join(dir, 'lt.html'), `<p>${'a < b '.repeat(100000)}</p><!-- ${'<!-- '.repeat(10000)}`);
  const r = readInputs([dir]);

  test('a 1 MB line without punctuation becomes sentences of bounded length with exact offsets', () => {
    const d = r.documents.find((x) => x.file === 'one-line.txt')!;
    expect(d.sentences.length).toBeGreaterThan(500);
    for (const s of d.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(d.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
  test('HTML full of "<" without ">" and unclosed comments is read (linear-time patterns)', () => {
    const d = r.documents.find((x) => x.file === 'lt.html')!;
    expect(d.text.startsWith('a < b a < b')).toBe(true);
    expect(d.text).not.toMatch(/<!--/);
  });
});

describe('HTML with scripts, styles, comments and entities', () => {
  const dir = tempDir('html');
  writeFileSync(
    join(dir, 'page.html'),
    '<!doctype html><html><head><title>Europol &amp; FBI &#8217;takedown&#x2019;</title><style>p::after{content:"<p>Europol</p>"}</style>' +
      '<script>document.write("<p>FBI arrested 99 people</p>")</script></head><body><nav><a href="/">Home</a></nav>' +
      '<!-- <p>Operation Hidden</p> --><article><p>It&#8217;s over: Europol &amp; the FBI said &lt;script&gt;alert(1)&lt;/script&gt; &#0; &#xD800; &bogus; 5&nbsp;kg.</p>' +
      '<SCRIPT type="text/javascript">var s = "</p><p>injected";</SCRIPT><p>Second &quot;paragraph&quot; &mdash; end.</p></article>' +
      '<footer>Copyright</footer><script>never closed, runs to the end <p>Not text</p></body></html>',
  );
  const r = readInputs([dir]);
  const d = r.documents[0];

  test('scripts, styles, comments and navigation are dropped; an unclosed script runs to the end', () => {
    expect(d.text).not.toMatch(/99 people|content:|Operation Hidden|Home|injected|Copyright|Not text|never closed/);
  });
  test('entities are decoded once, invalid ones dropped, unknown ones kept; the title is read', () => {
    expect(d.text).toBe('It\u2019s over: Europol & the FBI said <script>alert(1)</script> &bogus; 5 kg.\n\nSecond "paragraph" \u2014 end.');
    expect(d.title).toBe('Europol & FBI \u2019takedown\u2019');
    expect(r.warnings).toEqual([]);
  });
});

describe('malformed JSONL', () => {
  const dir = tempDir('jsonl');
  writeFileSync(
    join(dir, 'news.jsonl'),
    Buffer.concat([
      Buffer.from('\ufeff{"text":"The FBI said so in Germany.","url":"https://example.com/a?b=1"}\n'),
      Buffer.from('{"text": "unterminated\n'),
      Buffer.from('[1, 2, 3]\n'),
      Buffer.from('{"title":"no text"}\n'),
      Buffer.from('\n'),
      Buffer.from('{"text":"Europol arrested 2 people in Spain.","url":"javascript:alert(1)"}\n'),
      Buffer.from('{"text":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' owner arrested in Operation Latte by the FBI."}\n'),
      Buffer.from('{"text":"a\u0000b"}'.replace('\u0000', '\\u0000') + '\n'),
      Buffer.from([0x7b, 0x00, 0x7d, 0x0a]),
      Buffer.from('{"text":"Last line without a newline; Europol said so."}'),
    ]),
  );
  const r = readInputs([dir]);

  test('each bad line is named and skipped; the good ones are read', () => {
    expect(lines(r, dir)).toEqual([
      expect.stringMatching(/^news\.jsonl:2 skipped malformed JSON \(.*\); line skipped$/),
      'news.jsonl:3 skipped record has no "text" string; line skipped',
      'news.jsonl:4 skipped record has no "text" string; line skipped',
      'news.jsonl:6 note "url" is not an absolute http(s) URL ("javascript:alert(1)"); ignored',
      'news.jsonl:7 note not valid UTF-8 (first invalid byte at offset 12); decoded as Latin-1 (ISO-8859-1) (offset within the line)',
      'news.jsonl:9 skipped binary data (NUL byte at column 2); line skipped',
    ]);
    expect(r.documents.map((d) => [d.file, d.text, d.url])).toEqual([
      ['news.jsonl#1', 'The FBI said so in Germany.', 'https://example.com/a?b=1'],
      ['news.jsonl#6', 'Europol arrested 2 people in Spain.', undefined],
      ['news.jsonl#7', 'Caf\u00e9 owner arrested in Operation Latte by the FBI.', undefined],
      ['news.jsonl#8', 'a b', undefined],
      ['news.jsonl#10', 'Last line without a newline; Europol said so.', undefined],
    ]);
  });
});

describe('dates that are no calendar day', () => {
  const dir = tempDir('dates');
  writeFileSync(join(dir, 'dates.jsonl'), ['2021-13-45', '2021-02-29', '2020-02-29T10:00:00Z', '0000-01-01', 'yesterday'].map((date, i) => JSON.stringify({ date, text: `Europol arrested ${i + 2} people in Spain.` })).join('\n'));
  writeFileSync(join(dir, 'leading.txt'), 'date 2021-04-31\nEuropol said so.');
  writeFileSync(join(dir, 'dateline.txt'), 'Market closed\n2019-02-30\nThe FBI said so.');
  const r = readInputs([dir]);

  test('are named and ignored (xsd:date and GEXF accept only real days); the articles are still read', () => {
    expect(lines(r, dir)).toEqual([
      'dates.jsonl:1 note "date" is not a calendar date YYYY-MM-DD ("2021-13-45"); ignored',
      'dates.jsonl:2 note "date" is not a calendar date YYYY-MM-DD ("2021-02-29"); ignored',
      'dates.jsonl:4 note "date" is not a calendar date YYYY-MM-DD ("0000-01-01"); ignored',
      'dates.jsonl:5 note "date" is not a calendar date YYYY-MM-DD ("yesterday"); ignored',
    ]);
    expect(r.documents.map((d) => [d.file, d.date])).toEqual([
      ['dateline.txt', undefined],
      ['dates.jsonl#1', undefined],
      ['dates.jsonl#2', undefined],
      ['dates.jsonl#3', '2020-02-29'],
      ['dates.jsonl#4', undefined],
      ['dates.jsonl#5', undefined],
      ['leading.txt', undefined],
    ]);
  });
});

describe('missing, unreadable and special paths', () => {
  const dir = tempDir('paths');
  writeFileSync(join(dir, 'ok.txt'), ARTICLE);
  writeFileSync(join(dir, 'locked.txt'), 'The FBI said so.');
  mkdirSync(join(dir, 'closed'));
  writeFileSync(join(dir, 'closed', 'inside.txt'), 'Europol said so.');
  chmodSync(join(dir, 'locked.txt'), 0o000);
  chmodSync(join(dir, 'closed'), 0o000);
  const fifo = join(dir, 'pipe.txt');
  const mkfifo = spawnSync('mkfifo', [fifo]);

  test('a missing path is named and skipped; a pipe is never opened (it would block)', () => {
    const r = readInputs([dir, join(dir, 'missing.txt'), '/dev/null']);
    const msg = lines(r, dir);
    expect(msg).toContain('missing.txt skipped no such file or folder');
    expect(msg).toContain('/dev/null skipped not a regular file or folder (a pipe, socket or device); not read');
    if (mkfifo.status === 0) expect(msg).toContain('pipe.txt skipped not a regular file or folder (a pipe, socket or device); not read');
    expect(r.documents.map((d) => d.file)).toContain('ok.txt');
  });

  // chmod 000 does not stop root: when the tests run as root, the build runs as "nobody" instead.
  const isRoot = process.getuid?.() === 0;
  test(`unreadable files and folders are named and skipped (${isRoot ? 'build run as uid 65534, since we are root' : 'as this user'})`, () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    chmodSync(out, 0o777);
    chmodSync(dir, 0o755);
    const r = cliBuild([dir, '--out', out, '--name', 'g', '--no-layout', '--no-html'], isRoot ? { uid: 65534, gid: 65534 } : {});
    expect(r.stderr).toMatch(/Skipped: .*\/locked\.txt: unreadable \(EACCES\)/);
    expect(r.stderr).toMatch(/Skipped: .*\/closed: unreadable folder \(EACCES\)/);
    expect(r.status).toBe(2);
    expect(loadGraph(join(out, 'g.json')).documents.map((d) => d.file)).toEqual(['ok.txt']);
  });
});

describe('symlink loops and duplicates', () => {
  const dir = tempDir('links');
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'b.txt'), 'The FBI said so.');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'copy of a.txt'), ARTICLE);
  symlinkSync('..', join(dir, 'sub', 'up'));
  symlinkSync('loop2.txt', join(dir, 'loop1.txt'));
  symlinkSync('loop1.txt', join(dir, 'loop2.txt'));
  symlinkSync('self', join(dir, 'self'));
  symlinkSync('b.txt', join(dir, 'link-to-b.txt'));
  writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ text: ARTICLE })}\n${JSON.stringify({ text: ARTICLE, id: 'again' })}\n`);
  const r = readInputs([dir, join(dir, 'self')]);

  test('loops are named and skipped; a folder reached twice is read once', () => {
    const msg = lines(r, dir);
    expect(msg).toEqual(
      expect.arrayContaining([
        'loop1.txt skipped symlink loop',
        'loop2.txt skipped symlink loop',
        'self skipped symlink loop',
        'sub/up note folder already visited (symlink loop?); skipped',
      ]),
    );
  });
  test('the same article under several names is read once and each copy is reported', () => {
    expect(r.documents.map((d) => d.file)).toEqual(['a.txt', 'b.txt']);
    expect(lines(r, dir).filter((m) => m.includes('same article'))).toEqual([
      expect.stringMatching(/^c\.jsonl note same article as a\.txt \(sha256 [0-9a-f]{12}…\); read once$/),
      expect.stringMatching(/^c\.jsonl note same article as a\.txt \(sha256 [0-9a-f]{12}…\); read once$/),
      expect.stringMatching(/^link-to-b\.txt note same article as b\.txt /),
      expect.stringMatching(/^sub\/copy of a\.txt note same article as a\.txt /),
    ]);
  });
});

describe('names with zero-width characters, bidi marks, emoji and control characters', () => {
  const dir = tempDir('names');
  const out = join(dir, 'out');
  const input = join(dir, 'in');
  mkdirSync(input);
  const odd = ['Zero\u200bWidth', 'Rtl\u202eEvil\u202c', 'Emoji\u{1F480}', 'Ctl\u0001\u001b[31m', 'New\nLine', 'Quote"<tag>&\\'];
  odd.forEach((n, i) =>
    writeFileSync(
      join(input, `${n}.txt`),
      `Head\u200bline ${n} \u202e\u{1F480}\n\nThe darknet market "${n}" was shut down by Europol in Operation "${odd[(i + 1) % odd.length]}". ` +
        `Police arrested ${i + 2} people in Germany.\n`,
    ),
  );
  writeFileSync(
    join(input, 'records.jsonl'),
    JSON.stringify({ id: 'id\u0007\u202e\u{1F600}"<x>', title: 'T\u0000i\u200dtle', text: 'Europol said the market "Zero\u200bDay\u0085Shop" was seized.', url: 'https://example.com/\u{1F600}?q="' }) + '\n',
  );
  const r = cliBuild([input, '--out', out, '--name', 'g', '--no-layout', '--no-html']);

  test('the build reads every file; warnings print control and bidi characters as visible escapes', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const g = loadGraph(join(out, 'g.json'));
    expect(g.documents.map((d) => d.file).sort()).toEqual([...odd.map((n) => `${n}.txt`), 'id\u0007\u202e\u{1F600}"<x>'].sort());
    // The odd characters reach the graph's labels (from titles and quoted names), so the outputs below must carry them.
    const labels = g.entities.map((e) => e.label).join(' ');
    for (const c of ['\u200b', '\u202e', '\u{1F480}']) expect(labels).toContain(c);
  });
  test('the Turtle parses (n3) and keeps every odd name exactly', () => {
    const quads = new Parser().parse(readFileSync(join(out, 'g.ttl'), 'utf8'));
    const literals = new Set(quads.filter((q) => q.object.termType === 'Literal').map((q) => q.object.value));
    for (const n of ['Zero\u200bWidth.txt', 'Rtl\u202eEvil\u202c.txt', 'Emoji\u{1F480}.txt', 'New\nLine.txt', 'Quote"<tag>&\\.txt']) expect(literals).toContain(n);
  });
  describeWithTool('rapper', hasCommand('rapper'), 'rapper', () => {
    test('parses the Turtle with no error or warning', () => {
      const p = spawnSync('rapper', ['-i', 'turtle', '-c', join(out, 'g.ttl')], { encoding: 'utf8' });
      expect(p.stderr).not.toMatch(/error|warning/i);
      expect(p.status).toBe(0);
    });
  });
  describeWithTool('xmllint and ../shared/schemas', hasCommand('xmllint') && existsSync(xsd), 'xmllint', () => {
    test('the GEXF validates against the GEXF 1.3 XSD', () => {
      const x = spawnSync('xmllint', ['--noout', '--schema', xsd, join(out, 'g.gexf')], { encoding: 'utf8' });
      expect(x.stderr).toMatch(/validates/);
      expect(x.status).toBe(0);
    });
  });
});
