/**
 * darkweb-kg query `stats`: what a graph holds: documents, entities by class, relations and assertions by
 * property, counted facts by kind, and the entities with the most relations (degree).
 */
import { ENTITY_CLASSES, RELATION_TYPES, type EntityClass, type FactRecord, type RelationType } from '../types';
import { entityRef, type EntityRef } from './evidence';
import { compareByName, type GraphIndex } from './graph-index';
import type { StatsOptions } from './options';

export interface StatsResult {
  documents: number;
  entities: number;
  relations: number;
  assertions: number;
  facts: number;
  classes: Array<{ class: EntityClass; count: number }>;
  properties: Array<{ property: RelationType; relations: number; assertions: number }>;
  factKinds: Array<{ kind: FactRecord['kind']; count: number }>;
  /** Entities with the most relations, most first. */
  top: Array<{ entity: EntityRef; degree: number; documents: number }>;
}

export function stats(index: GraphIndex, options: StatsOptions): StatsResult {
  const g = index.graph;
  const byClass = new Map<EntityClass, number>();
  for (const e of index.entities.values()) byClass.set(e.type, (byClass.get(e.type) ?? 0) + 1);
  const classes = ENTITY_CLASSES.map((c) => ({ class: c, count: byClass.get(c) ?? 0 }));

  let relations = 0;
  let assertions = 0;
  const properties = RELATION_TYPES.map((p) => {
    const list = index.relationsByType.get(p) ?? [];
    let a = 0;
    for (const r of list) a += r.assertions.length;
    relations += list.length;
    assertions += a;
    return { property: p, relations: list.length, assertions: a };
  });

  const kinds = new Map<FactRecord['kind'], number>([['ArrestCount', 0], ['Seizure', 0]]);
  for (const f of g.facts) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);

  const ranked: Array<{ iri: string; degree: number }> = [];
  for (const [iri, list] of index.adjacency) ranked.push({ iri, degree: list.length });
  ranked.sort((a, b) => b.degree - a.degree || compareByName(index, a.iri, b.iri));
  const top = ranked.slice(0, options.top).map((r) => ({
    entity: entityRef(index, r.iri),
    degree: r.degree,
    documents: Object.keys(index.entities.get(r.iri)!.mentions).length,
  }));

  return {
    documents: index.documents.size,
    entities: index.entities.size,
    relations,
    assertions,
    facts: g.facts.length,
    classes,
    properties,
    factKinds: [...kinds].map(([kind, count]) => ({ kind, count })),
    top,
  };
}
