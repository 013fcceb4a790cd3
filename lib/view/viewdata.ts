/**
 * darkweb-kg: the data embedded in the HTML view. The exporter (lib/view/html.ts) writes one ViewData
 * object as JSON into `<script type="application/json" id="dwk-data">`; the browser code
 * (lib/view/client/) reads it back. Records point at each other by array index, which keeps a
 * 10,000-node page small. Every string in here comes from untrusted article text.
 */
import type { EntityClass, RelationType, SeizureUnit } from '../types';

/** id of the `<script type="application/json">` element that holds the ViewData. */
export const DATA_ELEMENT_ID = 'dwk-data';

export interface ViewClass {
  name: EntityClass;
  /** Legend label ("Criminal group"). */
  label: string;
  /** CSS colour, `#rrggbb`. */
  color: string;
}

export interface ViewDocument {
  iri: string;
  file: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface ViewNode {
  iri: string;
  type: EntityClass;
  label: string;
  alt: string[];
  /** Wikidata id (Q…), when known. */
  wd?: string;
  named: boolean;
  attrs?: Record<string, string[]>;
  x: number;
  y: number;
  /** Display size (from degree). */
  size: number;
  degree: number;
  /** [index into ViewData.docs, number of mentions] per article that mentions the entity. */
  docs: Array<[number, number]>;
}

export interface ViewEvidence {
  /** Index into ViewData.docs; absent when the assertion names an article the graph does not hold. */
  doc?: number;
  /** The sentence the relation was read from. */
  text: string;
  start: number;
  end: number;
  conf: number;
  role?: string;
}

export interface ViewEdge {
  /** Indices into ViewData.nodes. */
  s: number;
  o: number;
  p: RelationType;
  ev: ViewEvidence[];
}

export interface ViewFact {
  kind: 'ArrestCount' | 'Seizure';
  doc?: number;
  /** Indices into ViewData.nodes. */
  op?: number;
  place?: number;
  item?: number;
  itemLiteral?: string;
  count?: number | null;
  quantity?: number;
  unit?: SeizureUnit;
  text: string;
  conf: number;
}

/** Top-level keys are written in this order, so the exporter can stream the arrays. */
export interface ViewData {
  title: string;
  classes: ViewClass[];
  docs: ViewDocument[];
  nodes: ViewNode[];
  edges: ViewEdge[];
  facts: ViewFact[];
}
