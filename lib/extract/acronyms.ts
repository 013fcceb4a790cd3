/**
 * darkweb-kg: acronym definitions. Finds "Long Form (ACR)" and "ACR (Long Form)" in a sentence and checks
 * that the letters fit, in the Schwartz-Hearst manner (each acronym letter found in order in the long
 * form, the first at a word start), or as the same set of initials in another order, which is how
 * translated unit names keep their native acronym ("Cyber Enabled Crime Team (TCEC)").
 */
import type { Token } from './tokenize';

export interface AcronymDef {
  acronym: string;
  /** token range of the long form (excluding the parenthesised acronym) */
  from: number;
  to: number;
  /** token index just after the closing parenthesis */
  after: number;
  /** true for "ACR (Long Form)" */
  reversed: boolean;
}

const SKIP = new Set(['and', 'of', 'for', 'the', '&', ',', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'against', 'to']);

function isAcronymToken(t: Token | undefined): boolean {
  return !!t && t.word && t.upper && /^[\p{Lu}\p{N}&-]{2,12}$/u.test(t.text.replace(/\./g, ''));
}

export function findAcronymDefs(tokens: Token[]): AcronymDef[] {
  const defs: AcronymDef[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].text !== '(') continue;
    // "Long Form (ACR)"
    if (isAcronymToken(tokens[k + 1]) && tokens[k + 2].text === ')') {
      const acr = tokens[k + 1].text.replace(/\./g, '');
      const from = longFormStart(tokens, k, acr);
      if (from >= 0) defs.push({ acronym: acr, from, to: k, after: k + 3, reversed: false });
      continue;
    }
    // "ACR (Long Form)"
    if (isAcronymToken(tokens[k - 1])) {
      let close = k + 1;
      while (close < tokens.length && tokens[close].text !== ')' && close - k < 12) close++;
      if (close < tokens.length && tokens[close].text === ')' && close > k + 2) {
        const acr = tokens[k - 1].text.replace(/\./g, '');
        if (fits(acr, tokens.slice(k + 1, close))) defs.push({ acronym: acr, from: k + 1, to: close, after: close + 1, reversed: true });
      }
    }
  }
  return defs;
}

/** Earliest token index where a long form fitting `acr` starts, ending just before `paren`; -1 if none. */
function longFormStart(tokens: Token[], paren: number, acr: string): number {
  const letters = acr.replace(/[^\p{L}]/gu, '').length;
  const maxWords = Math.min(letters + 5, 14);
  let best = -1;
  let words = 0;
  for (let a = paren - 1; a >= 0 && words <= maxWords; a--) {
    const t = tokens[a];
    if (t.word && !SKIP.has(t.norm)) words++;
    else if (!t.word && t.text !== ',' && t.text !== '&') break;
    if (!t.word || SKIP.has(t.norm) || !t.cap) continue;
    const span = tokens.slice(a, paren);
    if (fits(acr, span)) {
      best = a;
      // prefer the shortest long form whose initials cover the acronym
      if (initials(span).length >= letters) break;
    }
  }
  return best;
}

function initials(span: Token[]): string {
  return span
    .filter((t) => t.word && !SKIP.has(t.norm))
    .map((t) => t.text[0].toUpperCase())
    .join('');
}

/** Do the acronym's letters fit the long form? */
export function fits(acr: string, span: Token[]): boolean {
  const A = acr.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (A.length < 2) return false;
  const words = span.filter((t) => t.word && !SKIP.has(t.norm)).map((t) => t.text);
  if (words.length === 0 || words.length > A.length + 3) return false;
  // Schwartz-Hearst: right to left, each acronym letter found in the long form, the first at a word start
  const long = words.join(' ');
  let li = long.length - 1;
  for (let ai = A.length - 1; ai >= 0; ai--) {
    const c = A[ai];
    while (li >= 0 && (long[li].toUpperCase() !== c || (ai === 0 && li > 0 && long[li - 1] !== ' '))) li--;
    if (li < 0) break;
    if (ai === 0) return li === 0;
    li--;
  }
  // same initials in another order (translated names)
  const ini = words.map((w) => w[0].toUpperCase()).sort().join('');
  return ini === A.split('').sort().join('');
}
