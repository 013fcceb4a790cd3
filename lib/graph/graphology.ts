/**
 * darkweb-kg: the knowledge graph as a graphology MultiGraph (nodes = entities keyed by IRI, one edge per
 * relation keyed `s|p|o`), for layout, path finding and neighbourhood queries.
 */
import Graph from 'graphology';
import type { EntityRecord, KnowledgeGraph, RelationRecord } from '../types';

export interface NodeAttributes {
  entity: EntityRecord;
}
export interface EdgeAttributes {
  relation: RelationRecord;
  /** Number of supporting documents. */
  weight: number;
}

export type KGGraphology = Graph<NodeAttributes, EdgeAttributes>;

export function edgeKey(r: Pick<RelationRecord, 's' | 'p' | 'o'>): string {
  return `${r.s}|${r.p}|${r.o}`;
}

export function toGraphology(kg: KnowledgeGraph): KGGraphology {
  const g: KGGraphology = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  for (const e of kg.entities) g.addNode(e.iri, { entity: e });
  for (const r of kg.relations) {
    if (!g.hasNode(r.s) || !g.hasNode(r.o)) continue;
    g.addDirectedEdgeWithKey(edgeKey(r), r.s, r.o, { relation: r, weight: r.assertions.length });
  }
  return g;
}
