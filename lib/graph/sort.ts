/**
 * darkweb-kg: the one order a KnowledgeGraph is written in (documents, entities and facts by IRI, relations
 * by subject|property|object, assertions by document), so that every build, merge and update of the same
 * content is byte-identical.
 */
import type { KnowledgeGraph, RelationRecord } from '../types';

export const byIri = <T extends { iri: string }>(a: T, b: T): number => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);
export const relationId = (r: Pick<RelationRecord, 's' | 'p' | 'o'>): string => `${r.s}|${r.p}|${r.o}`;

/** Sorts the graph's arrays in place into the canonical order and returns it. */
export function sortGraph(graph: KnowledgeGraph): KnowledgeGraph {
  graph.documents.sort(byIri);
  graph.entities.sort(byIri);
  graph.relations.sort((a, b) => (relationId(a) < relationId(b) ? -1 : 1));
  for (const r of graph.relations) r.assertions.sort((a, b) => (a.doc < b.doc ? -1 : 1));
  graph.facts.sort(byIri);
  return graph;
}
