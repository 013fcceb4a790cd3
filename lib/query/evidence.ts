/**
 * darkweb-kg query: the shapes every answer shares. An entity is reported by IRI, label and class; a piece
 * of evidence by the article it comes from (file, title, date), the sentence and the confidence, so each
 * answer can be checked against its source.
 */
import { localName } from '../graph/iri';
import type { AssertionRecord, EntityClass, FactRecord, RelationRecord } from '../types';
import type { GraphIndex } from './graph-index';

export interface EntityRef {
  iri: string;
  label: string;
  /** Absent only for an IRI the graph does not describe (a dangling reference). */
  type?: EntityClass;
}

export interface SourceEvidence {
  /** The article's file name. */
  document: string;
  docIri: string;
  title?: string;
  date?: string;
  /** The sentence the answer was read from. */
  evidence: string;
  confidence: number;
}

/** The reference to an entity in answers; one shared object per entity, so large answers stay small. */
export function entityRef(index: GraphIndex, iri: string): EntityRef {
  let ref = index.refs.get(iri);
  if (!ref) {
    const e = index.entities.get(iri);
    ref = e ? { iri, label: e.label, type: e.type } : { iri, label: localName(iri) };
    index.refs.set(iri, ref);
  }
  return ref;
}

function sourceOf(index: GraphIndex, docIri: string, text: string, confidence: number): SourceEvidence {
  const d = index.documents.get(docIri);
  const ev: SourceEvidence = { document: d ? d.file : localName(docIri), docIri, evidence: text, confidence };
  if (d?.title) ev.title = d.title;
  if (d?.date) ev.date = d.date;
  return ev;
}

export function assertionEvidence(index: GraphIndex, a: AssertionRecord): SourceEvidence {
  return sourceOf(index, a.doc, a.text, a.confidence);
}

export function factEvidence(index: GraphIndex, f: FactRecord): SourceEvidence {
  return sourceOf(index, f.doc, f.text, f.confidence);
}

/** Evidence order: by article file, then higher confidence first, then sentence. */
export function compareEvidence(a: SourceEvidence, b: SourceEvidence): number {
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return a.evidence < b.evidence ? -1 : a.evidence > b.evidence ? 1 : 0;
}

/** The assertion to show when a relation is reported once: the most confident, then the first article. */
export function bestAssertion(r: RelationRecord): AssertionRecord | undefined {
  let best: AssertionRecord | undefined;
  for (const a of r.assertions) {
    if (!best || a.confidence > best.confidence || (a.confidence === best.confidence && a.doc < best.doc)) best = a;
  }
  return best;
}

/** Keeps the best piece of evidence per article (ordered by article). */
export function onePerDocument(list: Iterable<SourceEvidence>): SourceEvidence[] {
  const byDoc = new Map<string, SourceEvidence>();
  for (const ev of list) {
    const prev = byDoc.get(ev.docIri);
    if (!prev || compareEvidence(ev, prev) < 0) byDoc.set(ev.docIri, ev);
  }
  return [...byDoc.values()].sort(compareEvidence);
}
