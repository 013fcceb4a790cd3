/**
 * Test helper: resolution as it was before lib/resolve/resolver.ts folded documents in one at a time — every
 * extraction held, sorted by document id, folded in that order. Kept unchanged as the reference the
 * incremental resolver must match byte for byte (__tests__/resolve.test.ts).
 *
 * darkweb-kg: resolution. Merges the per-document extractions into one KnowledgeGraph: one node per entity
 * (same resolution key = same entity; a name first seen by pattern that a gazetteer entry also carries is
 * folded into that entry), one assertion per supporting document for each relation, one node per counted
 * fact, and an unnamed operation folded into the named one that another article reports with the same
 * figures. IRIs come from class + key only, so they do not depend on input order.
 */
import type {
  AssertionRecord, DocumentRecord, EntityRecord, Extraction, FactRecord, KnowledgeGraph, RelationRecord, RelationType,
} from '../../lib/types';
import { SYMMETRIC_RELATIONS } from '../../lib/types';
import { assertionIri, DEFAULT_BASE, documentIri, entityIri, factIri } from '../../lib/graph/iri';
import type { Lexicon } from '../../lib/extract/lexicon';
import { byIri, sortGraph } from '../../lib/graph/sort';

interface ResolveOptions {
  base?: string;
  lexicon?: Lexicon;
}

const norm = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\./g, '')
    .replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');

export function referenceResolve(extractions: Extraction[], options: ResolveOptions = {}): KnowledgeGraph {
  const { base = DEFAULT_BASE, lexicon } = options;
  const sorted = [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));

  // ---- key aliases: pattern-found names that a known entity carries ----
  const redirect = aliasRedirects(sorted, lexicon);
  for (const [from, to] of eventRedirects(sorted, redirect)) redirect.set(from, to);
  const rk = (k: string) => redirect.get(k) ?? k;

  // ---- documents ----
  const documents: DocumentRecord[] = sorted.map(({ doc }) => ({
    iri: documentIri(base, doc.id), id: doc.id, file: doc.file,
    ...(doc.title ? { title: doc.title } : {}), ...(doc.date ? { date: doc.date } : {}), ...(doc.url ? { url: doc.url } : {}),
  }));
  const docIri = new Map(sorted.map(({ doc }) => [doc.id, documentIri(base, doc.id)]));

  // ---- entities ----
  const entities = new Map<string, EntityRecord>();
  const altSeen = new Map<EntityRecord, Set<string>>();
  for (const x of sorted) {
    const d = docIri.get(x.doc.id)!;
    for (const e of x.entities) {
      const key = rk(e.key);
      let rec = entities.get(key);
      if (!rec) {
        const known = lexicon?.entries.get(key);
        const type = known?.type ?? e.type;
        rec = {
          iri: entityIri(base, type, key), key, type, label: known?.label ?? e.label, altLabels: [],
          ...(known?.wikidata ?? e.wikidata ? { wikidata: known?.wikidata ?? e.wikidata } : {}),
          named: e.named, mentions: {},
        };
        entities.set(key, rec);
      }
      if (!rec.named && e.named) {
        // an unnamed operation folded into a named one: the named one gives the label
        rec.altLabels = rec.altLabels.filter((a) => a !== e.label);
        rec.label = e.label;
        rec.named = true;
        delete rec.attributes;
      }
      rec.mentions[d] = (rec.mentions[d] ?? 0) + e.mentions;
      if (!e.named && rec.named) continue;
      let names = altSeen.get(rec);
      if (!names) altSeen.set(rec, (names = new Set(rec.altLabels)));
      for (const a of [e.label, ...e.altLabels]) {
        if (!a || a === rec.label || names.has(a)) continue;
        names.add(a);
        rec.altLabels.push(a);
      }
      if (e.attributes) {
        rec.attributes ??= {};
        for (const [k, vs] of Object.entries(e.attributes)) rec.attributes[k] = [...new Set([...(rec.attributes[k] ?? []), ...vs])].sort();
      }
    }
  }
  for (const rec of entities.values()) rec.altLabels.sort();
  const iriOf = (k: string) => entities.get(rk(k))?.iri;

  // ---- relations, one assertion per supporting document ----
  const relations = new Map<string, RelationRecord>();
  const supportedBy = new Map<string, Set<string>>(); // relation id -> documents with an assertion
  for (const x of sorted) {
    const d = docIri.get(x.doc.id)!;
    for (const r of x.relations) {
      let s = iriOf(r.s);
      let o = iriOf(r.o);
      if (!s || !o || s === o) continue;
      if (SYMMETRIC_RELATIONS.has(r.p) && s > o) [s, o] = [o, s];
      const id = `${s}|${r.p}|${o}`;
      let rec = relations.get(id);
      if (!rec) relations.set(id, (rec = { s, p: r.p as RelationType, o, assertions: [] }));
      let docs = supportedBy.get(id);
      if (!docs) supportedBy.set(id, (docs = new Set()));
      if (docs.has(d)) continue;
      docs.add(d);
      const a: AssertionRecord = {
        iri: assertionIri(base, s, r.p, o, d), doc: d, text: r.evidence.text, start: r.evidence.start, end: r.evidence.end,
        confidence: r.evidence.confidence, ...(r.evidence.role ? { role: r.evidence.role } : {}),
      };
      rec.assertions.push(a);
    }
  }

  // ---- facts ----
  const facts: FactRecord[] = [];
  for (const x of sorted) {
    const d = docIri.get(x.doc.id)!;
    for (const f of x.facts) {
      const common = { doc: d, text: f.evidence.text, start: f.evidence.start, end: f.evidence.end, confidence: f.evidence.confidence };
      const operation = f.operation ? iriOf(f.operation) : undefined;
      if (f.kind === 'ArrestCount') {
        const place = f.place ? iriOf(f.place) : undefined;
        facts.push({
          iri: factIri(base, 'ArrestCount', [d, place ?? '', String(f.count), operation ?? '']), kind: 'ArrestCount',
          ...(operation ? { operation } : {}), ...(place ? { place } : {}), count: f.count, ...common,
        });
      } else {
        const item = f.item && 'key' in f.item ? iriOf(f.item.key) : undefined;
        const itemLiteral = f.item && 'literal' in f.item ? f.item.literal : undefined;
        facts.push({
          iri: factIri(base, 'Seizure', [d, String(f.quantity), f.unit, item ?? itemLiteral ?? '', operation ?? '']), kind: 'Seizure',
          ...(operation ? { operation } : {}), ...(item ? { item } : {}), ...(itemLiteral ? { itemLiteral } : {}),
          quantity: f.quantity, unit: f.unit, ...common,
        });
      }
    }
  }

  return sortGraph({
    format: 'darkweb-kg',
    version: 1,
    base,
    documents,
    entities: [...entities.values()],
    relations: [...relations.values()],
    facts: dedupeIris(facts.sort(byIri)),
  });
}

