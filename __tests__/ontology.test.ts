/**
 * Tests of the ontology (ontology/darkweb-kg.ttl) and the SHACL shapes (ontology/shapes.ttl) as files:
 * both parse with n3 and with rapper (and agree on the triple count); the ontology declares every
 * class and property of the output contract with the contract's prefixes, labels, comments, domains,
 * ranges and alignments; the shapes cover every relation; every dwk: term the shapes or the sample
 * graph use is declared; every fixture graph is valid Turtle. What the shapes accept and reject is tested in shacl.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataFactory, Parser, Store, type Term } from 'n3';
import { ENTITY_CLASSES, RELATION_TYPES } from '../lib/types';
import { ontologyPath, packageRoot } from '../lib/paths';
import { describeWithTool, hasCommand } from './helpers/tools';

const { namedNode } = DataFactory;

const NS = {
  dwk: 'https://w3id.org/darkweb-kg/ontology#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  sh: 'http://www.w3.org/ns/shacl#',
  schema: 'http://schema.org/',
  foaf: 'http://xmlns.com/foaf/0.1/',
} as const;
type Prefix = keyof typeof NS;

/** `iri('owl:Class')` -> the full IRI. */
function iri(curie: string): string {
  const i = curie.indexOf(':');
  return NS[curie.slice(0, i) as Prefix] + curie.slice(i + 1);
}
const term = (curie: string) => namedNode(iri(curie));

const DWKSH = 'https://w3id.org/darkweb-kg/shapes#';
const ONTOLOGY_FILE = ontologyPath('darkweb-kg.ttl');
const SHAPES_FILE = ontologyPath('shapes.ttl');
const FIXTURES = path.join(__dirname, 'fixtures');
const SAMPLE_FILE = path.join(FIXTURES, 'contract-sample.ttl');

function parse(file: string): { store: Store; prefixes: Record<string, string>; count: number } {
  const prefixes: Record<string, string> = Object.create(null);
  const quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(file, 'utf8'), null, (p, ns) => {
    prefixes[p] = typeof ns === 'string' ? ns : ns.value;
  });
  return { store: new Store(quads), prefixes, count: quads.length };
}

const onto = parse(ONTOLOGY_FILE);
const shapes = parse(SHAPES_FILE);
const O = onto.store;

const objects = (store: Store, s: Term, p: string): Term[] => store.getObjects(s, term(p), null);
const objectIris = (store: Store, s: Term, p: string): string[] => objects(store, s, p).map((t) => t.value).sort();

/** Members of an RDF list. */
function list(store: Store, head: Term): Term[] {
  const out: Term[] = [];
  let node = head;
  while (node.value !== iri('rdf:nil')) {
    out.push(objects(store, node, 'rdf:first')[0]);
    node = objects(store, node, 'rdf:rest')[0];
  }
  return out;
}

/** The classes a domain or range names: the class itself, or the members of its owl:unionOf. */
function classSet(store: Store, t: Term): string[] {
  if (t.termType === 'NamedNode') return [t.value];
  const union = objects(store, t, 'owl:unionOf');
  expect(union).toHaveLength(1);
  return list(store, union[0]).map((m) => m.value).sort();
}

const dwk = (names: string[]) => names.map((n) => NS.dwk + n).sort();

/** The contract's relation table: domain classes and range classes. */
const RELATIONS: Record<string, [string[], string[]]> = {
  partOf: [['Agency'], ['Agency']],
  cooperatedWith: [['Agency'], ['Agency']],
  participatedIn: [['Agency'], ['Operation']],
  ledBy: [['Operation'], ['Agency']],
  targeted: [['Operation', 'Agency'], ['Marketplace', 'CriminalGroup']],
  precededBy: [['Operation'], ['Operation', 'Marketplace']],
  worksFor: [['Person'], ['Agency', 'Organization']],
  sold: [['Marketplace', 'CriminalGroup'], ['Drug']],
  locatedIn: [['Location', 'Agency', 'Marketplace'], ['Location', 'Country']],
  operated: [['Person', 'CriminalGroup'], ['Marketplace']],
  vendorOn: [['Person', 'CriminalGroup'], ['Marketplace']],
  arrestedBy: [['Person'], ['Agency']],
  chargedBy: [['Person'], ['Agency']],
  nationality: [['Person'], ['Country']],
};

const ENTITY_CLASS_NAMES = [
  'Agency', 'Operation', 'Marketplace', 'CriminalGroup', 'Organization', 'Country', 'Location', 'Person', 'Drug',
];
const OTHER_CLASS_NAMES = ['Document', 'Assertion', 'ArrestCount', 'Seizure'];

