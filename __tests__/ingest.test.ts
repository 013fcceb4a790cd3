/** ingest: decoding, page furniture, sentences with offsets, metadata, input folders and JSONL. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes, findFurniture, htmlToText, makeDocument, markdownToText, parseDate, readInputs, splitSentences } from '../lib/ingest';

describe('decodeBytes', () => {
  test('UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from('\uFEFFEuropol', 'utf8'), 'a.txt').text).toBe('Europol');
    expect(decodeBytes(Buffer.from('Politie – Europol', 'utf8'), 'a.txt')).toEqual({ text: 'Politie – Europol', encoding: 'utf-8' });
  });
  test('UTF-16 LE with BOM', () => {
    const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kent Police', 'utf16le')]);
    expect(decodeBytes(b, 'a.txt')).toEqual({ text: 'Kent Police', encoding: 'utf-16le' });
  });
  test('invalid UTF-8 falls back to Windows-1252 and says where', () => {
    const b = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]); // "Café €5" in cp1252
    const d = decodeBytes(b, 'a.txt');
    expect(d.text).toBe('Café €5');
    expect(d.encoding).toBe('windows-1252');
    expect(d.note).toMatch(/offset 3/);
  });
  test('binary and empty input are errors naming the file', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'x.txt')).toThrow(/x\.txt.*PNG/);
    expect(() => decodeBytes(Buffer.from([0x41, 0, 0x42]), 'y.txt')).toThrow(/y\.txt \(byte 1\).*NUL/);
    expect(() => decodeBytes(Buffer.alloc(0), 'z.txt')).toThrow(/z\.txt: empty/);
  });
});

describe('findFurniture and splitSentences', () => {
  const text = [
    'Police seize dark web market',
    '- Advertisement -',
    'Officers arrested 12 people. The U.S. Department of Justice said Dr. Smith helped.',
    'Online scams. Picture: PA',
    'A caption with a credit (John Doe/Pool/AP) stays.',
    'Body text continues here with a full sentence.',
    'Related news',
    'Trump meets Biden in the Oval Office',
    'Floods hit Valencia',
  ].join('\n');
  const ranges = findFurniture(text);
  const sentences = splitSentences(text, ranges);
  const joined = sentences.map((s) => s.text);

  test('adverts, photo credits and the related-headlines tail are furniture', () => {
    const cut = ranges.map((r) => text.slice(r.start, r.end));
    expect(cut.some((c) => c.includes('Advertisement'))).toBe(true);
    expect(cut).toContain('Picture: PA');
    expect(cut).toContain('(John Doe/Pool/AP)');
    expect(cut.some((c) => c.startsWith('Related news') && c.includes('Valencia'))).toBe(true);
    expect(joined.join(' ')).not.toMatch(/Trump|Valencia|Advertisement|John Doe/);
  });
  test('sentences keep offsets into the original text and do not break after abbreviations', () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(joined).toContain('The U.S. Department of Justice said Dr. Smith helped.');
    expect(joined).toContain('Officers arrested 12 people.');
    expect(joined).toContain('A caption with a credit');
  });
});

describe('metadata', () => {
  test('dates from datelines and leading date lines', () => {
    expect(parseDate('22 September 2020, 15:14')).toBe('2020-09-22');
    expect(parseDate('Sept. 3, 2019')).toBe('2019-09-03');
    expect(makeDocument('date 2021-10-27 Officials said so.', { file: 'a.txt', path: 'a.txt' }).date).toBe('2021-10-27');
  });
  test('the first short unpunctuated line is the title; the id is the sha256 of the text', () => {
    const d = makeDocument('Market shut down\n\nPolice said so.', { file: 'a.txt', path: 'a.txt' });
    expect(d.title).toBe('Market shut down');
    expect(d.id).toMatch(/^[0-9a-f]{64}$/);
  });
  test('HTML: scripts, styles and comments dropped, entities decoded, title read', () => {
    const h = htmlToText('<html><head><title>A &amp; B</title><style>p{}</style></head><body><nav>Home</nav><!-- x --><p>It&#8217;s Europol&apos;s</p><script>alert(1)</script></body></html>');
    expect(h.title).toBe('A & B');
    expect(h.text).toBe('It\u2019s Europol\'s');
  });
});

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-ingest-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Europol said so.');
  writeFileSync(join(dir, 'sub', 'copy.txt'), 'Europol said so.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'pic.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
  writeFileSync(join(dir, 'notes.csv'), 'x');
  writeFileSync(join(dir, 'news.jsonl'), '{"text":"The FBI said so.","title":"T","date":"2020-01-02","id":"rec-1"}\n{not json}\n{"title":"no text"}\n');
  const r = readInputs([dir, join(dir, 'missing.txt')]);

  test('reads every article once, in a stable order', () => {
    expect(r.documents.map((d) => d.file)).toEqual(['a.txt', 'rec-1']);
    expect(r.documents[1]).toMatchObject({ title: 'T', date: '2020-01-02' });
  });
  test('each problem is a warning naming the file (and line); skipped inputs are marked', () => {
    const msg = r.warnings.map((w) => `${w.file.replace(dir, '')}${w.line ? ':' + w.line : ''} ${w.skipped ? 'skipped' : 'note'} ${w.message}`);
    expect(msg).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/empty\.txt skipped empty/),
        expect.stringMatching(/^\/pic\.txt skipped binary file \(PNG/),
        expect.stringMatching(/^\/news\.jsonl:2 skipped malformed JSON/),
        expect.stringMatching(/^\/news\.jsonl:3 skipped record has no "text"/),
        expect.stringMatching(/^\/sub\/copy\.txt note same article as a\.txt/),
        expect.stringMatching(/missing\.txt skipped no such file/),
      ]),
    );
    expect(msg.some((m) => m.includes('notes.csv'))).toBe(false); // not an input type, silently ignored inside folders
  });
});

describe('furniture inside an article', () => {
  test('a letterhead and a fact box are kept; bylines and share links are furniture', () => {
    const text = [
      "U.S. Attorney's Office",
      'Northern District of Illinois',
      'FOR IMMEDIATE RELEASE',
      'Thursday, June 13, 2024',
      'Two men were charged today with running a dark web market that sold drugs to buyers in 40 states.',
      'Operation in numbers',
      'Arrests worldwide: 270',
      'United States: 130',
      'Germany: 42',
      'Facebook Twitter WhatsApp Email',
      'By Jane Smith and Tom Jones',
      'Police said the investigation continues and more arrests are expected in the coming weeks.',
    ].join('\n');
    const ranges = findFurniture(text);
    const kept = splitSentences(text, ranges).map((s) => s.text);
    expect(kept).toEqual(expect.arrayContaining(['Northern District of Illinois', 'United States: 130', 'Germany: 42']));
    expect(kept.join(' ')).not.toMatch(/WhatsApp|Jane Smith/);
  });

  test("a byline with the writer's role and time stamps is furniture; a sentence starting with 'By' is not", () => {
    const text = [
      'By Priya Nair, Crime Reporter · 08:40, 2 MAR 2024 · Updated 10:05, 2 MAR 2024',
      'By Lars Eriksen | Nordic Correspondent',
      'By March, police in Bergen had arrested six people linked to the market.',
      'Police said the investigation continues and more arrests are expected in the coming weeks.',
    ].join('\n');
    const kept = splitSentences(text, findFurniture(text)).map((s) => s.text);
    expect(kept.join(' ')).not.toMatch(/Priya Nair|Lars Eriksen/);
    expect(kept).toContain('By March, police in Bergen had arrested six people linked to the market.');
  });
});

describe('markdownToText', () => {
  test('markup becomes spaces, so offsets stay offsets into the file; title from front matter', () => {
    const md = '---\ntitle: "Kingdom Market seized"\ndate: 2023-12-20\n---\n# Kingdom Market\n\n**Rui-Siang Lin**, a *23-year-old* [Taiwanese](https://x.example/a) national, ran `Incognito`.\n';
    const r = markdownToText(md);
    expect(r.text).toHaveLength(md.length);
    expect(r).toMatchObject({ title: 'Kingdom Market seized', date: '2023-12-20' });
    const i = r.text.indexOf('Rui-Siang Lin');
    expect(md.slice(i, i + 13)).toBe('Rui-Siang Lin');
    expect(r.text).toMatch(/ {2}Rui-Siang Lin {2}, a {2}3?/);
    expect(r.text).not.toMatch(/[*`#[\]]|https/);
  });
});

describe('session 8: Markdown list items', () => {
  test('a list item keeps a dash in place of its marker ("- ", "* ", "+ "), one character for one; emphasis inside still goes', () => {
    const md = '## What was seized\n\n- Cryptocurrency worth about €6.5 million, with **Monero**\n* Watches valued at €120,000\n+ Two cars\n';
    const r = markdownToText(md);
    expect(r.text).toHaveLength(md.length);
    expect(r.text.split('\n').filter((l) => l.trim().startsWith('-')).map((l) => l.trim())).toEqual(['- Cryptocurrency worth about €6.5 million, with   Monero', '- Watches valued at €120,000', '- Two cars']);
  });
});

describe('links to other stories', () => {
  test('lines behind an arrow ("› Crypto trading: …") and one-line "Related:" lists are furniture; a German quote is not', () => {
    const text = ['The court gave its verdict on Friday.', '', 'Read more', '› Crypto trading: BaFin warns of fake exchanges', '› Test: five mesh Wi-Fi systems compared', 'Related: Senators sign goaltender | Heat warning for Ottawa', '»Nobody is anonymous«, the prosecutor said.'].join('\n');
    const kept = splitSentences(text, findFurniture(text)).map((s) => s.text);
    expect(kept.some((s) => /BaFin|mesh|Senators/.test(s))).toBe(false);
    expect(kept.some((s) => /Nobody is anonymous/.test(s))).toBe(true);
  });
});

describe('session 7: a related-stories heading naming the site, in emphasis', () => {
  test('"*Related on Blocktrail Notes:*" ends the article; a sentence about related cases does not', () => {
    const body = 'Customs officers seized Ether worth $35,000 in the case, which began with a tip from Europol in spring.\n\n';
    const tail = '*Related on Blocktrail Notes:*\n- *Coinbase adds new reporting fields*\n- *What front-end filtering does*\n';
    const text = body.repeat(3) + tail;
    const ranges = findFurniture(text);
    expect(ranges.some((r) => r.start === text.indexOf('*Related') && r.end === text.length)).toBe(true);
    const prose = body.repeat(3) + 'Related on the same day, police in Brno arrested two men.\n';
    expect(findFurniture(prose).filter((r) => r.reason === 'related headlines')).toEqual([]);
  });
});

describe('session 8: more headings of other stories naming the site', () => {
  test('"*Elsewhere on Cold Storage Dispatch:*", "More from The Ledger", "Also on Harbour News:" end the article; prose that starts so does not', () => {
    const body = 'Police seized crypto worth €6.5 million in a raid in north county Dublin last Monday, the Garda said.\n\n';
    for (const heading of ['*Elsewhere on Cold Storage Dispatch:*', 'More from The Ledger', 'Also on Harbour News:']) {
      const text = body.repeat(3) + heading + '\n- *An exchange publishes its reserves*\n- *Firmware notes for wallet users*\n';
      expect(findFurniture(text).some((r) => r.start === text.indexOf(heading) && r.end === text.length)).toBe(true);
    }
    const prose = body.repeat(3) + 'Elsewhere on the island, police in Cork arrested two men.\n';
    expect(findFurniture(prose).filter((r) => r.end === prose.length && r.start > 0 && r.reason === 'related headlines')).toEqual([]);
  });
});

describe('session 9: the metadata of a DOJ press release page', () => {
  test('"Topic(s): …", "Component(s): USAO - Tennessee, Western", "Updated March 12, 2024" and a component on its own line are furniture', () => {
    const body = 'A Racine man was sentenced to ten years in prison for selling fentanyl on the darknet, prosecutors said.\n';
    const lines = ['Topic(s): Drug Trafficking, Cybercrime', 'Component(s): USAO - Tennessee, Western', 'Updated March 12, 2024', 'USAO - Pennsylvania, Western'];
    // each on its own between two paragraphs, so that no run of short lines makes it a headline list
    for (const l of lines) {
      const text = body + l + '\n' + body;
      const at = text.indexOf(l);
      expect(findFurniture(text).some((r) => r.start <= at && r.end >= at + l.length)).toBe(true);
    }
  });
  test('prose about an update, or a sentence naming a USAO, stays', () => {
    const text = 'Updated figures show 40 arrests in March 2024 across the district.\nThe USAO - a small office - filed the case.\n';
    expect(findFurniture(text)).toEqual([]);
  });
});

describe('session 10: rows of links, tickers and the wire in a dateline', () => {
  test('"Oakton | Millbrook | Fernvale" and "TRAFFIC: … | WEATHER: …" are furniture; a table row with figures is not', () => {
    const text = [
      'Oakton | Millbrook | Fernvale | Port Ellis',
      'TRAFFIC: Delays on Harbour Drive near Millbrook | WEATHER: 18° Cloudy',
      'Germany | 42 arrests | 10 kg',
      'Police said the investigation continues and more arrests are expected in the coming weeks.',
    ].join('\n');
    const kept = splitSentences(text, findFurniture(text)).map((s) => s.text).join(' ');
    expect(kept).not.toMatch(/Oakton|Harbour Drive|WEATHER/);
    expect(kept).toMatch(/Germany \| 42 arrests/);
  });
  test('"FAIRPORT, Ohio (Lakeside Metro Wire) - …": the wire is furniture, the dateline and the sentence stay', () => {
    const text = 'FAIRPORT, Ohio (Lakeside Metro Wire) - Investigators searched the home of a Fairport man in 2019.';
    const ranges = findFurniture(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['(Lakeside Metro Wire)']);
    expect(findFurniture('The FBI (Federal Bureau of Investigation) - which led the case - said more arrests would follow.')).toEqual([]);
  });
  test('a "Read also:" heading near the end starts other content', () => {
    const text = ['Police in Harlow arrested two men who sold drugs on a dark web market, the force said on Monday.', 'The men are due in court next month, and more arrests are expected in the coming weeks.', 'Read also:', ' - Dunmore opens new tram line', ' - Fernvale draw in cup qualifier'].join('\n');
    const kept = splitSentences(text, findFurniture(text)).map((s) => s.text).join(' ');
    expect(kept).toMatch(/Harlow/);
    expect(kept).not.toMatch(/Dunmore|Fernvale/);
  });
  test('"(Reporting by …; editing by …)" is furniture; a sentence in brackets is not', () => {
    expect(findFurniture('(Reporting by Lena Markova; editing by Staff Desk)').map((r) => r.reason)).toEqual(['wire credit']);
    expect(findFurniture('(Police said the men were arrested by detectives.)')).toEqual([]);
  });
});
