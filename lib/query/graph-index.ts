/**
 * darkweb-kg query: the indexes every query runs on, built once per loaded graph in O(n log n): entities
 * and documents by IRI, the name index, adjacency lists (each relation seen from both ends, ordered by the
 * other end's name so every traversal is deterministic), relations by property and counted facts by the
 * entities they are about. Queries are pure functions over a GraphIndex and never scan the whole graph
 * when an index answers.
 */
import type { DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord, RelationType } from '../types';
import { NameIndex, normalizeName } from './lookup';

/** One relation seen from one of its ends. */
export interface Neighbor {
  /** IRI of the entity at the other end. */
  other: string;
  relation: RelationRecord;
  /** 'out' when the entity is the relation's subject, 'in' when it is its object. */
  direction: 'out' | 'in';
}

export interface GraphIndex {
  graph: KnowledgeGraph;
  entities: Map<string, EntityRecord>;
  documents: Map<string, DocumentRecord>;
  names: NameIndex;
  /** Entity IRI -> its label's lookup key, the sort key of name order. */
  sortKey: Map<string, string>;
  /** Entity IRI -> every relation touching it (both directions), ordered by the other end's name. */
  adjacency: Map<string, Neighbor[]>;
  relationsByType: Map<RelationType, RelationRecord[]>;
  /** Entity IRI -> the counted facts naming it as operation, place or item. */
  factsByEntity: Map<string, FactRecord[]>;
}

export function buildGraphIndex(graph: KnowledgeGraph): GraphIndex {
  const entities = new Map<string, EntityRecord>();
  const sortKey = new Map<string, string>();
  for (const e of graph.entities) {
    entities.set(e.iri, e);
    sortKey.set(e.iri, normalizeName(e.label));
  }
  const documents = new Map<string, DocumentRecord>();
  for (const d of graph.documents) documents.set(d.iri, d);

  const adjacency = new Map<string, Neighbor[]>();
  for (const iri of entities.keys()) adjacency.set(iri, []);
  const relationsByType = new Map<RelationType, RelationRecord[]>();
  for (const r of graph.relations) {
    const from = adjacency.get(r.s);
    const to = adjacency.get(r.o);
    if (!from || !to) continue; // a relation to an entity the graph does not hold
    from.push({ other: r.o, relation: r, direction: 'out' });
    if (r.s !== r.o) to.push({ other: r.s, relation: r, direction: 'in' });
    const list = relationsByType.get(r.p);
    if (list) list.push(r);
    else relationsByType.set(r.p, [r]);
  }
  const byName = (a: Neighbor, b: Neighbor): number => {
    const ka = sortKey.get(a.other)!;
    const kb = sortKey.get(b.other)!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    if (a.other !== b.other) return a.other < b.other ? -1 : 1;
    if (a.relation.p !== b.relation.p) return a.relation.p < b.relation.p ? -1 : 1;
    return a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1;
  };
  for (const list of adjacency.values()) if (list.length > 1) list.sort(byName);

  const factsByEntity = new Map<string, FactRecord[]>();
  for (const f of graph.facts) {
    for (const iri of new Set([f.operation, f.place, f.item])) {
      if (!iri || !entities.has(iri)) continue;
      const list = factsByEntity.get(iri);
      if (list) list.push(f);
      else factsByEntity.set(iri, [f]);
    }
  }

  const names = new NameIndex(graph.entities, graph.base);
  return { graph, entities, documents, names, sortKey, adjacency, relationsByType, factsByEntity };
}

/** Name order of two entities by IRI (folded label, then label, then IRI), without re-normalising. */
export function compareByName(index: GraphIndex, a: string, b: string): number {
  const ka = index.sortKey.get(a) ?? a;
  const kb = index.sortKey.get(b) ?? b;
  if (ka !== kb) return ka < kb ? -1 : 1;
  const la = index.entities.get(a)?.label ?? a;
  const lb = index.entities.get(b)?.label ?? b;
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