/** The contract's other properties: OWL kind, domain classes, range (classes or one datatype). */
const PROPERTIES: Record<string, { kind: string; domain: string[]; range: string[] }> = {
  mentionedIn: { kind: 'owl:ObjectProperty', domain: dwk(['Entity']), range: dwk(['Document']) },
  named: { kind: 'owl:DatatypeProperty', domain: dwk(['Operation']), range: [iri('xsd:boolean')] },
  sha256: { kind: 'owl:DatatypeProperty', domain: dwk(['Document']), range: [iri('xsd:string')] },
  evidence: { kind: 'owl:DatatypeProperty', domain: dwk(['Assertion', 'Fact']), range: [iri('xsd:string')] },
  charStart: { kind: 'owl:DatatypeProperty', domain: dwk(['Assertion', 'Fact']), range: [iri('xsd:integer')] },
  charEnd: { kind: 'owl:DatatypeProperty', domain: dwk(['Assertion', 'Fact']), range: [iri('xsd:integer')] },
  confidence: { kind: 'owl:DatatypeProperty', domain: dwk(['Assertion', 'Fact']), range: [iri('xsd:decimal')] },
  role: { kind: 'owl:DatatypeProperty', domain: dwk(['Assertion']), range: [iri('xsd:string')] },
  operation: { kind: 'owl:ObjectProperty', domain: dwk(['Fact']), range: dwk(['Operation']) },
  place: { kind: 'owl:ObjectProperty', domain: dwk(['ArrestCount']), range: dwk(['Country', 'Location']) },
  count: { kind: 'owl:DatatypeProperty', domain: dwk(['ArrestCount']), range: [iri('xsd:integer')] },
  item: { kind: 'owl:AnnotationProperty', domain: dwk(['Seizure']), range: [iri('rdfs:Resource')] },
  quantity: { kind: 'owl:DatatypeProperty', domain: dwk(['Seizure']), range: [iri('xsd:decimal')] },
  unit: { kind: 'owl:DatatypeProperty', domain: dwk(['Seizure']), range: [] /* an owl:oneOf data range, checked below */ },
};

describe('lib/paths.ts', () => {
  test('packageRoot() is the directory of darkweb-kg\'s package.json, and ontologyPath() is under it', () => {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { name: string };
    expect(pkg.name).toBe('darkweb-kg');
    expect(ontologyPath('shapes.ttl')).toBe(path.join(packageRoot(), 'ontology', 'shapes.ttl'));
    expect(existsSync(ontologyPath('darkweb-kg.ttl'))).toBe(true);
  });
});

