/**
 * Shape and spot checks of the hand-curated lexicon gazetteers: drugs.json, organizations.json and
 * roles.json under ontology/gazetteers/ (format in ontology/README.md). The checks guard what the
 * extractor relies on: unique ids, no surface form claimed by two entries, ambiguity lists that are
 * subsets of the forms, agency ids in roles.json that exist in agencies.json, and the forms the
 * output contract names ("ecstasy" is MDMA, "class B drugs" is a drug class).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const GAZ = join(__dirname, '..', 'ontology', 'gazetteers');

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(GAZ, file), 'utf8')) as T;
}

interface Header {
  about: string;
  sources: string[];
}

interface DrugEntry {
  id: string;
  name: string;
  class: string;
  group?: boolean;
  aliases: string[];
  ambiguousAliases?: string[];
  wikidata?: string;
}

interface DrugsFile extends Header {
  contextWords: string[];
  generic: string[];
  entries: DrugEntry[];
}

interface OrgEntry {
  id: string;
  name: string;
  kind: string;
  country: string;
  aliases: string[];
  acronyms?: string[];
  ambiguousAliases?: string[];
  ambiguousAcronyms?: string[];
  wikidata?: string;
}

interface OrgsFile extends Header {
  entries: OrgEntry[];
}

interface RolesFile extends Header {
  titles: string[];
  abbreviations: Record<string, string>;
  agencyRoles: Record<string, string[]>;
  suspectNouns: string[];
}

interface IdFile {
  entries: Array<{ id: string; iso2?: string }>;
}

const drugs = load<DrugsFile>('drugs.json');
const orgs = load<OrgsFile>('organizations.json');
interface GroupsFile extends Header {
  entries: Array<{ id: string; name: string; aliases: string[]; acronyms: string[]; native?: string[]; country: string; kind: string; ambiguousAliases?: string[]; ambiguousAcronyms?: string[] }>;
}
const groups = load<GroupsFile>('criminal-groups.json');
const roles = load<RolesFile>('roles.json');
const agencyIds = new Set(load<IdFile>('agencies.json').entries.map((e) => e.id));
const countryCodes = new Set(load<IdFile>('countries.json').entries.map((e) => e.iso2));

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const QID = /^Q[1-9][0-9]*$/;
const DRUG_CLASSES = new Set([
  'opioid', 'stimulant', 'cannabinoid', 'psychedelic', 'dissociative', 'depressant', 'benzodiazepine',
  'new-psychoactive', 'prescription', 'performance-enhancing', 'inhalant', 'legal-class',
]);
const ORG_KINDS = new Set(['media', 'company', 'charity', 'ngo', 'project', 'software', 'university', 'other']);

/** Lower case, hyphens and runs of spaces folded: "Crack-Cocaine" and "crack cocaine" are one form. */
function fold(form: string): string {
  return form.toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

/** Every folded form -> the ids of the entries that list it (name, aliases, acronyms). */
function formIndex(entries: Array<{ id: string; name: string; aliases: string[]; acronyms?: string[] }>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const form of [e.name, ...e.aliases, ...(e.acronyms ?? [])]) {
      const key = fold(form);
      const ids = index.get(key) ?? new Set<string>();
      ids.add(e.id);
      index.set(key, ids);
    }
  }
  return index;
}

const drugIndex = formIndex(drugs.entries);
const drugById = new Map(drugs.entries.map((e) => [e.id, e]));

