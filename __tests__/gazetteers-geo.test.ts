/**
 * Tests for the generated geographic gazetteers ontology/gazetteers/countries.json and places.json
 * (built by ontology/tools/build-countries.mjs and build-places.mjs): the committed files are what the
 * generators produce, the shape of every entry, and real-world facts the extractor relies on (demonyms,
 * short forms, UK places, Washington, D.C.).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Country {
  id: string;
  iso2: string;
  iso3: string;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  wikidata?: string;
  lat: number;
  lon: number;
}

interface Place {
  id: string;
  name: string;
  aliases: string[];
  ambiguousAliases?: string[];
  country?: string;
  alsoIn?: string[];
  kind: string;
  population?: number;
  lat?: number;
  lon?: number;
  wikidata?: string;
  ambiguous: boolean;
}

interface Gazetteer<T> {
  about: string;
  sources: string[];
  entries: T[];
}

const dir = join(__dirname, '..', 'ontology', 'gazetteers');
const load = <T>(file: string): Gazetteer<T> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gazetteer<T>;
const countries = load<Country>('countries.json');
const places = load<Place>('places.json');

/** Latin letters Unicode does not decompose (as in ontology/tools/gazetteer-common.mjs). */
const UNDECOMPOSED: Record<string, string> = {
  Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', ı: 'i', ß: 'ss', Æ: 'Ae', æ: 'ae', Œ: 'Oe', œ: 'oe', Þ: 'Th', þ: 'th', ð: 'd', Ð: 'D',
};

/** Same folding as the generators: accents, case, dots and apostrophes ignored. */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ŁłØøĐđıßÆæŒœÞþðÐ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .toLowerCase()
    .replace(/['\u2019\u2018`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function indexBy<T>(entries: T[], forms: (e: T) => string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const e of entries) {
    for (const f of new Set(forms(e).map(fold))) {
      const list = m.get(f) ?? [];
      list.push(e);
      m.set(f, list);
    }
  }
  return m;
}

const countryByForm = indexBy(countries.entries, (c) => [c.name, c.official, ...c.aliases]);
const countryByDemonym = indexBy(countries.entries, (c) => c.demonyms);
const placeByForm = indexBy(places.entries, (p) => [p.name, ...p.aliases]);
const iso2s = new Set(countries.entries.map((c) => c.iso2));

const countryOf = (form: string): string | undefined => countryByForm.get(fold(form))?.[0]?.iso2;
const placeNamed = (form: string): Place | undefined => placeByForm.get(fold(form))?.[0];

/** Two-letter words of English prose that are also ISO 3166-1 codes. */
const TWO_LETTER_WORDS = ['IT', 'AT', 'DE', 'IN', 'IS', 'NO', 'ME', 'TO', 'BE', 'AM', 'AS', 'ID', 'MY', 'SO', 'GO', 'AN', 'BY'];

