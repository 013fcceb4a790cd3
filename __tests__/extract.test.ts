/**
 * extract: mentions, relations and facts on short texts written for these tests (none of them from the
 * seed articles), one behaviour per test.
 */
import { makeDocument } from '../lib/ingest';
import { extractDocument, findAcronymDefs, parseNumber, tokenize } from '../lib/extract';
import type { Extraction } from '../lib/types';

function run(text: string): Extraction {
  return extractDocument(makeDocument(text, { file: 't.txt', path: 't.txt' }));
}
const labels = (x: Extraction, type?: string) => x.entities.filter((e) => !type || e.type === type).map((e) => e.label).sort();
const rel = (x: Extraction, p: string) => {
  const name = (k: string) => x.entities.find((e) => e.key === k)?.label ?? k;
  return x.relations.filter((r) => r.p === p).map((r) => `${name(r.s)} > ${name(r.o)}`).sort();
};

describe('numbers and acronyms', () => {
  test('parseNumber reads digits, words and scales', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('50.8 million')).toBe(50800000);
    expect(parseNumber('twenty-one')).toBe(21);
    expect(parseNumber('2.5bn')).toBe(2500000000);
    expect(parseNumber('a dozen')).toBe(12);
  });
  test('acronym definitions: Schwartz-Hearst and reordered initials', () => {
    const defs = (s: string) => findAcronymDefs(tokenize(s)).map((d) => d.acronym);
    expect(defs('the Joint Cybercrime Action Taskforce (J-CAT) met')).toEqual(['J-CAT']);
    expect(defs('the Team High Tech Crime (THTC) of the police')).toEqual(['THTC']);
    expect(defs('a man (aged 34) and (UK) police')).toEqual([]);
  });
});

describe('entities', () => {
  test('gazetteer names, unknown units by head noun, and acronyms defined in the text', () => {
    const x = run('The Greater Manchester Police Serious Cyber Unit (SCU) worked with the National Crime Agency. Later, SCU officers searched a house in Salford.');
    expect(labels(x, 'Agency')).toEqual(expect.arrayContaining(['National Crime Agency']));
    const scu = x.entities.find((e) => e.altLabels.includes('SCU'));
    expect(scu?.mentions).toBe(2);
    expect(labels(x, 'Location')).toContain('Salford');
  });
  test('people need a title, a speech verb or an apposition; titles are not part of the name', () => {
    const x = run('Detective Superintendent Jane Hollis said the market was closed. "It is over," said Marco Ruiz, a spokesman for Europol. Dark Web activity fell.');
    expect(labels(x, 'Person')).toEqual(['Jane Hollis', 'Marco Ruiz']);
  });
  test('page furniture never becomes an entity', () => {
    const x = run('Police in Leeds arrested a vendor who sold cocaine on the dark web.\n\nRelated news\n\nBoris Johnson visits Paris\n\nFloods in Valencia');
    expect(labels(x)).not.toEqual(expect.arrayContaining(['Paris']));
    expect(labels(x, 'Location')).toEqual(['Leeds']);
  });
  test('operations: "Operation X", "called X" and the …Tor series; unnamed operations get named=false', () => {
    const x = run('The operation, called RapTor, led to 270 arrests on the dark web. It followed Operation Bayonet.');
    expect(labels(x, 'Operation')).toEqual(expect.arrayContaining(['RapTor', 'Bayonet']));
    const y = run('Officers arrested 14 people in a crackdown on dark web drug dealing led by the National Crime Agency.');
    expect(y.entities.find((e) => e.type === 'Operation')).toMatchObject({ named: false, label: 'operation led by National Crime Agency' });
  });
  test('a drug named only as a comparison is not a seized or sold drug', () => {
    const x = run('Police seized 2 kg of carfentanil, which is far stronger than morphine.');
    expect(labels(x, 'Drug')).toEqual(['carfentanil']);
  });
});

describe('relations', () => {
  test('partOf from possessives and "X of Y"', () => {
    const x = run("The FBI's Cyber Division briefed the press. The Dark Web Team of the Belgian Federal Police joined.");
    expect(rel(x, 'partOf')).toEqual(expect.arrayContaining([expect.stringMatching(/Cyber Division > Federal Bureau of Investigation/), expect.stringMatching(/Dark Web Team > .*Federal Police/)]));
  });
  test('cooperatedWith from co-operation verbs, with each partner of a list', () => {
    const x = run('The Bundeskriminalamt worked closely with the Federal Bureau of Investigation and the Dutch National Police.');
    expect(rel(x, 'cooperatedWith')).toHaveLength(2);
    const y = run('Officers from the Royal Canadian Mounted Police were assisted by the Ontario Provincial Police.');
    expect(rel(y, 'cooperatedWith')).toEqual(['Ontario Provincial Police > Royal Canadian Mounted Police']);
  });
  test('ledBy and participatedIn around a named operation', () => {
    const x = run('Operation SaboTor, coordinated by Europol, took place in 2019. For Operation SaboTor, the FBI worked with the Dutch National Police.');
    expect(rel(x, 'ledBy')).toEqual(['SaboTor > Europol']);
    expect(rel(x, 'participatedIn')).toEqual(expect.arrayContaining([expect.stringMatching(/Federal Bureau of Investigation > SaboTor/)]));
  });
  test('worksFor from "Agency title Name" and "Name, title of Agency"', () => {
    const x = run('DEA Administrator Anne Reyes spoke first. Tom Vance, head of the National Crime Agency, agreed.');
    expect(rel(x, 'worksFor')).toEqual(['Anne Reyes > Drug Enforcement Administration', 'Tom Vance > National Crime Agency']);
    expect(x.relations.find((r) => r.p === 'worksFor' && r.s.includes('anne'))?.evidence.role).toBe('Administrator');
  });
  test('targeted and sold', () => {
    const x = run('The operation resulted from the takedown of Hydra Market, which sold heroin and mephedrone.');
    expect(rel(x, 'sold')).toEqual(['Hydra Market > heroin', 'Hydra Market > mephedrone']);
    expect(rel(x, 'targeted')).toHaveLength(1);
  });
  test('every relation carries its sentence and offsets', () => {
    const text = 'Intro line.\nThe FBI assisted Europol.';
    const x = run(text);
    const r = x.relations.find((q) => q.p === 'cooperatedWith')!;
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe('The FBI assisted Europol.');
    expect(r.evidence.confidence).toBeGreaterThan(0.5);
  });
});

