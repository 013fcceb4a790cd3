import { LookupError, UsageError } from '../lib/errors';
import { neighbors } from '../lib/query/neighbors';
import { validateNeighborsOptions, validatePathOptions } from '../lib/query/options';
import { findPaths, type FoundPath } from '../lib/query/path';
import { fixtureIndex } from './fixtures/query-fixture';

const index = fixtureIndex();
const hops = (p: FoundPath): string[] =>
  p.hops.map((h) => (h.direction === 'out' ? `${h.from.label} -${h.relation}-> ${h.to.label}` : `${h.from.label} <-${h.relation}- ${h.to.label}`));

describe('query path on the fixture', () => {
  test('the shortest path, hop by hop, relations used in either direction, each with evidence', () => {
    const r = findPaths(index, validatePathOptions({ from: 'Ana Sousa', to: 'europol' }));
    expect(r.length).toBe(4);
    expect(r.paths).toHaveLength(1);
    expect(hops(r.paths[0])).toEqual([
      'Ana Sousa -worksFor-> Judiciary Police',
      'Judiciary Police <-ledBy- Ember',
      'Ember -precededBy-> Nightfall',
      'Nightfall <-participatedIn- Europol',
    ]);
    expect(r.paths[0].support).toBe(5);
    const last = r.paths[0].hops[3];
    expect(last.documents).toBe(2);
    expect(last.evidence).toMatchObject({
      document: 'alpha_nightfall.txt',
      evidence: 'Operation Nightfall, supported by Europol and the Bundeskriminalamt, targeted Nightshade Market.',
      confidence: 0.9,
    });
  });

  test('a direct relation is one hop', () => {
    const r = findPaths(index, validatePathOptions({ from: 'FBI', to: 'Europol' }));
    expect(hops(r.paths[0])).toEqual(['Federal Bureau of Investigation <-cooperatedWith- Europol']);
  });

  test('of several shortest paths the best supported is given; --all lists them all, best first', () => {
    const best = findPaths(index, validatePathOptions({ from: 'FBI', to: 'BKA' }));
    expect(best.paths.map(hops)).toEqual([
      ['Federal Bureau of Investigation -participatedIn-> Nightfall', 'Nightfall <-participatedIn- Bundeskriminalamt'],
    ]);
    expect(best.paths[0].support).toBe(3);
    const all = findPaths(index, validatePathOptions({ from: 'FBI', to: 'BKA', all: true }));
    expect(all.paths.map((p) => [p.support, ...hops(p)])).toEqual([
      [3, 'Federal Bureau of Investigation -participatedIn-> Nightfall', 'Nightfall <-participatedIn- Bundeskriminalamt'],
      [2, 'Federal Bureau of Investigation <-cooperatedWith- Europol', 'Europol <-cooperatedWith- Bundeskriminalamt'],
    ]);
    expect(all.truncated).toBe(false);
    const one = findPaths(index, validatePathOptions({ from: 'FBI', to: 'BKA', all: true, limit: 1 }));
    expect(one.paths).toHaveLength(1);
    expect(one.truncated).toBe(true);
  });

  test('--via restricts the relations used and the classes passed through', () => {
    const rel = findPaths(index, validatePathOptions({ from: 'FBI', to: 'BKA', via: 'cooperatedWith' }));
    expect(hops(rel.paths[0])).toEqual([
      'Federal Bureau of Investigation <-cooperatedWith- Europol',
      'Europol <-cooperatedWith- Bundeskriminalamt',
    ]);
    const cls = findPaths(index, validatePathOptions({ from: 'Netherlands Police', to: 'FBI', via: ['Agency'], all: true }));
    expect(cls.paths.map(hops)).toEqual([
      [
        'Netherlands Police <-cooperatedWith- Bundeskriminalamt',
        'Bundeskriminalamt -cooperatedWith-> Europol',
        'Europol -cooperatedWith-> Federal Bureau of Investigation',
      ],
    ]);
    expect(() => findPaths(index, validatePathOptions({ from: 'Ana Sousa', to: 'Europol', via: ['Agency'] }))).toThrow(
      'no path between Ana Sousa and Europol within 6 hops via Agency',
    );
  });

  test('no path is a LookupError that says so plainly', () => {
    expect(() => findPaths(index, validatePathOptions({ from: 'Cocaine', to: 'Germany' }))).toThrow(LookupError);
    expect(() => findPaths(index, validatePathOptions({ from: 'Cocaine', to: 'Germany' }))).toThrow(
      'no path between Cocaine and Germany within 6 hops',
    );
    expect(() => findPaths(index, validatePathOptions({ from: 'Ana Sousa', to: 'Europol', maxHops: 3 }))).toThrow(
      'no path between Ana Sousa and Europol within 3 hops',
    );
  });

  test('the same entity at both ends is a UsageError', () => {
    expect(() => findPaths(index, validatePathOptions({ from: 'FBI', to: 'Federal Bureau of Investigation' }))).toThrow(UsageError);
  });
});

