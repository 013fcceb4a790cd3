/**
 * darkweb-kg: the pattern vocabulary (ontology/patterns.json) compiled once into sets and regular
 * expressions: head nouns, connector words and relation trigger phrases.
 */
import { readFileSync } from 'node:fs';
import { ontologyPath } from '../paths';

export interface Vocab {
  agencyHeads: Set<string>;
  unitHeads: Set<string>;
  agencyKeywords: RegExp;
  /** agency heads that make an agency only with a keyword in the name ("Organised Crime Group" yes, "Wagner Group" no) */
  headsNeedingKeyword: Set<string>;
  marketHeads: Set<string>;
  organizationHeads: Set<string>;
  criminalGroupNouns: Set<string>;
  nameConnectors: Set<string>;
  nameParticles: Set<string>;
  determiners: Set<string>;
  speechVerbs: Set<string>;
  placePrepositions: Set<string>;
  personNouns: Set<string>;
  /** words that never make part of a person's name ("Dark Web", "National Crime") */
  nonNameWords: Set<string>;
  /** "officers of the", "investigators from": the people of the agency named next */
  agentsOf: RegExp;
  /** phrase lists compiled to global, case-insensitive, word-bounded regexes */
  re: Record<
    | 'cooperation' | 'lead' | 'leadVerb' | 'participation' | 'action' | 'takedown' | 'precedence' | 'sell' | 'operate'
    | 'arrest' | 'charge' | 'seizure',
    RegExp
  >;
}

function phraseRe(list: string[]): RegExp {
  const alts = [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // the phrases are plain ASCII: \b is word-bounded enough and much cheaper than Unicode look-arounds
  const re = new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi');
  gate(re, list);
  return re;
}

// ---- the word gate: `has` and `findAll` skip a text that holds none of a phrase list's first words ----
// A phrase regex `\b(?:…)` (non-Unicode, case-insensitive) can only match where the first ASCII word of one
// of its phrases stands in the text as a whole ASCII word ([A-Za-z0-9_] run) in any case; so one pass over
// a text's words, looked up in a table of those first words, tells which lists cannot match. The table is
// indexed by a hash of the word and keeps one bit per list: a collision only costs a regex run.

const GATE_SIZE = 1 << 14;
const FIRST_WORDS = new Int32Array(GATE_SIZE);
const GATES = new Map<RegExp, number>();

/** Hash of an ASCII word, case folded (c | 32 lower-cases letters and keeps digits and "_" apart). */
function foldHash(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 32)) | 0;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Register a regex made of `\b(?:phrases)`: it is gated unless a phrase starts with no word character. */
function gate(re: RegExp, phrases: string[]): void {
  const firsts: string[] = [];
  for (const p of phrases) {
    const m = /^[A-Za-z0-9_]+/.exec(p);
    if (!m) return;
    firsts.push(m[0]);
  }
  const bit = 1 << (GATES.size % 31);
  for (const w of firsts) {
    let h = 0;
    for (let k = 0; k < w.length; k++) h = foldHash(h, w.charCodeAt(k));
    FIRST_WORDS[h & (GATE_SIZE - 1)] |= bit;
  }
  GATES.set(re, bit);
}

let lastText: string | undefined;
let lastMask = 0;
/** The bits of the lists whose first words `text` may hold (the last text's answer is kept: rules ask again). */
function wordMask(text: string): number {
  if (text === lastText) return lastMask;
  let mask = 0;
  let h = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isWordChar(c)) {
      h = inWord ? foldHash(h, c) : foldHash(0, c);
      inWord = true;
    } else if (inWord) {
      mask |= FIRST_WORDS[h & (GATE_SIZE - 1)];
      inWord = false;
    }
  }
  if (inWord) mask |= FIRST_WORDS[h & (GATE_SIZE - 1)];
  lastText = text;
  lastMask = mask;
  return mask;
}

/** Can the (gated) regex match in `text` at all? (true for a regex that is not gated) */
function mayMatch(re: RegExp, text: string): boolean {
  const bit = GATES.get(re);
  return bit === undefined || (wordMask(text) & bit) !== 0;
}

let cached: Vocab | undefined;

export function vocab(): Vocab {
  if (cached) return cached;
  const p = JSON.parse(readFileSync(ontologyPath('patterns.json'), 'utf8'));
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  cached = {
    agencyHeads: lower(p.agencyHeads),
    unitHeads: lower(p.unitHeads),
    agencyKeywords: phraseRe(p.agencyKeywords),
    headsNeedingKeyword: lower(p.groupHeadsRequireContext),
    marketHeads: lower(p.marketHeads),
    organizationHeads: lower(p.organizationHeads),
    criminalGroupNouns: lower(p.criminalGroupNouns),
    nameConnectors: lower(p.nameConnectors),
    nameParticles: lower(p.nameParticles),
    determiners: lower(p.determiners),
    speechVerbs: lower(p.speechVerbs),
    placePrepositions: lower(p.placePrepositions),
    personNouns: lower(p.personNouns),
    nonNameWords: lower(p.nonNameWords),
    agentsOf: new RegExp(`\\b(?:${(p.agentNouns as string[]).map((x) => x.replace(/ /g, '\\s+')).join('|')})\\s+(?:of|from|with|at)\\s+(?:the\\s+)?$`, 'i'),
    re: {
      cooperation: phraseRe(p.cooperationTriggers),
      lead: phraseRe(p.leadTriggers),
      leadVerb: phraseRe(p.leadVerbs),
      participation: phraseRe(p.participationTriggers),
      action: phraseRe(p.actionVerbs),
      takedown: phraseRe(p.takedownVerbs),
      precedence: phraseRe(p.precedenceTriggers),
      sell: phraseRe(p.sellVerbs),
      operate: phraseRe(p.operateVerbs),
      arrest: phraseRe(p.arrestWords),
      charge: phraseRe(p.chargeWords),
      seizure: phraseRe(p.seizureWords),
    },
  };
  return cached;
}

/** All matches of a compiled phrase regex in `text`, as [start, end) offsets. */
export function findAll(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return out;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return mayMatch(re, text) && re.test(text);
}
