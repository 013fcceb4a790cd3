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

describe('arrest counts in other word orders', () => {
  it('reads counts with an age range or an origin between the people and the verb, and a headline with no auxiliary', () => {
    expect(arrests('Police said six Portuguese men aged between 19 and 33 were arrested in the dark web operation.')).toEqual([[6, undefined]]);
    expect(arrests('Five people from Leeds have been arrested in total after the dark web market closed.')).toEqual([[5, undefined]]);
    expect(arrests('Three men arrested over dark web drug sales have been released on bail.')).toEqual([[3, undefined]]);
    // not in the middle of a sentence without an auxiliary: "the 35 people arrested last year" is no new count
    expect(arrests('Police said the 35 people arrested last year on the dark web were released.')).toEqual([]);
  });
  it('"bringing the number of arrests to N" is the total, not the partial count before it', () => {
    expect(arrests('Two further suspects were arrested in other regions, bringing the number of arrests to nine, police said of the dark web case.')).toEqual([[9, undefined]]);
  });
  it('places the premises: "arrested two people at a post office in Leeds"', () => {
    expect(arrests('On Monday officers arrested two people at a post office in Leeds in the dark web case.')).toEqual([[2, 'location:leeds-gb']]);
  });
  it('one of a counted group arrested somewhere else is not counted again', () => {
    expect(arrests('Four people were arrested in Bavaria, among them the main suspect, who was detained at his flat in Augsburg, in the dark web case.')).toEqual([[4, expect.stringMatching(/bavaria/)]]);
  });
});
