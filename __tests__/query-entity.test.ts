import { arrests } from '../lib/query/arrests';
import { entityCard } from '../lib/query/entity';
import { validateArrestsOptions, validateStatsOptions } from '../lib/query/options';
import { stats } from '../lib/query/stats';
import { BASE, fixtureIndex } from './fixtures/query-fixture';

const index = fixtureIndex();

describe('query entity on the fixture', () => {
  test('the card: class, names, Wikidata, documents', () => {
    const card = entityCard(index, { name: 'the F.B.I.' });
    expect(card).toMatchObject({
      iri: BASE + 'agency/fbi',
      type: 'Agency',
      label: 'Federal Bureau of Investigation',
      aliases: ['FBI'],
      named: true,
      wikidata: 'http://www.wikidata.org/entity/Q8333',
      wikidataUrl: 'https://www.wikidata.org/wiki/Q8333',
    });
    expect(card.documents).toEqual([
      {
        document: 'alpha_nightfall.txt',
        docIri: BASE + 'document/aaaaaaaaaaaaaaaa',
        title: 'Nightshade Market taken down in Operation Nightfall',
        date: '2022-05-10',
        url: 'https://news.example.org/nightfall',
        mentions: 1,
      },
      {
        document: 'beta_followup.txt',
        docIri: BASE + 'document/bbbbbbbbbbbbbbbb',
        title: 'Operation Nightfall: the arrests so far',
        date: '2022-06-02',
        mentions: 1,
      },
    ]);
  });

  test('every relation in and out, outgoing first, each with the evidence of every source', () => {
    const card = entityCard(index, { name: 'Nightfall' });
    expect(card.relations.map((r) => [r.direction, r.relation, r.other.label, r.evidence.map((e) => e.document)])).toEqual([
      ['out', 'targeted', 'Nightshade Market', ['alpha_nightfall.txt']],
      ['in', 'participatedIn', 'Bundeskriminalamt', ['alpha_nightfall.txt', 'beta_followup.txt']],
      ['in', 'participatedIn', 'Europol', ['alpha_nightfall.txt', 'beta_followup.txt']],
      ['in', 'participatedIn', 'Federal Bureau of Investigation', ['beta_followup.txt']],
      ['in', 'precededBy', 'Ember', ['beta_followup.txt']],
    ]);
    const ec3 = entityCard(index, { name: 'EC3' });
    expect(ec3.relations.map((r) => [r.direction, r.relation, r.other.label])).toEqual([['out', 'partOf', 'Europol']]);
    expect(ec3.relations[0].evidence[0].evidence).toBe('The European Cybercrime Centre (EC3) at Europol compiled intelligence packages.');
  });

  test('counted facts naming the entity as operation, place or item', () => {
    const op = entityCard(index, { name: 'Operation Nightfall' });
    expect(op.facts.map((f) => [f.kind, f.role.join(), f.place?.label, f.item, f.count ?? f.quantity, f.evidence.document])).toEqual([
      ['ArrestCount', 'operation', undefined, undefined, 40, 'beta_followup.txt'],
      ['ArrestCount', 'operation', 'Germany', undefined, 12, 'alpha_nightfall.txt'],
      ['ArrestCount', 'operation', 'Germany', undefined, 14, 'beta_followup.txt'],
      ['ArrestCount', 'operation', 'United States', undefined, 7, 'alpha_nightfall.txt'],
      ['ArrestCount', 'operation', 'United States', undefined, 7, 'beta_followup.txt'],
      ['Seizure', 'operation', undefined, 'cash', 2500000, 'beta_followup.txt'],
      ['Seizure', 'operation', undefined, 'Cocaine', 120, 'alpha_nightfall.txt'],
    ]);
    const drug = entityCard(index, { name: 'coke' });
    expect(drug.facts.map((f) => [f.role.join(), f.operation?.label, f.quantity, f.unit])).toEqual([['item', 'Nightfall', 120, 'kg']]);
    const place = entityCard(index, { name: 'Porto' });
    expect(place.facts.map((f) => [f.role.join(), f.operation?.label, f.count])).toEqual([['place', 'Ember', 3]]);
  });

  test('attributes are part of the card', () => {
    expect(entityCard(index, { name: 'Nightshade' }).attributes).toEqual({ onion: ['nightshade4xyzabcd.onion'] });
  });
});