describe('facts', () => {
  const arrests = (x: Extraction) =>
    x.facts.filter((f) => f.kind === 'ArrestCount').map((f: any) => `${x.entities.find((e) => e.key === f.place)?.label ?? 'total'}=${f.count}`).sort();
  const seizures = (x: Extraction) => x.facts.filter((f) => f.kind === 'Seizure').map((f: any) => `${f.quantity} ${f.unit}`).sort();

  test('arrest lists in three formats and totals', () => {
    expect(arrests(run('Police arrested 61 people: 30 in Germany, 12 in the Netherlands and one in Italy.'))).toEqual(['Germany=30', 'Italy=1', 'Netherlands=12', 'total=61']);
    expect(arrests(run('Arrests were made in France (7), Spain (3) and Portugal.'))).toEqual(['France=7', 'Portugal=null', 'Spain=3']);
    expect(arrests(run('Officers have arrested 18 suspects in Australia.'))).toEqual(['Australia=18']);
    expect(arrests(run('No arrests have been made and 93,000 people died of overdoses.'))).toEqual([]);
  });
  test('seizures: currencies, weights, counts; a rounded restatement gives way to the precise figure', () => {
    expect(seizures(run('They seized €12.4 million, $3m (£2.4m) and 1,800 bitcoin.'))).toEqual(['12400000 EUR', '1800 BTC', '2400000 GBP', '3000000 USD']);
    expect(seizures(run('Officers seized 2 tonnes of cannabis, 144 kilograms of cocaine and 40 firearms.'))).toEqual(['144 kg', '2 t', '40 count']);
    expect(seizures(run('Police seized €2.31 million. In all, more than 2.3 million euros were seized.'))).toEqual(['2310000 EUR']);
  });
});

describe('dark-web identifiers and appositions', () => {
  test('handles, onion and wallet addresses become attributes of their owner', () => {
    const x = run('John Carter, 41, sold fentanyl under the moniker "RxKing" and received payments at bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.');
    const p = x.entities.find((e) => e.type === 'Person')!;
    expect(p.label).toBe('John Carter');
    expect(p.attributes).toEqual({ bitcoinAddress: ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'], handle: ['RxKing'] });
    const y = run('Investigators seized Tortuga Bazaar, a darknet marketplace hosted at tortugaabcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopq.onion.');
    expect(y.entities.find((e) => e.type === 'Marketplace')).toMatchObject({ label: 'Tortuga Bazaar', attributes: { onionAddress: ['tortugaabcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopq.onion'] } });
  });
  test('a capitalised name in apposition to a market noun is a market; "the X cartel" is a group', () => {
    const x = run('Nova Exchange, an illegal dark web market, was shut down by the FBI. Members of the Gulf cartel supplied it.');
    expect(labels(x, 'Marketplace')).toEqual(['Nova Exchange']);
    expect(labels(x, 'CriminalGroup')).toEqual(['Gulf Cartel']);
    expect(rel(x, 'targeted')).toHaveLength(1);
  });
  test('turnover is not a seizure', () => {
    const x = run('The dark web market, which processed $1.7 billion in transactions, was seized along with $3 million in cryptocurrency.');
    expect(x.facts.filter((f) => f.kind === 'Seizure').map((f: any) => f.quantity)).toEqual([3000000]);
  });
});

describe('participant lists', () => {
  test('"The following authorities took part": every listed agency took part, by its country', () => {
    const x = run([
      'Operation Nightfall: 80 dark web vendors arrested',
      'The operation was coordinated by Europol and targeted vendors on the Zephyr Market platform.',
      'The following authorities took part in the operation:',
      '- Austria: Federal Criminal Police Office (Bundeskriminalamt)',
      '- Germany: Federal Criminal Police Office (Bundeskriminalamt)',
      '- Netherlands: National Police (Politie)',
    ].join('\n'));
    expect(rel(x, 'participatedIn')).toEqual([
      'Federal Criminal Police Office (Austria) > Nightfall',
      'Federal Criminal Police Office > Nightfall',
      'Netherlands Police > Nightfall',
    ]);
    expect(rel(x, 'ledBy')).toEqual(['Nightfall > Europol']);
  });
});
