/**
 * Tests for lib/extract/facts.ts (through extractDocument, which gives facts their list context): arrest
 * counts in a fact box under a heading without a colon, "resulted in N arrests", and one count over a list
 * of places being a total, while "City, Country" stays one place.
 */
import { defaultLexicon, extractDocument } from '../lib/extract';
import { makeDocument } from '../lib/ingest/document';

const lexicon = defaultLexicon();

function arrests(text: string): Array<[number | null, string | undefined]> {
  const x = extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon });
  return x.facts.filter((f) => f.kind === 'ArrestCount').map((f) => [f.count, f.kind === 'ArrestCount' ? f.place : undefined]);
}

describe('arrest facts', () => {
  it('reads a per-country list under a heading with no colon', () => {
    const text = ['Operation Nightjar targeted vendors on the dark web, police said.', '', 'Arrests by country', '', '- Spain: 12', '- Portugal: 5', '- Belgium: 1'].join('\n');
    expect(arrests(text)).toEqual(expect.arrayContaining([[12, 'country:spain'], [5, 'country:portugal'], [1, 'country:belgium']]));
  });

  it('reads "resulted in N arrests" with the place the sentence opens with', () => {
    expect(arrests('In Ireland the dark web operation has so far resulted in nine arrests.')).toContainEqual([9, 'country:ireland']);
  });

  it('takes one count over a list of places for a total, and "City, Country" for one place', () => {
    expect(arrests('Police said eleven people were arrested in Lyon, Lille and Marseille after the dark web market closed.')).toEqual([[11, undefined]]);
    expect(arrests('Police said five people were arrested in Lisbon, Portugal after the dark web market closed.')).toEqual([[5, 'location:lisbon-pt']]);
  });
});
