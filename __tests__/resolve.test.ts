/** resolve: one node per entity across documents, stable IRIs, one assertion per document, event merging. */
import { makeDocument } from '../lib/ingest';
import { extractDocument } from '../lib/extract';
import { resolve } from '../lib/resolve';
import { defaultLexicon } from '../lib/extract/lexicon';

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

  test('a bad base IRI is refused with the option named', () => {
    expect(() => resolve([a], { base: 'not an iri' })).toThrow(/option "base"/);
  });
});