describe('countries.json', () => {
  test('has a header with sources and at least 240 countries', () => {
    expect(countries.about.length).toBeGreaterThan(50);
    expect(countries.sources.length).toBeGreaterThan(0);
    expect(countries.entries.length).toBeGreaterThanOrEqual(240);
  });

  test('every entry has codes, names, coordinates and a well-formed Wikidata id', () => {
    for (const c of countries.entries) {
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.name.trim()).toBe(c.name);
      expect(c.official.length).toBeGreaterThan(0);
      expect(Array.isArray(c.aliases) && Array.isArray(c.demonyms)).toBe(true);
      expect(c.aliases).not.toContain(c.name);
      expect(Math.abs(c.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon)).toBeLessThanOrEqual(180);
      if (c.wikidata !== undefined) expect(c.wikidata).toMatch(/^Q\d+$/);
    }
  });

  test('codes, ids and every name, alias and demonym are unique across countries', () => {
    expect(new Set(countries.entries.map((c) => c.iso2)).size).toBe(countries.entries.length);
    expect(new Set(countries.entries.map((c) => c.id)).size).toBe(countries.entries.length);
    for (const [form, list] of countryByForm) expect([form, list.length]).toEqual([form, 1]);
    for (const [form, list] of countryByDemonym) expect([form, list.length]).toEqual([form, 1]);
  });

  test('common English names, short forms and official names resolve to the right country', () => {
    const expected: Array<[string, string]> = [
      ['United Kingdom', 'GB'], ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'],
      ['United States', 'US'], ['US', 'US'], ['U.S.', 'US'], ['USA', 'US'], ['U.S.A.', 'US'], ['America', 'US'],
      ['United States of America', 'US'], ['Netherlands', 'NL'], ['The Netherlands', 'NL'], ['Holland', 'NL'],
      ['Germany', 'DE'], ['Federal Republic of Germany', 'DE'], ['Czechia', 'CZ'], ['Czech Republic', 'CZ'],
      ['South Korea', 'KR'], ['Republic of Korea', 'KR'], ['Russia', 'RU'], ['Russian Federation', 'RU'],
      ['Ivory Coast', 'CI'], ["Côte d'Ivoire", 'CI'], ["People's Republic of China", 'CN'], ['PRC', 'CN'],
      ['Commonwealth of Australia', 'AU'], ['Kingdom of the Netherlands', 'NL'], ['Turkey', 'TR'],
    ];
    for (const [form, iso2] of expected) expect([form, countryOf(form)]).toEqual([form, iso2]);
  });

  test('uses the common English short name as the label', () => {
    const name = (iso2: string) => countries.entries.find((c) => c.iso2 === iso2)?.name;
    expect([name('GB'), name('US'), name('NL'), name('CZ')]).toEqual(['United Kingdom', 'United States', 'Netherlands', 'Czechia']);
  });

  test('demonyms, singular and plural nouns included, point to their country', () => {
    const expected: Array<[string, string]> = [
      ['Dutch', 'NL'], ['German', 'DE'], ['Germans', 'DE'], ['British', 'GB'], ['Briton', 'GB'], ['Brits', 'GB'],
      ['American', 'US'], ['Americans', 'US'], ['Australian', 'AU'], ['Australians', 'AU'], ['Swiss', 'CH'],
      ['Dominican', 'DO'], ['Congolese', 'CD'], ['French', 'FR'], ['Poles', 'PL'], ['Danes', 'DK'],
    ];
    for (const [form, iso2] of expected) {
      expect([form, countryByDemonym.get(fold(form))?.[0]?.iso2]).toEqual([form, iso2]);
    }
  });

  test('the only two-letter aliases are US and UK, never a two-letter English word', () => {
    const twoLetter = countries.entries.flatMap((c) => c.aliases.filter((a) => a.replace(/\./g, '').length <= 2));
    expect(new Set(twoLetter.map((a) => a.replace(/\./g, '')))).toEqual(new Set(['US', 'UK']));
    for (const w of TWO_LETTER_WORDS) expect([w, countryOf(w)]).toEqual([w, undefined]);
  });

  test('carries the Wikidata ids of well-known countries', () => {
    const qid = (iso2: string) => countries.entries.find((c) => c.iso2 === iso2)?.wikidata;
    expect([qid('US'), qid('GB'), qid('DE'), qid('NL'), qid('FR')]).toEqual(['Q30', 'Q145', 'Q183', 'Q55', 'Q142']);
  });
});

