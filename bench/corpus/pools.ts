/**
 * darkweb-kg bench: the names the corpus generator writes about, and their gold entities. Half come from
 * the gazetteers under ontology/gazetteers (countries, cities, agencies, markets, operations, drugs, given
 * names, titles), the other half are invented outside them — agencies like "Northfield Police Service
 * Cyber Unit", markets like "Quillon Market", operations, people with given names no list holds — so the
 * benchmark also measures what pattern recognition finds without a gazetteer entry.
 *
 * A gazetteer entity is written only in its unambiguous forms (the gazetteer's ambiguousAliases and
 * ambiguousAcronyms are left out), and its gold aliases are those forms, so no two gold entities share a
 * name. Invented names are checked against every gazetteer form, so none is secretly a known one.
 */
import { readFileSync } from 'node:fs';
import { ontologyPath } from '../../lib/paths';
import type { Rng } from './prng';

/** A gold entity, as in ../shared/gold/seeds.gold.json. */
export interface GoldEntity {
  type: string;
  name: string;
  aliases: string[];
}

/** Something an article can name: its gold id and entity, and the forms the text may use. */
export interface Named {
  id: string;
  gold: GoldEntity;
  /** The full name (first mention). */
  name: string;
  /** A short form for later mentions (an acronym, "Quillon" for "Quillon Market"), when there is one. */
  short?: string;
}

export interface Country extends Named {
  iso2: string;
  /** The name as prose writes it: "the Netherlands", "Germany". */
  prose: string;
  /** "Dutch", "German" */
  demonym: string;
  currency: 'EUR' | 'USD' | 'GBP';
}

export interface Agency extends Named {
  /** ISO2, "EU" or "INT". */
  country: string;
}

export interface Pools {
  countries: Country[];
  citiesOf: Map<string, Named[]>;
  /** Law-enforcement agencies by country (ISO2), from the gazetteer. */
  agenciesOf: Map<string, Agency[]>;
  /** Europol, Eurojust, Interpol... */
  international: Agency[];
  /** Prosecution offices (the U.S. Attorney's Offices and others). */
  prosecutors: Agency[];
  markets: Named[];
  operations: Named[];
  drugs: Named[];
  givenNames: string[];
  /** Titles of police officers and of prosecutors (roles.json). */
  titles: { police: string[]; prosecution: string[] };
  /** Every gazetteer form, normalised: invented names must not be one of them. */
  known: Set<string>;
}

/** Countries the articles are set in (those with police forces in the gazetteer), and their currency. */
const COUNTRIES: Record<string, 'EUR' | 'USD' | 'GBP'> = {
  US: 'USD', GB: 'GBP', DE: 'EUR', NL: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', PL: 'EUR', SE: 'EUR', AT: 'EUR',
  CH: 'EUR', BE: 'EUR', PT: 'EUR', AU: 'USD', CA: 'USD', BR: 'USD', RO: 'EUR', BG: 'EUR', FI: 'EUR', DK: 'EUR',
  NO: 'EUR', IE: 'EUR', CZ: 'EUR', LT: 'EUR', EE: 'EUR', HU: 'EUR', SK: 'EUR', HR: 'EUR', GR: 'EUR', CO: 'USD',
};
const WITH_THE = new Set(['NL', 'US', 'GB', 'CZ']);
const DRUGS = ['cocaine', 'heroin', 'MDMA', 'methamphetamine', 'cannabis', 'fentanyl', 'LSD', 'ketamine', 'oxycodone',
  'amphetamine', 'crack cocaine', 'alprazolam', 'mephedrone', 'psilocybin', 'GHB', 'tramadol'];
const POLICE_TITLES = /^(Detective (Inspector|Chief Inspector|Superintendent|Sergeant|Chief Superintendent)|Chief Inspector|Superintendent|Commander|Assistant Commissioner|Deputy Director|Special Agent in Charge)$/;
const PROSECUTION_TITLES = /^(Chief Prosecutor|Public Prosecutor|Prosecutor)$/;

