/**
 * Tests of the SHACL validation (lib/export/shacl.ts with ontology/shapes.ttl): the hand-written
 * contract sample conforms; each broken fixture (__tests__/fixtures/shacl-*.ttl) gives exactly the
 * violations its defects call for; every relation's domain and range is enforced on the direct triple
 * and on its assertion; options and parse errors are reported by name; and the built export
 * exports/seeds.ttl, when present, conforms (under CI=true its absence is a failure).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { InputError, UsageError } from '../lib/errors';
import { validateShacl, validateShaclOptions, type ShaclReport } from '../lib/export/shacl';
import { packageRoot } from '../lib/paths';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const PREFIXES: Array<[string, string]> = [
  ['dwk:', 'https://w3id.org/darkweb-kg/ontology#'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['owl:', 'http://www.w3.org/2002/07/owl#'],
  ['prov:', 'http://www.w3.org/ns/prov#'],
  ['dcterms:', 'http://purl.org/dc/terms/'],
  ['', 'https://w3id.org/darkweb-kg/id/'],
];

function compact(iri: string): string {
  for (const [p, ns] of PREFIXES) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return iri;
}

/** One line per violation: `focus path constraint value` (compacted; '-' when absent), sorted. */
function summary(report: ShaclReport): string[] {
  return report.violations
    .map((v) => [compact(v.focusNode), v.path ? compact(v.path) : '-', v.constraint.replace(/ConstraintComponent$/, ''), v.value ? compact(v.value) : '-'].join(' '))
    .sort();
}

describe('the contract sample', () => {
  test('conforms, with no violations', async () => {
    const report = await validateShacl(fixture('contract-sample.ttl'));
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });
});

describe('broken fixtures give exactly the expected violations', () => {
  test('an entity without rdfs:label', async () => {
    const report = await validateShacl(fixture('shacl-missing-label.ttl'));
    expect(report.conforms).toBe(false);
    expect(summary(report)).toEqual(['agency/europol rdfs:label MinCount -']);
    expect(report.violations[0]).toMatchObject({ severity: 'Violation', message: expect.stringContaining('rdfs:label') });
  });

  test('a seizure unit outside the contract list', async () => {
    const report = await validateShacl(fixture('shacl-bad-unit.ttl'));
    expect(summary(report)).toEqual(['seizure/s1 dwk:unit In "kilograms"']);
    expect(report.violations[0].message).toMatch(/kg, g, t, EUR, USD, GBP, BTC, count/);
  });

  test('an assertion with confidence 1.5', async () => {
    const report = await validateShacl(fixture('shacl-confidence.ttl'));
    expect(summary(report)).toEqual(['assertion/a1 dwk:confidence MaxInclusive "1.5"^^xsd:decimal']);
  });

  test('dwk:partOf from a person, as a triple and as an assertion', async () => {
    const report = await validateShacl(fixture('shacl-partof-person.ttl'));
    expect(summary(report)).toEqual(['assertion/a1 rdf:subject Node person/jane-doe', 'person/jane-doe - Node person/jane-doe']);
    expect(report.violations.map((v) => v.message)).toEqual([
      'the rdf:subject of a dwk:partOf assertion must be a dwk:Agency',
      'the subject of dwk:partOf must be a dwk:Agency',
    ]);
  });

  test('an assertion without evidence', async () => {
    const report = await validateShacl(fixture('shacl-no-evidence.ttl'));
    expect(summary(report)).toEqual(['assertion/a1 dwk:evidence MinCount -']);
  });

  test('literals with the wrong datatype or form', async () => {
    const report = await validateShacl(fixture('shacl-datatypes.ttl'));
    expect(summary(report)).toEqual([
      'agency/ec3 owl:sameAs Pattern http://dbpedia.org/resource/European_Cybercrime_Centre',
      'agency/europol rdfs:label Datatype "Europol"@en',
      'arrests/f1 dwk:count Datatype "3.0"^^xsd:decimal',
      'assertion/a1 dwk:confidence Or "1"^^xsd:integer',
      'document/d1 dcterms:date Datatype "2023-05-02"',
      'document/d2 dwk:sha256 Pattern "957FB404A0634C86B87A7E0486B9853D9E7FDF3C7400FB0815F93CBBCE12D8FA"',
      'seizure/s1 dwk:quantity Datatype "12"^^xsd:integer',
    ]);
  });

  test('structural mistakes', async () => {
    const report = await validateShacl(fixture('shacl-structure.ttl'));
    expect(summary(report)).toEqual([
      'agency/ec3 - Xone agency/ec3',
      'arrests/f1 prov:wasDerivedFrom MinCount -',
      'assertion/a1 rdf:predicate In dwk:admires',
      'assertion/a2 dwk:charStart LessThan "61"^^xsd:integer',
      'country/nl dwk:mentionedIn MinCount -',
      'organization/example - Node organization/example',
      'seizure/s1 dwk:item Or country/nl',
    ]);
  });
});

