/**
 * Tests of the HTML view's browser-side logic that needs no browser: mention highlighting, the
 * autocomplete search, the path finder's shortest path and the wording of facts.
 */
import fc from 'fast-check';
import { factSummary } from '../lib/view/client/format';
import { highlightMentions } from '../lib/view/client/highlight';
import { shortestPath } from '../lib/view/client/path';
import { normalizeName, SearchIndex } from '../lib/view/client/search';
import type { ViewFact } from '../lib/view/viewdata';

describe('highlightMentions', () => {
  const marked = (sentence: string, groups: string[][]): Array<[string, number]> =>
    highlightMentions(sentence, groups)
      .filter((s) => s.mark !== 0)
      .map((s) => [s.text, s.mark]);

  test('marks each group by label or alias, ignoring case and curly apostrophes, longest name first', () => {
    const s = 'The Federal Criminal Police Office (BKA) arrested Marta Keller; the bka said Keller\u2019s market is closed.';
    expect(marked(s, [['Marta Keller', 'Keller'], ['Federal Criminal Police Office', 'BKA']])).toEqual([
      ['Federal Criminal Police Office', 2],
      ['BKA', 2],
      ['Marta Keller', 1],
      ['bka', 2],
      ['Keller', 1],
    ]);
    expect(marked('SEROCU\u2019s Cyber Unit', [["SEROCU's Cyber Unit"]])).toEqual([['SEROCU\u2019s Cyber Unit', 1]]);
  });

  test('matches whole words only', () => {
    expect(marked('Ukraine and the UK', [['UK']])).toEqual([['UK', 1]]);
    expect(marked('Metropolitan', [['Met']])).toEqual([]);
  });

  test('a span claimed by one group is not claimed again by another', () => {
    expect(marked('Europol and EC3', [['Europol'], ['Europol', 'EC3']])).toEqual([
      ['Europol', 1],
      ['EC3', 2],
    ]);
  });

  test('the segments always put the sentence back together', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.array(fc.string(), { maxLength: 3 }), { maxLength: 3 }), (sentence, groups) => {
        expect(highlightMentions(sentence, groups).map((s) => s.text).join('')).toBe(sentence);
      }),
    );
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex([
    { id: 0, label: 'Federal Bureau of Investigation', aliases: ['FBI'], weight: 5 },
    { id: 1, label: 'Federal Criminal Police Office', aliases: ['BKA', 'Bundeskriminalamt'], weight: 3 },
    { id: 2, label: 'Europol', aliases: ['European Union Agency for Law Enforcement Cooperation'], weight: 9 },
    { id: 3, label: 'European Cybercrime Centre', aliases: ['EC3'], weight: 10 },
    { id: 4, label: 'Policía Nacional', aliases: [], weight: 1 },
    { id: 5, label: 'Bureau', aliases: [], weight: 0 },
  ]);
  const ids = (q: string): number[] => index.search(q).map((h) => h.id);

  test('finds entities by alias and says which alias matched', () => {
    expect(index.search('bka')).toEqual([{ id: 1, label: 'Federal Criminal Police Office', alias: 'BKA' }]);
  });

  test('ranks exact, then prefix, then word start, then substring; ties by weight', () => {
    expect(ids('europol')).toEqual([2]);
    expect(ids('europ')).toEqual([3, 2]);
    expect(ids('bureau')).toEqual([5, 0]);
    expect(ids('federal')).toEqual([0, 1]);
    expect(ids('crim')).toEqual([1, 3]);
    expect(ids('ec3')).toEqual([3]);
  });

  test('ignores accents, case and punctuation', () => {
    expect(normalizeName("  Policía  NACIONAL's ")).toBe('policia nacional s');
    expect(ids('policia nac')).toEqual([4]);
    expect(ids('  ')).toEqual([]);
  });

  test('returns at most the limit', () => {
    expect(index.search('e', 2)).toHaveLength(2);
  });
});

describe('shortestPath', () => {
  const edges: Array<[string, string]> = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['a', 'x'],
    ['x', 'd'],
    ['e', 'f'],
  ];
  const adj = new Map<string, string[]>();
  for (const [s, o] of edges) {
    adj.set(s, [...(adj.get(s) ?? []), o]);
    adj.set(o, [...(adj.get(o) ?? []), s]);
  }
  const nb = (n: string): string[] => adj.get(n) ?? [];

  test('finds a shortest path in either direction', () => {
    expect(shortestPath('a', 'd', nb)).toEqual(['a', 'x', 'd']);
    expect(shortestPath('d', 'a', nb)).toEqual(['d', 'x', 'a']);
    expect(shortestPath('a', 'a', nb)).toEqual(['a']);
  });

  test('does not cross impassable nodes, but may end on one', () => {
    expect(shortestPath('a', 'd', nb, (n) => n !== 'x')).toEqual(['a', 'b', 'c', 'd']);
    expect(shortestPath('a', 'x', nb, (n) => n !== 'x')).toEqual(['a', 'x']);
  });

  test('returns null between components', () => {
    expect(shortestPath('a', 'f', nb)).toBeNull();
  });
});

describe('factSummary', () => {
  const names = ['Glasswing', 'Germany', 'cocaine'];
  const name = (i: number): string => names[i];
  const base = { text: '', conf: 1 };

  test('words arrests, leaving out the entity the panel is about', () => {
    const f: ViewFact = { ...base, kind: 'ArrestCount', op: 0, place: 1, count: 1530 };
    expect(factSummary(f, name, 0)).toBe('1,530 arrests in Germany');
    expect(factSummary(f, name, 1)).toBe('1,530 arrests · Glasswing');
    expect(factSummary({ ...f, count: null }, name, 0)).toBe('Arrests (number not stated) in Germany');
  });

  test('words seizures by unit', () => {
    expect(factSummary({ ...base, kind: 'Seizure', op: 0, item: 2, quantity: 850, unit: 'kg' }, name, 0)).toBe('Seized 850 kg of cocaine');
    expect(factSummary({ ...base, kind: 'Seizure', itemLiteral: 'firearms', quantity: 64, unit: 'count' }, name, 0)).toBe('Seized 64 firearms');
    expect(factSummary({ ...base, kind: 'Seizure', op: 0, itemLiteral: 'cash', quantity: 50800000, unit: 'EUR' }, name, 2)).toBe(
      'Seized 50,800,000 EUR of cash · Glasswing',
    );
  });
});
