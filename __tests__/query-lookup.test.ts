import { LookupError } from '../lib/errors';
import { boundedEditDistance } from '../lib/query/edit-distance';
import { NameIndex, compareNames, normalizeName } from '../lib/query/lookup';
import type { EntityRecord } from '../lib/types';
import { BASE, fixtureIndex } from './fixtures/query-fixture';

describe('normalizeName', () => {
  test.each([
    ['The Met', 'met'],
    ["Europol's", 'europol'],
    ['Europol’s European Cybercrime Centre', 'europol european cybercrime centre'],
    ['F.B.I.', 'fbi'],
    ['Polícia Judiciária', 'policia judiciaria'],
    ['  Zeeland-West-Brabant   Unit ', 'zeeland west brabant unit'],
    ['Theatre Police', 'theatre police'],
    ['Полиция', 'полиция'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('compareNames', () => {
  test('orders by folded form, independent of accents and case', () => {
    expect(['policía nacional', 'Europol', 'Policia Judiciaria', 'europol'].sort(compareNames)).toEqual([
      'Europol',
      'europol',
      'Policia Judiciaria',
      'policía nacional',
    ]);
  });
});

describe('boundedEditDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('europl', 'europol', 3)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('', 'abc', 5)).toBe(3);
  });
  test('gives max + 1 once the bound is exceeded', () => {
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('NameIndex on the fixture', () => {
  const index = fixtureIndex();
  const names = index.names;

  test.each([
    ['Europol', 'agency/europol'],
    ['EUROPOL', 'agency/europol'],
    ["Europol's", 'agency/europol'],
    ['the FBI', 'agency/fbi'],
    ['F.B.I.', 'agency/fbi'],
    ['policia judiciaria', 'agency/judiciary-police'],
    ['Polícia Judiciária', 'agency/judiciary-police'],
    ['POLICIA NACIONAL', 'agency/policia-nacional'],
    ['Operation Nightfall', 'operation/nightfall'],
    ['nightfall', 'operation/nightfall'],
    ['operation ember', 'operation/ember'],
    ['U.S.', 'country/us'],
    ['Oporto', 'location/porto'],
  ])('"%s" resolves to %s', (name, local) => {
    expect(names.resolve(name).iri).toBe(BASE + local);
  });

  test('an IRI, a base-relative IRI and a Wikidata id also resolve', () => {
    expect(names.resolve(`<${BASE}agency/fbi>`).label).toBe('Federal Bureau of Investigation');
    expect(names.resolve('agency/fbi').label).toBe('Federal Bureau of Investigation');
    expect(names.resolve('q8333').label).toBe('Federal Bureau of Investigation');
  });

  test('an ambiguous name lists every candidate', () => {
    expect(names.match('National Police').map((e) => e.label)).toEqual(['Netherlands Police', 'Policía Nacional']);
    let error: unknown;
    try {
      names.resolve('national police');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LookupError);
    expect((error as LookupError).candidates).toEqual([BASE + 'agency/netherlands-police', BASE + 'agency/policia-nacional']);
    expect((error as Error).message).toBe(
      `"national police" matches 2 entities: Netherlands Police (Agency, ${BASE}agency/netherlands-police); ` +
        `Policía Nacional (Agency, ${BASE}agency/policia-nacional). Give a fuller name or the IRI`,
    );
  });

  test('an unknown name suggests the nearest labels and aliases', () => {
    expect(() => names.resolve('Europl')).toThrow('no entity named "Europl"; did you mean Europol?');
    expect(() => names.resolve('EC4')).toThrow('did you mean European Cybercrime Centre ("EC3")?');
    expect(names.suggest('Nightshade Markt').map((s) => s.entity.label)).toEqual(['Nightshade Market']);
    expect(() => names.resolve('Hampshire Constabulary')).toThrow('no entity named "Hampshire Constabulary" in the graph');
  });

  test('a whole word of a longer name is suggested', () => {
    expect(names.suggest('Judiciary').map((s) => s.entity.label)).toEqual(['Judiciary Police']);
  });

  test('a preferred class settles an ambiguity', () => {
    const e = (iri: string, type: EntityRecord['type']): EntityRecord => ({
      iri: BASE + iri,
      key: iri,
      type,
      label: 'Georgia',
      altLabels: [],
      named: true,
      mentions: {},
    });
    const idx = new NameIndex([e('country/ge', 'Country'), e('location/georgia-us', 'Location')], BASE);
    expect(() => idx.resolve('Georgia')).toThrow(LookupError);
    expect(idx.resolve('Georgia', { prefer: ['Country'] }).iri).toBe(BASE + 'country/ge');
  });

  test('operations are found with or without a leading "operation"', () => {
    const op = (slug: string, label: string): EntityRecord => ({
      iri: BASE + 'operation/' + slug,
      key: 'operation:' + slug,
      type: 'Operation',
      label,
      altLabels: [],
      named: true,
      mentions: {},
    });
    const idx = new NameIndex([op('spector', 'SpecTor'), op('disruptor', 'Operation DisrupTor')], BASE);
    expect(idx.resolve('operation spector').label).toBe('SpecTor');
    expect(idx.resolve('DisrupTor').label).toBe('Operation DisrupTor');
  });
});
