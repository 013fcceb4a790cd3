/**
 * darkweb-kg: ForceAtlas2 layout of the knowledge graph (graphology-layout-forceatlas2), deterministic so
 * that rebuilding the same graph writes byte-identical GEXF:
 *
 * - every node starts at a position seeded from a hash of its IRI (no Math.random), spread over a disc
 *   whose area grows with the node count;
 * - the iteration count is fixed and derived from the graph size (`iterations: 'auto'`), the settings
 *   come from `inferSettings` (strong gravity, so isolated nodes and small components stay near the
 *   centre instead of drifting away), and Barnes-Hut is switched on above `barnesHutThreshold` nodes;
 * - positions are rounded to 2 decimals.
 *
 * Time budget: `seconds` caps the run for huge graphs. Iterations run in batches of a size derived from
 * the graph size only, and no new batch starts once the budget is spent. A run that hits the cap
 * depends on machine speed (the report says `budgetSpent: true`), so the defaults are chosen for the
 * iteration count, not the clock, to bound every graph of ordinary size. Measured on the development
 * machine (random graphs, 3 edges per node): 'auto' takes about 1 s at 500 nodes, 3 s at 2,000-5,000
 * and 9 s at 20,000; the 20 s cap first cut a run short between 20,000 and 50,000 nodes.
 *
 * `enabled: false` skips ForceAtlas2: nodes keep their seeded initial positions, so a GEXF still opens
 * laid out (roughly) in Gephi.
 */
import { createHash } from 'node:crypto';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { UsageError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { toGraphology } from './graphology';

export interface LayoutOptions {
  /** false: no ForceAtlas2, seeded initial positions only. */
  enabled: boolean;
  /** ForceAtlas2 iterations, or 'auto' to derive them from the node count (see `autoIterations`). */
  iterations: number | 'auto';
  /** Wall-clock cap in seconds (Infinity: none). Only huge graphs should ever reach it. */
  seconds: number;
  /** Barnes-Hut approximation for graphs with more nodes than this. */
  barnesHutThreshold: number;
}

export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = Object.freeze({
  enabled: true,
  iterations: 'auto',
  seconds: 20,
  barnesHutThreshold: 2000,
});

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
      default:
        throw new UsageError(
          `unknown layout option "${key}" (known: ${Object.keys(LAYOUT_DEFAULTS).join(', ')})`,
        );
    }
  }
  return merged;
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

/**
 * Lays out any graphology graph in place: writes rounded `x`/`y` on every node. Edge attribute
 * `weight` (a number) is used as the edge weight when present.
 */
function assignLayout<N extends Attributes, E extends Attributes>(
  g: Graph<N, E>,
  options: Partial<LayoutOptions> = {},
): LayoutReport {
  const opts = validateLayoutOptions(options);
  const nodes = g.order;
  const radius = INITIAL_SPREAD * Math.sqrt(nodes);
  g.updateEachNodeAttributes((id, attr) => ({ ...attr, ...seededPosition(id, radius) }));

  const barnesHut = nodes > opts.barnesHutThreshold;
  const planned = !opts.enabled || nodes === 0 ? 0 : opts.iterations === 'auto' ? autoIterations(nodes) : opts.iterations;
  const settings = { ...forceAtlas2.inferSettings(nodes), barnesHutOptimize: barnesHut };
  const batch = Math.min(BATCH_MAX, Math.max(1, Math.round(BATCH_WORK / Math.max(nodes, 1))));
  const deadline = performance.now() + opts.seconds * 1000;
  let done = 0;
  let budgetSpent = false;
  while (done < planned) {
    if (performance.now() >= deadline) {
      budgetSpent = true;
      break;
    }
    const n = Math.min(batch, planned - done);
    forceAtlas2.assign(g, { iterations: n, settings, getEdgeWeight: 'weight' });
    done += n;
  }

  g.updateEachNodeAttributes((_id, attr) => ({
    ...attr,
    x: roundCoordinate(attr.x as number),
    y: roundCoordinate(attr.y as number),
  }));
  return { nodes, planned, iterations: done, barnesHut, budgetSpent };
}

/** Positions of every entity (IRI -> rounded x, y). Pure: the input graph is not touched. */
export function layout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Map<string, Position> {
  const g = toGraphology(graph);
  assignLayout(g, options);
  const positions = new Map<string, Position>();
  g.forEachNode((id, attr) => {
    const p = attr as typeof attr & Position;
    positions.set(id, { x: p.x, y: p.y });
  });
  return positions;
}

/** Lays out a graphology graph (e.g. a KGGraphology) in place and reports what was run. */
layout.assign = assignLayout;