describe('query arrests on the fixture', () => {
  const brief = (r: ReturnType<typeof arrests>) =>
    r.arrests.map((g) => [
      g.operation?.label,
      g.place?.label ?? 'total',
      g.disputed,
      g.figures.map((f) => [f.value, f.sources.map((s) => s.document)]),
    ]);

  test('figures by operation and place; disagreeing sources are both shown, never summed', () => {
    expect(brief(arrests(index, validateArrestsOptions({})))).toEqual([
      ['Ember', 'Porto', false, [[3, ['beta_followup.txt']]]],
      ['Nightfall', 'total', false, [[40, ['beta_followup.txt']]]],
      ['Nightfall', 'Germany', true, [[14, ['beta_followup.txt']], [12, ['alpha_nightfall.txt']]]],
      ['Nightfall', 'United States', false, [[7, ['alpha_nightfall.txt', 'beta_followup.txt']]]],
    ]);
  });

  test('seizures by operation, item and unit, with their sources', () => {
    const r = arrests(index, validateArrestsOptions({ operation: 'nightfall' }));
    expect(r.seizures.map((g) => [g.operation?.label, g.item, g.unit, g.disputed, g.figures.map((f) => f.value)])).toEqual([
      ['Nightfall', 'cash', 'EUR', false, [2500000]],
      ['Nightfall', 'Cocaine', 'kg', false, [120]],
    ]);
    expect(r.seizures[1].figures[0].sources[0].evidence).toBe('Investigators seized 120 kg of cocaine.');
  });

  test('--operation and --country filter; a country takes in the places located in it', () => {
    expect(brief(arrests(index, validateArrestsOptions({ operation: 'Operation Nightfall', country: 'Germany' })))).toEqual([
      ['Nightfall', 'Germany', true, [[14, ['beta_followup.txt']], [12, ['alpha_nightfall.txt']]]],
    ]);
    const pt = arrests(index, validateArrestsOptions({ country: 'Portugal' }));
    expect(brief(pt)).toEqual([['Ember', 'Porto', false, [[3, ['beta_followup.txt']]]]]);
    expect(pt.seizures).toEqual([]);
    expect(arrests(index, validateArrestsOptions({ operation: 'Ember', country: 'Germany' }))).toEqual({ arrests: [], seizures: [] });
  });
});

describe('stats on the fixture', () => {
  test('counts by class and property, documents, top entities by degree', () => {
    const s = stats(index, validateStatsOptions({ top: 3 }));
    expect([s.documents, s.entities, s.relations, s.assertions, s.facts]).toEqual([2, 16, 14, 16, 8]);
    expect(Object.fromEntries(s.classes.map((c) => [c.class, c.count]))).toEqual({
      Agency: 7,
      Operation: 2,
      Marketplace: 1,
      CriminalGroup: 0,
      Organization: 0,
      Country: 3,
      Location: 1,
      Person: 1,
      Drug: 1,
    });
    expect(s.properties.find((p) => p.property === 'participatedIn')).toEqual({ property: 'participatedIn', relations: 4, assertions: 6 });
    expect(s.properties.find((p) => p.property === 'cooperatedWith')).toEqual({ property: 'cooperatedWith', relations: 3, assertions: 3 });
    expect(s.factKinds).toEqual([
      { kind: 'ArrestCount', count: 6 },
      { kind: 'Seizure', count: 2 },
    ]);
    expect(s.top.map((t) => [t.entity.label, t.degree, t.documents])).toEqual([
      ['Nightfall', 5, 2],
      ['Europol', 4, 2],
      ['Bundeskriminalamt', 3, 2],
    ]);
  });
});
