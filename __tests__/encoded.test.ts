/**
 * lib/resolve/encoded.ts: extractions as numbers and distinct strings, the form workers post and the
 * resolver folds in. Encoding then decoding gives the extraction back (metadata only for the document);
 * a structured clone (what postMessage does) changes nothing; every typed array is transferable; and a
 * build's read-and-extract stage hands each document over once, in input order, duplicates left out.
 * Also the resolver's storage: growable typed-array columns (lib/resolve/columns.ts) and the numbering of
 * relation triples (lib/resolve/triples.ts).
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { extractDocument, defaultLexicon } from '../lib/extract';
import { readInputs } from '../lib/ingest';
import { extractInputs } from '../lib/parallel';
import { documentMeta } from '../lib/parallel/extract-file';
import { decodeExtraction, decodeSignature, encodeExtractions, transferList, type EncodedDocument } from '../lib/resolve/encoded';
import { createResolver, resolve as resolveAll } from '../lib/resolve';
import { Column } from '../lib/resolve/columns';
import { TripleNumbers } from '../lib/resolve/triples';
import type { Extraction } from '../lib/types';

const root = resolve(__dirname, '..');
const lexicon = defaultLexicon();
const inputs = [join(root, 'seeds'), join(__dirname, 'fixtures', 'devset')];
const extractions: Extraction[] = readInputs(inputs).documents.map((d) => ({ ...extractDocument(d, { lexicon }), doc: documentMeta(d) }));

/** The extraction as encoding keeps it: an empty-string operation, place or role is no operation, place or role. */
const expected = (x: Extraction): Extraction => JSON.parse(JSON.stringify(x, (k, v) => (['operation', 'place', 'role'].includes(k) && v === '' ? undefined : v)));

describe('encoded extractions', () => {
  test('decode(encode(x)) is x, for every seed and devset article, alone and as one set', () => {
    expect(extractions.length).toBeGreaterThan(10);
    for (const x of extractions) expect(decodeExtraction(encodeExtractions([x]), 0)).toEqual(expected(x));
    const set = encodeExtractions(extractions);
    extractions.forEach((x, i) => expect(decodeExtraction(set, i)).toEqual(expected(x)));
  });

  test('each distinct string is held once', () => {
    const set = encodeExtractions(extractions);
    expect(new Set(set.strings).size).toBe(set.strings.length);
    const evidence = new Set(extractions.flatMap((x) => [...x.relations, ...x.facts].map((r) => r.evidence.text)));
    for (const text of evidence) expect(set.strings).toContain(text);
  });

  test('a structured clone (postMessage) changes nothing, and every typed array is in the transfer list', () => {
    const set = encodeExtractions(extractions);
    const cloned = deserialize(serialize(set));
    extractions.forEach((x, i) => expect(decodeExtraction(cloned, i)).toEqual(expected(x)));
    const buffers = transferList(set);
    expect(buffers).toHaveLength(7);
    expect(new Set(buffers).size).toBe(7);
    for (const b of buffers) expect(Object.prototype.toString.call(b)).toBe('[object ArrayBuffer]');
  });

  test('a signature keeps what documents may disagree on, absent fields absent', () => {
    const v = decodeSignature(JSON.stringify(['Agency', true, 'DEA', ['Drug Enforcement Administration'], null, { handle: ['a'] }]));
    expect(v).toEqual({ type: 'Agency', named: true, label: 'DEA', altLabels: ['Drug Enforcement Administration'], attributes: { handle: ['a'] } });
    expect('wikidata' in v).toBe(false);
  });

  test('numbers come back exact (offsets, confidences, quantities, a null count)', () => {
    const x: Extraction = {
      doc: { id: 'f'.repeat(64), file: 'x.txt', path: 'x.txt', text: '', sentences: [], furniture: [] },
      entities: [{ key: 'drug:x', type: 'Drug', label: 'X', altLabels: [], named: true, mentions: 3 }],
      relations: [],
      facts: [
        { kind: 'ArrestCount', count: null, evidence: { doc: 'f'.repeat(64), text: 'Arrests.', start: 2 ** 31 + 5, end: 2 ** 31 + 13, confidence: 0.1 + 0.2 } },
        { kind: 'Seizure', item: { literal: 'cash' }, quantity: 1e-7, unit: 'BTC', evidence: { doc: 'f'.repeat(64), text: 'Cash.', start: 0, end: 5, confidence: 1 / 3 } },
      ],
    };
    expect(decodeExtraction(encodeExtractions([x]), 0)).toEqual(x);
  });
});

describe('the read-and-extract stage hands documents over encoded', () => {
  test('each kept document once, in input order, an article read twice only under its first name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-encoded-'));
    const seeds = readdirSync(join(root, 'seeds')).sort();
    for (const f of seeds) copyFileSync(join(root, 'seeds', f), join(dir, f));
    copyFileSync(join(root, 'seeds', seeds[0]), join(dir, 'zz-again.txt'));
    const got: EncodedDocument[] = [];
    const r = await extractInputs([dir], { jobs: 1, onDocument: (d) => got.push(d) });
    expect(r.extractions).toEqual([]);
    expect(r.read).toBe(seeds.length);
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/same article as/)]);
    expect(got.map((d) => decodeExtraction(d.set, d.index).doc.file)).toEqual(seeds);
    // folded in as they come, they make the graph resolve makes of the collected extractions
    const folded = createResolver();
    for (const d of got) folded.addEncoded(d);
    const collected = await extractInputs([dir], { jobs: 1 });
    expect(JSON.stringify(folded.finish(lexicon))).toBe(JSON.stringify(resolveAll(collected.extractions, { lexicon })));
  });
});

describe('Column (lib/resolve/columns.ts)', () => {
  test.each([0, 1, 255, 256, 257, 65_535, 65_536, 65_537, 140_000])('%i values pushed read back the same, by index and as one array', (n) => {
    for (const capacity of [1, 256, 100_000]) {
      const c = new Column(Float64Array, capacity);
      for (let i = 0; i < n; i++) c.push(i * 1.5);
      expect(c.length).toBe(n);
      const read = Array.from({ length: n }, (_, i) => c.at(i));
      expect(read.every((v, i) => v === i * 1.5)).toBe(true);
      const all = c.toArray();
      expect(all.length).toBe(n);
      expect(all.every((v, i) => v === i * 1.5)).toBe(true);
    }
  });
});

describe('TripleNumbers (lib/resolve/triples.ts)', () => {
  test('numbers distinct triples 0, 1, 2... in order of first sight, the same triple always the same number', () => {
    const t = new TripleNumbers(4);
    const seen = new Map<string, number>();
    let seed = 3;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const [a, b, c] = [seed % 7, (seed >> 3) % 300, (seed >> 11) % 300];
      const k = `${a} ${b} ${c}`;
      const want = seen.get(k) ?? seen.size;
      seen.set(k, want);
      expect(t.number(a, b, c)).toBe(want);
    }
    expect(t.size).toBe(seen.size);
    expect(t.number(0, 2 ** 31 - 1, 0)).toBe(seen.size);
  });
});
