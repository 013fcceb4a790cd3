import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../lib/errors';
import { cooperated } from '../lib/query/cooperated';
import { validateCooperatedOptions } from '../lib/query/options';
import { loadTurtleStore, readPrologue, runSparql, serializeQuads, storeFromTurtle, turtlePathFor, withPrefixes } from '../lib/query/sparql';
import { compactIri, sparqlJson, sparqlTsv, termNTriples } from '../lib/query/sparql-results';
import { graphToTurtle } from '../lib/export/turtle';
import { BASE, FIXTURE_TTL, fixtureIndex } from './fixtures/query-fixture';

const store = loadTurtleStore(FIXTURE_TTL);
const DERIVED = readFileSync(join(__dirname, 'fixtures', 'query-derived-cooperation.rq'), 'utf8');

function select(query: string): Array<Record<string, string>> {
  const r = runSparql(store, query);
  if (r.form !== 'select') throw new Error('not a SELECT');
  return r.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, t]) => [k, t.value])));
}

describe('SPARQL over the fixture Turtle', () => {
  test('the standard prefixes are predeclared', () => {
    expect(select('SELECT ?l WHERE { ?a a dwk:Agency ; rdfs:label ?l } ORDER BY ?l').map((r) => r.l)).toEqual([
      'Bundeskriminalamt',
      'European Cybercrime Centre',
      'Europol',
      'Federal Bureau of Investigation',
      'Judiciary Police',
      'Netherlands Police',
      'Policía Nacional',
    ]);
  });

  test('a prefix the query declares itself is kept', () => {
    expect(readPrologue('# c\nPREFIX dwk: <urn:x#>\nBASE <urn:b>\nselect * {}')).toEqual({ declared: new Set(['dwk']), form: 'select' });
    expect(withPrefixes('PREFIX dwk: <urn:x#> ASK {}')).not.toContain('PREFIX dwk: <https');
    expect(select('PREFIX d: <https://w3id.org/darkweb-kg/ontology#> SELECT ?x WHERE { ?x d:partOf ?y }')).toEqual([
      { x: BASE + 'agency/european-cybercrime-centre' },
    ]);
  });

  test('the derived co-operation query gives the same pairs as the derived part of query cooperated', () => {
    const sparqlPairs = select(DERIVED).map((r) => `${r.a} ${r.b}`);
    const derived = cooperated(fixtureIndex(), validateCooperatedOptions({}))
      .filter((p) => p.via.length > 0)
      .map((p) => [p.a.iri, p.b.iri].sort().join(' '))
      .sort();
    expect(sparqlPairs).toEqual(derived);
    expect(sparqlPairs).toHaveLength(4);
  });

  test('the Turtle exporter\'s output of the fixture answers the derived co-operation query the same way', () => {
    const exported = storeFromTurtle(graphToTurtle(fixtureIndex().graph), 'exported fixture');
    const r = runSparql(exported, DERIVED);
    expect(r.form === 'select' && r.bindings.map((b) => `${b.a.value} ${b.b.value}`)).toEqual(select(DERIVED).map((x) => `${x.a} ${x.b}`));
  });

  test('evidence is reachable through the assertion nodes', () => {
    const rows = select(`SELECT ?file ?text WHERE {
      ?x rdf:subject <${BASE}operation/ember> ; rdf:predicate dwk:ledBy ; dwk:evidence ?text ; prov:wasDerivedFrom ?d .
      ?d dcterms:identifier ?file }`);
    expect(rows).toEqual([
      { file: 'beta_followup.txt', text: 'Operation Ember, led by the Polícia Judiciária with the Policía Nacional, followed Operation Nightfall.' },
    ]);
  });

  test('ASK, CONSTRUCT and DESCRIBE', () => {
    expect(runSparql(store, 'ASK { ?o dwk:ledBy ?a }')).toEqual({ form: 'ask', boolean: true });
    const g = runSparql(store, 'CONSTRUCT { ?a dwk:partOf ?b } WHERE { ?a dwk:partOf ?b }');
    expect(g.form).toBe('graph');
    if (g.form !== 'graph') return;
    expect(g.quads).toHaveLength(1);
    expect(serializeQuads(g.quads, 'turtle')).toContain(`<${BASE}agency/european-cybercrime-centre> <https://w3id.org/darkweb-kg/ontology#partOf>`);
    expect(JSON.parse(serializeQuads(g.quads, 'jsonld'))).toHaveLength(1);
    const d = runSparql(store, `DESCRIBE <${BASE}person/ana-sousa>`);
    expect(d.form === 'graph' && serializeQuads(d.quads, 'turtle')).toContain('"Ana Sousa"');
  });

  test('a syntax error is a UsageError placed on the line the user wrote', () => {
    expect(() => runSparql(store, 'SELECT ?x WHERE {\n  ?x dwk:partOf }')).toThrow(UsageError);
    expect(() => runSparql(store, 'SELECT ?x WHERE {\n  ?x dwk:partOf }')).toThrow(/^SPARQL: .*at line 2, column/);
    expect(() => runSparql(store, 'INSERT DATA { <urn:a> <urn:b> <urn:c> }')).toThrow('expected a SELECT, ASK, CONSTRUCT or DESCRIBE query');
  });

  test('Turtle files: beside the JSON, or given directly; missing or broken ones are InputErrors', () => {
    expect(turtlePathFor('exports/seeds.json')).toBe('exports/seeds.ttl');
    expect(turtlePathFor('exports/seeds.ttl')).toBe('exports/seeds.ttl');
    expect(() => loadTurtleStore('/nonexistent/x.ttl')).toThrow(InputError);
    expect(() => loadTurtleStore('/nonexistent/x.ttl')).toThrow('/nonexistent/x.ttl: no such file');
    expect(() => storeFromTurtle('<a> <b> .', 'bad.ttl')).toThrow(/^bad\.ttl: not valid Turtle/);
  });

  test('the fixture Turtle states every relation of the fixture JSON', () => {
    const graph = fixtureIndex().graph;
    for (const r of graph.relations) {
      expect(runSparql(store, `ASK { <${r.s}> dwk:${r.p} <${r.o}> }`)).toEqual({ form: 'ask', boolean: true });
    }
    expect(select('SELECT (COUNT(*) AS ?n) WHERE { ?a a dwk:Assertion }')).toEqual([{ n: '16' }]);
  });
});

