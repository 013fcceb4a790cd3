/**
 * Tests for lib/extract/vocab.ts: `has` and `findAll` skip a text that holds none of a phrase list's first
 * words (the word gate); they must answer exactly what the bare regular expression answers, on texts made
 * of the lists' own phrases in any case, near misses, other words, punctuation and non-ASCII letters.
 */
import fc from 'fast-check';
import { findAll, has, vocab } from '../lib/extract/vocab';

const v = vocab();
const lists: Array<[string, RegExp]> = [...Object.entries(v.re), ['agencyKeywords', v.agencyKeywords]];

/** What the regex alone finds (a copy, so that the one under test keeps its own state). */
function bare(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const copy = new RegExp(re.source, re.flags);
  return [...text.matchAll(copy)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
}

describe('the word gate of has / findAll', () => {
  // words of the phrases themselves, pieces of them, and words that are none of them
  const words = [...new Set(lists.flatMap(([, re]) => re.source.replace(/\\[bs]\+?|[()?:|\\]/g, ' ').split(/\s+/)))].filter(Boolean);
  const pieces = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w.slice(0, -1)), 'the', 'police', 'x', 'É', 'é', 'ſ', '_', '-', "'", '’', '.', ',', ' ', ' ', ' ', '\n', '2024'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));

  it.each(lists)('%s: same answers as the bare regex', (_, re) => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = bare(re, t);
        expect(has(re, t)).toBe(expected.length > 0);
        expect(findAll(re, t)).toEqual(expected);
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('finds a phrase in any case and nothing where only part of its first word stands', () => {
    expect(has(v.re.arrest, 'Police ARRESTED two men.')).toBe(true);
    expect(has(v.re.arrest, 'Police prearrested nobody.')).toBe(false);
    expect(findAll(v.re.seizure, 'They seized 3 kg; the seizure was large.').map((x) => x.text)).toEqual(['seized', 'seizure']);
  });
});
