/**
 * darkweb-kg: word tokens with offsets. A token is a run of letters/digits with inner hyphens, apostrophes,
 * dots and ampersands ("Zeeland-West", "34-year-old", "U.S.", "AT&T"); a possessive "'s" is its own token;
 * any other non-space character is a one-character token. `norm` is the matching form: accents folded,
 * lower case, dots removed, curly apostrophes straightened.
 */

export interface Token {
  text: string;
  norm: string;
  /** Offsets into the document text. */
  start: number;
  end: number;
  /** First character is an upper-case letter (or the token is a number-bearing acronym like EC3). */
  cap: boolean;
  /** Letters are all upper case (2+ letters): an acronym. */
  upper: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'\u2019.&][\p{L}\p{N}]+)*|\S/gu;
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const COMPOUND = /^(\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}]*)*)-(?:based|born|linked|led|registered|run|speaking|language|made|bound|owned|operated|focused|wide|headquartered|hosted|centred|centered|area|region)$/u;

/** normToken of the words seen so far that needed a change: news repeats its words. */
const NORMS = new Map<string, string>();
const MAX_NORMS = 200_000;

export function normToken(s: string): string {
  // lower-case ASCII without dots (most words) is its own norm
  let plain = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127 || c === 46 || (c >= 65 && c <= 90)) {
      plain = false;
      break;
    }
  }
  if (plain) return s;
  const hit = NORMS.get(s);
  if (hit !== undefined) return hit;
  let n = s;
  if (/[^\x00-\x7f]/.test(n)) n = n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u2019/g, "'");
  n = n.toLowerCase();
  if (n.includes('.')) n = n.replace(/\./g, '');
  if (NORMS.size >= MAX_NORMS) NORMS.clear();
  NORMS.set(s, n);
  return n;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    let start = m.index;
    const len = t.length;
    // the special cases below are each gated by a character test, so plain words take no further regex
    // "U.S." keeps its final dot
    if (len >= 3 && t.charCodeAt(1) === 46 && INITIALISM.test(t) && text[start + len] === '.') {
      t += '.';
      TOKEN.lastIndex++;
    }
    // a middle initial keeps its dot: "Jordan M. Keller"
    if (len === 1 && text.charCodeAt(start + 1) === 46 && /^\p{Lu}$/u.test(t) && /^\s+\p{Lu}/u.test(text.slice(start + 2, start + 4))) {
      push(out, t + '.', offset + start);
      TOKEN.lastIndex++;
      continue;
    }
    // "Frankfurt-based", "Russian-speaking": the name and the suffix are two tokens
    const comp = t.includes('-') ? COMPOUND.exec(t) : null;
    if (comp) {
      push(out, comp[1], offset + start);
      push(out, t.slice(comp[1].length), offset + start + comp[1].length);
      continue;
    }
    const apos = t.length > 2 ? t.charCodeAt(t.length - 2) : 0;
    if ((apos === 39 || apos === 0x2019) && (t.charCodeAt(t.length - 1) | 32) === 115) {
      push(out, t.slice(0, -2), offset + start);
      push(out, t.slice(-2), offset + start + t.length - 2);
      continue;
    }
    // a trailing apostrophe after s ("Chiefs'") is dropped
    push(out, t, offset + start);
  }
  return out;
}

function push(out: Token[], t: string, start: number): void {
  // ASCII fast path: most tokens need no Unicode property tests
  let word = false;
  let upperLetters = 0;
  let lowerLetters = 0;
  let ascii = true;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 65 && c <= 90) {
      upperLetters++;
      word = true;
    } else if (c >= 97 && c <= 122) {
      lowerLetters++;
      word = true;
    } else if (c >= 48 && c <= 57) word = true;
    else if (c > 127) ascii = false;
  }
  if (!ascii) {
    word = /[\p{L}\p{N}]/u.test(t);
    const letters = t.replace(/[^\p{L}]/gu, '');
    upperLetters = letters.replace(/[^\p{Lu}]/gu, '').length;
    lowerLetters = letters.length - upperLetters;
  }
  const first = t.charCodeAt(0);
  const firstUpper = ascii ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(t);
  const firstDigit = first >= 48 && first <= 57;
  out.push({
    text: t,
    norm: normToken(t),
    start,
    end: start + t.length,
    cap: word && (firstUpper || (firstDigit && upperLetters > 0)),
    upper: upperLetters >= 2 && lowerLetters === 0,
    word,
  });
}
