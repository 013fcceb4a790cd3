/**
 * darkweb-kg view: the search behind the autocomplete boxes. Every entity is found by its name or any
 * alias, ignoring case, accents and punctuation. Results rank exact matches first, then names that
 * start with the query, then names with a word that does, then any substring; ties go to the
 * better-connected entity. A linear scan: about 30,000 names take a few milliseconds.
 */

export interface SearchEntry {
  /** Caller's id for the entity (the view uses the node index). */
  id: number;
  label: string;
  aliases: readonly string[];
  /** Tie-breaker: higher first (the view uses the degree). */
  weight: number;
}

export interface SearchHit {
  id: number;
  label: string;
  /** The alias that matched, when it was not the label. */
  alias?: string;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents removed, every run of non-letters/digits one space. */
export function normalizeName(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

interface Term {
  text: string;
  /** The original alias, or undefined for the label. */
  alias?: string;
}

/** Rank of a normalized term against a normalized query (lower is better), or -1 for no match. */
function rank(term: string, query: string): number {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  const at = term.indexOf(query);
  if (at === -1) return -1;
  return term[at - 1] === ' ' ? 2 : 3;
}

export class SearchIndex {
  private readonly entries: ReadonlyArray<{ entry: SearchEntry; terms: Term[] }>;

  constructor(entries: Iterable<SearchEntry>) {
    const list: Array<{ entry: SearchEntry; terms: Term[] }> = [];
    for (const entry of entries) {
      const terms: Term[] = [{ text: normalizeName(entry.label) }];
      for (const alias of entry.aliases) terms.push({ text: normalizeName(alias), alias });
      list.push({ entry, terms: terms.filter((t) => t.text.length > 0) });
    }
    this.entries = list;
  }

  search(query: string, limit = 10): SearchHit[] {
    const q = normalizeName(query);
    if (q.length === 0) return [];
    const found: Array<{ hit: SearchHit; score: number; weight: number }> = [];
    for (const { entry, terms } of this.entries) {
      let best = -1;
      let alias: string | undefined;
      for (const t of terms) {
        // Rank 0-3; a label beats an alias of the same rank.
        const r = rank(t.text, q);
        if (r === -1) continue;
        const score = r * 2 + (t.alias === undefined ? 0 : 1);
        if (best === -1 || score < best) {
          best = score;
          alias = t.alias;
        }
      }
      if (best === -1) continue;
      const hit: SearchHit = { id: entry.id, label: entry.label };
      if (alias !== undefined) hit.alias = alias;
      found.push({ hit, score: best, weight: entry.weight });
    }
    found.sort(
      (a, b) =>
        a.score - b.score ||
        b.weight - a.weight ||
        a.hit.label.length - b.hit.label.length ||
        (a.hit.label < b.hit.label ? -1 : a.hit.label > b.hit.label ? 1 : 0),
    );
    return found.slice(0, limit).map((f) => f.hit);
  }
}
