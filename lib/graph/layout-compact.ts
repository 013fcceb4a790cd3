/**
 * darkweb-kg: the compact graph the layout works on — node ids in order and typed arrays of edge endpoints
 * and weights — instead of a KnowledgeGraph or a graphology graph. It is all ForceAtlas2 needs, it costs a
 * few bytes per edge, and its arrays move to a worker thread without copying (`transferList`).
 *
 * Both builders keep the order and the weights the graphology route used (lib/graph/graphology.ts and
 * graphology-layout-forceatlas2's edge weight getter), so the layout gives the same positions:
 * - from a KnowledgeGraph: one node per entity, in entity order; one edge per relation whose two ends are
 *   entities, in relation order, weighing its number of supporting documents;
 * - from a graphology graph: its nodes and edges in iteration order; an edge weighs its `weight` attribute
 *   when that is a number (NaN excepted), else 1.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../types';

export interface CompactGraph {
  /** Node ids in layout order (entity IRIs): start positions are seeded from them. */
  ids: string[];
  /** Edge i runs from node source[i] to node target[i] (indices into ids) and weighs weight[i]. */
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array;
}

/** A node id given twice: the layout could not tell the two apart. */
function duplicate(id: string): Error {
  return new Error(`layout: node ${id} appears twice in the graph`);
}

export function compactKnowledgeGraph(graph: KnowledgeGraph): CompactGraph {
  const ids = new Array<string>(graph.entities.length);
  const index = new Map<string, number>();
  graph.entities.forEach((e, i) => {
    if (index.has(e.iri)) throw duplicate(e.iri);
    index.set(e.iri, i);
    ids[i] = e.iri;
  });
  const source = new Uint32Array(graph.relations.length);
  const target = new Uint32Array(graph.relations.length);
  const weight = new Float64Array(graph.relations.length);
  let m = 0;
  for (const r of graph.relations) {
    const s = index.get(r.s);
    const o = index.get(r.o);
    if (s === undefined || o === undefined) continue;
    source[m] = s;
    target[m] = o;
    weight[m] = r.assertions.length;
    m++;
  }
  return { ids, source: source.subarray(0, m), target: target.subarray(0, m), weight: weight.subarray(0, m) };
}

export function compactGraphology<N extends Attributes, E extends Attributes>(g: Graph<N, E>): CompactGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  g.forEachNode((id) => {
    index.set(id, ids.length);
    ids.push(id);
  });
  const source = new Uint32Array(g.size);
  const target = new Uint32Array(g.size);
  const weight = new Float64Array(g.size);
  let m = 0;
  g.forEachEdge((_edge, attr, s, t) => {
    const w: unknown = attr.weight;
    source[m] = index.get(s)!;
    target[m] = index.get(t)!;
    weight[m] = typeof w === 'number' && !Number.isNaN(w) ? w : 1;
    m++;
  });
  return { ids, source, target, weight };
}

/** The buffers to transfer with a CompactGraph (they are no longer usable by the sender afterwards). */
export function transferList(graph: CompactGraph): ArrayBuffer[] {
  return [...new Set([graph.source.buffer, graph.target.buffer, graph.weight.buffer])] as ArrayBuffer[];
}