describe('query neighbors on the fixture', () => {
  test('depth 1: every relation of the entity, with evidence', () => {
    const r = neighbors(index, validateNeighborsOptions({ name: 'Europol' }));
    expect(r.center.label).toBe('Europol');
    expect(r.neighbors.map((n) => [n.distance, n.entity.label, n.relation, n.direction, n.via.label, n.documents])).toEqual([
      [1, 'Bundeskriminalamt', 'cooperatedWith', 'in', 'Europol', 1],
      [1, 'European Cybercrime Centre', 'partOf', 'in', 'Europol', 1],
      [1, 'Federal Bureau of Investigation', 'cooperatedWith', 'out', 'Europol', 1],
      [1, 'Nightfall', 'participatedIn', 'out', 'Europol', 2],
    ]);
    expect(r.neighbors[1].evidence).toMatchObject({
      document: 'alpha_nightfall.txt',
      evidence: 'The European Cybercrime Centre (EC3) at Europol compiled intelligence packages.',
      confidence: 0.95,
    });
  });

  test('two relations to the same neighbour are both reported', () => {
    const r = neighbors(index, validateNeighborsOptions({ name: 'BKA', type: 'Agency' }));
    expect(r.neighbors.map((n) => [n.entity.label, n.relation])).toEqual([
      ['Europol', 'cooperatedWith'],
      ['Netherlands Police', 'cooperatedWith'],
    ]);
    const ember = neighbors(index, validateNeighborsOptions({ name: 'Ember' }));
    expect(ember.neighbors.map((n) => [n.entity.label, n.relation, n.direction])).toEqual([
      ['Judiciary Police', 'ledBy', 'out'],
      ['Nightfall', 'precededBy', 'out'],
      ['Policía Nacional', 'participatedIn', 'in'],
    ]);
  });

  test('deeper walks pass through every class; --type filters what is reported', () => {
    const r = neighbors(index, validateNeighborsOptions({ name: 'Europol', depth: 2, type: 'agency' }));
    expect(r.neighbors.map((n) => [n.distance, n.entity.label, n.via.label])).toEqual([
      [1, 'Bundeskriminalamt', 'Europol'],
      [1, 'European Cybercrime Centre', 'Europol'],
      [1, 'Federal Bureau of Investigation', 'Europol'],
      [2, 'Netherlands Police', 'Bundeskriminalamt'],
    ]);
    const far = neighbors(index, validateNeighborsOptions({ name: 'Europol', depth: 3, type: ['Operation', 'Drug'] }));
    expect(far.neighbors.map((n) => [n.distance, n.entity.label, n.via.label])).toEqual([
      [1, 'Nightfall', 'Europol'],
      [2, 'Ember', 'Nightfall'],
      [3, 'Cocaine', 'Nightshade Market'],
    ]);
  });

  test('an entity without relations has no neighbours', () => {
    expect(neighbors(index, validateNeighborsOptions({ name: 'Germany' })).neighbors).toEqual([]);
  });
});