describe('W3C SPARQL results formats', () => {
  const result = runSparql(store, `SELECT ?e ?l ?none WHERE { ?e rdfs:label ?l FILTER (?e = <${BASE}agency/policia-nacional>) OPTIONAL { ?e dwk:nothing ?none } }`);

  test('TSV writes N-Triples terms under ?var headers', () => {
    if (result.form !== 'select') throw new Error('not a SELECT');
    expect(sparqlTsv(result)).toBe(`?e\t?l\t?none\n<${BASE}agency/policia-nacional>\t"Policía Nacional"\t\n`);
    expect(termNTriples({ type: 'literal', value: 'a "b"\n', 'xml:lang': 'en' })).toBe('"a \\"b\\"\\n"@en');
    expect(termNTriples({ type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' })).toBe(
      '"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
    );
  });

  test('JSON is the standard results document', () => {
    if (result.form !== 'select') throw new Error('not a SELECT');
    expect(JSON.parse(sparqlJson(result))).toEqual({
      head: { vars: ['e', 'l', 'none'] },
      results: { bindings: [{ e: { type: 'uri', value: BASE + 'agency/policia-nacional' }, l: { type: 'literal', value: 'Policía Nacional' } }] },
    });
  });

  test('the table view shortens known namespaces', () => {
    expect(compactIri('https://w3id.org/darkweb-kg/ontology#Agency')).toBe('dwk:Agency');
    expect(compactIri(BASE + 'agency/fbi')).toBe(BASE + 'agency/fbi');
  });
});
