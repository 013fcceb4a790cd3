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

/** The relation to report between two adjacent entities: most articles, then most confident, then name. */
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

  // Breadth-first search keeping every shortest-path parent; `edges` holds the relations of each DAG edge.
  const dist = new Map<string, number>([[source.iri, 0]]);
  const parents = new Map<string, string[]>();
  const edges = new Map<string, Neighbor[]>();
  const order: string[] = [source.iri];
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
          parents.set(v, [u]);
          edges.set(`${u}\n${v}`, [n]);
          next.push(v);
          order.push(v);
        } else if (dv === depth + 1) {
          const key = `${u}\n${v}`;
          const list = edges.get(key);
          if (list) list.push(n);
          else {
            edges.set(key, [n]);
            parents.get(v)!.push(u);
          }
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

  // Best support reachable at each node (DP in BFS order), and the parent giving it.
  const weight = (u: string, v: string): number => strongest(edges.get(`${u}\n${v}`)!).relation.assertions.length;
  const score = new Map<string, number>([[source.iri, 0]]);
  const bestParent = new Map<string, string>();
  for (const v of order) {
    const ps = parents.get(v);
    if (!ps) continue;
    let best = -1;
    for (const u of ps) {
      const s = score.get(u)! + weight(u, v);
      if (s > best || (s === best && compareByName(index, u, bestParent.get(v)!) < 0)) {
        best = s;
        bestParent.set(v, u);
      }
    }
    score.set(v, best);
  }

  const toPath = (nodes: string[]): FoundPath => {
    const hops: PathHop[] = [];
    let support = 0;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const n = strongest(edges.get(`${nodes[i]}\n${nodes[i + 1]}`)!);
      support += n.relation.assertions.length;
      hops.push(hop(index, nodes[i], n));
    }
    return { hops, support };
  };

  if (!options.all) {
    const nodes = [target.iri];
    while (nodes[0] !== source.iri) nodes.unshift(bestParent.get(nodes[0])!);
    return { from: entityRef(index, source.iri), to: entityRef(index, target.iri), length, paths: [toPath(nodes)], truncated: false };
  }

  // Every shortest path, walking the parent DAG back from the target.
  const found: string[][] = [];
  let truncated = false;
  const walk = (node: string, suffix: string[]): void => {
    if (truncated) return;
    if (node === source.iri) {
      if (found.length >= options.limit) truncated = true;
      else found.push([node, ...suffix]);
      return;
    }
    for (const u of parents.get(node)!) walk(u, [node, ...suffix]);
  };
  walk(target.iri, []);
  const paths = found.map(toPath);
  const labels = (p: FoundPath): string => p.hops.map((h) => h.to.label).join('\n');
  paths.sort((x, y) => y.support - x.support || compareNames(labels(x), labels(y)));
  return { from: entityRef(index, source.iri), to: entityRef(index, target.iri), length, paths, truncated };
}