/** The contract's relation table: domain classes and range classes. */
const RELATIONS: Array<[string, string[], string[]]> = [
  ['partOf', ['Agency'], ['Agency']],
  ['cooperatedWith', ['Agency'], ['Agency']],
  ['participatedIn', ['Agency'], ['Operation']],
  ['ledBy', ['Operation'], ['Agency']],
  ['targeted', ['Operation', 'Agency'], ['Marketplace', 'CriminalGroup']],
  ['precededBy', ['Operation'], ['Operation', 'Marketplace']],
  ['worksFor', ['Person'], ['Agency', 'Organization']],
  ['sold', ['Marketplace', 'CriminalGroup'], ['Drug']],
  ['locatedIn', ['Location', 'Agency', 'Marketplace'], ['Location', 'Country']],
  ['operated', ['Person', 'CriminalGroup'], ['Marketplace']],
  ['vendorOn', ['Person', 'CriminalGroup'], ['Marketplace']],
  ['arrestedBy', ['Person'], ['Agency']],
  ['chargedBy', ['Person'], ['Agency']],
  ['nationality', ['Person'], ['Country']],
];
const CLASSES = ['Agency', 'Operation', 'Marketplace', 'CriminalGroup', 'Organization', 'Country', 'Location', 'Person', 'Drug'];

const HEADER = `@prefix dwk: <https://w3id.org/darkweb-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix : <https://w3id.org/darkweb-kg/id/> .
:doc a dwk:Document ; dcterms:identifier "t.txt" ; dwk:sha256 "${'0'.repeat(64)}" .
`;

/** A graph with one relation `p` from an entity of class `s` to one of class `o`, as a triple and an assertion. */
function relationGraph(p: string, s: string, o: string, n = 0): string {
  return `
:s${n} a dwk:${s} ; rdfs:label "s${n}" ; dwk:mentionedIn :doc .
:o${n} a dwk:${o} ; rdfs:label "o${n}" ; dwk:mentionedIn :doc .
:s${n} dwk:${p} :o${n} .
:a${n} a dwk:Assertion ; rdf:subject :s${n} ; rdf:predicate dwk:${p} ; rdf:object :o${n} ;
  prov:wasDerivedFrom :doc ; dwk:evidence "e" ; dwk:charStart 0 ; dwk:charEnd 1 ; dwk:confidence 0.5 .
`;
}

