/**
 * darkweb-kg: the lexicon. Loads the gazetteers under ontology/gazetteers/ (countries, places, agencies,
 * markets, operations, organizations, drugs, roles) into one token trie, so that a document is matched
 * against every known name in a single left-to-right pass. The knowledge lives in the data files; this
 * module only reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ontologyPath } from '../paths';
import type { EntityClass } from '../types';
import { normToken, tokenize } from './tokenize';

export interface LexEntry {
  /** Resolution key, e.g. `agency:europol`, `country:netherlands`. */
  key: string;
  type: EntityClass;
  label: string;
  /** Every known surface form other than the label. */
  aliases: string[];
  wikidata?: string;
  /** Agency parent key, for units. */
  parent?: string;
  /** ISO2 country of an agency or place. */
  country?: string;
  kind?: string;
}

export interface LexForm {
  entry: LexEntry;
  form: string;
  /** Acronyms match only in their exact case. */
  caseSensitive: boolean;
  /** Forms that are also ordinary words; they need a supporting context. */
  ambiguous: boolean;
  /** Index of the form's first capitalised token (-1: none), for the case check; set when inserted. */
  firstCap?: number;
  /** The form without dots, spaces collapsed: what a case-sensitive form must read as; set when inserted. */
  exact?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  forms?: LexForm[];
  /** On a trie's root: a bit per hash of each first word (see `mayStart`), set as forms are inserted. */
  firsts?: Int32Array;
}

// Most tokens start no name: a small bit table over a hash of the first words answers that for most of them
// without the Map look-up (which hashes a fresh string and misses the cache in a large table).
const FIRSTS_BITS = 1 << 18;

function wordHash(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h & (FIRSTS_BITS - 1);
}

/** Can a form of this trie start with the word `norm`? (false: certainly not; true: look it up) */
function mayStart(root: TrieNode, norm: string): boolean {
  const bits = root.firsts;
  if (bits === undefined) return true;
  const h = wordHash(norm);
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}

export interface Roles {
  titles: string[];
  agencyRoles: Record<string, string[]>;
  suspectNouns: string[];
}

export interface Lexicon {
  entries: Map<string, LexEntry>;
  root: TrieNode;
  /** normalised demonym -> country key ("dutch" -> country:netherlands) */
  demonyms: Map<string, string>;
  /** lower-cased common given names (ontology/gazetteers/given-names.json) */
  givenNames: Set<string>;
  /** normalised role/title token sequences */
  titles: TrieNode;
  roles: Roles;
  /** keys of entries recognised in text but never made nodes (software such as Tor: kind "software") */
  silent: Set<string>;
  /** count of entries per gazetteer, for reporting */
  sizes: Record<string, number>;
}

type Json = Record<string, any>;

function readGazetteer(dir: string, name: string): Json {
  const file = join(dir, 'gazetteers', name);
  if (!existsSync(file)) return { entries: [] };
  return JSON.parse(readFileSync(file, 'utf8'));
}

const slug = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/** Every entry with the same fields in the same order (one hidden class for the matchers' e.type / e.key reads). */
function lexEntry(
  key: string, type: EntityClass, label: string, aliases: string[], wikidata: string | undefined, parent: string | undefined, country: string | undefined, kind: string | undefined,
): LexEntry {
  return { key, type, label, aliases, wikidata, parent, country, kind };
}

/** A trie node; every node has the same fields (undefined where absent). */
function trieNode(): TrieNode {
  return { next: new Map(), forms: undefined, firsts: undefined };
}

let cached: Lexicon | undefined;

/** The lexicon built from the packaged ontology/ (loaded once per process). */
export function defaultLexicon(): Lexicon {
  if (!cached) cached = loadLexicon(ontologyPath());
  return cached;
}