function dedupeIris(facts: FactRecord[]): FactRecord[] {
  return facts.filter((f, i) => i === 0 || facts[i - 1].iri !== f.iri);
}

/**
 * Names found by pattern in one article that a gazetteer entry (or one other entity of the same class)
 * carries as a name: the pattern key is redirected to that entity's key.
 */
function aliasRedirects(xs: Extraction[], lexicon?: Lexicon): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  const put = (name: string, type: string, key: string) => {
    const k = `${type}|${norm(name)}`;
    let s = byName.get(k);
    if (!s) byName.set(k, (s = new Set()));
    s.add(key);
  };
  const known = (k: string) => !!lexicon?.entries.has(k);
  for (const x of xs) for (const e of x.entities) if (e.named) for (const n of [e.label, ...e.altLabels]) put(n, e.type, e.key);
  const out = new Map<string, string>();
  for (const x of xs) {
    for (const e of x.entities) {
      // people, unnamed operations and units scoped under a parent ("agency:kent-police/cyber-crime-unit") keep their keys
      if (known(e.key) || !e.named || e.type === 'Person' || e.key.includes('/') || out.has(e.key)) continue;
      const cands = new Set<string>();
      const scoped = new Set<string>();
      for (const n of [e.label, ...e.altLabels]) for (const k of byName.get(`${e.type}|${norm(n)}`) ?? []) if (k !== e.key) (k.includes('/') ? scoped : cands).add(k);
      const gaz = [...cands].filter(known);
      if (gaz.length === 1) out.set(e.key, gaz[0]);
      // a unit named alone in one article and under its parent in another, the only unit of the corpus so named
      else if (cands.size === 0 && scoped.size === 1) out.set(e.key, [...scoped][0]);
      else if (gaz.length === 0 && cands.size === 1) {
        const other = [...cands][0];
        // fold the one with the shorter key into the other, whichever document came first
        if (other < e.key && !out.has(other)) out.set(e.key, other);
      }
    }
  }
  // a person named with middle names ("Ross William Ulbricht") is the one person named with the first and last
  // of them ("Ross Ulbricht"), when no other person shortens to that name
  const shortened = new Map<string, Set<string>>();
  for (const x of xs) {
    for (const e of x.entities) {
      if (e.type !== 'Person' || !e.named) continue;
      for (const n of [e.label, ...e.altLabels]) {
        const w = norm(n).split(' ');
        if (w.length < 3 || ['jr', 'sr', 'ii', 'iii', 'iv'].includes(w[w.length - 1])) continue;
        const short = `${w[0]} ${w[w.length - 1]}`;
        shortened.set(short, (shortened.get(short) ?? new Set()).add(e.key));
      }
    }
  }
  for (const [short, keys] of shortened) {
    const [k] = keys;
    const same = [...(byName.get(`Person|${short}`) ?? [])].filter((x) => x !== k);
    if (keys.size === 1 && same.length === 1 && !out.has(k) && !out.has(same[0])) out.set(k, same[0]);
  }
  return out;
}

/**
 * Cross-document event resolution: an operation an article does not name is the named operation another
 * article reports with the same figures: two or more equal arrest figures (by place, or the total), the
 * named operation sharing the most figures winning.
 */
function eventRedirects(xs: Extraction[], redirect: Map<string, string>): Map<string, string> {
  const rk = (k?: string) => (k ? redirect.get(k) ?? k : '');
  const figures = new Map<string, Set<string>>();
  const named = new Map<string, boolean>();
  for (const x of xs) {
    for (const e of x.entities) if (e.type === 'Operation') named.set(e.key, e.named);
    for (const f of x.facts) {
      if (f.kind !== 'ArrestCount' || !f.operation || f.count == null) continue;
      const op = f.operation;
      let s = figures.get(op);
      if (!s) figures.set(op, (s = new Set()));
      s.add(`${rk(f.place)}=${f.count}`);
    }
  }
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