describe('relation domains and ranges', () => {
  test('every allowed (subject class, object class) pair of every relation conforms', async () => {
    let body = '';
    let n = 0;
    for (const [p, domain, range] of RELATIONS) for (const s of domain) for (const o of range) body += relationGraph(p, s, o, n++);
    expect(n).toBe(27);
    const report = await validateShacl(HEADER + body);
    expect(report.violations).toEqual([]);
  });

  test.each(RELATIONS)('dwk:%s rejects every subject class outside its domain and object class outside its range', async (p, domain, range) => {
    const badSubjects = CLASSES.filter((c) => !domain.includes(c));
    const badObjects = CLASSES.filter((c) => !range.includes(c));
    const subjectReport = await validateShacl(HEADER + badSubjects.map((c, n) => relationGraph(p, c, range[0], n)).join(''));
    expect(summary(subjectReport)).toEqual(badSubjects.flatMap((_, n) => [`a${n} rdf:subject Node s${n}`, `s${n} - Node s${n}`]).sort());
    expect(subjectReport.violations.filter((v) => v.message.startsWith(`the subject of dwk:${p} must be`))).toHaveLength(badSubjects.length);
    expect(subjectReport.violations.filter((v) => v.message.startsWith(`the rdf:subject of a dwk:${p} assertion must be`))).toHaveLength(badSubjects.length);
    const objectReport = await validateShacl(HEADER + badObjects.map((c, n) => relationGraph(p, domain[0], c, n)).join(''));
    expect(summary(objectReport)).toEqual(badObjects.flatMap((_, n) => [`a${n} rdf:object Node o${n}`, `s${n} dwk:${p} Node o${n}`]).sort());
    expect(objectReport.violations.filter((v) => v.message.startsWith(`the object of dwk:${p} must be`))).toHaveLength(badObjects.length);
    expect(objectReport.violations.filter((v) => v.message.startsWith(`the rdf:object of a dwk:${p} assertion must be`))).toHaveLength(badObjects.length);
  });
});

describe('options and errors', () => {
  test('validateShaclOptions fills in the defaults', () => {
    expect(validateShaclOptions()).toEqual({ shapesFile: null, dataName: '<data>', maxErrors: 0 });
  });

  test('an unknown option key is named', () => {
    expect(() => validateShaclOptions({ maxError: 3 } as never)).toThrow(UsageError);
    expect(() => validateShaclOptions({ maxError: 3 } as never)).toThrow(/unknown key "maxError"/);
  });

  test('an ill-typed option is named with its value', () => {
    expect(() => validateShaclOptions({ maxErrors: -1 })).toThrow(/"maxErrors" must be an integer >= 0, got -1/);
    expect(() => validateShaclOptions({ dataName: '' })).toThrow(/"dataName"/);
    expect(() => validateShaclOptions({ shapesFile: 7 } as never)).toThrow(/"shapesFile" must be a file path or null, got 7/);
  });

  test('maxErrors stops the validation early', async () => {
    const all = await validateShacl(fixture('shacl-structure.ttl'));
    const one = await validateShacl(fixture('shacl-structure.ttl'), { maxErrors: 1 });
    expect(all.violations.length).toBe(7);
    expect(one.violations).toHaveLength(1);
    expect(one.conforms).toBe(false);
  });

  test('Turtle that does not parse is an InputError naming the data and the line', async () => {
    const bad = '@prefix dwk: <https://w3id.org/darkweb-kg/ontology#> .\n\n<https://x/a> dwk:partOf "unterminated .\n';
    await expect(validateShacl(bad, { dataName: 'out/graph.ttl' })).rejects.toThrow(InputError);
    await expect(validateShacl(bad, { dataName: 'out/graph.ttl' })).rejects.toThrow(/^out\/graph\.ttl:3: not valid Turtle/);
  });

  test('a missing shapes file is an InputError naming it', async () => {
    const missing = path.join(FIXTURES, 'no-such-shapes.ttl');
    await expect(validateShacl(fixture('contract-sample.ttl'), { shapesFile: missing })).rejects.toThrow(
      `${missing}: cannot read the SHACL shapes (ENOENT)`,
    );
  });
});

describe('the built export', () => {
  const seedsTtl = path.join(packageRoot(), 'exports', 'seeds.ttl');
  if (existsSync(seedsTtl)) {
    test('exports/seeds.ttl conforms, with no violations', async () => {
      const report = await validateShacl(readFileSync(seedsTtl, 'utf8'), { dataName: seedsTtl });
      expect(report.violations.slice(0, 20)).toEqual([]);
      expect(report.conforms).toBe(true);
    });
  } else if (process.env.CI === 'true') {
    test('exports/seeds.ttl exists', () => {
      throw new Error(`${seedsTtl} is missing and CI=true: build it (npm start) before the tests`);
    });
  } else {
    // eslint-disable-next-line jest/no-disabled-tests
    test.skip('exports/seeds.ttl conforms (skipped locally: build it with npm start)', () => undefined);
  }
});
