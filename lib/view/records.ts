/**
 * darkweb-kg: turns graph records (lib/types.ts) into the compact view records embedded in the HTML
 * page (lib/view/viewdata.ts). Records are converted one at a time, in export order (documents,
 * entities, relations, facts); a ViewIndex remembers the array position given to each document and
 * entity IRI so that later records can point at them by number.
 */
import type { DocumentRecord, EntityRecord, FactRecord, RelationRecord } from '../types';
import type { ViewDocument, ViewEdge, ViewFact, ViewNode } from './viewdata';

export class ViewIndex {
  readonly docs = new Map<string, number>();
  readonly nodes = new Map<string, number>();

  addDocument(iri: string): void {
    if (!this.docs.has(iri)) this.docs.set(iri, this.docs.size);
  }

  addNode(iri: string): void {
    if (!this.nodes.has(iri)) this.nodes.set(iri, this.nodes.size);
  }
}

/** Display size from degree: `min` for isolated nodes, `max` for the best-connected, square-root scale between. */
export function nodeSize(degree: number, maxDegree: number, min: number, max: number): number {
  if (maxDegree <= 0) return min;
  return min + (max - min) * Math.sqrt(Math.min(degree, maxDegree) / maxDegree);
}

export function toViewDocument(d: DocumentRecord): ViewDocument {
  const v: ViewDocument = { iri: d.iri, file: d.file };
  if (d.title !== undefined) v.title = d.title;
  if (d.date !== undefined) v.date = d.date;
  if (d.url !== undefined) v.url = d.url;
  return v;
}

export function toViewNode(
  e: EntityRecord,
  index: ViewIndex,
  position: { x: number; y: number },
  degree: number,
  size: number,
): ViewNode {
  const docs: Array<[number, number]> = [];
  for (const [docIri, count] of Object.entries(e.mentions)) {
    const i = index.docs.get(docIri);
    if (i !== undefined) docs.push([i, count]);
  }
  const v: ViewNode = {
    iri: e.iri,
    type: e.type,
    label: e.label,
    alt: e.altLabels,
    named: e.named,
    x: position.x,
    y: position.y,
    size,
    degree,
    docs,
  };
  if (e.wikidata !== undefined) v.wd = e.wikidata;
  if (e.attributes !== undefined && Object.keys(e.attributes).length > 0) v.attrs = e.attributes;
  return v;
}

/** The view edge of a relation, or null when either end is not an entity of the graph. */
export function toViewEdge(r: RelationRecord, index: ViewIndex): ViewEdge | null {
  const s = index.nodes.get(r.s);
  const o = index.nodes.get(r.o);
  if (s === undefined || o === undefined) return null;
  return {
    s,
    o,
    p: r.p,
    ev: r.assertions.map((a) => {
      const ev: ViewEdge['ev'][number] = { text: a.text, start: a.start, end: a.end, conf: a.confidence };
      const doc = index.docs.get(a.doc);
      if (doc !== undefined) ev.doc = doc;
      if (a.role !== undefined) ev.role = a.role;
      return ev;
    }),
  };
}

export function toViewFact(f: FactRecord, index: ViewIndex): ViewFact {
  const v: ViewFact = { kind: f.kind, text: f.text, conf: f.confidence };
  const link = (iri: string | undefined, map: Map<string, number>): number | undefined =>
    iri === undefined ? undefined : map.get(iri);
  const doc = link(f.doc, index.docs);
  const op = link(f.operation, index.nodes);
  const place = link(f.place, index.nodes);
  const item = link(f.item, index.nodes);
  if (doc !== undefined) v.doc = doc;
  if (op !== undefined) v.op = op;
  if (place !== undefined) v.place = place;
  if (item !== undefined) v.item = item;
  if (f.itemLiteral !== undefined) v.itemLiteral = f.itemLiteral;
  if (f.count !== undefined) v.count = f.count;
  if (f.quantity !== undefined) v.quantity = f.quantity;
  if (f.unit !== undefined) v.unit = f.unit;
  return v;
}
