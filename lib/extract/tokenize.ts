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

const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const COMPOUND = /^(\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}]*)*)-(?:based|born|linked|led|coordinated|co-ordinated|backed|supported|sponsored|registered|run|speaking|language|made|bound|owned|operated|focused|wide|headquartered|hosted|centred|centered|area|region)$/u;

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

/** Is the code point at `i` a letter or digit? Its length in code units (1 or 2), or 0 when it is not. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[c];
  if (known === 0) BMP_WORD[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Letter-or-digit of each BMP code unit, learnt as met: 0 unknown, 1 yes, 2 no. */
const BMP_WORD = new Uint8Array(65536);

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Characters that join two runs of letters or digits into one token: - ' ’ . & */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

/**
 * End of the token starting at `i` (not white space): the longest match of
 * `[\p{L}\p{N}]+(?:[-'\u2019.&][\p{L}\p{N}]+)*|\S`, scanned by hand (a Unicode regex is the tokenizer's main cost).
 */
function tokenEnd(text: string, i: number): number {
  let n = wordCharLength(text, i);
  if (n === 0) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
  }
  let j = i + n;
  while ((n = wordCharLength(text, j)) > 0) j += n;
  while (j < text.length && isJoiner(text.charCodeAt(j)) && (n = wordCharLength(text, j + 1)) > 0) {
    j += 1 + n;
    while ((n = wordCharLength(text, j)) > 0) j += n;
  }
  return j;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        i++;
        continue;
      }
      // fast paths, for what most text is: a plain ASCII word that nothing joins on, or one ASCII mark
      if (!isAsciiWordChar(c)) {
        const t = text[i];
        out.push({ text: t, norm: c === 46 ? '' : t, start: offset + i, end: offset + i + 1, cap: false, upper: false, word: false });
        i++;
        continue;
      }
      let j = i;
      let upper = 0;
      let lower = 0;
      let d = c;
      for (; j < n && isAsciiWordChar((d = text.charCodeAt(j))); j++) {
        if (d <= 90 && d >= 65) upper++;
        else if (d >= 97) lower++;
      }
      // the word goes on if a non-ASCII character (maybe a letter) follows, or a joiner before what may be a
      // letter or digit; a capital before a dot may be an initial ("M."): those take the general path
      let ends = j === n;
      if (!ends && d < 128) {
        const e = text.charCodeAt(j + 1);
        ends = !isJoiner(d) || ((e !== e || (e < 128 && !isAsciiWordChar(e))) && !(j === i + 1 && d === 46));
      }
      if (ends) {
        const t = text.slice(i, j);
        out.push({
          text: t,
          norm: upper === 0 ? t : t.toLowerCase(),
          start: offset + i,
          end: offset + j,
          cap: (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && upper > 0),
          upper: upper >= 2 && lower === 0,
          word: true,
        });
        i = j;
        continue;
      }
    } else if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = tokenEnd(text, i);
    let t = text.slice(start, end);
    const len = t.length;
    // the special cases below are each gated by a character test, so plain words take no further regex
    // "U.S." keeps its final dot
    if (len >= 3 && t.includes('.') && INITIALISM.test(t) && text[end] === '.') {
      t += '.';
      end++;
    }
    i = end;
    // a middle initial keeps its dot: "Jordan M. Keller"
    if (len === 1 && text.charCodeAt(start + 1) === 46 && /^\p{Lu}$/u.test(t) && /^\s+\p{Lu}/u.test(text.slice(start + 2, start + 4))) {
      push(out, t + '.', offset + start);
      i = end + 1;
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
  let dot = false;
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
    else if (c === 46) dot = true;
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
    // what normToken gives, without its look-up for ASCII words: as is, or lower-cased
    norm: ascii && !dot ? (upperLetters === 0 ? t : t.toLowerCase()) : normToken(t),
    start,
    end: start + t.length,
    cap: word && (firstUpper || (firstDigit && upperLetters > 0)),
    upper: upperLetters >= 2 && lowerLetters === 0,
    word,
  });
}
