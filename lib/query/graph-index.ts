/**
 * darkweb-kg query: the indexes every query runs on, built once per loaded graph in O(n log n): entities
 * and documents by IRI, the name index, every entity's rank in name order (so sorting by name is a number
 * comparison), adjacency lists (each relation seen from both ends, ordered by the other end's name so every
 * traversal is deterministic), relations by property and counted facts by the entities they are about. Queries are pure functions over a GraphIndex and never scan the whole graph
 * when an index answers.
 */
import type { DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord, RelationType } from '../types';
import type { EntityRef } from './evidence';
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
  /** Entity IRI -> its position in name order (folded label, then label, then IRI). */
  nameRank: Map<string, number>;
  /** Entity IRI -> every relation touching it (both directions), ordered by the other end's name. */
  adjacency: Map<string, Neighbor[]>;
  relationsByType: Map<RelationType, RelationRecord[]>;
  /** Entity IRI -> the counted facts naming it as operation, place or item. */
  factsByEntity: Map<string, FactRecord[]>;
  /** Entity IRI -> its shared EntityRef, filled as answers ask for them (see evidence.ts). */
  refs: Map<string, EntityRef>;
}

export function buildGraphIndex(graph: KnowledgeGraph): GraphIndex {
  const entities = new Map<string, EntityRecord>();
  for (const e of graph.entities) entities.set(e.iri, e);
  const byName = graph.entities.map((e) => ({ iri: e.iri, label: e.label, key: normalizeName(e.label) }));
  byName.sort((a, b) => {
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    if (a.label !== b.label) return a.label < b.label ? -1 : 1;
    return a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0;
  });
  const nameRank = new Map<string, number>();
  byName.forEach((e, i) => nameRank.set(e.iri, i));
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
  const byOtherName = (a: Neighbor, b: Neighbor): number => {
    if (a.other !== b.other) return nameRank.get(a.other)! - nameRank.get(b.other)!;
    if (a.relation.p !== b.relation.p) return a.relation.p < b.relation.p ? -1 : 1;
    return a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1;
  };
  for (const list of adjacency.values()) if (list.length > 1) list.sort(byOtherName);

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
  return { graph, entities, documents, names, nameRank, adjacency, relationsByType, factsByEntity, refs: new Map() };
}

/** Name order of two entities by IRI; an IRI the graph does not describe comes last. */
export function compareByName(index: GraphIndex, a: string, b: string): number {
  const ra = index.nameRank.get(a);
  const rb = index.nameRank.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined || rb !== undefined) return ra !== undefined ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