describe('ontology/darkweb-kg.ttl', () => {
  test('uses exactly the contract prefixes', () => {
    for (const p of ['dwk', 'rdfs', 'skos', 'owl', 'prov', 'dcterms', 'xsd'] as const) {
      expect([p, onto.prefixes[p]]).toEqual([p, NS[p]]);
    }
  });

  test('has an ontology header with version, title, description and license', () => {
    const ont = namedNode('https://w3id.org/darkweb-kg/ontology');
    expect(O.has(DataFactory.quad(ont, term('rdf:type'), term('owl:Ontology')))).toBe(true);
    for (const p of ['owl:versionInfo', 'owl:versionIRI', 'dcterms:title', 'dcterms:description', 'dcterms:license']) {
      expect([p, objects(O, ont, p)]).toEqual([p, [expect.anything()]]);
    }
  });

  test('the test lists match lib/types.ts', () => {
    expect([...ENTITY_CLASS_NAMES].sort()).toEqual([...ENTITY_CLASSES].sort());
    expect(Object.keys(RELATIONS).sort()).toEqual([...RELATION_TYPES].sort());
  });

  test.each([...ENTITY_CLASS_NAMES, ...OTHER_CLASS_NAMES, 'Entity', 'Fact'])('declares class dwk:%s with label and comment', (name) => {
    const c = namedNode(NS.dwk + name);
    expect(objectIris(O, c, 'rdf:type')).toEqual([iri('owl:Class')]);
    expect(objects(O, c, 'rdfs:label')).toHaveLength(1);
    expect(objects(O, c, 'rdfs:comment')).toHaveLength(1);
  });

  test('the nine entity classes are dwk:Entity subclasses and pairwise disjoint', () => {
    for (const name of ENTITY_CLASS_NAMES) {
      expect([name, objectIris(O, namedNode(NS.dwk + name), 'rdfs:subClassOf')]).toEqual([name, expect.arrayContaining([NS.dwk + 'Entity'])]);
    }
    const groups = O.getSubjects(term('rdf:type'), term('owl:AllDisjointClasses'), null).map((g) =>
      list(O, objects(O, g, 'owl:members')[0]).map((m) => m.value).sort(),
    );
    expect(groups).toContainEqual(dwk(ENTITY_CLASS_NAMES));
    expect(groups).toContainEqual(dwk(['Entity', 'Document', 'Assertion', 'Fact']));
    expect(objectIris(O, term('dwk:ArrestCount'), 'owl:disjointWith')).toEqual([NS.dwk + 'Seizure']);
  });

  test.each(Object.entries(RELATIONS))('declares relation dwk:%s with the contract domain and range', (name, [domain, range]) => {
    const p = namedNode(NS.dwk + name);
    expect(objectIris(O, p, 'rdf:type')).toContain(iri('owl:ObjectProperty'));
    expect(objects(O, p, 'rdfs:label')).toHaveLength(1);
    expect(objects(O, p, 'rdfs:comment')).toHaveLength(1);
    const [d] = objects(O, p, 'rdfs:domain');
    const [r] = objects(O, p, 'rdfs:range');
    expect(classSet(O, d)).toEqual(dwk(domain));
    expect(classSet(O, r)).toEqual(dwk(range));
    expect(objects(O, p, 'rdfs:domain')).toHaveLength(1);
    expect(objects(O, p, 'rdfs:range')).toHaveLength(1);
  });

  test('dwk:cooperatedWith is symmetric, and no other relation is', () => {
    const symmetric = O.getSubjects(term('rdf:type'), term('owl:SymmetricProperty'), null).map((s) => s.value);
    expect(symmetric).toEqual([NS.dwk + 'cooperatedWith']);
  });

  test.each(Object.entries(PROPERTIES))('declares property dwk:%s with kind, label, comment, domain and range', (name, spec) => {
    const p = namedNode(NS.dwk + name);
    expect(objectIris(O, p, 'rdf:type')).toContain(iri(spec.kind));
    expect(objects(O, p, 'rdfs:label')).toHaveLength(1);
    expect(objects(O, p, 'rdfs:comment')).toHaveLength(1);
    const domains = objects(O, p, 'rdfs:domain');
    const ranges = objects(O, p, 'rdfs:range');
    expect(domains).toHaveLength(1);
    expect(ranges).toHaveLength(1);
    expect(classSet(O, domains[0])).toEqual(spec.domain);
    if (spec.range.length > 0) expect(classSet(O, ranges[0])).toEqual(spec.range);
  });

  test('dwk:unit ranges over exactly the eight units of the contract', () => {
    const [range] = objects(O, term('dwk:unit'), 'rdfs:range');
    expect(objectIris(O, range, 'rdf:type')).toEqual([iri('rdfs:Datatype')]);
    const units = list(O, objects(O, range, 'owl:oneOf')[0]);
    expect(units.map((u) => u.value).sort()).toEqual(['BTC', 'EUR', 'GBP', 'USD', 'count', 'g', 'kg', 't']);
    expect(new Set(units.map((u) => u.termType === 'Literal' && u.datatype.value))).toEqual(new Set([iri('xsd:string')]));
  });

  test.each([
    ['dwk:Agency', 'schema:GovernmentOrganization'],
    ['dwk:Person', 'schema:Person'],
    ['dwk:Person', 'foaf:Person'],
    ['dwk:Organization', 'schema:Organization'],
    ['dwk:Organization', 'foaf:Organization'],
    ['dwk:Country', 'schema:Country'],
    ['dwk:Location', 'schema:Place'],
    ['dwk:Drug', 'schema:Drug'],
    ['dwk:Document', 'schema:NewsArticle'],
    ['dwk:Document', 'foaf:Document'],
    ['dwk:Document', 'prov:Entity'],
    ['dwk:Assertion', 'rdf:Statement'],
    ['dwk:Assertion', 'prov:Entity'],
    ['dwk:Fact', 'prov:Entity'],
    ['dwk:ArrestCount', 'dwk:Fact'],
    ['dwk:Seizure', 'dwk:Fact'],
  ])('%s rdfs:subClassOf %s', (sub, sup) => {
    expect(objectIris(O, term(sub), 'rdfs:subClassOf')).toContain(iri(sup));
  });

  test.each([
    ['dwk:worksFor', 'schema:worksFor'],
    ['dwk:locatedIn', 'schema:location'],
    ['dwk:mentionedIn', 'schema:subjectOf'],
    ['dwk:nationality', 'schema:nationality'],
    ['dwk:partOf', 'schema:parentOrganization'],
  ])('%s rdfs:subPropertyOf %s', (sub, sup) => {
    expect(objectIris(O, term(sub), 'rdfs:subPropertyOf')).toEqual([iri(sup)]);
  });

  test.each(['dwk:Assertion', 'dwk:Fact'])('%s is prov:wasDerivedFrom some dwk:Document', (cls) => {
    const restrictions = objects(O, term(cls), 'rdfs:subClassOf').filter((t) => t.termType === 'BlankNode');
    const described = restrictions.map((r) => [objectIris(O, r, 'owl:onProperty'), objectIris(O, r, 'owl:someValuesFrom')]);
    expect(described).toContainEqual([[iri('prov:wasDerivedFrom')], [NS.dwk + 'Document']]);
  });

  test.each([
    ['shapes.ttl', SHAPES_FILE],
    ['contract-sample.ttl', SAMPLE_FILE],
  ])('every dwk: term used in %s is declared in the ontology', (_name, file) => {
    const { store } = parse(file);
    const used = new Set<string>();
    for (const q of store) {
      for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode' && t.value.startsWith(NS.dwk)) used.add(t.value);
    }
    expect(used.size).toBeGreaterThan(10);
    const undeclared = [...used].filter((u) => O.getObjects(namedNode(u), term('rdf:type'), null).length === 0);
    expect(undeclared).toEqual([]);
  });
});

