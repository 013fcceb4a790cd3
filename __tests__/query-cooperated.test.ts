import { LookupError } from '../lib/errors';
import { cooperated, type CooperationPair } from '../lib/query/cooperated';
import { validateCooperatedOptions } from '../lib/query/options';
import { fixtureIndex } from './fixtures/query-fixture';

const index = fixtureIndex();
const brief = (p: CooperationPair): [string, string, string, number] => [p.a.label, p.b.label, p.how, p.documents];

describe('query cooperated on the fixture', () => {
  test('explicit and derived pairs, strongest first (documents, explicit before derived, names)', () => {
    expect(cooperated(index, validateCooperatedOptions({})).map(brief)).toEqual([
      ['Bundeskriminalamt', 'Europol', 'explicit; via Nightfall', 2],
      ['Europol', 'Federal Bureau of Investigation', 'explicit; via Nightfall', 2],
      ['Bundeskriminalamt', 'Federal Bureau of Investigation', 'via Nightfall', 2],
      ['Bundeskriminalamt', 'Netherlands Police', 'explicit', 1],
      ['Judiciary Police', 'Policía Nacional', 'via Ember', 1],
    ]);
  });

  test('ledBy counts as taking part in the operation', () => {
    const pair = cooperated(index, validateCooperatedOptions({ agency: 'PJ' }))[0];
    expect(brief(pair)).toEqual(['Judiciary Police', 'Policía Nacional', 'via Ember', 1]);
    expect(pair.explicit).toBe(false);
    expect(pair.via.map((v) => v.label)).toEqual(['Ember']);
  });

  test('one evidence sentence per source, explicit evidence first', () => {
    const pair = cooperated(index, validateCooperatedOptions({}))[1];
    expect(pair.evidence.map((e) => [e.document, e.evidence, e.confidence])).toEqual([
      ['alpha_nightfall.txt', 'Europol worked closely with the FBI to take Nightshade Market offline.', 0.9],
      ['beta_followup.txt', 'The FBI also took part in Operation Nightfall, Europol said.', 0.8],
    ]);
    expect(pair.evidence[0].title).toBe('Nightshade Market taken down in Operation Nightfall');
    expect(pair.evidence[0].date).toBe('2022-05-10');
  });

  test('a derived pair stated in two sentences of one article shows both', () => {
    const pair = cooperated(index, validateCooperatedOptions({}))[2];
    expect(brief(pair)).toEqual(['Bundeskriminalamt', 'Federal Bureau of Investigation', 'via Nightfall', 2]);
    expect(pair.evidence.map((e) => [e.document, e.evidence, e.confidence])).toEqual([
      ['alpha_nightfall.txt', 'Operation Nightfall, supported by Europol and the Bundeskriminalamt, targeted Nightshade Market.', 0.9],
      [
        'beta_followup.txt',
        'The Bundeskriminalamt carried out the German part of Operation Nightfall. … The FBI also took part in Operation Nightfall, Europol said.',
        0.85,
      ],
    ]);
  });

  test('--agency keeps the pairs of that agency (any alias), with it first', () => {
    expect(cooperated(index, validateCooperatedOptions({ agency: 'bka' })).map((p) => [p.a.label, p.b.label])).toEqual([
      ['Bundeskriminalamt', 'Europol'],
      ['Bundeskriminalamt', 'Federal Bureau of Investigation'],
      ['Bundeskriminalamt', 'Netherlands Police'],
    ]);
    expect(cooperated(index, validateCooperatedOptions({ agency: 'the F.B.I.' })).map((p) => [p.a.label, p.b.label, p.how])).toEqual([
      ['Federal Bureau of Investigation', 'Europol', 'explicit; via Nightfall'],
      ['Federal Bureau of Investigation', 'Bundeskriminalamt', 'via Nightfall'],
    ]);
  });

  test('--min-strength drops pairs with fewer supporting documents', () => {
    expect(cooperated(index, validateCooperatedOptions({ minStrength: 2 })).map((p) => [p.a.label, p.b.label])).toEqual([
      ['Bundeskriminalamt', 'Europol'],
      ['Europol', 'Federal Bureau of Investigation'],
      ['Bundeskriminalamt', 'Federal Bureau of Investigation'],
    ]);
    expect(cooperated(index, validateCooperatedOptions({ minStrength: 3 }))).toEqual([]);
  });

  test('an unknown agency is a LookupError with suggestions', () => {
    expect(() => cooperated(index, validateCooperatedOptions({ agency: 'Europool' }))).toThrow(LookupError);
    expect(() => cooperated(index, validateCooperatedOptions({ agency: 'Europool' }))).toThrow('did you mean Europol?');
  });
});
