/**
 * darkweb-kg query `arrests`: arrest and seizure figures grouped by operation and place (arrests) or by
 * operation, item and unit (seizures), each figure with the articles that give it. Figures are never
 * summed: when articles disagree on one group, every figure is listed and the group is marked disputed.
 * A country filter also takes the places located in that country (dwk:locatedIn, followed transitively).
 */
import type { FactRecord, SeizureUnit } from '../types';
import { compareEvidence, entityRef, factEvidence, type EntityRef, type SourceEvidence } from './evidence';
import { compareByName, type GraphIndex } from './graph-index';
import { compareNames } from './lookup';
import type { ArrestsOptions } from './options';

export interface Figure<T> {
  value: T;
  /** One piece of evidence per fact giving this figure. */
  sources: SourceEvidence[];
}

export interface ArrestGroup {
  operation?: EntityRef;
  /** Absent for a total. */
  place?: EntityRef;
  /** null: the article says arrests were made without a number. */
  figures: Figure<number | null>[];
  /** Articles give different numbers. */
  disputed: boolean;
}

export interface SeizureGroup {
  operation?: EntityRef;
  /** A Drug entity's label, or the literal description; absent when the article names no item. */
  item?: string;
  unit: SeizureUnit;
  figures: Figure<number>[];
  disputed: boolean;
}

export interface ArrestsResult {
  arrests: ArrestGroup[];
  seizures: SeizureGroup[];
}

/** The place and every place located in it, following dwk:locatedIn backwards. */
function placesWithin(index: GraphIndex, place: string): Set<string> {
  const out = new Set([place]);
  const queue = [place];
  while (queue.length) {
    const p = queue.pop()!;
    for (const n of index.adjacency.get(p)!) {
      if (n.relation.p === 'locatedIn' && n.direction === 'in' && !out.has(n.other)) {
        out.add(n.other);
        queue.push(n.other);
      }
    }
  }
  return out;
}

function addFigure<T>(figures: Figure<T>[], value: T, ev: SourceEvidence): void {
  const f = figures.find((x) => x.value === value);
  if (f) f.sources.push(ev);
  else figures.push({ value, sources: [ev] });
}

function finish<T extends number | null>(figures: Figure<T>[]): boolean {
  for (const f of figures) f.sources.sort(compareEvidence);
  figures.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return figures.filter((f) => f.value !== null).length > 1;
}

/** By operation name, facts without an operation last. */
function byOperation(index: GraphIndex, a: { operation?: EntityRef }, b: { operation?: EntityRef }): number {
  if (!a.operation || !b.operation) return Number(!a.operation) - Number(!b.operation);
  return compareByName(index, a.operation.iri, b.operation.iri);
}
const maxValue = (g: { figures: Figure<number | null>[] }): number => g.figures[0]?.value ?? -1;

export function arrests(index: GraphIndex, options: ArrestsOptions): ArrestsResult {
  const op = options.operation ? index.names.resolve(options.operation, { prefer: ['Operation'] }).iri : undefined;
  const places = options.country
    ? placesWithin(index, index.names.resolve(options.country, { prefer: ['Country', 'Location'] }).iri)
    : undefined;

  let facts: readonly FactRecord[] = index.graph.facts;
  if (op) facts = (index.factsByEntity.get(op) ?? []).filter((f) => f.operation === op);
  if (places) facts = facts.filter((f) => f.place !== undefined && places.has(f.place));

  const arrestGroups = new Map<string, ArrestGroup>();
  const seizureGroups = new Map<string, SeizureGroup>();
  for (const f of facts) {
    const ev = factEvidence(index, f);
    if (f.kind === 'ArrestCount') {
      const key = `${f.operation ?? ''}\n${f.place ?? ''}`;
      let g = arrestGroups.get(key);
      if (!g) {
        g = { figures: [], disputed: false };
        if (f.operation) g.operation = entityRef(index, f.operation);
        if (f.place) g.place = entityRef(index, f.place);
        arrestGroups.set(key, g);
      }
      addFigure(g.figures, f.count ?? null, ev);
    } else if (f.quantity !== undefined && f.unit) {
      const item = f.item ? entityRef(index, f.item).label : f.itemLiteral;
      const key = `${f.operation ?? ''}\n${f.item ?? (f.itemLiteral !== undefined ? `"${f.itemLiteral}` : '')}\n${f.unit}`;
      let g = seizureGroups.get(key);
      if (!g) {
        g = { unit: f.unit, figures: [], disputed: false };
        if (f.operation) g.operation = entityRef(index, f.operation);
        if (item !== undefined) g.item = item;
        seizureGroups.set(key, g);
      }
      addFigure(g.figures, f.quantity, ev);
    }
  }

  const arrestList = [...arrestGroups.values()];
  for (const g of arrestList) g.disputed = finish(g.figures);
  arrestList.sort(
    (a, b) =>
      byOperation(index, a, b) ||
      Number(a.place !== undefined) - Number(b.place !== undefined) ||
      maxValue(b) - maxValue(a) ||
      compareByName(index, a.place?.iri ?? '', b.place?.iri ?? ''),
  );
  const seizureList = [...seizureGroups.values()];
  for (const g of seizureList) g.disputed = finish(g.figures);
  seizureList.sort(
    (a, b) =>
      byOperation(index, a, b) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      maxValue(b) - maxValue(a) ||
      compareNames(a.item ?? '', b.item ?? ''),
  );
  return { arrests: arrestList, seizures: seizureList };
}
