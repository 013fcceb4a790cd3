/**
 * darkweb-kg query `neighbors`: the entities within `depth` hops of one entity (relations used in either
 * direction), by breadth-first search. Each entity is reported at its distance, with every relation that
 * links it to the entity it was first reached from (its parent in name order), and that relation's
 * evidence. A class filter selects what is reported; the walk itself passes through every class.
 */
import type { RelationType } from '../types';
import { assertionEvidence, bestAssertion, entityRef, type EntityRef, type SourceEvidence } from './evidence';
import { compareByName, type GraphIndex, type Neighbor } from './graph-index';
import type { NeighborsOptions } from './options';

export interface NeighborRow {
  entity: EntityRef;
  /** Hops from the centre. */
  distance: number;
  /** The entity it is linked to on the way from the centre (the centre itself at distance 1). */
  via: EntityRef;
  relation: RelationType;
  /** 'out': via —relation→ entity; 'in': entity —relation→ via. */
  direction: 'out' | 'in';
  documents: number;
  evidence?: SourceEvidence;
}

export interface NeighborsResult {
  center: EntityRef;
  neighbors: NeighborRow[];
}

export function neighbors(index: GraphIndex, options: NeighborsOptions): NeighborsResult {
  const center = index.names.resolve(options.name);
  const types = options.types.length ? new Set(options.types) : undefined;
  const seen = new Set<string>([center.iri]);
  const rows: NeighborRow[] = [];
  let frontier = [center.iri];
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth++) {
    const next: string[] = [];
    const links = new Map<string, { from: string; via: Neighbor[] }>();
    for (const u of frontier) {
      for (const n of index.adjacency.get(u)!) {
        if (seen.has(n.other) && !links.has(n.other)) continue;
        const link = links.get(n.other);
        if (!link) {
          seen.add(n.other);
          next.push(n.other);
          links.set(n.other, { from: u, via: [n] });
        } else if (link.from === u) link.via.push(n);
      }
    }
    for (const [v, link] of links) {
      const entity = entityRef(index, v);
      if (types && !types.has(entity.type!)) continue;
      const via = entityRef(index, link.from);
      for (const n of link.via) {
        const a = bestAssertion(n.relation);
        const row: NeighborRow = {
          entity,
          distance: depth,
          via,
          relation: n.relation.p,
          direction: n.direction,
          documents: new Set(n.relation.assertions.map((x) => x.doc)).size,
        };
        if (a) row.evidence = assertionEvidence(index, a);
        rows.push(row);
      }
    }
    frontier = next;
  }
  rows.sort(
    (x, y) =>
      x.distance - y.distance ||
      compareByName(index, x.entity.iri, y.entity.iri) ||
      (x.relation < y.relation ? -1 : x.relation > y.relation ? 1 : 0) ||
      (x.direction === y.direction ? 0 : x.direction === 'out' ? -1 : 1),
  );
  return { center: entityRef(index, center.iri), neighbors: rows };
}
