/**
 * resolve: one node per entity across documents, stable IRIs, one assertion per document, event merging;
 * and the same graph when documents are folded in one at a time, in any order.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocument, readInputs } from '../lib/ingest';
import { extractDocument } from '../lib/extract';
import { createResolver, resolve } from '../lib/resolve';
import { detached } from '../lib/strings';
import { defaultLexicon } from '../lib/extract/lexicon';
import { DEFAULT_BASE, documentIri } from '../lib/graph/iri';
import type { Evidence, Extraction, KnowledgeGraph, LocalEntity } from '../lib/types';
import type { Lexicon } from '../lib/extract/lexicon';
import fc from 'fast-check';
import { referenceResolve } from './helpers/resolve-reference';

const doc = (file: string, text: string) => extractDocument(makeDocument(text, { file, path: file }));
const lexicon = defaultLexicon();

const a = doc('a.txt', 'The Drug Enforcement Administration (DEA) worked with Europol on Operation DisrupTor. Arrests: 121 in the US, 42 in Germany and 8 in the Netherlands.');
const b = doc('b.txt', 'The DEA assisted Europol. Police arrested 179 people: 121 in the US, 42 in Germany and 8 in the Netherlands, in a crackdown on dark web opioid sales.');
const c = doc('c.txt', 'The Cyber Crime Unit of the Kent Police searched homes in Maidstone.');
const d = doc('d.txt', 'The Cyber Crime Unit of the Essex Police searched homes in Chelmsford.');

describe('resolve', () => {
  const g = resolve([a, b, c, d], { lexicon });
  const byLabel = (l: string) => g.entities.filter((e) => e.label === l || e.altLabels.includes(l));

  test('the same entity in two documents is one node, mentioned in both', () => {
    const dea = byLabel('DEA');
    expect(dea).toHaveLength(1);
    expect(Object.keys(dea[0].mentions)).toHaveLength(2);
    expect(dea[0].wikidata).toMatch(/^Q\d+$/);
  });

  test('a relation stated by two documents has one assertion per document', () => {
    const coop = g.relations.find((r) => r.p === 'cooperatedWith' && [r.s, r.o].every((x) => /europol|dea/.test(x)))!;
    expect(coop.assertions.map((x) => x.doc)).toHaveLength(2);
  });

  test('IRIs do not depend on the order or the set of inputs', () => {
    const g2 = resolve([d, c, b, a], { lexicon });
    expect(g2).toEqual(g);
    const g3 = resolve([a], { lexicon });
    for (const e of g3.entities) expect(g.entities.map((x) => x.iri)).toContain(e.iri);
  });

  test('generic unit names in two articles stay apart under different parents', () => {
    const units = g.entities.filter((e) => /Cyber Crime Unit/.test(e.label));
    expect(units).toHaveLength(2);
    expect(new Set(units.map((u) => u.iri)).size).toBe(2);
  });

  test('an unnamed operation is the named one another article reports with the same figures', () => {
    const ops = g.entities.filter((e) => e.type === 'Operation');
    expect(ops.map((o) => o.label)).toEqual(['DisrupTor']);
    expect(Object.keys(ops[0].mentions)).toHaveLength(2);
    const facts = g.facts.filter((f) => f.kind === 'ArrestCount' && f.count === 121);
    expect(facts).toHaveLength(2);
    for (const f of facts) expect(f.operation).toBe(ops[0].iri);
  });

  test('a person named with a middle name in one article and without it in another is one node', () => {
    const x = doc('x.txt', 'The site\'s founder, 29-year-old Ross William Ulbricht, was arrested by FBI agents.');
    const y = doc('y.txt', 'Its founder, Ross Ulbricht, was convicted in 2015.');
    const z = doc('z.txt', 'John Paul Smith and John Adam Smith were charged. John Smith, 40, was charged too.');
    const h = resolve([x, y, z], { lexicon });
    const people = h.entities.filter((e) => e.type === 'Person').map((e) => [e.label, ...e.altLabels].join(' / ')).sort();
    // (two people shorten to "John Smith": nobody is folded)
    expect(people).toEqual(['John Adam Smith', 'John Paul Smith', 'John Smith', 'Ross William Ulbricht / Ross Ulbricht']);
  });

  test('a bad base IRI is refused with the option named', () => {
    expect(() => resolve([a], { base: 'not an iri' })).toThrow(/option "base"/);
  });
});

// ------------------------------------------------------------------------------------------------------
// Documents folded in one at a time (lib/resolve/resolver.ts), as a build does while workers extract.

const hexId = (c: string) => c.repeat(64);
const ev = (doc: string, text: string, start = 0): Evidence => ({ doc, text, start, end: start + text.length, confidence: 0.9 });
function extraction(id: string, part: Partial<Pick<Extraction, 'entities' | 'relations' | 'facts'>>): Extraction {
  return { doc: { id, file: `${id.slice(0, 4)}.txt`, path: `${id.slice(0, 4)}.txt`, text: '', sentences: [], furniture: [] }, entities: [], relations: [], facts: [], ...part };
}
const entity = (key: string, type: LocalEntity['type'], label: string, more: Partial<LocalEntity> = {}): LocalEntity => ({ key, type, label, altLabels: [], named: true, mentions: 1, ...more });
/** The graph as the JSON file holds it: key order counts. */
const json = (g: KnowledgeGraph) => JSON.stringify(g);

