/// <reference lib="dom" />
/**
 * darkweb-kg view: reads the graph data embedded in the page and builds what the rest of the view
 * works on: a graphology graph for sigma (node key = entity IRI, edge key = `e<index>`), plus lookups
 * from each entity to its relations and its counted facts.
 */
import Graph from 'graphology';
import { SYMMETRIC_RELATIONS, type EntityClass } from '../../types';
import { DATA_ELEMENT_ID, type ViewClass, type ViewData } from '../viewdata';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Index into ViewData.nodes. */
  index: number;
  cls: EntityClass;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  type: string;
  /** Index into ViewData.edges. */
  index: number;
}

export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;

export interface ViewModel {
  data: ViewData;
  graph: ViewGraph;
  classes: Map<string, ViewClass>;
  /** Entity IRI -> index into data.nodes. */
  nodeIndex: Map<string, number>;
  /** Per node index: indices of the edges that touch it. */
  edgesOf: number[][];
  /** Per node index: indices of the facts that name it (as operation, place or item). */
  factsOf: number[][];
}

export const EDGE_COLOR = '#c4c4c4';

export function edgeKey(index: number): string {
  return `e${index}`;
}

export function readViewData(doc: Document): ViewData {
  const script = doc.getElementById(DATA_ELEMENT_ID);
  if (!script || !script.textContent) throw new Error(`the page has no #${DATA_ELEMENT_ID} data`);
  return JSON.parse(script.textContent) as ViewData;
}

export function buildModel(data: ViewData): ViewModel {
  const classes = new Map(data.classes.map((c) => [c.name as string, c]));
  const graph: ViewGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true });
  const nodeIndex = new Map<string, number>();
  data.nodes.forEach((n, index) => {
    if (nodeIndex.has(n.iri)) return;
    nodeIndex.set(n.iri, index);
    graph.addNode(n.iri, {
      x: n.x,
      y: n.y,
      size: n.size,
      color: classes.get(n.type)?.color ?? '#000000',
      label: n.label,
      index,
      cls: n.type,
    });
  });
  const edgesOf: number[][] = data.nodes.map(() => []);
  data.edges.forEach((e, index) => {
    const s = data.nodes[e.s];
    const o = data.nodes[e.o];
    if (!s || !o) return;
    graph.addDirectedEdgeWithKey(edgeKey(index), s.iri, o.iri, {
      size: 1 + 0.5 * Math.min(e.ev.length - 1, 4),
      color: EDGE_COLOR,
      type: SYMMETRIC_RELATIONS.has(e.p) ? 'line' : 'arrow',
      index,
    });
    edgesOf[e.s].push(index);
    if (e.o !== e.s) edgesOf[e.o].push(index);
  });
  const factsOf: number[][] = data.nodes.map(() => []);
  data.facts.forEach((f, index) => {
    for (const n of new Set([f.op, f.place, f.item])) if (n !== undefined && factsOf[n]) factsOf[n].push(index);
  });
  return { data, graph, classes, nodeIndex, edgesOf, factsOf };
}
