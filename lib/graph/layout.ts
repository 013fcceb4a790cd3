/**
 * darkweb-kg: ForceAtlas2 layout of the knowledge graph, deterministic so that rebuilding the same graph
 * writes byte-identical GEXF. This module holds the options (defaults and validation) and the entry
 * points; the run itself (seeded start, batches, time budget, rounding) is lib/graph/layout-forceatlas2.ts,
 * on the compact graph of lib/graph/layout-compact.ts, in this thread or in a worker
 * (lib/graph/layout-thread.ts) with the same positions either way.
 *
 * - `layout(graph)`: positions in this thread; `layout.inWorker(graph)`: the same, in a worker thread;
 *   `useLayoutWorker(nodes, options)` says which one a build takes (`worker: 'auto'`: a worker from
 *   `workerThreshold` nodes on, when the compiled worker is at hand);
 * - `layout.assign(g)`: lays out a graphology graph in place.
 *
 * Time budget: `seconds` caps the run for huge graphs. Iterations run in batches of a size derived from
 * the graph size only, and no new batch starts once the budget is spent. A run that hits the cap
 * depends on machine speed (the report says `budgetSpent: true`), so the defaults are chosen for the
 * iteration count, not the clock, to bound every graph of ordinary size. Measured on the development
 * machine (random graphs, 3 edges per node): 'auto' takes about 1 s at 500 nodes, 3 s at 2,000-5,000
 * and 9 s at 20,000; the 20 s cap first cut a run short between 20,000 and 50,000 nodes. In a worker
 * the budget starts when the worker starts the run.
 *
 * `enabled: false` skips ForceAtlas2: nodes keep their seeded initial positions, so a GEXF still opens
 * laid out (roughly) in Gephi.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { UsageError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { compactGraphology, compactKnowledgeGraph } from './layout-compact';
import { forceAtlas2Layout, type LayoutReport, type LayoutResult, type Position } from './layout-forceatlas2';
import { layoutInWorker, layoutWorkerAvailable } from './layout-thread';

export { autoIterations, roundCoordinate, seededPosition, type LayoutReport, type Position } from './layout-forceatlas2';

export interface LayoutOptions {
  /** false: no ForceAtlas2, seeded initial positions only. */
  enabled: boolean;
  /** ForceAtlas2 iterations, or 'auto' to derive them from the node count (see `autoIterations`). */
  iterations: number | 'auto';
  /** Wall-clock cap in seconds (Infinity: none). Only huge graphs should ever reach it. */
  seconds: number;
  /** Barnes-Hut approximation for graphs with more nodes than this. */
  barnesHutThreshold: number;
  /** Where a build runs the layout: true a worker thread, false this thread, 'auto' see workerThreshold. */
  worker: boolean | 'auto';
  /** With worker: 'auto', graphs of at least this many nodes are laid out in a worker thread. */
  workerThreshold: number;
}

/**
 * workerThreshold: a worker costs about 0.05-0.1 s to start and 40 MB of RSS, and saves what the exports
 * without positions take (measured on a loaded 2-core machine: break-even at the 2,848 nodes of 1,000
 * generated articles, where those exports take 0.3 s; 21,000 nodes: 2-3 s).
 */
export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = Object.freeze({
  enabled: true,
  iterations: 'auto',
  seconds: 20,
  barnesHutThreshold: 2000,
  worker: 'auto',
  workerThreshold: 5000,
});

/** The command line's words for `worker` (--layout-worker). */
export const LAYOUT_WORKER_WORDS: Readonly<Record<'auto' | 'always' | 'never', LayoutOptions['worker']>> = Object.freeze({
  auto: 'auto',
  always: true,
  never: false,
});

/** Defaults merged with `options`; a UsageError names the first bad key. */
export function validateLayoutOptions(options: Partial<LayoutOptions> = {}): LayoutOptions {
  const merged: LayoutOptions = { ...LAYOUT_DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const bad = (want: string): UsageError =>
      new UsageError(`layout option "${key}" must be ${want} (got ${JSON.stringify(value) ?? String(value)})`);
    switch (key) {
      case 'enabled':
        if (typeof value !== 'boolean') throw bad('true or false');
        merged.enabled = value;
        break;
      case 'iterations':
        if (value !== 'auto' && !(Number.isInteger(value) && (value as number) > 0)) {
          throw bad('a positive integer or "auto"');
        }
        merged.iterations = value as number | 'auto';
        break;
      case 'seconds':
        if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw bad('a number >= 0');
        merged.seconds = value;
        break;
      case 'barnesHutThreshold':
        if (!Number.isInteger(value) || (value as number) < 0) throw bad('an integer >= 0');
        merged.barnesHutThreshold = value as number;
        break;
      case 'worker':
        if (typeof value !== 'boolean' && value !== 'auto') throw bad('true, false or "auto"');
        merged.worker = value;
        break;
      case 'workerThreshold':
        if (!Number.isInteger(value) || (value as number) < 0) throw bad('an integer >= 0');
        merged.workerThreshold = value as number;
        break;
      default:
        throw new UsageError(
          `unknown layout option "${key}" (known: ${Object.keys(LAYOUT_DEFAULTS).join(', ')})`,
        );
    }
  }
  return merged;
}

/** Does a build lay out a graph of `nodes` nodes in a worker thread with these (validated) options? */
export function useLayoutWorker(nodes: number, options: LayoutOptions): boolean {
  if (options.worker !== 'auto') return options.worker;
  return nodes >= options.workerThreshold && layoutWorkerAvailable();
}

/** Entity IRI -> position, from a run over the compact graph with these ids. */
function positionMap(ids: readonly string[], result: LayoutResult): Map<string, Position> {
  const positions = new Map<string, Position>();
  ids.forEach((id, i) => positions.set(id, { x: result.x[i], y: result.y[i] }));
  return positions;
}

/** Positions of every entity (IRI -> rounded x, y), in this thread. Pure: the input graph is not touched. */
export function layout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Map<string, Position> {
  const compact = compactKnowledgeGraph(graph);
  return positionMap(compact.ids, forceAtlas2Layout(compact, validateLayoutOptions(options)));
}

/** The same positions as `layout`, computed in a worker thread; `signal` stops the worker. */
async function layoutAsync(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}, signal?: AbortSignal): Promise<Map<string, Position>> {
  const opts = validateLayoutOptions(options);
  const compact = compactKnowledgeGraph(graph);
  const ids = compact.ids; // the typed arrays go to the worker, the ids are copied
  return positionMap(ids, await layoutInWorker(compact, opts, signal));
}

/**
 * Lays out any graphology graph in place: writes rounded `x`/`y` on every node. Edge attribute `weight`
 * (a number) is the edge weight when present; no other attribute is read (no node has a size or is fixed).
 */
function assignLayout<N extends Attributes, E extends Attributes>(g: Graph<N, E>, options: Partial<LayoutOptions> = {}): LayoutReport {
  const compact = compactGraphology(g);
  const result = forceAtlas2Layout(compact, validateLayoutOptions(options));
  let i = 0;
  g.updateEachNodeAttributes((_id, attr) => {
    const p = { ...attr, x: result.x[i], y: result.y[i] };
    i++;
    return p;
  });
  return result.report;
}

/** Lays out a graphology graph (e.g. a KGGraphology) in place and reports what was run. */
layout.assign = assignLayout;
/** `layout` in a worker thread (lib/graph/layout-thread.ts). */
layout.inWorker = layoutAsync;
