/**
 * darkweb-kg: writing a built graph to files — `<dir>/<name>.<format>` for each output format, plus extra
 * exporters (the HTML view) — with the layout for the outputs that need positions (GEXF and the extras).
 * Every file is written through a paced atomic sink and renamed into place only when all are complete,
 * under the output folder's lock; any failure, the layout's included, removes every temporary file and
 * leaves the previous outputs as they were.
 *
 * Small graphs are laid out in this thread first, then every exporter runs in one pass over the graph.
 * Large ones (`useLayoutWorker`) are laid out in a worker thread while the exports that need no positions
 * (Turtle, JSON, N-Quads, TriG) make their pass; GEXF and the extras make a second pass once the positions
 * are in. The bytes are the same either way: each exporter sees the same items and the same positions.
 */
import { join } from 'node:path';
import type { KnowledgeGraph } from '../types';
import { layout, useLayoutWorker, validateLayoutOptions, type LayoutOptions, type Position } from '../graph/layout';
import { atomicFile, removeLeftovers, type AtomicFile } from './atomic';
import { acquireLock } from './lock';
import { degrees, paced, runExporters, type Exporter, type ExportContext, type PacedSink, type Sink } from './exporter';
import { createTurtleExporter } from './turtle';
import { createGexfExporter } from './gexf';
import { createJsonExporter } from './json';
import { createNQuadsExporter, createTrigExporter } from './nquads';

export type OutputFormat = 'ttl' | 'gexf' | 'json' | 'nquads' | 'trig';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ttl', 'gexf', 'json', 'nquads', 'trig'];
/** What `build` writes unless --format says otherwise. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['ttl', 'gexf', 'json'];

type Create = (sink: Sink, ctx: ExportContext) => Exporter;

/** The streaming exporter and file extension of each format, and whether it writes the layout's positions. */
const EXPORTERS: Record<OutputFormat, { ext: string; create: Create; positions: boolean }> = {
  ttl: { ext: 'ttl', create: createTurtleExporter, positions: false },
  gexf: { ext: 'gexf', create: createGexfExporter, positions: true },
  json: { ext: 'json', create: createJsonExporter, positions: false },
  nquads: { ext: 'nq', create: createNQuadsExporter, positions: false },
  trig: { ext: 'trig', create: createTrigExporter, positions: false },
};

export interface WriteOptions {
  formats: readonly OutputFormat[];
  layout: Partial<LayoutOptions>;
  /** Extra exporters (the HTML view), each with the file it writes; they are given the layout's positions. */
  extra?: Array<{ file: string; create: Create }>;
  /** Reports a stale lock taken over or leftovers removed; default: `Warning: ...` on stderr. */
  warn?: (message: string) => void;
  /**
   * Filled with milliseconds: `layout` (until the positions are in), `export` (from opening the files to
   * renaming them; with the layout in a worker it includes waiting for the positions) and `outputs`
   * (all of writeOutputs).
   */
  timings?: Record<string, number>;
}

/** One output file: its exporter factory, its atomic file, the paced sink its exporter writes to. */
interface Output {
  file: string;
  create: Create;
  positions: boolean;
  atomic: AtomicFile;
  sink: PacedSink;
}

const since = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** Write `<dir>/<name>.<format>` for each format, atomically (temporary file, then rename). */
export async function writeOutputs(graph: KnowledgeGraph, dir: string, name: string, options: WriteOptions): Promise<string[]> {
  const t0 = process.hrtime.bigint();
  const timings = options.timings ?? {};
  const layoutOptions = validateLayoutOptions(options.layout);
  const needsLayout = options.formats.includes('gexf') || (options.extra?.length ?? 0) > 0;
  const inWorker = needsLayout && useLayoutWorker(graph.entities.length, layoutOptions);
  const positions = needsLayout && !inWorker ? layout(graph, layoutOptions) : undefined;
  if (positions) timings.layout = since(t0);
  const warn = options.warn ?? ((m: string) => process.stderr.write(`Warning: ${m}\n`));
  // One build writes `dir` at a time; temporary files of builds killed earlier are removed.
  const lock = acquireLock(dir, warn);
  try {
    for (const t of removeLeftovers(dir)) warn(`${join(dir, t)}: removed, left by an interrupted build`);
    const t1 = process.hrtime.bigint();
    const outputs = openOutputs(dir, name, options);
    const files = await writeAll(graph, outputs, inWorker ? layoutOptions : positions, timings);
    timings.export = since(t1);
    return files;
  } finally {
    lock.release();
    timings.outputs = since(t0);
  }
}

/** Opens every output's temporary file, in the order the files are listed (JSON last, as it always was). */
function openOutputs(dir: string, name: string, options: WriteOptions): Output[] {
  const wanted: Array<{ file: string; create: Create; positions: boolean }> = [];
  for (const f of options.formats) if (f !== 'json') wanted.push({ file: join(dir, `${name}.${EXPORTERS[f].ext}`), ...EXPORTERS[f] });
  for (const x of options.extra ?? []) wanted.push({ ...x, positions: true });
  if (options.formats.includes('json')) wanted.push({ file: join(dir, `${name}.json`), ...EXPORTERS.json });
  const outputs: Output[] = [];
  try {
    for (const w of wanted) {
      const atomic = atomicFile(w.file, { deferCommit: true });
      outputs.push({ file: w.file, create: w.create, positions: w.positions, atomic, sink: paced(atomic) });
    }
  } catch (e) {
    for (const o of outputs) o.atomic.abort();
    throw e;
  }
  return outputs;
}

/**
 * Runs the exporters and renames every file into place once all are complete. `layoutOrPositions` is
 * either the positions already computed (or none needed): one pass; or the options of a layout to run
 * in a worker: first the outputs without positions while the worker runs, then the others.
 */
async function writeAll(
  graph: KnowledgeGraph,
  outputs: Output[],
  layoutOrPositions: LayoutOptions | Map<string, Position> | undefined,
  timings: Record<string, number>,
): Promise<string[]> {
  const degree = degrees(graph);
  const run = (list: Output[], positions: Map<string, Position> | undefined, signal?: AbortSignal): Promise<void> => {
    const ctx: ExportContext = { graph, positions, degree };
    return runExporters(graph, list.map((o) => o.create(o.sink, ctx)), list.map((o) => o.sink), signal);
  };
  const stop = new AbortController();
  let pending: Promise<unknown> | undefined;
  try {
    if (layoutOrPositions === undefined || layoutOrPositions instanceof Map) {
      await run(outputs, layoutOrPositions);
    } else {
      const t0 = process.hrtime.bigint();
      const positions = layout.inWorker(graph, layoutOrPositions, stop.signal).then((p) => {
        timings.layout = since(t0);
        return p;
      });
      pending = positions;
      // A failed layout stops the first pass at its next look at the signal.
      positions.catch((e: unknown) => stop.abort(e));
      await run(outputs.filter((o) => !o.positions), undefined, stop.signal);
      await run(outputs.filter((o) => o.positions), await positions, stop.signal);
    }
    // Rename only once every output is complete, so a failure or a kill leaves the previous set whole.
    await Promise.all(outputs.map((o) => o.atomic.written));
    for (const o of outputs) o.atomic.commit();
    await Promise.all(outputs.map((o) => o.atomic.done));
  } catch (e) {
    stop.abort(e);
    for (const o of outputs) o.atomic.abort();
    // The worker has stopped before writeOutputs fails (its own failure, if that was it, is `e`).
    await pending?.catch(() => undefined);
    throw e;
  }
  return outputs.map((o) => o.file);
}