/** Every order of `xs` for short lists, else `count` pseudo-random ones (seeded). */
function orders<T>(xs: T[], count = 8): T[][] {
  const out: T[][] = [[...xs].reverse()];
  let seed = 7;
  for (let n = 0; n < count; n++) {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    out.push(a);
  }
  return out;
}

describe('Resolver: documents folded in one at a time', () => {
  const fixtures = [
    ...readdirSync(join(__dirname, '..', 'seeds')).sort().map((f) => join(__dirname, '..', 'seeds', f)),
    ...readdirSync(join(__dirname, 'fixtures', 'shard')).sort().map((f) => join(__dirname, 'fixtures', 'shard', f)),
  ];
  const real = readInputs(fixtures).documents.map((d) => extractDocument(d, { lexicon }));

  test('in any arrival order, the same graph as resolve, byte for byte', () => {
    const want = json(resolve(real, { lexicon }));
    for (const order of orders(real)) {
      const r = createResolver();
      for (const x of order) r.add(x);
      expect(json(r.finish(lexicon))).toBe(want);
    }
  });

  test('the first document by id gives the label, whatever arrives first; the others give altLabels', () => {
    const a = extraction(hexId('a'), { entities: [entity('group:x', 'CriminalGroup', 'X')] });
    const b = extraction(hexId('b'), { entities: [entity('group:x', 'CriminalGroup', 'X Group')] });
    for (const order of [[a, b], [b, a]]) {
      const [g] = resolve(order).entities;
      expect([g.label, g.altLabels]).toEqual(['X', ['X Group']]);
    }
  });

  test('an unnamed operation takes the label of the first named document, and loses what only unnamed ones gave', () => {
    const a = extraction(hexId('a'), { entities: [entity('operation:o', 'Operation', 'the operation', { named: false, attributes: { note: ['1'] } })] });
    const b = extraction(hexId('b'), { entities: [entity('operation:o', 'Operation', 'Foo', { altLabels: ['Op Foo'] })] });
    const c = extraction(hexId('c'), { entities: [entity('operation:o', 'Operation', 'the raid', { named: false, attributes: { note: ['2'] } })] });
    const want = json(resolve([a, b, c]));
    for (const order of orders([a, b, c])) expect(json(resolve(order))).toBe(want);
    const [op] = resolve([c, b, a]).entities;
    expect(op).toMatchObject({ label: 'Foo', named: true, altLabels: ['Op Foo'] });
    expect(op.attributes).toBeUndefined();
  });

  test('mentions are summed per document and listed in document order', () => {
    const docs = ['c', 'a', 'b'].map((ch) => extraction(hexId(ch), { entities: [entity('drug:x', 'Drug', 'X', { mentions: 2 }), entity('drug:x', 'Drug', 'X', { mentions: 1 })] }));
    const [e] = resolve(docs).entities;
    expect(Object.entries(e.mentions)).toEqual(['a', 'b', 'c'].map((ch) => [documentIri(DEFAULT_BASE, hexId(ch)), 3]));
  });

  test('a relation a document states twice has one assertion, from its first statement', () => {
    const x = extraction(hexId('a'), {
      entities: [entity('agency:p', 'Agency', 'P'), entity('agency:q', 'Agency', 'Q')],
      relations: [
        { s: 'agency:q', p: 'cooperatedWith', o: 'agency:p', evidence: ev(hexId('a'), 'Q worked with P.', 10) },
        { s: 'agency:p', p: 'cooperatedWith', o: 'agency:q', evidence: ev(hexId('a'), 'P and Q.', 40) },
      ],
    });
    const g = resolve([x]);
    expect(g.relations).toHaveLength(1);
    expect(g.relations[0].assertions.map((a) => [a.text, a.start])).toEqual([['Q worked with P.', 10]]);
  });

  test('a fact keeps a count the article does not give as null, and its seizure item or literal', () => {
    const x = extraction(hexId('a'), {
      entities: [entity('drug:c', 'Drug', 'cocaine')],
      facts: [
        { kind: 'ArrestCount', count: null, evidence: ev(hexId('a'), 'Several arrests.') },
        { kind: 'Seizure', item: { key: 'drug:c' }, quantity: 2.5, unit: 'kg', evidence: ev(hexId('a'), '2.5 kg of cocaine.') },
        { kind: 'Seizure', item: { literal: 'firearms' }, quantity: 3, unit: 'count', evidence: ev(hexId('a'), 'Three firearms.') },
      ],
    });
    const g = resolve([x]);
    expect(g.facts.map((f) => [f.kind, f.count, f.item !== undefined, f.itemLiteral, f.quantity, f.unit]).sort()).toEqual([
      ['ArrestCount', null, false, undefined, undefined, undefined],
      ['Seizure', undefined, false, 'firearms', 3, 'count'],
      ['Seizure', undefined, true, undefined, 2.5, 'kg'],
    ].sort());
  });

  test('adding after finish, or finishing twice, is refused', () => {
    const r = createResolver();
    r.add(a);
    r.finish();
    expect(() => r.add(b)).toThrow(/added after finish/);
    expect(() => r.finish()).toThrow(/twice/);
  });

  test('kept strings are copies, exact for any UTF-16 (a lone surrogate too)', () => {
    for (const s of ['short', 'a longer string of text', `lone \ud800 surrogate and more text`, '€ and ’ quotes, long enough']) expect(detached(s)).toBe(s);
  });
});