/** Surnames of people in the articles (common surnames of the countries covered). */
export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Robinson',
  'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Clarke', 'Jackson', 'Turner',
  'Hill', 'Moore', 'Cooper', 'Ward', 'Morris', 'King', 'Baker', 'Harrison', 'Morgan', 'Patel', 'Young', 'Allen',
  'Mitchell', 'Bell', 'Kelly', 'Murphy', 'Walsh', 'Byrne', 'Ryan', "O'Connor", 'Miller', 'Davis', 'Garcia',
  'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Anderson', 'Peterson', 'Hansen', 'Larsen',
  'Johansson', 'Lindqvist', 'Nyberg', 'Virtanen', 'Korhonen', 'Nieminen', 'Jensen', 'Nielsen', 'Pedersen',
  'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Krause',
  'de Vries', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peeters',
  'Dubois', 'Moreau', 'Laurent', 'Lefebvre', 'Girard', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi',
  'Romano', 'Ricci', 'Marino', 'Fernandes', 'Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira',
  'Nowak', 'Kowalski', 'Wisniewski', 'Kaminski', 'Novak', 'Horvat', 'Kovacs', 'Szabo', 'Popescu', 'Ionescu',
  'Petrov', 'Ivanov', 'Dimitrov', 'Papadopoulos', 'Novotny', 'Dvorak', 'Kazlauskas', 'Tamm', 'Saar',
  'Oyelaran', 'Mensah', 'Okafor', 'Nguyen', 'Tran', 'Kim', 'Chen', 'Wong', 'Singh', 'Khan', 'Ahmed', 'Haddad',
];
const ONSETS = ['T', 'K', 'Br', 'Dr', 'M', 'V', 'Z', 'L', 'R', 'S', 'Th', 'N', 'J', 'Kw', 'Y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['ran', 'vik', 'lan', 'dor', 'mir', 'sen', 'tov', 'nas', 'rek', 'lis', 'zo', 'dan', 'ven', 'rius'];
const TOWN_HEADS = ['North', 'South', 'East', 'West', 'Ash', 'Oak', 'Elm', 'Brook', 'Stone', 'Red', 'Black', 'Green',
  'Fair', 'Glen', 'Mill', 'Kings', 'Queens', 'High', 'Low', 'Wolver', 'Marl', 'Thorn', 'Hazel', 'Bram', 'Ember'];
const TOWN_TAILS = ['field', 'bury', 'ton', 'ford', 'wood', 'vale', 'mouth', 'port', 'ley', 'ham', 'wick', 'stead',
  'brook', 'minster', 'cliff', 'moor', 'haven', 'gate'];
const MARKET_WORDS = ['Quillon', 'Zephyrine', 'Cobaltia', 'Helixo', 'Vortexa', 'Tundrax', 'Quasarre', 'Onyxia',
  'Nebulon', 'Solstra', 'Kryptex', 'Valkora', 'Ravenna Vault', 'Ironleaf', 'Moonshade', 'Nightjar', 'Obscura',
  'Graviton', 'Penumbra', 'Umbrion', 'Lunaris', 'Cryptara', 'Shadowfen', 'Deepwell', 'Blackharbor', 'Greyline',
  'Velvet Road', 'Silent Bay', 'Hidden Orchard', 'Tor Bazaar', 'Nexulon', 'Arcanum', 'Zerodark', 'Kilnworth'];
const CODEWORDS = ['Kestrel', 'Ironclad', 'Blue Heron', 'Nightfall', 'Glass Lantern', 'Red Tide', 'Silver Birch',
  'Cold Harbour', 'Black Orchid', 'Granite', 'Deep Current', 'Tin Soldier', 'Polar Fox', 'Amber Gate', 'Low Tide',
  'Copper Wire', 'Hollow Oak', 'Stormcloud', 'Night Owl', 'White Rook', 'Grey Wolf', 'Sandstorm', 'Riptide'];
/** Invented agencies: local forces named after an invented town in English-speaking countries, national units elsewhere. */
const ENGLISH_AGENCIES: Record<string, Array<(town: string) => string>> = {
  US: [(t) => `${t} County Sheriff's Office`, (t) => `${t} Police Department Narcotics Division`, (t) => `${t} Regional Drug Task Force`],
  GB: [(t) => `${t} Constabulary Dark Web Team`, (t) => `${t} Police Service Cyber Unit`],
  IE: [(t) => `${t} Garda Drugs Unit`],
  AU: [(t) => `${t} Police Service Cyber Unit`, (t) => `${t} Regional Drug Task Force`],
  CA: [(t) => `${t} Police Service Cyber Unit`, (t) => `${t} Regional Drug Task Force`],
};
const NATIONAL_AGENCIES: Array<(demonym: string) => string> = [
  (d) => `${d} National Narcotics Bureau`,
  (d) => `${d} Cybercrime Investigation Unit`,
  (d) => `${d} Dark Web Task Force`,
];

interface GazEntry {
  id: string;
  name: string;
  aliases?: string[];
  acronyms?: string[];
  native?: string[];
  ambiguousAliases?: string[];
  ambiguousAcronyms?: string[];
  country?: string;
  kind?: string;
  group?: boolean;
  ambiguous?: boolean;
  population?: number;
  demonyms?: string[];
  iso2?: string;
}

function entries(file: string): GazEntry[] {
  return (JSON.parse(readFileSync(ontologyPath('gazetteers', file), 'utf8')) as { entries: GazEntry[] }).entries;
}

/** The scorer's name normalisation (GOLD-AND-SCORING.md, "Matching"). */
export function normName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/'s$/, '')
    .replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function slug(s: string): string {
  return normName(s).replace(/ /g, '-');
}

/** Unambiguous forms of a gazetteer entry: name, aliases, acronyms, native names. */
function forms(e: GazEntry): string[] {
  const bad = new Set([...(e.ambiguousAliases ?? []), ...(e.ambiguousAcronyms ?? [])]);
  return [...new Set([e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.native ?? [])])].filter((f) => !bad.has(f));
}

