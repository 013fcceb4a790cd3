/**
 * darkweb-kg: the cross-document decisions of resolution, taken once every document is in. Each maps a
 * resolution key to the key of the entity it is folded into:
 *
 * - alias redirects: a name found by pattern in one article that a gazetteer entry (or one other entity of
 *   the same class) carries as a name; a person named with middle names who is named without them elsewhere;
 * - event redirects: an operation an article does not name is the named operation another article reports
 *   with the same figures (two or more equal arrest figures, by place or the total; the named operation
 *   sharing the most figures wins, ties to the smaller key).
 *
 * Both read summaries the resolver keeps (lib/resolve/resolver.ts), never whole extractions.
 */
import type { EntityClass } from '../types';

/** A named entity as one document saw it: its key, class, and names (label first, then altLabels). */
export interface NamedOccurrence {
  key: string;
  type: EntityClass;
  names: readonly string[];
}

const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019]/g;

/** The form under which two names are the same name. */
function normName(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(QUOTES, "'").replace(/\./g, '')
    .replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/**
 * `occurrences`: every named entity, in document order (documents by id, entities in document order); an
 * occurrence may be left out when an earlier one has the same key, class and names (it decides nothing
 * new). `known(key)`: is the key a gazetteer entry. People, and units scoped under a parent
 * ("agency:kent-police/cyber-crime-unit"), keep their keys.
 */
export function aliasRedirects(occurrences: readonly NamedOccurrence[], known: (key: string) => boolean): Map<string, string> {
  const normal = new Map<string, string>();
  const norm = (s: string): string => {
    let n = normal.get(s);
    if (n === undefined) normal.set(s, (n = normName(s)));
    return n;
  };
  const byName = new Map<string, Set<string>>();
  for (const e of occurrences) {
    for (const n of e.names) {
      const k = `${e.type}|${norm(n)}`;
      let s = byName.get(k);
      if (!s) byName.set(k, (s = new Set()));
      s.add(e.key);
    }
  }
  const out = new Map<string, string>();
  for (const e of occurrences) {
    if (known(e.key) || e.type === 'Person' || e.key.includes('/') || out.has(e.key)) continue;
    const cands = new Set<string>();
    const scoped = new Set<string>();
    for (const n of e.names) for (const k of byName.get(`${e.type}|${norm(n)}`) ?? []) if (k !== e.key) (k.includes('/') ? scoped : cands).add(k);
    const gaz = [...cands].filter(known);
    if (gaz.length === 1) out.set(e.key, gaz[0]);
    // a unit one article places under its parent ("Southern District Organised Crime Team" of the New Zealand
    // Police) and another names alone is that unit, when it is the only one of the corpus so named
    else if (cands.size === 0 && scoped.size === 1) out.set(e.key, [...scoped][0]);
    else if (gaz.length === 0 && cands.size === 1) {
      const other = [...cands][0];
      // fold the one with the shorter key into the other, whichever document came first
      if (other < e.key && !out.has(other)) out.set(e.key, other);
    }
  }
  personsByMiddleName(occurrences, byName, norm, out);
  return out;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * People named with and without their middle names: "Ross William Ulbricht" (or "Ross W. Ulbricht") is the
 * "Ross Ulbricht" of another article when exactly one person of the corpus shortens to that name and
 * exactly one other person is named so.
 */
function personsByMiddleName(occurrences: readonly NamedOccurrence[], byName: ReadonlyMap<string, Set<string>>, norm: (s: string) => string, out: Map<string, string>): void {
  const longer = new Map<string, Set<string>>();
  for (const e of occurrences) {
    if (e.type !== 'Person') continue;
    for (const n of e.names) {
      const w = norm(n).split(' ');
      if (w.length < 3 || NAME_SUFFIXES.has(w[w.length - 1])) continue;
      const short = `${w[0]} ${w[w.length - 1]}`;
      let s = longer.get(short);
      if (!s) longer.set(short, (s = new Set()));
      s.add(e.key);
    }
  }
  for (const [short, keys] of longer) {
    if (keys.size !== 1) continue;
    const [k] = keys;
    const same = [...(byName.get(`Person|${short}`) ?? [])].filter((x) => x !== k);
    if (same.length === 1 && !out.has(k) && !out.has(same[0])) out.set(k, same[0]);
  }
}

/**
 * `figures`: operation key -> its arrest figures (`<place key>=<count>`, place keys already redirected);
 * `named`: operation key -> whether the last document (by id) that mentions it names it.
 */
export function eventRedirects(figures: ReadonlyMap<string, ReadonlySet<string>>, named: ReadonlyMap<string, boolean>): Map<string, string> {
  // figure -> named operations reporting it, so each unnamed operation only meets the ones it shares a figure with
  const byFigure = new Map<string, string[]>();
  for (const [op, figs] of figures) {
    if (named.get(op) !== true) continue;
    for (const fig of figs) {
      let ops = byFigure.get(fig);
      if (!ops) byFigure.set(fig, (ops = []));
      ops.push(op);
    }
  }
  const out = new Map<string, string>();
  for (const [op, figs] of figures) {
    if (named.get(op) !== false) continue;
    const shared = new Map<string, number>();
    for (const fig of figs) for (const other of byFigure.get(fig) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    let best: string | undefined;
    let bestScore = 1; // two equal figures at least
    for (const [other, n] of shared) {
      if (n > bestScore || (n === bestScore && best !== undefined && other < best)) {
        best = other;
        bestScore = n;
      }
    }
    if (best) out.set(op, best);
  }
  return out;
}