describe('Resolver against the reference (every extraction held, sorted, folded in order)', () => {
  // a small world where names collide on purpose: gazetteer and pattern names for one agency, unnamed
  // operations reporting the same figures as a named one, scoped units, the same key under two classes
  const tiny = {
    entries: new Map([
      ['agency:europol', { key: 'agency:europol', type: 'Agency', label: 'Europol', aliases: [] }],
      ['country:netherlands', { key: 'country:netherlands', type: 'Country', label: 'Netherlands', aliases: [], wikidata: 'Q55' }],
    ]),
  } as unknown as Lexicon;
  const TYPE: Record<string, LocalEntity['type']> = {
    'agency:europol': 'Agency', 'agency:european-police-office': 'Agency', 'agency:epo': 'Agency', 'agency:kent/unit': 'Agency',
    'agency:europol-ec3': 'Agency', // an IRI that continues another one (relation order: 'europol-' before 'europol|')
    'operation:alpha': 'Operation', 'operation:unnamed-a': 'Operation', 'operation:unnamed-b': 'Operation',
    'person:john': 'Person', 'location:p1': 'Location', 'country:netherlands': 'Country',
  };
  const keys = Object.keys(TYPE);
  const labels = ['Europol', 'European Police Office', 'EPO', 'Alpha', 'the operation', 'John', 'Netherlands', 'P1', ''];
  const arbEntity = fc.record({
    key: fc.constantFrom(...keys), label: fc.constantFrom(...labels), altLabels: fc.subarray(labels, { maxLength: 2 }),
    named: fc.boolean(), mentions: fc.integer({ min: 1, max: 3 }), otherType: fc.boolean(),
    wikidata: fc.option(fc.constantFrom('Q1', 'Q2'), { nil: undefined }),
    attributes: fc.option(fc.dictionary(fc.constantFrom('handle', 'onion'), fc.subarray(['a', 'b', 'c'], { minLength: 1 })), { nil: undefined }),
  }).map(({ otherType, wikidata, attributes, ...e }): LocalEntity => ({
    ...e, type: otherType && TYPE[e.key] === 'Agency' ? 'Organization' : TYPE[e.key],
    ...(wikidata ? { wikidata } : {}), ...(attributes ? { attributes } : {}),
  }));
  const texts = ['Europol and the EPO worked together.', '5 arrests in P1, 7 in the Netherlands.', 'John was arrested.'];
  const arbEvidence = fc.record({ text: fc.constantFrom(...texts), start: fc.nat(50), confidence: fc.constantFrom(0.5, 0.9), role: fc.option(fc.constantFrom('Detective', ''), { nil: undefined }) })
    .map(({ role, ...e }) => ({ doc: '', ...e, end: e.start + e.text.length, ...(role !== undefined ? { role } : {}) }));
  const arbRelation = fc.record({ s: fc.constantFrom(...keys), p: fc.constantFrom('cooperatedWith', 'participatedIn', 'targeted' as const), o: fc.constantFrom(...keys), evidence: arbEvidence });
  const arbFact = fc.oneof(
    fc.record({
      kind: fc.constant('ArrestCount' as const), operation: fc.option(fc.constantFrom('operation:alpha', 'operation:unnamed-a', 'operation:unnamed-b'), { nil: undefined }),
      place: fc.option(fc.constantFrom('location:p1', 'country:netherlands'), { nil: undefined }), count: fc.constantFrom(null, 5, 7), evidence: arbEvidence,
    }, { requiredKeys: ['kind', 'count', 'evidence'] }),
    fc.record({
      kind: fc.constant('Seizure' as const), item: fc.option(fc.oneof(fc.record({ key: fc.constantFrom('person:john', 'location:p1') }), fc.record({ literal: fc.constantFrom('cash', '') })), { nil: undefined }),
      quantity: fc.constantFrom(1, 2.5), unit: fc.constantFrom('kg' as const, 'EUR' as const), evidence: arbEvidence,
    }, { requiredKeys: ['kind', 'quantity', 'unit', 'evidence'] }),
  );
  const arbExtraction = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    entities: fc.array(arbEntity, { maxLength: 6 }), relations: fc.array(arbRelation, { maxLength: 4 }), facts: fc.array(arbFact, { maxLength: 4 }),
  }).map(({ id, ...part }) => extraction(hexId(id), part as Partial<Extraction>));

  test('the same JSON for any documents, in any arrival order', () => {
    fc.assert(
      fc.property(fc.array(arbExtraction, { maxLength: 6 }), fc.integer({ min: 0, max: 100 }), (xs, seed) => {
        const want = json(referenceResolve(xs, { lexicon: tiny }));
        expect(json(resolve(xs, { lexicon: tiny }))).toBe(want);
        // documents with distinct ids, in another order (two with the same id stay in arrival order, as
        // the reference's stable sort keeps them)
        const distinct = xs.filter((x, i) => xs.findIndex((y) => y.doc.id === x.doc.id) === i);
        const shuffled = distinct.map((x, i) => ({ x, k: (i * 37 + seed) % 101 })).sort((p, q) => p.k - q.k).map((p) => p.x);
        expect(json(resolve(shuffled, { lexicon: tiny }))).toBe(json(referenceResolve(distinct, { lexicon: tiny })));
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });
});

describe('session 10: a unit named alone and under its parent', () => {
  const under = doc('u1.txt', 'The Southern District Organised Crime Team of the New Zealand Police searched two houses in Dunedin.');
  const alone = doc('u2.txt', 'The Southern District Organised Crime Team arrested two students in Dunedin.');
  test('is one node when it is the only unit of the corpus so named', () => {
    const g = resolve([under, alone], { lexicon });
    const teams = g.entities.filter((e) => e.label === 'Southern District Organised Crime Team');
    expect(teams).toHaveLength(1);
    expect(teams[0].iri).toMatch(/nz-police\/southern-district-organised-crime-team$/);
    expect(Object.keys(teams[0].mentions)).toHaveLength(2);
  });
  test('stays apart when two parents have a unit of that name', () => {
    const luton = doc('u3.txt', 'The Cyber Crime Unit searched homes in Luton.');
    const g = resolve([c, d, luton], { lexicon });
    expect(g.entities.filter((e) => e.label === 'Cyber Crime Unit')).toHaveLength(3);
  });
});
