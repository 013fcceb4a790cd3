/**
 * darkweb-kg query: finding an entity by the name a user types. Every label and alias is indexed under a
 * normalised key (accents folded, case folded, dots, possessive 's and a leading "the" dropped, other
 * punctuation turned into spaces; operations also without a leading "operation"), so "the met",
 * "Polícia Judiciária" and "Europol's" find their entity. An IRI, a base-relative IRI ("agency/europol")
 * or a Wikidata id also works. Several matches are an ambiguity, no match gives "did you mean …"
 * suggestions by edit distance over every label and alias; both are LookupErrors naming the input.
 */
import { LookupError } from '../errors';
import type { EntityClass, EntityRecord } from '../types';
import { boundedEditDistance } from './edit-distance';

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['\u2019]s(?![\p{L}\p{N}])/gu;
const DOTS = /\./g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_THE = /^the /;
const LEADING_OPERATION = /^operation /;

/** The lookup key of a name: "The Met's" -> "met", "Polícia Judiciária" -> "policia judiciaria", "F.B.I." -> "fbi". */
export function normalizeName(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(MARKS, '');
  s = s.toLowerCase();
  if (s.includes("'") || s.includes('\u2019')) s = s.replace(POSSESSIVE, '');
  if (s.includes('.')) s = s.replace(DOTS, '');
  s = s.replace(NON_WORD, ' ').trim();
  if (s.startsWith('the ')) s = s.replace(LEADING_THE, '');
  return s;
}

/** Deterministic name order, independent of the machine's locale: folded form first, then code units. */
export function compareNames(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na !== nb) return na < nb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A name close to what the user typed. */
export interface Suggestion {
  entity: EntityRecord;
  /** The label or alias that came close. */
  name: string;
  /** Edit distance (a whole-word containment counts as 1). */
  distance: number;
}

export interface ResolveOptions {
  /** When several entities match, keep those of these classes if that leaves exactly one. */
  prefer?: readonly EntityClass[];
}

interface KeyEntry {
  entity: EntityRecord;
  surface: string;
}

/** Display form of an entity in messages: `Europol (Agency, https://…/agency/europol)`. */
export function describeEntity(e: EntityRecord): string {
  return `${e.label} (${e.type}, ${e.iri})`;
}

export class NameIndex {
  private readonly byKey = new Map<string, KeyEntry[]>();
  private readonly byId = new Map<string, EntityRecord>();

  constructor(entities: Iterable<EntityRecord>, base: string) {
    for (const e of entities) {
      this.byId.set(e.iri, e);
      if (e.iri.startsWith(base)) this.byId.set(e.iri.slice(base.length), e);
      if (e.wikidata) this.byId.set(e.wikidata.replace(/^.*\//, '').toUpperCase(), e);
      for (const surface of [e.label, ...e.altLabels]) {
        const key = normalizeName(surface);
        if (key.length > 0) this.addKey(key, e, surface);
        if (e.type === 'Operation' && LEADING_OPERATION.test(key)) this.addKey(key.replace(LEADING_OPERATION, ''), e, surface);
      }
    }
  }

  private addKey(key: string, entity: EntityRecord, surface: string): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [{ entity, surface }]);
    else if (!list.some((k) => k.entity === entity)) list.push({ entity, surface });
  }

  /** Every entity the name denotes (by IRI, Wikidata id, label or alias), in name order. */
  match(name: string): EntityRecord[] {
    const raw = name.trim().replace(/^<(.*)>$/, '$1');
    const direct = this.byId.get(raw) ?? this.byId.get(raw.toUpperCase());
    if (direct) return [direct];
    const key = normalizeName(raw);
    let hits = this.byKey.get(key);
    if (!hits && LEADING_OPERATION.test(key)) {
      hits = this.byKey.get(key.replace(LEADING_OPERATION, ''))?.filter((k) => k.entity.type === 'Operation');
    }
    if (!hits || hits.length === 0) return [];
    return hits.map((k) => k.entity).sort((a, b) => compareNames(a.label, b.label) || (a.iri < b.iri ? -1 : 1));
  }

  /** The one entity the name denotes; a LookupError when it denotes none (with suggestions) or several. */
  resolve(name: string, options: ResolveOptions = {}): EntityRecord {
    let hits = this.match(name);
    if (hits.length > 1 && options.prefer) {
      const preferred = hits.filter((e) => options.prefer!.includes(e.type));
      if (preferred.length > 0) hits = preferred;
    }
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      throw new LookupError(
        `"${name}" matches ${hits.length} entities: ${hits.map(describeEntity).join('; ')}. Give a fuller name or the IRI`,
        hits.map((e) => e.iri),
      );
    }
    const suggestions = this.suggest(name);
    const hint = suggestions.length
      ? `; did you mean ${suggestions
          .map((s) => (normalizeName(s.name) === normalizeName(s.entity.label) ? s.entity.label : `${s.entity.label} ("${s.name}")`))
          .join(', ')}?`
      : ' in the graph';
    throw new LookupError(`no entity named "${name}"${hint}`, suggestions.map((s) => s.entity.iri));
  }

  /** The nearest labels and aliases to `name`, closest first (one per entity). */
  suggest(name: string, limit = 5): Suggestion[] {
    const q = normalizeName(name);
    if (q.length === 0) return [];
    const max = Math.max(2, Math.floor(q.length / 3));
    const padded = ` ${q} `;
    const best = new Map<EntityRecord, Suggestion>();
    for (const [key, entries] of this.byKey) {
      let d = boundedEditDistance(q, key, max);
      if (d > 1 && q.length >= 3 && (` ${key} `.includes(padded) || (key.length >= 3 && padded.includes(` ${key} `)))) d = 1;
      if (d > max) continue;
      for (const { entity, surface } of entries) {
        const prev = best.get(entity);
        if (!prev || d < prev.distance) best.set(entity, { entity, name: surface, distance: d });
      }
    }
    return [...best.values()]
      .sort((a, b) => a.distance - b.distance || compareNames(a.entity.label, b.entity.label) || (a.entity.iri < b.entity.iri ? -1 : 1))
      .slice(0, limit);
  }
}
