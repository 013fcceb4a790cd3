/**
 * darkweb-kg: writing a built graph to files — `<dir>/<name>.<format>` for each output format, plus extra
 * exporters (the HTML view) — after the layout when an output needs positions. Every file is written through
 * a paced atomic sink and renamed into place only when all are complete, under the output folder's lock.
 */
import { join } from 'node:path';
import type { KnowledgeGraph } from '../types';
import { layout, type LayoutOptions } from '../graph/layout';
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

/** The streaming exporter and file extension of each format. */
const EXPORTERS: Record<OutputFormat, { ext: string; create: (sink: Sink, ctx: ExportContext) => Exporter }> = {
  ttl: { ext: 'ttl', create: createTurtleExporter },
  gexf: { ext: 'gexf', create: createGexfExporter },
  json: { ext: 'json', create: createJsonExporter },
  nquads: { ext: 'nq', create: createNQuadsExporter },
  trig: { ext: 'trig', create: createTrigExporter },
};

export interface WriteOptions {
  formats: readonly OutputFormat[];
  layout: Partial<LayoutOptions>;
  /** Extra exporters (the HTML view), each with the file it writes. */
  extra?: Array<{ file: string; create: (sink: Sink, ctx: ExportContext) => Exporter }>;
  /** Reports a stale lock taken over or leftovers removed; default: `Warning: ...` on stderr. */
  warn?: (message: string) => void;
  /** Filled with the milliseconds spent on `layout` and on `export` (every output, in one pass). */
  timings?: Record<string, number>;
}

/** Write `<dir>/<name>.<format>` for each format, atomically (temporary file, then rename). */
export async function writeOutputs(graph: KnowledgeGraph, dir: string, name: string, options: WriteOptions): Promise<string[]> {
  const needsLayout = options.formats.includes('gexf') || (options.extra?.length ?? 0) > 0;
  let t0 = process.hrtime.bigint();
  const positions = needsLayout ? layout(graph, options.layout) : undefined;
  if (options.timings) options.timings.layout = Number(process.hrtime.bigint() - t0) / 1e6;
  const ctx: ExportContext = { graph, positions, degree: degrees(graph) };
  const warn = options.warn ?? ((m: string) => process.stderr.write(`Warning: ${m}\n`));
  // One build writes `dir` at a time; temporary files of builds killed earlier are removed.
  const lock = acquireLock(dir, warn);
  try {
    for (const t of removeLeftovers(dir)) warn(`${join(dir, t)}: removed, left by an interrupted build`);
    t0 = process.hrtime.bigint();
    const files = await writeLocked(graph, ctx, dir, name, options);
    if (options.timings) options.timings.export = Number(process.hrtime.bigint() - t0) / 1e6;
    return files;
  } finally {
    lock.release();
  }
}

async function writeLocked(graph: KnowledgeGraph, ctx: ExportContext, dir: string, name: string, options: WriteOptions): Promise<string[]> {
  const files: Array<{ file: string; sink: AtomicFile }> = [];
  const sinks: PacedSink[] = [];
  const exporters: Exporter[] = [];
  const open = (file: string, create: (sink: Sink, ctx: ExportContext) => Exporter) => {
    const sink = atomicFile(file, { deferCommit: true });
    files.push({ file, sink });
    const p = paced(sink);
    sinks.push(p);
    exporters.push(create(p, ctx));
  };
  try {
    // JSON comes last among the files written and listed, as it always did.
    for (const f of options.formats) if (f !== 'json') open(join(dir, `${name}.${EXPORTERS[f].ext}`), EXPORTERS[f].create);
    for (const x of options.extra ?? []) open(x.file, x.create);
    if (options.formats.includes('json')) open(join(dir, `${name}.json`), EXPORTERS.json.create);
    await runExporters(graph, exporters, sinks);
    // Rename only once every output is complete, so a failure or a kill leaves the previous set whole.
    await Promise.all(files.map((f) => f.sink.written));
    for (const f of files) f.sink.commit();
    await Promise.all(files.map((f) => f.sink.done));
  } catch (e) {
    for (const f of files) f.sink.abort();
    throw e;
  }
  return files.map((f) => f.file);
}