describe('places.json', () => {
  const KINDS = new Set(['city', 'borough', 'county', 'state', 'region', 'island', 'continent']);

  test('has a header with sources and thousands of places', () => {
    expect(places.about.length).toBeGreaterThan(50);
    expect(places.sources.length).toBeGreaterThan(0);
    expect(places.entries.length).toBeGreaterThan(5000);
  });

  /** Problems of one entry, as readable strings (one assertion over all entries keeps the test fast). */
  function problems(p: Place): string[] {
    const out: string[] = [];
    const bad = (what: string) => out.push(`${p.id}: ${what}`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) bad('id is not a slug');
    if (p.name.trim() !== p.name || p.name === '') bad(`name ${JSON.stringify(p.name)}`);
    if (!KINDS.has(p.kind)) bad(`kind ${p.kind}`);
    if (typeof p.ambiguous !== 'boolean') bad('ambiguous is not a boolean');
    if (p.country === undefined ? !['continent', 'region', 'island'].includes(p.kind) : !iso2s.has(p.country)) bad(`country ${p.country}`);
    if (p.population !== undefined && !(Number.isInteger(p.population) && p.population > 0)) bad(`population ${p.population}`);
    if ((p.lat === undefined) !== (p.lon === undefined)) bad('lat without lon');
    if (p.lat !== undefined && !(Math.abs(p.lat) <= 90 && Math.abs(p.lon ?? 999) <= 180)) bad(`coordinates ${p.lat},${p.lon}`);
    if (p.wikidata !== undefined && !/^Q\d+$/.test(p.wikidata)) bad(`wikidata ${p.wikidata}`);
    for (const c of p.alsoIn ?? []) if (!iso2s.has(c) || c === p.country) bad(`alsoIn ${c}`);
    for (const a of p.ambiguousAliases ?? []) if (!p.aliases.includes(a)) bad(`ambiguous alias ${a} is no alias`);
    return out;
  }

  test('every entry is well formed', () => {
    expect(places.entries.flatMap(problems)).toEqual([]);
    // cities and towns come from GeoNames: all have coordinates, nearly all a population
    const cities = places.entries.filter((p) => p.kind === 'city');
    expect(cities.filter((p) => p.lat === undefined).map((p) => p.id)).toEqual([]);
    expect(cities.filter((p) => p.population === undefined).length).toBeLessThan(cities.length / 100);
  });

  test('every id is unique and every name or alias belongs to one place only', () => {
    expect(new Set(places.entries.map((p) => p.id)).size).toBe(places.entries.length);
    const shared = [...placeByForm].filter(([, list]) => list.length > 1).map(([form]) => form);
    expect(shared).toEqual([]);
  });

  test('no place is named like a country, a country alias or a demonym', () => {
    const clashes = places.entries
      .flatMap((p) => [p.name, ...p.aliases])
      .filter((f) => countryByForm.has(fold(f)) || countryByDemonym.has(fold(f)));
    expect(clashes).toEqual([]);
  });

  test('no alias is a bare two-letter word (IT, IN, ME... are English words); dotted abbreviations ("Va.") need their dot', () => {
    expect(places.entries.flatMap((p) => p.aliases.filter((a) => a.replace(/\./g, '').length <= 2 && !/^(?:\p{Lu}[\p{Ll}]?\.)+$/u.test(a)))).toEqual([]);
    // the dot is part of the form, so "Va." never matches the word "Va"
    expect(placeNamed('Va.')?.name).toBe('Virginia');
  });

  test('places UK towns, London districts, counties and islands in GB', () => {
    for (const form of ['Walthamstow', 'Hackney', 'Portsmouth', 'Isle of Wight', 'Cambridgeshire', 'Kent', 'London', 'Tower Hamlets', 'Greater Manchester']) {
      expect([form, placeNamed(form)?.country]).toEqual([form, 'GB']);
    }
    expect(placeNamed('Walthamstow')?.kind).toBe('borough');
    expect(placeNamed('Cambridgeshire')?.kind).toBe('county');
    expect(placeNamed('Isle of Wight')?.kind).toBe('island');
    for (const nation of ['England', 'Scotland', 'Wales', 'Northern Ireland']) {
      expect([nation, placeNamed(nation)?.country, placeNamed(nation)?.kind]).toEqual([nation, 'GB', 'region']);
    }
  });

  test('resolves world cities, states and regions', () => {
    const expected: Array<[string, string | undefined, string]> = [
      ['Mexico City', 'MX', 'city'], ['Amsterdam', 'NL', 'city'], ['Cologne', 'DE', 'city'], ['Köln', 'DE', 'city'],
      ['Gothenburg', 'SE', 'city'], ['California', 'US', 'state'], ['Ontario', 'CA', 'state'],
      ['New South Wales', 'AU', 'state'], ['Bavaria', 'DE', 'state'], ['North Holland', 'NL', 'state'],
      ['Europe', undefined, 'continent'], ['South America', undefined, 'continent'], ['Middle East', undefined, 'region'],
      ['Scandinavia', undefined, 'region'], ['Balkans', undefined, 'region'], ['Latin America', undefined, 'region'],
    ];
    for (const [form, country, kind] of expected) {
      const p = placeNamed(form);
      expect([form, p?.country, p?.kind]).toEqual([form, country, kind]);
    }
  });

  test('has towns of 50,000 people outside Europe too (news datelines: "Hua Hin", "Pattaya")', () => {
    expect([placeNamed('Hua Hin')?.country, placeNamed('Pattaya')?.country]).toEqual(['TH', 'TH']);
  });

  test('"Metro Manila" and "Yakutia" are known names of their regions', () => {
    expect([placeNamed('Metro Manila')?.id, placeNamed('Yakutia')?.id]).toEqual(['national-capital-region-ph', 'sakha-ru']);
  });

  test('keeps every US state, with Georgia renamed away from the country', () => {
    const states = places.entries.filter((p) => p.country === 'US' && p.kind === 'state');
    expect(states).toHaveLength(50);
    expect(placeNamed('Georgia')).toBeUndefined();
    expect(placeNamed('Georgia (U.S. state)')?.country).toBe('US');
  });

  test('"Washington" is Washington, D.C.; the state is "Washington State"', () => {
    const dc = placeNamed('Washington');
    expect(dc?.name).toBe('Washington, D.C.');
    expect(dc?.aliases).toEqual(expect.arrayContaining(['Washington', 'Washington DC', 'Washington D.C.']));
    expect(placeNamed('Washington DC')).toBe(dc);
    const state = placeNamed('Washington state');
    expect([state?.name, state?.kind]).toEqual(['Washington State', 'state']);
  });

  test('a name shared across countries goes to the most populous place, the others listed in alsoIn', () => {
    const london = placeNamed('London');
    expect(london?.id).toBe('london-gb');
    expect(london?.alsoIn).toContain('CA');
    expect(placeNamed('Portsmouth')?.alsoIn).toContain('US');
  });

  test('marks names that are also English words or first names as ambiguous', () => {
    for (const form of ['Reading', 'Bath', 'Nice', 'Mobile', 'Split', 'Victoria', 'Jackson', 'Lincoln', 'Orange', 'Independence']) {
      expect([form, placeNamed(form)?.ambiguous]).toEqual([form, true]);
    }
    for (const form of ['London', 'Portsmouth', 'Walthamstow', 'Cambridgeshire', 'Amsterdam', 'Sydney']) {
      expect([form, placeNamed(form)?.ambiguous]).toEqual([form, false]);
    }
    expect(placeNamed('Hull')?.ambiguousAliases).toContain('Hull');
  });

  test('first-level divisions go by their English forms too: "X Voivodeship", adjectival and noun forms', () => {
    const expected: Array<[string, string, string]> = [
      ['Masovian Voivodeship', 'PL', 'Mazovia'], ['Mazovia Voivodeship', 'PL', 'Mazovia'],
      ['Lower Silesian Voivodeship', 'PL', 'Lower Silesia'], ['Silesian Voivodeship', 'PL', 'Silesia'],
      ['South Moravia', 'CZ', 'South Moravian'], ['South Moravian Region', 'CZ', 'South Moravian'],
      ['Moravia-Silesia', 'CZ', 'Moravian-Silesian Region'], ['South Bohemia', 'CZ', 'South Bohemian Region'],
      ['Rivers State', 'NG', 'Rivers State'], ['Lombardy Region', 'IT', 'Lombardy'],
    ];
    for (const [form, country, name] of expected) {
      const p = placeNamed(form);
      expect([form, p?.country, p?.kind, p?.name]).toEqual([form, country, 'state', name]);
    }
    // a division whose name says what it is gets no second word ("Adygeya Republic" is no oblast)
    expect(placeNamed('Adygeya Oblast')).toBeUndefined();
  });

  test('French départements and German Regierungsbezirke are second-level divisions', () => {
    for (const [form, country] of [['Moselle', 'FR'], ['Seine-Saint-Denis', 'FR'], ['Meurthe-et-Moselle', 'FR'], ['Bas-Rhin', 'FR'], ['Upper Bavaria', 'DE']]) {
      expect([form, placeNamed(form)?.country, placeNamed(form)?.kind]).toEqual([form, country, 'county']);
    }
    // a département named like a city inside it is that city (Paris)
    expect(placeNamed('Paris')?.kind).toBe('city');
  });

  test('minor towns (below majorPopulation) are in, but never take a name from a better-known place', () => {
    for (const [form, country] of [['Břeclav', 'CZ'], ['La Pobla de Vallbona', 'ES'], ['Ponta Porã', 'BR'], ['Korschenbroich', 'DE'], ['Mernda', 'AU']]) {
      expect([form, placeNamed(form)?.country]).toEqual([form, country]);
    }
    // Greenwich (CT, 13,000) does not take the name of the London district, nor Limerick (PA) the Irish county's alias
    expect([placeNamed('Greenwich')?.country, placeNamed('Greenwich')?.alsoIn]).toEqual(['GB', ['US']]);
    expect(placeNamed('Limerick')?.name).toBe('County Limerick');
    // nor the name of a market (Bohemia, NY)
    expect(placeNamed('Bohemia')).toBeUndefined();
  });

  test('a minor town\'s one-word name needs a place context (many are surnames: Tamm, Davidson)', () => {
    for (const form of ['Tamm', 'Davidson', 'Mitchell', 'Terlizzi', 'Břeclav']) {
      expect([form, placeNamed(form)?.ambiguous]).toEqual([form, true]);
    }
    // a name of several words is no surname; a town of the old thresholds keeps its reading
    for (const form of ['Ponta Porã', 'La Pobla de Vallbona', 'Portsmouth', 'Walthamstow', 'Haan', 'Korschenbroich']) {
      expect([form, placeNamed(form)?.ambiguous]).toEqual([form, false]);
    }
  });
});

describe('generators', () => {
  test('the committed files are exactly what build-countries.mjs and build-places.mjs produce', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dwk-gazetteers-'));
    try {
      const tools = join(__dirname, '..', 'ontology', 'tools');
      const run = (script: string, args: string[]) => {
        const r = spawnSync(process.execPath, [join(tools, script), ...args], { encoding: 'utf8' });
        expect([script, r.status, r.stderr]).toEqual([script, 0, '']);
      };
      run('build-countries.mjs', ['--out', join(tmp, 'countries.json')]);
      run('build-places.mjs', ['--out', join(tmp, 'places.json'), '--countries', join(tmp, 'countries.json')]);
      for (const file of ['countries.json', 'places.json']) {
        const same = readFileSync(join(tmp, file), 'utf8') === readFileSync(join(dir, file), 'utf8');
        expect([file, same ? 'up to date' : 'stale: rerun the generator']).toEqual([file, 'up to date']);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