function fromGazetteer(prefix: string, type: string, e: GazEntry): Named {
  const all = forms(e);
  const acronym = (e.acronyms ?? []).find((a) => all.includes(a));
  return { id: `${prefix}:${e.id}`, gold: { type, name: e.name, aliases: all.filter((f) => f !== e.name) }, name: e.name, short: acronym };
}

export function loadPools(): Pools {
  const known = new Set<string>();
  const files = ['agencies.json', 'countries.json', 'drugs.json', 'markets.json', 'operations.json', 'organizations.json', 'places.json'];
  for (const f of files) for (const e of entries(f)) for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.native ?? [])]) known.add(normName(n));

  const countries: Country[] = [];
  for (const e of entries('countries.json')) {
    const currency = e.iso2 && COUNTRIES[e.iso2];
    if (!currency || !e.demonyms?.length) continue;
    const iso2 = e.iso2!;
    countries.push({
      // the adjective ("Swedish", not "Swede")
      ...fromGazetteer('country', 'Country', e), iso2, currency, demonym: e.demonyms.find((d) => /(ish|an|ese|ic|ch|i)$/.test(d)) ?? e.demonyms[0],
      prose: WITH_THE.has(iso2) ? `the ${e.name}` : e.name,
    });
  }
  const wanted = new Set(countries.map((c) => c.iso2));
  const citiesOf = new Map<string, Named[]>();
  for (const e of entries('places.json')) {
    if (e.kind !== 'city' || e.ambiguous || (e.population ?? 0) < 150_000 || !e.country || !wanted.has(e.country) || e.ambiguousAliases?.length) continue;
    if (!/^[A-Z][\p{L}' -]+$/u.test(e.name)) continue;
    const list = citiesOf.get(e.country) ?? [];
    list.push(fromGazetteer('place', 'Location', e));
    citiesOf.set(e.country, list);
  }
  const agenciesOf = new Map<string, Agency[]>();
  const international: Agency[] = [];
  const prosecutors: Agency[] = [];
  for (const e of entries('agencies.json')) {
    if (e.ambiguousAliases?.includes(e.name)) continue;
    const a: Agency = { ...fromGazetteer('agency', 'Agency', e), country: e.country ?? 'INT' };
    if (e.kind === 'prosecution' && /^usao-/.test(e.id)) prosecutors.push(a);
    else if (['europol', 'eurojust', 'interpol', 'ec3'].includes(e.id)) international.push(a);
    else if ((e.kind === 'police' || e.kind === 'customs') && wanted.has(a.country)) {
      const list = agenciesOf.get(a.country) ?? [];
      list.push(a);
      agenciesOf.set(a.country, list);
    }
  }
  const markets = entries('markets.json')
    .filter((e) => e.kind === 'market' && !e.ambiguousAliases?.includes(e.name))
    .map((e) => fromGazetteer('market', 'Marketplace', e));
  const operations = entries('operations.json')
    .filter((e) => !e.ambiguousAliases?.length && !/^Pangea/.test(e.name))
    .map((e) => {
      const n = fromGazetteer('operation', 'Operation', e);
      return { ...n, name: `Operation ${e.name}`, short: e.name };
    });
  const drugEntries = entries('drugs.json');
  const drugs = DRUGS.map((name) => fromGazetteer('drug', 'Drug', drugEntries.find((e) => e.name === name)!));
  const roles = JSON.parse(readFileSync(ontologyPath('gazetteers', 'roles.json'), 'utf8')) as { titles: string[] };
  const givenNames = (JSON.parse(readFileSync(ontologyPath('gazetteers', 'given-names.json'), 'utf8')) as { entries: string[] }).entries;
  for (const n of givenNames) known.add(normName(n));
  return {
    countries, citiesOf, agenciesOf, international, prosecutors, markets, operations, drugs, givenNames,
    titles: { police: roles.titles.filter((t) => POLICE_TITLES.test(t)), prosecution: roles.titles.filter((t) => PROSECUTION_TITLES.test(t)) }, known,
  };
}

/** Invented names: unknown to every gazetteer (retried until they are). */
export class Inventor {
  constructor(private readonly pools: Pools) {}

  private fresh(make: () => string): string {
    for (;;) {
      const s = make();
      if (!this.pools.known.has(normName(s))) return s;
    }
  }

  town(r: Rng): string {
    return this.fresh(() => r.pick(TOWN_HEADS) + r.pick(TOWN_TAILS));
  }

  agency(r: Rng, country: Country): Agency {
    const local = ENGLISH_AGENCIES[country.iso2];
    const name = this.fresh(() => (local ? r.pick(local)(this.town(r)) : r.pick(NATIONAL_AGENCIES)(country.demonym)));
    return { id: `x-agency:${slug(name)}`, gold: { type: 'Agency', name, aliases: [] }, name, country: country.iso2 };
  }

  market(r: Rng): Named {
    const word = this.fresh(() => r.pick(MARKET_WORDS) + (r.chance(0.3) ? ` ${r.pick(['Prime', 'Two', 'X', 'Central'])}` : ''));
    const name = `${word} Market`;
    return { id: `x-market:${slug(name)}`, gold: { type: 'Marketplace', name, aliases: [word] }, name, short: word };
  }

  operation(r: Rng): Named {
    const word = this.fresh(() => r.pick(CODEWORDS));
    return { id: `x-operation:${slug(word)}`, gold: { type: 'Operation', name: word, aliases: [`Operation ${word}`] }, name: `Operation ${word}`, short: word };
  }

  /** A given name that no list holds. */
  givenName(r: Rng): string {
    return this.fresh(() => r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS));
  }

  /** A person: a listed given name or (one time in three) an invented one, and a surname. */
  person(r: Rng): Named {
    const given = r.chance(0.33) ? this.givenName(r) : r.pick(this.pools.givenNames);
    const name = `${given} ${r.pick(SURNAMES)}`;
    return { id: `person:${slug(name)}`, gold: { type: 'Person', name, aliases: [] }, name };
  }
}