/** The one drug entry a surface form resolves to (throws when none or several). */
function drugFor(form: string): DrugEntry {
  const ids = [...(drugIndex.get(fold(form)) ?? [])];
  if (ids.length !== 1) throw new Error(`"${form}" resolves to ${ids.length} drug entries: ${ids.join(', ')}`);
  return drugById.get(ids[0]) as DrugEntry;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe.each([
  ['drugs.json', drugs as Header],
  ['organizations.json', orgs as Header],
  ['roles.json', roles as Header],
  ['criminal-groups.json', groups as Header],
])('%s header', (_file, header) => {
  test('states what it is and where it comes from', () => {
    expect(header.about.length).toBeGreaterThan(100);
    expect(header.sources.length).toBeGreaterThanOrEqual(3);
    for (const source of header.sources) expect(source.trim()).not.toBe('');
  });
});

describe('drugs.json', () => {
  test('has at least 170 entries with unique slug ids', () => {
    expect(drugs.entries.length).toBeGreaterThanOrEqual(170);
    const ids = drugs.entries.map((e) => e.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !SLUG.test(id))).toEqual([]);
  });

  test('every entry has a name, a known class, aliases and a well-formed Wikidata id', () => {
    for (const e of drugs.entries) {
      expect(e.name.trim()).toBe(e.name);
      expect(e.name).not.toBe('');
      expect({ id: e.id, cls: DRUG_CLASSES.has(e.class) }).toEqual({ id: e.id, cls: true });
      expect(Array.isArray(e.aliases)).toBe(true);
      expect({ id: e.id, dup: duplicates(e.aliases) }).toEqual({ id: e.id, dup: [] });
      if (e.wikidata !== undefined) expect(e.wikidata).toMatch(QID);
    }
  });

  test('no name or alias belongs to two drugs', () => {
    const shared = [...drugIndex].filter(([, ids]) => ids.size > 1).map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  test('ambiguous aliases are a subset of the aliases', () => {
    for (const e of drugs.entries) {
      const aliases = new Set(e.aliases);
      expect({ id: e.id, stray: (e.ambiguousAliases ?? []).filter((a) => !aliases.has(a)) }).toEqual({ id: e.id, stray: [] });
    }
  });

  test('street names that are common words are marked ambiguous', () => {
    for (const word of ['speed', 'ice', 'crystal', 'weed', 'grass', 'snow', 'molly', 'spice', 'coke', 'pot', 'smack', 'crack']) {
      expect({ word, ambiguous: drugFor(word).ambiguousAliases?.includes(word) }).toEqual({ word, ambiguous: true });
    }
    expect(drugFor('special K').ambiguousAliases).toContain('special K');
  });

  test('spot checks: canonical names and the forms news prose uses', () => {
    const cases: Array<[string, string]> = [
      ['ecstasy', 'MDMA'], ['ecstasy pills', 'MDMA'], ['ecstasy tablets', 'MDMA'], ['molly', 'MDMA'],
      ['amphetamines', 'amphetamine'], ['speed', 'amphetamine'],
      ['meth', 'methamphetamine'], ['crystal meth', 'methamphetamine'], ['methamphetamines', 'methamphetamine'],
      ['marijuana', 'cannabis'], ['weed', 'cannabis'], ['hashish', 'hashish'], ['hash', 'hashish'], ['cannabis resin', 'hashish'],
      ['skunk', 'cannabis'],
      ['opioid', 'opioids'], ['opiates', 'opioids'], ['prescription opioids', 'opioids'], ['synthetic opioids', 'opioids'],
      ['crack', 'crack cocaine'], ['coke', 'cocaine'], ['heroin', 'heroin'], ['fentanyl', 'fentanyl'],
      ['Xanax', 'alprazolam'], ['Valium', 'diazepam'], ['magic mushrooms', 'psilocybin'], ['LSD', 'LSD'],
      ['oxycodone', 'oxycodone'], ['hydrocodone', 'hydrocodone'], ['steroids', 'anabolic steroids'],
      ['NPS', 'new psychoactive substances'], ['class B drug', 'class B drugs'], ['class B', 'class B drugs'],
    ];
    expect(cases.map(([form]) => [form, drugFor(form).name])).toEqual(cases);
  });

  test('drug classes and legal classes are present as group entries', () => {
    for (const name of [
      'opioids', 'stimulants', 'benzodiazepines', 'cannabinoids', 'synthetic cannabinoids',
      'new psychoactive substances', 'class A drugs', 'class B drugs', 'class C drugs', 'Schedule I controlled substances',
    ]) {
      expect({ name, group: drugFor(name).group }).toEqual({ name, group: true });
    }
    expect(drugFor('class C drugs').class).toBe('legal-class');
  });

  test('prescription and emerging substances the brief names are covered', () => {
    for (const form of [
      'oxymorphone', 'alprazolam', 'tramadol', 'codeine', 'morphine', 'buprenorphine', 'methadone', 'carfentanil',
      'nitazenes', 'isotonitazene', 'metonitazene', 'protonitazene', 'xylazine', 'ketamine', 'GHB', 'psilocybin',
      'DMT', 'mescaline', '2C-B', 'mephedrone', 'alpha-PVP', 'cathinones', 'khat', 'kratom',
    ]) {
      expect(drugFor(form).id).toMatch(SLUG);
    }
  });

  test('generic words and context words are not drug forms', () => {
    expect(drugs.generic).toEqual(expect.arrayContaining(['drugs', 'narcotics', 'counterfeit medicines', 'counterfeit pills']));
    const clash = [...drugs.generic, ...drugs.contextWords].filter((w) => drugIndex.has(fold(w)));
    expect(clash).toEqual([]);
    expect(duplicates(drugs.generic)).toEqual([]);
    expect(duplicates(drugs.contextWords)).toEqual([]);
  });
});

describe('organizations.json', () => {
  test('has at least 120 entries with unique slug ids that no agency uses', () => {
    expect(orgs.entries.length).toBeGreaterThanOrEqual(120);
    const ids = orgs.entries.map((e) => e.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !SLUG.test(id))).toEqual([]);
    expect(ids.filter((id) => agencyIds.has(id))).toEqual([]);
  });

  test('every entry has a known kind, a country code and well-formed acronyms', () => {
    for (const e of orgs.entries) {
      expect({ id: e.id, kind: ORG_KINDS.has(e.kind) }).toEqual({ id: e.id, kind: true });
      expect({ id: e.id, country: e.country === 'INT' || countryCodes.has(e.country) }).toEqual({ id: e.id, country: true });
      for (const acronym of e.acronyms ?? []) expect(acronym).toMatch(/^[A-Z0-9][A-Z0-9&/.-]*[A-Z0-9]$/);
      if (e.wikidata !== undefined) expect(e.wikidata).toMatch(QID);
    }
  });

  test('ambiguity lists are subsets of the forms they qualify', () => {
    for (const e of orgs.entries) {
      const names = new Set([e.name, ...e.aliases]);
      const acronyms = new Set(e.acronyms ?? []);
      expect({ id: e.id, stray: (e.ambiguousAliases ?? []).filter((a) => !names.has(a)) }).toEqual({ id: e.id, stray: [] });
      expect({ id: e.id, stray: (e.ambiguousAcronyms ?? []).filter((a) => !acronyms.has(a)) }).toEqual({ id: e.id, stray: [] });
    }
  });

  test('a form shared by two organisations is ambiguous in both', () => {
    const ambiguous = new Map(orgs.entries.map((e) => [
      e.id, new Set([...(e.ambiguousAliases ?? []), ...(e.ambiguousAcronyms ?? [])].map(fold)),
    ]));
    const unmarked: string[] = [];
    for (const [form, ids] of formIndex(orgs.entries)) {
      if (ids.size < 2) continue;
      for (const id of ids) if (!ambiguous.get(id)?.has(form)) unmarked.push(`${form} in ${id}`);
    }
    expect(unmarked).toEqual([]);
  });

  test('spot checks: agencies of the news, analytics firms, charities and projects', () => {
    const byId = new Map(orgs.entries.map((e) => [e.id, e]));
    const afp = byId.get('agence-france-presse');
    expect(afp?.ambiguousAcronyms).toEqual(['AFP']);
    expect(byId.get('press-association')?.aliases).toContain('PA Media');
    expect(byId.get('tor')).toMatchObject({ name: 'Tor', kind: 'software' });
    expect(byId.get('tor')?.aliases).toContain('Tor browser');
    expect(byId.get('crimestoppers')?.kind).toBe('charity');
    expect(byId.get('kentonline')?.kind).toBe('media');
    for (const id of ['reuters', 'associated-press', 'bbc', 'cnn', 'the-guardian', 'chainalysis', 'elliptic', 'trm-labs',
      'ciphertrace', 'flashpoint', 'recorded-future', 'kaspersky', 'binance', 'coinbase', 'royal-mail', 'usps']) {
      expect({ id, present: byId.has(id) }).toEqual({ id, present: true });
    }
  });

  test('no organisation form is also a drug form', () => {
    const clash = [...formIndex(orgs.entries).keys()].filter((form) => drugIndex.has(form));
    expect(clash).toEqual([]);
  });
});

describe('roles.json', () => {
  const lowerTitles = new Set(roles.titles.map((t) => t.toLowerCase()));

  test('titles are unique and cover police, prosecution and agency-head titles', () => {
    expect(duplicates(roles.titles)).toEqual([]);
    expect(roles.titles).toEqual(expect.arrayContaining([
      'Detective Inspector', 'Detective Chief Inspector', 'Detective Chief Superintendent', 'Chief Constable',
      'Deputy Assistant Commissioner', 'Special Agent in Charge', 'Acting Administrator', 'Deputy Attorney General',
      'U.S. Attorney', 'Assistant U.S. Attorney', 'Chief Postal Inspector', 'Inspector in Charge', 'Executive Director',
      'Deputy Executive Director', 'Deputy Chief Executive', 'Head of', 'Public Prosecutor', 'Interior Minister',
      'deputy attorney general', 'acting administrator', 'team leader', 'director', 'head', 'lead', 'chief', 'leader',
      'spokesperson',
    ]));
  });

  test('abbreviations expand to listed titles', () => {
    const stray = Object.entries(roles.abbreviations).filter(([, title]) => !roles.titles.includes(title));
    expect(stray).toEqual([]);
    expect(roles.abbreviations.DCI).toBe('Detective Chief Inspector');
  });

  test('agencyRoles keys are lower-case titles and values are agency ids of agencies.json', () => {
    const problems: string[] = [];
    for (const [title, ids] of Object.entries(roles.agencyRoles)) {
      if (title !== title.toLowerCase()) problems.push(`${title}: not lower case`);
      if (!lowerTitles.has(title)) problems.push(`${title}: not in titles`);
      if (ids.length === 0) problems.push(`${title}: no agency`);
      for (const id of ids) {
        const known = id.endsWith('*')
          ? [...agencyIds].some((a) => a.startsWith(id.slice(0, -1)))
          : agencyIds.has(id);
        if (!known) problems.push(`${title}: unknown agency id ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('spot checks: titles that imply an agency', () => {
    expect(roles.agencyRoles['deputy attorney general']).toEqual(['doj']);
    expect(roles.agencyRoles['attorney general']).toContain('doj');
    expect(roles.agencyRoles['u.s. attorney']).toEqual(['usao-*', 'doj']);
    expect(roles.agencyRoles['acting administrator']).toEqual(['dea']);
    expect(roles.agencyRoles['chief postal inspector']).toEqual(['uspis']);
    expect(roles.agencyRoles['special agent in charge']).toEqual(expect.arrayContaining(['fbi', 'dea', 'hsi']));
    expect(roles.agencyRoles['executive director'][0]).toBe('europol');
    expect(roles.agencyRoles['detective inspector']).toBeUndefined();
  });

  test('suspect nouns are unique and cover the usual forms', () => {
    expect(duplicates(roles.suspectNouns)).toEqual([]);
    expect(roles.suspectNouns).toEqual(expect.arrayContaining([
      'suspect', 'man', 'woman', 'vendor', 'seller', 'administrator', 'moderator', 'dealer', 'trafficker', 'national',
      'citizen', 'resident', 'defendant',
    ]));
  });
});

describe('criminal-groups.json', () => {
  test('at least 150 groups, unique ids, a known kind and an ISO country each', () => {
    expect(groups.entries.length).toBeGreaterThanOrEqual(150);
    expect(duplicates(groups.entries.map((e) => e.id))).toEqual([]);
    const kinds = new Set(['cartel', 'mafia', 'gang', 'motorcycle-gang', 'clan', 'triad', 'yakuza', 'network', 'vendor-group']);
    for (const e of groups.entries) {
      expect(kinds.has(e.kind)).toBe(true);
      expect(e.country).toMatch(/^[A-Z]{2}$/);
    }
  });
  test('a bare place is no alias (the place gazetteer owns "Sinaloa"), and every ambiguous form is one of the entry\'s forms', () => {
    const forms = (e: GroupsFile['entries'][number]) => [e.name, ...e.aliases, ...e.acronyms, ...(e.native ?? [])];
    const all = new Set(groups.entries.flatMap(forms).map((f) => f.toLowerCase()));
    for (const place of ['sinaloa', 'jalisco', 'gulf', 'juárez', 'tijuana', 'medellín', 'cali', 'naples', 'calabria']) expect(all.has(place)).toBe(false);
    for (const e of groups.entries) for (const a of [...(e.ambiguousAliases ?? []), ...(e.ambiguousAcronyms ?? [])]) expect(forms(e)).toContain(a);
  });
});
