/**
 * The analyst queries on the graph built from the five seed articles (exports/seeds.json and .ttl, made
 * by `npm start`). These are the answers an analyst must get from the seeds; a failure here usually means
 * extraction missed something, not that the query is wrong.
 */
import { join } from 'node:path';
import { loadGraph } from '../lib/graph/load';
import { arrests } from '../lib/query/arrests';
import { cooperated } from '../lib/query/cooperated';
import { entityCard } from '../lib/query/entity';
import { buildGraphIndex } from '../lib/query/graph-index';
import { validateArrestsOptions, validateCooperatedOptions, validatePathOptions } from '../lib/query/options';
import { findPaths } from '../lib/query/path';
import { loadTurtleStore, runSparql } from '../lib/query/sparql';
import { readFileSync } from 'node:fs';

const EXPORTS = join(__dirname, '..', 'exports');
const index = buildGraphIndex(loadGraph(join(EXPORTS, 'seeds.json')));
const iri = (name: string): string => index.names.resolve(name).iri;
const pairKey = (a: string, b: string): string => [a, b].sort().join(' ');

describe('queries on the seed graph', () => {
  const pairs = cooperated(index, validateCooperatedOptions({}));
  const keys = new Set(pairs.map((p) => pairKey(p.a.iri, p.b.iri)));

  test.each([
    ['SEROCU', 'Metropolitan Police Service'],
    ['SEROCU', 'Hampshire Constabulary'],
    ['SEROCU', 'National Crime Agency'],
    ['Europol', 'United States Department of Justice'],
  ])('cooperated includes %s – %s', (a, b) => {
    expect(keys.has(pairKey(iri(a), iri(b)))).toBe(true);
  });

  test('every co-operating pair carries evidence from its sources', () => {
    for (const p of pairs) {
      expect(p.evidence).toHaveLength(p.documents);
      for (const ev of p.evidence) expect(ev.evidence.length).toBeGreaterThan(0);
    }
  });

  test('path FBI Europol goes through Dark HunTor', () => {
    const r = findPaths(index, validatePathOptions({ from: 'FBI', to: 'Europol' }));
    const through = r.paths[0].hops.map((h) => h.to.iri);
    expect(through).toContain(iri('Dark HunTor'));
  });

  test('entity EC3 shows it is part of Europol', () => {
    const card = entityCard(index, { name: 'EC3' });
    expect(card.relations.filter((r) => r.relation === 'partOf' && r.direction === 'out').map((r) => r.other.iri)).toContain(
      iri('Europol'),
    );
  });

  test('arrests --operation SpecTor gives United States 153', () => {
    const r = arrests(index, validateArrestsOptions({ operation: 'SpecTor' }));
    const us = r.arrests.find((g) => g.place?.iri === iri('United States'));
    expect(us?.figures.map((f) => f.value)).toEqual([153]);
  });

  test('SPARQL for agencies in a shared operation gives the derived pairs of query cooperated', () => {
    const store = loadTurtleStore(join(EXPORTS, 'seeds.ttl'));
    const query = readFileSync(join(__dirname, 'fixtures', 'query-derived-cooperation.rq'), 'utf8');
    const r = runSparql(store, query);
    if (r.form !== 'select') throw new Error('expected a SELECT answer');
    const fromSparql = r.bindings.map((b) => pairKey(b.a.value, b.b.value)).sort();
    const derived = pairs
      .filter((p) => p.via.length > 0)
      .map((p) => pairKey(p.a.iri, p.b.iri))
      .sort();
    expect(fromSparql).toEqual(derived);
    expect(derived.length).toBeGreaterThan(0);
  });
});
