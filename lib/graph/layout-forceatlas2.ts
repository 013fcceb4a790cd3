/**
 * darkweb-kg: the deterministic ForceAtlas2 run on a compact graph (lib/graph/layout-compact.ts), the
 * same code in this thread and in the layout worker, so both give the same positions to the bit:
 *
 * - every node starts at a position seeded from a hash of its id (no Math.random), spread over a disc
 *   whose area grows with the node count;
 * - the iteration count is fixed by the options and the graph size, the settings come from
 *   `inferSettings` (strong gravity, so isolated nodes and small components stay near the centre), with
 *   Barnes-Hut above `barnesHutThreshold` nodes;
 * - iterations run in batches of a size derived from the graph size only; no batch starts once the
 *   time budget (`seconds`) is spent, and the report then says `budgetSpent: true`;
 * - positions are rounded to 2 decimals.
 *
 * The iterations are graphology-layout-forceatlas2's own `iterate` over its Float32 node and edge
 * matrices, built here as its `graphToByteArrays` builds them from a graphology graph. Each batch starts
 * as a new `forceAtlas2.assign` call would: speeds and convergence reset, positions and masses kept (an
 * assign call reads back the float32 positions the previous one wrote, and recomputes the same masses).
 * The tests hold this to the package's public `assign` run batch by batch, position for position.
 */
import { createHash } from 'node:crypto';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { CompactGraph } from './layout-compact';
import type { LayoutOptions } from './layout';

/** graphology-layout-forceatlas2 internals: one iteration over the matrices, and the default settings. */
type Iterate = (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => void;
const iterate = require('graphology-layout-forceatlas2/iterate.js') as Iterate;
const FA2_DEFAULTS = require('graphology-layout-forceatlas2/defaults.js') as Required<ForceAtlas2Settings>;

/** Matrix layout of the package: 10 numbers per node, 3 per edge. */
const PPN = 10;
const PPE = 3;
const NODE = { x: 0, y: 1, dx: 2, dy: 3, oldDx: 4, oldDy: 5, mass: 6, convergence: 7, size: 8, fixed: 9 } as const;

/** Work targets of the automatic iteration count and of the batch size (node-iterations). */
const AUTO_WORK = 200_000;
const AUTO_MIN_ITERATIONS = 50;
const AUTO_MAX_ITERATIONS = 500;
const BATCH_WORK = 20_000;
const BATCH_MAX = 50;
/** Radius of the initial disc = INITIAL_SPREAD * sqrt(node count). */
const INITIAL_SPREAD = 10;

export type Position = { x: number; y: number };

/** What a layout run did. */
export interface LayoutReport {
  nodes: number;
  /** Iterations planned (fixed by the options and the graph size). */
  planned: number;
  /** Iterations actually run (less than planned only when the time budget was spent). */
  iterations: number;
  barnesHut: boolean;
  /** true when the time cap stopped the run: positions then depend on machine speed. */
  budgetSpent: boolean;
}

/** Rounded positions, node i at (x[i], y[i]) in the order of the compact graph's ids. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  report: LayoutReport;
}

/** Iterations for `iterations: 'auto'`: 500 for small graphs, down to 50 from 4,000 nodes. */
export function autoIterations(nodes: number): number {
  const wanted = Math.round(AUTO_WORK / Math.max(nodes, 1));
  return Math.min(AUTO_MAX_ITERATIONS, Math.max(AUTO_MIN_ITERATIONS, wanted));
}

/** Round to 2 decimals, without ever producing -0. */
export function roundCoordinate(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}

/** Seeded start position of a node: a point of the disc of radius `radius`, from the hash of its id. */
export function seededPosition(id: string, radius: number): Position {
  const h = createHash('sha256').update(id).digest();
  const u = h.readUInt32BE(0) / 0x1_0000_0000;
  const v = h.readUInt32BE(4) / 0x1_0000_0000;
  const r = radius * Math.sqrt(u);
  const a = 2 * Math.PI * v;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** The package's node and edge matrices (graphToByteArrays): no node has a size or is fixed. */
function matrices(graph: CompactGraph, x: Float64Array, y: Float64Array): { nodes: Float32Array; edges: Float32Array } {
  const order = graph.ids.length;
  const size = graph.source.length;
  const nodes = new Float32Array(order * PPN);
  for (let i = 0, j = 0; i < order; i++, j += PPN) {
    nodes[j + NODE.x] = x[i];
    nodes[j + NODE.y] = y[i];
    nodes[j + NODE.mass] = 1;
    nodes[j + NODE.convergence] = 1;
    nodes[j + NODE.size] = 1;
  }
  const edges = new Float32Array(size * PPE);
  for (let e = 0, j = 0; e < size; e++, j += PPE) {
    const s = graph.source[e] * PPN;
    const t = graph.target[e] * PPN;
    const w = graph.weight[e];
    // The mass is the weighted degree, summed edge by edge in float32 as the package does.
    nodes[s + NODE.mass] += w;
    nodes[t + NODE.mass] += w;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = w;
  }
  return { nodes, edges };
}

/** What a fresh `assign` call starts from besides positions and masses: no speed, full convergence. */
function resetMotion(nodes: Float32Array): void {
  for (let j = 0; j < nodes.length; j += PPN) {
    nodes[j + NODE.dx] = 0;
    nodes[j + NODE.dy] = 0;
    nodes[j + NODE.oldDx] = 0;
    nodes[j + NODE.oldDy] = 0;
    nodes[j + NODE.convergence] = 1;
  }
}

/** Lays out a compact graph with validated options; the positions come back rounded. */
export function forceAtlas2Layout(graph: CompactGraph, opts: LayoutOptions): LayoutResult {
  const order = graph.ids.length;
  const radius = INITIAL_SPREAD * Math.sqrt(order);
  const x = new Float64Array(order);
  const y = new Float64Array(order);
  graph.ids.forEach((id, i) => {
    const p = seededPosition(id, radius);
    x[i] = p.x;
    y[i] = p.y;
  });

  const barnesHut = order > opts.barnesHutThreshold;
  const planned = !opts.enabled || order === 0 ? 0 : opts.iterations === 'auto' ? autoIterations(order) : opts.iterations;
  const settings: Required<ForceAtlas2Settings> = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(order), barnesHutOptimize: barnesHut };
  const batch = Math.min(BATCH_MAX, Math.max(1, Math.round(BATCH_WORK / Math.max(order, 1))));
  const deadline = performance.now() + opts.seconds * 1000;
  let m: { nodes: Float32Array; edges: Float32Array } | undefined;
  let done = 0;
  let budgetSpent = false;
  while (done < planned) {
    if (performance.now() >= deadline) {
      budgetSpent = true;
      break;
    }
    if (m) resetMotion(m.nodes);
    else m = matrices(graph, x, y);
    const n = Math.min(batch, planned - done);
    for (let i = 0; i < n; i++) iterate(settings, m.nodes, m.edges);
    done += n;
  }

  // Until a batch has run, positions are the seeded doubles; after, the float32 values of the matrix.
  for (let i = 0, j = 0; i < order; i++, j += PPN) {
    x[i] = roundCoordinate(m ? m.nodes[j + NODE.x] : x[i]);
    y[i] = roundCoordinate(m ? m.nodes[j + NODE.y] : y[i]);
  }
  return { x, y, report: { nodes: order, planned, iterations: done, barnesHut, budgetSpent } };
}
