/**
 * darkweb-kg: the pipeline, stage by stage — ingest (files -> documents), extract (document ->
 * entities, relations, facts), resolve (-> one graph), layout, export (Turtle, GEXF, JSON, HTML) —
 * as plain functions the CLI and the tests call.
 */
import { join } from 'node:path';
import type { InputWarning, KnowledgeGraph, SourceDocument } from './types';
import { defaultLexicon } from './extract';
import { resolve } from './resolve';
import { layout, type LayoutOptions } from './graph/layout';
import { atomicFile, removeLeftovers, type AtomicFile } from './export/atomic';
import { acquireLock } from './export/lock';
import { degrees, paced, runExporters, type Exporter, type ExportContext, type PacedSink, type Sink } from './export/exporter';
import { createTurtleExporter } from './export/turtle';
import { createGexfExporter } from './export/gexf';
import { createJsonExporter } from './export/json';
import { extractInputs, type ExtractProgress } from './parallel';
import { createNQuadsExporter, createTrigExporter } from './export/nquads';
import { DEFAULT_BASE } from './graph/iri';
import { UsageError } from './errors';

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

export interface BuildOptions {
  /** Base IRI of resources. */
  base: string;
  layout: Partial<LayoutOptions>;
  /** Process only slice `index` of `count` (by document hash). */
  shard?: { index: number; count: number };
  /** Ids (content hashes) of documents to leave out: those already in the graph being updated. */
  exclude?: ReadonlySet<string>;
  /** Worker threads reading and extracting (lib/parallel); 1: the main thread; 'auto': by cores and input size. The output is the same. */
  jobs: number | 'auto';
  /** Called after each input file is extracted (the CLI draws its progress bar with it). */
  onProgress?: (p: ExtractProgress) => void;
}

export const BUILD_DEFAULTS: Readonly<BuildOptions> = Object.freeze({ base: DEFAULT_BASE, layout: {}, jobs: 1 });

export function validateBuildOptions(o: Partial<BuildOptions> = {}): BuildOptions {
  const merged = { ...BUILD_DEFAULTS, ...o };
  if (!/^https?:\/\/\S+[/#]$/.test(merged.base)) throw new UsageError(`build option "base" must be an http(s) IRI ending in / or #, got ${JSON.stringify(merged.base)}`);
  if (merged.shard && !(Number.isInteger(merged.shard.index) && Number.isInteger(merged.shard.count) && merged.shard.count >= 1 && merged.shard.index >= 1 && merged.shard.index <= merged.shard.count)) {
    throw new UsageError(`build option "shard" must be i/n with 1 <= i <= n, got ${merged.shard.index}/${merged.shard.count}`);
  }
  return merged;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  /** The documents in the graph, metadata only: text, sentences and furniture are dropped after extraction. */
  documents: SourceDocument[];
  /** How many documents were read, before the shard and `exclude` were applied. */
  read: number;
  warnings: InputWarning[];
  timings: Record<string, number>;
  /** Worker threads that read and extracted (1: the main thread). */
  jobs: number;
}

export { inShard } from './parallel';

/**
 * Read, extract and resolve: paths -> graph. Files are read and extracted one by one (in `jobs` worker
 * threads), keeping only what the resolver needs, never the whole corpus' text. `timings` (ms): `lexicon`,
 * `ingest` and `extract` (summed over threads), `read+extract` (wall clock of that stage), `resolve`.
 */
export async function buildGraph(paths: string[], options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const o = validateBuildOptions(options);
  let t0 = process.hrtime.bigint();
  const lexicon = defaultLexicon();
  const lexiconMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  const { extractions, warnings, read, timings, jobs } = await extractInputs(paths, {
    jobs: o.jobs, filter: { shard: o.shard, exclude: o.exclude }, lexicon, onProgress: o.onProgress,
  });
  timings['read+extract'] = Number(process.hrtime.bigint() - t0) / 1e6;
  timings.lexicon = lexiconMs;
  t0 = process.hrtime.bigint();
  const graph = resolve(extractions, { base: o.base, lexicon });
  timings.resolve = Number(process.hrtime.bigint() - t0) / 1e6;
  return { graph, documents: extractions.map((x) => x.doc), read, warnings, timings, jobs };
}

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