describe('ontology/shapes.ttl', () => {
  const S = shapes.store;

  test('uses the contract prefixes', () => {
    for (const p of ['dwk', 'rdfs', 'skos', 'owl', 'prov', 'dcterms', 'xsd'] as const) {
      expect([p, shapes.prefixes[p]]).toEqual([p, NS[p]]);
    }
  });

  test('rdf:predicate of an assertion is restricted to the 14 relation properties', () => {
    const inLists = S.getSubjects(term('sh:path'), term('rdf:predicate'), null)
      .flatMap((ps) => objects(S, ps, 'sh:in'))
      .map((head) => list(S, head).map((t) => t.value).sort());
    expect(inLists).toEqual([dwk(Object.keys(RELATIONS))]);
  });

  test.each(Object.keys(RELATIONS))('checks the subjects of dwk:%s triples and its assertions', (name) => {
    const p = namedNode(NS.dwk + name);
    const cap = name[0].toUpperCase() + name.slice(1);
    expect(S.getSubjects(term('sh:targetSubjectsOf'), p, null).map((t) => t.value)).toEqual([`${DWKSH}${cap}Triple`]);
    expect(S.getSubjects(term('sh:targetNode'), p, null).map((t) => t.value)).toEqual([`${DWKSH}${cap}Assertion`]);
  });

  test('every dwksh: shape that is referenced is defined', () => {
    const defined = new Set(
      [...S.getSubjects(term('rdf:type'), term('sh:NodeShape'), null), ...S.getSubjects(term('rdf:type'), term('sh:PropertyShape'), null)].map((t) => t.value),
    );
    const referenced = new Set<string>();
    for (const q of S) if (q.object.termType === 'NamedNode' && q.object.value.startsWith(DWKSH)) referenced.add(q.object.value);
    expect(referenced.size).toBeGreaterThan(15);
    expect([...referenced].filter((r) => !defined.has(r))).toEqual([]);
  });

  test('every entity class is a target of the entity shape', () => {
    const targets = objectIris(S, namedNode(DWKSH + 'EntityShape'), 'sh:targetClass');
    expect(targets).toEqual(dwk(ENTITY_CLASS_NAMES));
  });
});

describeWithTool('rapper', hasCommand('rapper'), 'rapper -i turtle -c', () => {
  test.each([
    ['ontology/darkweb-kg.ttl', ONTOLOGY_FILE, onto.count],
    ['ontology/shapes.ttl', SHAPES_FILE, shapes.count],
    ...readdirSync(FIXTURES)
      .filter((f) => f === 'contract-sample.ttl' || /^shacl-.*\.ttl$/.test(f))
      .map((f): [string, string, number] => [f, path.join(FIXTURES, f), parse(path.join(FIXTURES, f)).count]),
  ])('accepts %s and counts the same triples as n3', (_name, file, n3Count) => {
    const r = spawnSync('rapper', ['-i', 'turtle', '-c', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/error|warning/i);
    const m = /returned (\d+) triples/.exec(r.stderr);
    expect(m && Number(m[1])).toBe(n3Count);
  });
});
