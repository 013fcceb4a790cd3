/**
 * Checks the hand-curated agencies, markets and operations gazetteers (ontology/gazetteers/): file shape, unique ids,
 * parent links, surface forms shared between entries only when marked ambiguous, minimum sizes, and real-world spot
 * checks (names, aliases, acronyms and units that articles about dark-web enforcement use).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  id: string;
  name: string;
  aliases: string[];
  acronyms?: string[];
  native?: string[];
  ambiguousAliases?: string[];
  ambiguousAcronyms?: string[];
  wikidata?: string;
  [key: string]: unknown;
}
interface Gazetteer {
  about: string;
  sources: string[];
  entries: Entry[];
}

const DIR = join(__dirname, '..', 'ontology', 'gazetteers');
const load = (file: string): Gazetteer => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Gazetteer;
const agencies = load('agencies.json');
const markets = load('markets.json');
const operations = load('operations.json');
const FILES: Array<[string, Gazetteer]> = [['agencies.json', agencies], ['markets.json', markets], ['operations.json', operations]];

/** Case-, accent- and punctuation-insensitive key for names and aliases (acronyms are compared as written). */
function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/['’]s(?![\p{L}\p{N}])/gu, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every surface form of an entry as [key, ambiguous?]; acronyms are keyed `acr:` and compared exactly. */
function forms(e: Entry): Array<[string, boolean]> {
  const amb = new Set([...(e.ambiguousAliases ?? []), ...(e.ambiguousAcronyms ?? [])]);
  const out = new Map<string, boolean>();
  for (const f of [e.name, ...e.aliases, ...(e.native ?? [])]) {
    const k = norm(f);
    out.set(k, (out.get(k) ?? false) || amb.has(f));
  }
  for (const f of e.acronyms ?? []) out.set(`acr:${f}`, amb.has(f));
  return [...out];
}

/** Map from surface-form key to the entries carrying it, with their ambiguity flag. */
function formIndex(entries: Entry[]): Map<string, Array<{ id: string; ambiguous: boolean }>> {
  const index = new Map<string, Array<{ id: string; ambiguous: boolean }>>();
  for (const e of entries) {
    for (const [k, ambiguous] of forms(e)) {
      const list = index.get(k) ?? [];
      list.push({ id: e.id, ambiguous });
      index.set(k, list);
    }
  }
  return index;
}

/** Forms carried by more than one entry and left unmarked on more than one of them. */
function unmarkedClashes(entries: Entry[]): string[] {
  const out: string[] = [];
  for (const [k, list] of formIndex(entries)) {
    const unmarked = list.filter((x) => !x.ambiguous);
    if (list.length > 1 && unmarked.length > 1) out.push(`${k}: ${unmarked.map((x) => x.id).join(', ')}`);
  }
  return out;
}

/** Ids of the entries for which `form` is the default reading (carried and not marked ambiguous). */
function resolve(g: Gazetteer, form: string, acronym = false): string[] {
  const key = acronym ? `acr:${form}` : norm(form);
  return (formIndex(g.entries).get(key) ?? []).filter((x) => !x.ambiguous).map((x) => x.id);
}

function byId(g: Gazetteer): Map<string, Entry> {
  return new Map(g.entries.map((e) => [e.id, e]));
}

/** Ids of the entries that carry `form` (an acronym when `acronym` is true). */
function lookup(g: Gazetteer, form: string, acronym = false): string[] {
  const key = acronym ? `acr:${form}` : norm(form);
  return (formIndex(g.entries).get(key) ?? []).map((x) => x.id);
}

describe.each(FILES)('%s: shape', (_file, g) => {
  test('has about, sources and entries', () => {
    expect(g.about.length).toBeGreaterThan(40);
    expect(g.sources.length).toBeGreaterThan(0);
    for (const s of g.sources) expect(s.trim().length).toBeGreaterThan(10);
  });

  test('ids are unique lower-case slugs', () => {
    const ids = g.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('names, aliases and acronyms are clean non-empty strings', () => {
    for (const e of g.entries) {
      for (const f of [e.name, ...e.aliases, ...(e.native ?? []), ...(e.acronyms ?? [])]) {
        expect(typeof f).toBe('string');
        expect(f).toBe(f.trim());
        expect(f.length).toBeGreaterThan(1);
      }
      // acronyms are matched case-sensitively, so each carries at least two capitals or digits (FBI, EC3, FinCEN)
      for (const a of e.acronyms ?? []) expect((a.match(/[\p{Lu}0-9]/gu) ?? []).length).toBeGreaterThanOrEqual(2);
      if (e.wikidata !== undefined) expect(e.wikidata).toMatch(/^Q[1-9][0-9]*$/);
    }
  });

  test('ambiguous forms are forms of the same entry', () => {
    for (const e of g.entries) {
      const own = new Set([e.name, ...e.aliases, ...(e.native ?? [])]);
      for (const f of e.ambiguousAliases ?? []) expect({ id: e.id, form: f, own: own.has(f) }).toEqual({ id: e.id, form: f, own: true });
      const acr = new Set(e.acronyms ?? []);
      for (const f of e.ambiguousAcronyms ?? []) expect({ id: e.id, form: f, own: acr.has(f) }).toEqual({ id: e.id, form: f, own: true });
    }
  });

  test('a form shared by several entries is marked ambiguous on all but at most one', () => {
    expect(unmarkedClashes(g.entries)).toEqual([]);
  });
});

test('no form is shared unmarked between the agencies, markets and operations gazetteers', () => {
  const all = FILES.flatMap(([file, g]) => g.entries.map((e) => ({ ...e, id: `${file}#${e.id}` })));
  expect(unmarkedClashes(all)).toEqual([]);
});

describe('agencies.json', () => {
  const ids = byId(agencies);
  const KINDS = new Set(['police', 'customs', 'prosecution', 'justice', 'ministry', 'intelligence', 'regulator', 'intergovernmental', 'unit', 'taskforce']);

  test('has at least 350 bodies', () => {
    expect(agencies.entries.length).toBeGreaterThanOrEqual(350);
  });

  test('every entry has a country code, a known kind and array fields', () => {
    for (const e of agencies.entries) {
      expect(String(e.country)).toMatch(/^([A-Z]{2}|EU|INT)$/);
      expect(KINDS.has(String(e.kind))).toBe(true);
      expect(Array.isArray(e.acronyms) && Array.isArray(e.native)).toBe(true);
    }
  });

  test('every parent exists and parent chains end without cycles', () => {
    for (const e of agencies.entries) {
      const seen = new Set<string>([e.id]);
      let p = e.parent as string | undefined;
      while (p !== undefined) {
        expect({ id: e.id, parent: p, exists: ids.has(p) }).toEqual({ id: e.id, parent: p, exists: true });
        expect(seen.has(p)).toBe(false);
        seen.add(p);
        p = ids.get(p)?.parent as string | undefined;
      }
    }
  });

  test('no generic phrase is a surface form', () => {
    const generic = ['police', 'the police', 'law enforcement', 'authorities', 'customs', 'prosecutors', 'investigators', 'government'];
    for (const g of generic) expect(lookup(agencies, g)).toEqual([]);
  });

  test('Europol and its centres', () => {
    expect(lookup(agencies, 'European Union Agency for Law Enforcement Cooperation')).toEqual(['europol']);
    expect(lookup(agencies, 'European Police Office')).toEqual(['europol']);
    expect(lookup(agencies, 'EC3', true)).toEqual(['ec3']);
    expect(lookup(agencies, 'European Cybercrime Center')).toEqual(['ec3']);
    expect(ids.get('ec3')?.parent).toBe('europol');
    expect(lookup(agencies, 'J-CAT', true)).toEqual(['jcat']);
    for (const n of ['Eurojust', 'Interpol', 'Frontex', 'European Anti-Fraud Office', 'UNODC', 'INCB', 'FATF']) {
      expect(lookup(agencies, n).length + lookup(agencies, n, true).length).toBe(1);
    }
  });

  test('US Department of Justice, its components and JCODE', () => {
    for (const f of ['US Department of Justice', 'U.S. Justice Department', 'Justice Department', 'Department of Justice']) {
      expect(lookup(agencies, f)).toEqual(['doj']);
    }
    expect(lookup(agencies, 'DOJ', true)).toEqual(['doj']);
    expect(lookup(agencies, 'USDOJ', true)).toEqual(['doj']);
    for (const unit of ['fbi', 'dea', 'usms', 'atf', 'doj-criminal-division']) expect(ids.get(unit)?.parent).toBe('doj');
    expect(ids.get('ccips')?.parent).toBe('doj-criminal-division');
    // (not "Joint Criminal Opioid Team": that form exists only in a seed article's translation, so it is no list entry)
    for (const f of ['Joint Criminal Opioid and Darknet Enforcement', 'Joint Criminal Opioid and Darknet Enforcement team']) expect(lookup(agencies, f)).toEqual(['jcode']);
    expect(lookup(agencies, 'J-CODE', true)).toEqual(['jcode']);
    for (const a of ['HSI', 'ICE', 'CBP', 'USPIS', 'IRS-CI', 'USSS', 'DCIS', 'FDA-OCI', 'OCDETF', 'DHS', 'OFAC', 'FinCEN', 'CDC', 'NYPD', 'LAPD']) {
      const found = lookup(agencies, a, true).filter((id) => ids.get(id)?.country === 'US');
      expect({ acronym: a, found: found.length }).toEqual({ acronym: a, found: 1 });
    }
    expect(resolve(agencies, 'OFAC', true)).toEqual(['ofac']);
    expect(lookup(agencies, 'Drug Enforcement Agency')).toEqual(['dea']);
    expect(lookup(agencies, 'Centers for Disease Control')).toEqual(['cdc']);
  });

  test('one U.S. Attorney\'s Office for each of the 94 federal judicial districts', () => {
    const usao = agencies.entries.filter((e) => e.id.startsWith('usao-'));
    expect(usao).toHaveLength(94);
    for (const e of usao) expect([e.parent, e.kind]).toEqual(['doj', 'prosecution']);
    expect(lookup(agencies, 'SDNY', true)).toEqual(['usao-sd-ny']);
    expect(lookup(agencies, "U.S. Attorney's Office for the Western District of Pennsylvania")).toEqual(['usao-wd-pa']);
  });

  test('United Kingdom: Met, NCA, NPCC, ROCUs and territorial forces', () => {
    for (const f of ['Metropolitan Police', 'Met Police', 'the Met']) expect(lookup(agencies, f)).toEqual(['met']);
    expect(resolve(agencies, 'MPS', true)).toEqual(['met']);
    expect(lookup(agencies, 'Hampshire and Isle of Wight Constabulary')).toEqual(['hampshire']);
    expect(lookup(agencies, 'National Police Chiefs Council')).toEqual(['npcc']);
    expect(lookup(agencies, 'NCA', true)).toEqual(['nca']);
    for (const r of ['SEROCU', 'ERSOU', 'NWROCU', 'TITAN', 'EMSOU', 'WMROCU', 'YHROCU', 'TARIAN', 'SWROCU']) {
      expect({ rocu: r, found: lookup(agencies, r, true).length }).toEqual({ rocu: r, found: 1 });
    }
    const forces = ['Kent Police', 'Hampshire Constabulary', 'Greater Manchester Police', 'West Midlands Police', 'Thames Valley Police', 'Essex Police',
      'City of London Police', 'British Transport Police', 'Police Scotland', 'Police Service of Northern Ireland', 'Dyfed-Powys Police', 'Wiltshire Police'];
    for (const f of forces) expect({ force: f, found: lookup(agencies, f).length }).toEqual({ force: f, found: 1 });
    const gbPolice = agencies.entries.filter((e) => e.country === 'GB' && e.kind === 'police');
    expect(gbPolice.length).toBeGreaterThanOrEqual(55);
    for (const f of ['HMRC', 'CPS', 'SFO']) expect(lookup(agencies, f, true)).toHaveLength(1);
    expect(lookup(agencies, 'Border Force')).toEqual(['border-force']);
  });

  test('Germany: BKA, ZIT under the Frankfurt prosecutor general, all 16 LKAs, and a distinct Austrian BKA', () => {
    expect(lookup(agencies, 'BKA', true)).toEqual(['bka']);
    expect(ids.get('bka')?.country).toBe('DE');
    expect(ids.get('at-bk')?.country).toBe('AT');
    expect(lookup(agencies, 'Bundeskriminalamt').sort()).toEqual(['at-bk', 'bka']);
    expect(ids.get('at-bk')?.ambiguousAliases).toContain('Bundeskriminalamt');
    expect(lookup(agencies, 'ZIT', true)).toEqual(['zit']);
    expect(ids.get('zit')?.parent).toBe('gsta-frankfurt');
    expect(lookup(agencies, 'Generalstaatsanwaltschaft Frankfurt am Main')).toEqual(['gsta-frankfurt']);
    expect(agencies.entries.filter((e) => e.id.startsWith('lka-'))).toHaveLength(16);
  });

  test('Netherlands and the rest of Europe', () => {
    for (const f of ['Politie', 'Dutch police', 'Dutch National Police', 'National Police of the Netherlands']) expect(lookup(agencies, f)).toEqual(['nl-police']);
    expect(lookup(agencies, 'Landelijke Recherche')).toEqual(['nl-ncis']);
    expect(lookup(agencies, 'Landelijke Eenheid')).toEqual(['nl-national-unit']);
    expect(lookup(agencies, 'Openbaar Ministerie')).toEqual(['nl-om']);
    expect(lookup(agencies, 'FIOD', true)).toEqual(['fiod']);
    const named = ['Gendarmerie nationale', 'Police nationale', 'OFAST', 'Guardia di Finanza', 'Carabinieri', 'Polizia di Stato', 'Guardia Civil',
      'Policía Nacional', 'Polícia Judiciária', 'fedpol', 'Centralne Biuro Śledcze Policji', 'Polismyndigheten', 'Tulli', 'Keskusrikospoliisi',
      'Kripos', 'Rigspolitiet', 'An Garda Síochána', 'DIICOT', 'Cyber Police of Ukraine', 'FSB', 'Hellenic Police', 'Cyprus Police'];
    for (const n of named) {
      expect({ name: n, found: lookup(agencies, n).length + lookup(agencies, n, true).length }).toEqual({ name: n, found: 1 });
    }
  });

  test('Americas, Asia-Pacific and the AFP acronym clash', () => {
    for (const a of ['RCMP', 'OPP', 'ACIC', 'ABF', 'KNPA', 'NCB', 'CBI', 'PDEA', 'UNODC']) {
      expect({ acronym: a, found: lookup(agencies, a, true).length }).toEqual({ acronym: a, found: 1 });
    }
    expect(lookup(agencies, 'AFP', true)).toEqual(['afp']);
    expect(ids.get('afp')?.ambiguousAcronyms).toContain('AFP');
    for (const n of ['Australian Federal Police', 'New South Wales Police Force', 'Victoria Police', 'Queensland Police Service', 'New Zealand Police',
      'Hong Kong Police Force', 'Singapore Police Force', 'Royal Thai Police', 'Philippine National Police', 'Indonesian National Police', 'Federal Police of Brazil']) {
      expect({ name: n, found: lookup(agencies, n).length }).toEqual({ name: n, found: 1 });
    }
  });
});

describe('markets.json', () => {
  const ids = byId(markets);
  const KINDS = new Set(['market', 'vendor-shop', 'forum', 'service']);

  test('has at least 120 markets, shops, forums and services', () => {
    expect(markets.entries.length).toBeGreaterThanOrEqual(120);
  });

  test('every entry has a known kind and well-formed years', () => {
    for (const e of markets.entries) {
      expect(KINDS.has(String(e.kind))).toBe(true);
      if (e.years !== undefined) expect(String(e.years)).toMatch(/^\d{4}(-(\d{4})?)?(, \d{4}(-(\d{4})?)?)*$/);
    }
  });

  test('well-known markets and their aliases', () => {
    expect(lookup(markets, 'Silk Road')).toEqual(['silk-road']);
    expect(lookup(markets, 'Silk Road 2')).toEqual(['silk-road-2']);
    expect(lookup(markets, 'WSM', true)).toEqual(['wall-street-market']);
    expect(lookup(markets, 'Silkkitie')).toEqual(['valhalla']);
    expect(lookup(markets, 'Dark Market')).toEqual(['darkmarket']);
    expect(lookup(markets, 'ToRReZ')).toEqual(['torrez']);
    expect(lookup(markets, 'Monopoly Market')).toEqual(['monopoly']);
    expect(lookup(markets, 'Tochka')).toEqual(['tochka']);
    for (const n of ['AlphaBay', 'Hansa', 'Dream Market', 'Empire Market', 'Hydra Market', 'White House Market', 'Archetyp Market', 'Nemesis Market',
      'Bohemia', 'Kingdom Market', 'Tor2Door', 'Agora', 'Evolution', 'Berlusconi Market', 'Black Market Reloaded', 'Cannazon', 'Genesis Market',
      "Joker's Stash", 'RaidForums', 'BreachForums', 'Incognito Market', 'Abacus Market', 'Blacksprut', 'OMG!OMG!', 'Solaris Market']) {
      expect({ name: n, found: lookup(markets, n).length }).toEqual({ name: n, found: 1 });
    }
    for (const s of ['chipmixer', 'helix', 'bitcoin-fog', 'samourai-wallet']) expect(ids.get(s)?.kind).toBe('service');
  });

  test('one-word names that are common words need a market context', () => {
    const common = ['Dream', 'Empire', 'Monopoly', 'Versus', 'Incognito', 'Kingdom', 'Nemesis', 'Hydra', 'Genesis', 'Evolution', 'Utopia', 'White House'];
    for (const w of common) {
      const owners = lookup(markets, w);
      expect({ word: w, owners: owners.length }).toEqual({ word: w, owners: 1 });
      expect({ word: w, ambiguous: ids.get(owners[0])?.ambiguousAliases?.includes(w) }).toEqual({ word: w, ambiguous: true });
    }
  });
});

describe('operations.json', () => {
  const FIELDS = new Set(['id', 'name', 'aliases', 'year', 'wikidata', 'ambiguousAliases']);

  test('lists names only (no relations) and every name also answers to "Operation <name>"', () => {
    expect(operations.entries.length).toBeGreaterThanOrEqual(50);
    for (const e of operations.entries) {
      for (const k of Object.keys(e)) expect({ id: e.id, key: k, allowed: FIELDS.has(k) }).toEqual({ id: e.id, key: k, allowed: true });
      expect(e.aliases).toContain(`Operation ${e.name}`);
      if (e.year !== undefined) expect(Number.isInteger(e.year) && (e.year as number) >= 2000 && (e.year as number) <= 2030).toBe(true);
    }
  });

  test('the dark-web operations and their spellings', () => {
    for (const f of ['Dark HunTor', 'DarkHunTor', 'HunTor', 'Dark HunTOR', 'DarkHunTOR', 'Operation Dark HunTor']) {
      expect(lookup(operations, f)).toEqual(['dark-huntor']);
    }
    for (const [n, id] of [['Onymous', 'onymous'], ['Bayonet', 'bayonet'], ['Hyperion', 'hyperion'], ['SaboTor', 'sabotor'], ['DisrupTor', 'disruptor'],
      ['SpecTor', 'spector'], ['RapTor', 'raptor'], ['Cookie Monster', 'cookie-monster'], ['Endgame', 'endgame'], ['Ladybird', 'ladybird'],
      ['Venetic', 'venetic'], ['Ironside', 'ironside'], ['Greenlight', 'trojan-shield'], ['Web Tryp', 'web-tryp']]) {
      expect(lookup(operations, n)).toEqual([id]);
    }
    const byYear = new Map(operations.entries.map((e) => [e.id, e.year]));
    expect([byYear.get('onymous'), byYear.get('bayonet'), byYear.get('disruptor'), byYear.get('dark-huntor'), byYear.get('spector')]).toEqual([
      2014, 2017, 2020, 2021, 2023,
    ]);
  });

  test('Operation Pangea I to XVII', () => {
    const numbered = operations.entries.filter((e) => /^pangea-\d+$/.test(e.id));
    expect(numbered).toHaveLength(17);
    expect(lookup(operations, 'Pangea XVII')).toEqual(['pangea-17']);
    expect(lookup(operations, 'Operation Pangea 14')).toEqual(['pangea-14']);
  });
});