export function loadLexicon(ontologyDir: string): Lexicon {
  const lex: Lexicon = {
    entries: new Map(),
    root: trieNode(),
    demonyms: new Map(),
    titles: trieNode(),
    givenNames: new Set(),
    roles: { titles: [], agencyRoles: {}, suspectNouns: [] },
    silent: new Set(),
    sizes: {},
  };
  const add = (e: LexEntry, forms: string[], ambiguousForms: Set<string>, ambiguousEntry = false) => {
    if (lex.entries.has(e.key)) return;
    // a form other entries share is no name of this one on its own (it stays matchable, with context)
    e.aliases = e.aliases.filter((a) => !ambiguousForms.has(a));
    lex.entries.set(e.key, e);
    for (const f of new Set([e.label, ...forms])) {
      const letters = f.replace(/[^\p{L}]/gu, '');
      const caseSensitive = /^[\p{Lu}\p{N}.&-]+$/u.test(f.replace(/\s/g, '')) && letters.length <= 8 && letters.length >= 2;
      const ambiguous = ambiguousForms.has(f) || ambiguousEntry;
      insert(lex.root, f, { entry: e, form: f, caseSensitive, ambiguous, firstCap: undefined, exact: undefined });
    }
  };

  // countries
  const countries = readGazetteer(ontologyDir, 'countries.json');
  for (const c of countries.entries ?? []) {
    const key = `country:${slug(c.name)}`;
    add(
      lexEntry(key, 'Country', c.name, [...strings(c.aliases), ...strings([c.official])], c.wikidata, undefined, c.iso2, undefined),
      [...strings(c.aliases), ...strings([c.official])],
      new Set(),
    );
    for (const d of strings(c.demonyms)) lex.demonyms.set(normToken(d), key);
  }
  lex.sizes.countries = (countries.entries ?? []).length;

  const places = readGazetteer(ontologyDir, 'places.json');
  for (const p of places.entries ?? []) {
    const key = `location:${p.id ?? slug(p.name + '-' + (p.country ?? ''))}`;
    add(lexEntry(key, 'Location', p.name, strings(p.aliases), p.wikidata, undefined, p.country, p.kind),
      strings(p.aliases), new Set(strings(p.ambiguousAliases)), !!p.ambiguous);
    if (p.ambiguous) lex.entries.get(key)!.kind = `${p.kind ?? 'place'}:ambiguous`;
  }
  lex.sizes.places = (places.entries ?? []).length;

  const simple: Array<[string, EntityClass, string]> = [
    ['agencies.json', 'Agency', 'agency'],
    ['markets.json', 'Marketplace', 'marketplace'],
    ['operations.json', 'Operation', 'operation'],
    ['organizations.json', 'Organization', 'organization'],
    ['criminal-groups.json', 'CriminalGroup', 'criminalgroup'],
    ['drugs.json', 'Drug', 'drug'],
  ];
  for (const [file, type, prefix] of simple) {
    const g = readGazetteer(ontologyDir, file);
    for (const x of g.entries ?? []) {
      const forms = [...strings(x.aliases), ...strings(x.acronyms), ...strings(x.native)];
      if (type === 'Operation') for (const f of [x.name, ...forms]) if (!/^operation\b/i.test(f)) forms.push(`Operation ${f}`);
      const amb = new Set([...strings(x.ambiguousAliases), ...strings(x.ambiguousAcronyms)]);
      add(
        lexEntry(
          `${prefix}:${x.id ?? slug(x.name)}`,
          type,
          x.name,
          forms.filter((f) => f !== x.name),
          typeof x.wikidata === 'string' ? x.wikidata : undefined,
          x.parent ? `agency:${x.parent}` : undefined,
          x.country,
          x.kind ?? x.class,
        ),
        forms,
        amb,
      );
    }
    lex.sizes[file.replace('.json', '')] = (g.entries ?? []).length;
    for (const x of g.entries ?? []) if (x.kind === 'software') lex.silent.add(`${prefix}:${x.id ?? slug(x.name)}`);
  }

  for (const n of strings(readGazetteer(ontologyDir, 'given-names.json').entries)) lex.givenNames.add(n.toLowerCase());

  const roles = readGazetteer(ontologyDir, 'roles.json');
  lex.roles = { titles: strings(roles.titles), agencyRoles: roles.agencyRoles ?? {}, suspectNouns: strings(roles.suspectNouns) };
  const titleForms = new Set<string>(lex.roles.titles);
  // "Special Agent-in-Charge" as well as "Special Agent in Charge"
  for (const t of lex.roles.titles) if (/ in charge\b/i.test(t)) titleForms.add(t.replace(/ in charge\b/i, (m) => m.replace(/ /g, '-')));
  // plural ranks before several names: "Assistant U.S. Attorneys Michael Gadd and Vernon Stejskal"
  for (const t of lex.roles.titles) if (/(?:Attorney|Agent|Officer|Inspector|Prosecutor|Detective|Investigator|Judge|Constable|Sergeant)$/i.test(t)) titleForms.add(`${t}s`);
  // abbreviated ranks: "Det Insp", "DCI"
  const abbr = roles.abbreviations && typeof roles.abbreviations === 'object' ? Object.keys(roles.abbreviations) : [];
  for (const a of abbr) titleForms.add(a);
  for (const t of titleForms) insert(lex.titles, t, { entry: ROLE_ENTRY, form: t, caseSensitive: false, ambiguous: false, firstCap: undefined, exact: undefined });
  return lex;
}

const ROLE_ENTRY: LexEntry = lexEntry('role', 'Person', 'role', [], undefined, undefined, undefined, undefined);

