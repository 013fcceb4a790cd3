/**
 * darkweb-kg query `path`: the shortest connections between two entities, relations used in either
 * direction. A breadth-first search from FROM stops at the level where TO is reached (or at maxHops) and
 * keeps every shortest-path parent, which forms a DAG. The default answer is the best-supported shortest
 * path (most supporting articles summed over its hops, by dynamic programming over the DAG, ties to the
 * first name); `all` enumerates every shortest path, best-supported first, up to `limit`. Each hop reports
 * the relation between its two ends with the most supporting articles, and its evidence.
 */
import { LookupError, UsageError } from '../errors';
import type { RelationType } from '../types';
import { assertionEvidence, bestAssertion, entityRef, type EntityRef, type SourceEvidence } from './evidence';
import { compareByName, type GraphIndex, type Neighbor } from './graph-index';
import { compareNames } from './lookup';
import type { PathOptions } from './options';

export interface PathHop {
  from: EntityRef;
  to: EntityRef;
  relation: RelationType;
  /** 'out': from —relation→ to; 'in': to —relation→ from. */
  direction: 'out' | 'in';
  /** Articles supporting the relation. */
  documents: number;
  evidence?: SourceEvidence;
}

export interface FoundPath {
  hops: PathHop[];
  /** Supporting articles summed over the hops. */
  support: number;
}

export interface PathResult {
  from: EntityRef;
  to: EntityRef;
  /** Number of hops of every path found. */
  length: number;
  paths: FoundPath[];
  /** True when `all` stopped at `limit` paths. */
  truncated: boolean;
}

/** A shortest-path parent of an entity, and every relation linking the two. */
interface ParentLink {
  from: string;
  edges: Neighbor[];
}

/** The relation to report between two adjacent entities: most articles, then most confident, then first. */
function strongest(edges: Neighbor[]): Neighbor {
  let best = edges[0];
  for (const n of edges) {
    const d = n.relation.assertions.length - best.relation.assertions.length;
    const c = (bestAssertion(n.relation)?.confidence ?? 0) - (bestAssertion(best.relation)?.confidence ?? 0);
    if (d > 0 || (d === 0 && c > 0)) best = n;
  }
  return best;
}

function hop(index: GraphIndex, from: string, n: Neighbor): PathHop {
  const a = bestAssertion(n.relation);
  const h: PathHop = {
    from: entityRef(index, from),
    to: entityRef(index, n.other),
    relation: n.relation.p,
    direction: n.direction,
    documents: new Set(n.relation.assertions.map((x) => x.doc)).size,
  };
  if (a) h.evidence = assertionEvidence(index, a);
  return h;
}

export function findPaths(index: GraphIndex, options: PathOptions): PathResult {
  const source = index.names.resolve(options.from);
  const target = index.names.resolve(options.to);
  if (source.iri === target.iri) {
    throw new UsageError(`query path: "${options.from}" and "${options.to}" are the same entity, ${source.label}`);
  }
  const relations = options.viaRelations.length ? new Set(options.viaRelations) : undefined;
  const classes = options.viaClasses.length ? new Set(options.viaClasses) : undefined;

  // Breadth-first search keeping every shortest-path parent of each entity, with the relations to it.
  const dist = new Map<string, number>([[source.iri, 0]]);
  const parents = new Map<string, ParentLink[]>();
  const order: string[] = [];
  let frontier = [source.iri];
  for (let depth = 0; depth < options.maxHops && frontier.length > 0 && !dist.has(target.iri); depth++) {
    const next: string[] = [];
    for (const u of frontier) {
      if (u !== source.iri && classes && !classes.has(index.entities.get(u)!.type)) continue;
      for (const n of index.adjacency.get(u)!) {
        if (relations && !relations.has(n.relation.p)) continue;
        const v = n.other;
        const dv = dist.get(v);
        if (dv === undefined) {
          dist.set(v, depth + 1);
          parents.set(v, [{ from: u, edges: [n] }]);
          next.push(v);
          order.push(v);
        } else if (dv === depth + 1) {
          // u's relations to v are consecutive in its adjacency list, so only the last link can be u's.
          const links = parents.get(v)!;
          const last = links[links.length - 1];
          if (last.from === u) last.edges.push(n);
          else links.push({ from: u, edges: [n] });
        }
      }
    }
    frontier = next;
  }
  const length = dist.get(target.iri);
  if (length === undefined) {
    const via = [...options.viaRelations, ...options.viaClasses];
    throw new LookupError(
      `no path between ${source.label} and ${target.label} within ${options.maxHops} hops${via.length ? ` via ${via.join(', ')}` : ''}`,
    );
  }

  // Best support reachable at each entity (DP in BFS order), and the parent link giving it.
  const score = new Map<string, number>([[source.iri, 0]]);
  const bestLink = new Map<string, ParentLink>();
  for (const v of order) {
    let best: ParentLink | undefined;
    let bestScore = -1;
    for (const link of parents.get(v)!) {
      const s = score.get(link.from)! + strongest(link.edges).relation.assertions.length;
      if (s > bestScore || (s === bestScore && compareByName(index, link.from, best!.from) < 0)) {
        best = link;
        bestScore = s;
      }
    }
    score.set(v, bestScore);
    bestLink.set(v, best!);
  }

  /** A path from the links of its hops, first hop first. */
  const toPath = (links: ParentLink[]): FoundPath => {
    const hops: PathHop[] = [];
    let support = 0;
    for (const link of links) {
      const n = strongest(link.edges);
      support += n.relation.assertions.length;
      hops.push(hop(index, link.from, n));
    }
    return { hops, support };
  };

  if (!options.all) {
    const links: ParentLink[] = [];
    for (let v = target.iri; v !== source.iri; v = links[0].from) links.unshift(bestLink.get(v)!);
    return { from: entityRef(index, source.iri), to: entityRef(index, target.iri), length, paths: [toPath(links)], truncated: false };
  }

  // Every shortest path, walking the parent links back from the target.
  const found: FoundPath[] = [];
  let truncated = false;
  const walk = (node: string, suffix: ParentLink[]): void => {
    if (truncated) return;
    if (node === source.iri) {
      if (found.length >= options.limit) truncated = true;
      else found.push(toPath(suffix));
      return;
    }
    for (const link of parents.get(node)!) walk(link.from, [link, ...suffix]);
  };
  walk(target.iri, []);
  const labels = (p: FoundPath): string => p.hops.map((h) => h.to.label).join('\n');
  const paths = found.sort((x, y) => y.support - x.support || compareNames(labels(x), labels(y)));
  return { from: entityRef(index, source.iri), to: entityRef(index, target.iri), length, paths, truncated };
}
