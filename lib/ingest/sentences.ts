/**
 * darkweb-kg: sentence splitting with offsets. Splits the non-furniture parts of a text at line breaks and
 * at sentence-final punctuation, without breaking after abbreviations ("U.S.", "Dr.", "Jan.") or initials.
 * Every sentence keeps its start/end offsets into the original text. A run-on "sentence" longer than
 * MAX_SENTENCE_CHARS (a flattened table, a page without punctuation) is cut at white space into parts of at
 * most that length, which keeps the cost of extraction linear in the length of a text.
 */
import type { Sentence } from '../types';
import type { Range } from './furniture';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'det', 'insp', 'cpl', 'cst', 'const', 'maj', 'ch', 'asst', 'dep',
  'supt', 'gov', 'sen', 'rep', 'rev', 'hon', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vs', 'etc', 'approx',
  'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s.a', 'd.c', 'e.u', 'u.n',
]);

/** Longer sentences are cut into parts (real sentences stay far below this). */
export const MAX_SENTENCE_CHARS = 2000;

/** Split `text` into sentences, skipping the furniture ranges. */
export function splitSentences(text: string, furniture: Range[] = []): Sentence[] {
  const out: Sentence[] = [];
  let pos = 0;
  for (const f of [...furniture, { start: text.length, end: text.length, reason: '' }]) {
    if (f.start > pos) splitSpan(text, pos, f.start, out);
    pos = Math.max(pos, f.end);
  }
  return out;
}

function splitSpan(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      push(text, start, i, out);
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    // include closing quotes/brackets
    let end = i + 1;
    while (end < to && /["”’')\]]/.test(text[end])) end++;
    if (end < to && !/\s/.test(text[end])) continue;
    // next non-space char must start a sentence
    let j = end;
    while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j < to && text[j] !== '\n' && !/[A-Z0-9"“‘'(\[\u00C0-\u024F€$£–—-]/.test(text[j])) continue;
    if (c === 46 && isAbbreviation(text, i)) continue;
    push(text, start, end, out);
    start = end;
    i = end - 1;
  }
  push(text, start, to, out);
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[A-Za-z.]/.test(text[k])) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (word.length === 1) return /[a-z]/.test(word); // initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
    push(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end - start < 2) return;
  const s = text.slice(start, end);
  if (!/[\p{L}\p{N}]/u.test(s)) return;
  out.push({ start, end, text: s });
}

/** Where to cut [start, limit): after the last white space in its second half, else at `limit` (never inside a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + (limit - start) / 2; i--) if (/\s/.test(text[i - 1])) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