function insert(root: TrieNode, form: string, value: LexForm): void {
  const toks = tokenize(form);
  if (toks.length === 0) return;
  // what caseOk compares, computed once here rather than at every match
  value.firstCap = toks.findIndex((t) => t.cap);
  value.exact = form.replace(/\./g, '').replace(/\s+/g, ' ');
  const h = wordHash(toks[0].norm);
  (root.firsts ??= new Int32Array(FIRSTS_BITS >>> 5))[h >>> 5] |= 1 << (h & 31);
  let node = root;
  for (const t of toks) {
    let n = node.next.get(t.norm);
    if (!n) node.next.set(t.norm, (n = trieNode()));
    node = n;
  }
  (node.forms ??= []).push(value);
}

export interface TrieMatch {
  /** token index range [from, to) */
  from: number;
  to: number;
  forms: LexForm[];
}

type Tokens = { norm: string; text: string; cap: boolean }[];

/** Longest trie match starting at token `i` whose forms accept the actual tokens' case. */
export function matchAt(root: TrieNode, tokens: Tokens, i: number): TrieMatch | undefined {
  // most tokens start no name: one lookup
  const first = tokens[i];
  if (first === undefined || !mayStart(root, first.norm)) return undefined;
  const node = root.next.get(first.norm);
  return node === undefined ? undefined : matchFrom(node, tokens, i);
}

/** The longest match from token `i`, whose word led from the root to `node`. */
function matchFrom(node: TrieNode | undefined, tokens: Tokens, i: number): TrieMatch | undefined {
  let best: TrieMatch | undefined;
  for (let j = i; j < tokens.length && node; j++) {
    if (j > i) node = node.next.get(tokens[j].norm);
    const forms = node?.forms;
    if (forms) {
      // usually every form fits: keep the node's own array rather than a filtered copy
      let ok: LexForm[] = forms;
      for (let k = 0; k < forms.length; k++) {
        if (caseOk(forms[k], tokens, i, j + 1)) continue;
        ok = forms.filter((f) => caseOk(f, tokens, i, j + 1));
        break;
      }
      if (ok.length) best = { from: i, to: j + 1, forms: ok };
    }
  }
  return best;
}

/** The tokens' texts joined by single spaces, dots removed when `noDots`. */
function seenText(tokens: { text: string }[], from: number, to: number, noDots: boolean): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const x = tokens[k].text;
    s += (k > from ? ' ' : '') + (noDots && x.includes('.') ? x.replace(/\./g, '') : x);
  }
  return s;
}

function caseOk(f: LexForm, tokens: { text: string; cap: boolean }[], from: number, to: number): boolean {
  if (f.caseSensitive) return seenText(tokens, from, to, true) === f.exact;
  if (f.entry.type === 'Drug') {
    // "ICE" (the agency) is not "ice"; a drug written in capitals must be written so in the gazetteer
    const seen = seenText(tokens, from, to, false);
    return !(seen.length > 1 && seen === seen.toUpperCase() && seen !== seen.toLowerCase() && f.form !== f.form.toUpperCase());
  }
  // A short word in capitals is an abbreviation, not the place or body the gazetteer spells in lower case
  // ("EST" is no "Est", "ERA" no "Era")
  if (to === from + 1 && f.form.length <= 3 && tokens[from].text.length >= 2 && tokens[from].text === tokens[from].text.toUpperCase() && f.form !== f.form.toUpperCase()) return false;
  // Proper names: the first word that the form writes with a capital must be capitalised in the text.
  const k = f.firstCap ?? -1;
  return k < 0 || from + k >= to || tokens[from + k].cap;
}

/** Match a title/role at token i (case-insensitive). */
export function matchTitle(lex: Lexicon, tokens: { norm: string; text: string; cap: boolean }[], i: number): number {
  let node: TrieNode | undefined = lex.titles;
  let end = -1;
  // "Acting Senior Sergeant", "Interim Director": any title after such a word, listed with it or not
  if (i < tokens.length && TITLE_PREFIXES.has(tokens[i].norm)) {
    const rest = matchTitle(lex, tokens, i + 1);
    if (rest > i + 1) return Math.max(rest, matchTitleFrom(node, tokens, i));
  }
  if (i < tokens.length && !mayStart(node, tokens[i].norm)) return end;
  return matchTitleFrom(node, tokens, i);
}

/** Words before a title that keep it a title: "Acting Senior Sergeant", "Temporary Detective Inspector" */
export const TITLE_PREFIXES = new Set(['acting', 'temporary', 'interim']);

function matchTitleFrom(start: TrieNode, tokens: { norm: string; text: string; cap: boolean }[], i: number): number {
  let node: TrieNode | undefined = start;
  let end = -1;
  if (i < tokens.length && !mayStart(node, tokens[i].norm)) return end;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j].norm);
    if (node?.forms) end = j + 1;
    // an abbreviated rank with its full stop: "Sgt. Alex Lynch", "Cpl. Jo Bell"
    if (node?.forms && tokens[j + 1]?.text === '.' && tokens[j].text.length <= 4 && tokens[j + 2]?.cap) end = j + 2;
  }
  return end;
}
