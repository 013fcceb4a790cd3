/**
 * darkweb-kg: the pipeline, stage by stage — ingest (files -> documents), extract (document ->
 * entities, relations, facts), resolve (-> one graph), layout, export (Turtle, GEXF, JSON, HTML) —
 * as plain functions the CLI and the tests call.
 */
import { join } from 'node:path';
import type { InputWarning, KnowledgeGraph, SourceDocument } from './types';
import { readInputs } from './ingest';
import { defaultLexicon, extractDocument } from './extract';
import { resolve } from './resolve';
import { layout, type LayoutOptions } from './graph/layout';
import { stringifyGraph } from './graph/load';
import { atomicFile, removeLeftovers, type AtomicFile } from './export/atomic';
import { acquireLock } from './export/lock';
import { degrees, runExporters, type Exporter, type ExportContext, type Sink } from './export/exporter';
import { createTurtleExporter } from './export/turtle';
import { createGexfExporter } from './export/gexf';
import { createNQuadsExporter, createTrigExporter } from './export/nquads';
import { DEFAULT_BASE } from './graph/iri';
import { UsageError } from './errors';

export type OutputFormat = 'ttl' | 'gexf' | 'json' | 'nquads' | 'trig';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ttl', 'gexf', 'json', 'nquads', 'trig'];
/** What `build` writes unless --format says otherwise. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['ttl', 'gexf', 'json'];

/** The streaming exporter and file extension of each format but JSON (written whole, last). */
const EXPORTERS: Record<Exclude<OutputFormat, 'json'>, { ext: string; create: (sink: Sink, ctx: ExportContext) => Exporter }> = {
  ttl: { ext: 'ttl', create: createTurtleExporter },
  gexf: { ext: 'gexf', create: createGexfExporter },
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
}

export const BUILD_DEFAULTS: Readonly<BuildOptions> = Object.freeze({ base: DEFAULT_BASE, layout: {} });

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
  documents: SourceDocument[];
  /** How many documents were read, before the shard and `exclude` were applied. */
  read: number;
  warnings: InputWarning[];
  timings: Record<string, number>;
}

/** Is this document in the given shard? (Deterministic: by its content hash.) */
export function inShard(docId: string, shard?: { index: number; count: number }): boolean {
  if (!shard || shard.count === 1) return true;
  return parseInt(docId.slice(0, 8), 16) % shard.count === shard.index - 1;
}

/** Read, extract and resolve: paths -> graph. */
export function buildGraph(paths: string[], options: Partial<BuildOptions> = {}): BuildResult {
  const o = validateBuildOptions(options);
  const timings: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const t0 = process.hrtime.bigint();
    const r = fn();
    timings[name] = (timings[name] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6;
    return r;
  };
  const { documents, warnings } = time('ingest', () => readInputs(paths));
  const mine = documents.filter((d) => inShard(d.id, o.shard) && !o.exclude?.has(d.id));
  const lexicon = time('lexicon', () => defaultLexicon());
  const extractions = time('extract', () => mine.map((d) => extractDocument(d, { lexicon })));
  const graph = time('resolve', () => resolve(extractions, { base: o.base, lexicon }));
  return { graph, documents: mine, read: documents.length, warnings, timings };
}

export interface WriteOptions {
  formats: readonly OutputFormat[];
  layout: Partial<LayoutOptions>;
  /** Extra exporters (the HTML view), each with the file it writes. */
  extra?: Array<{ file: string; create: (sink: Sink, ctx: ExportContext) => Exporter }>;
  /** Reports a stale lock taken over or leftovers removed; default: `Warning: ...` on stderr. */
  warn?: (message: string) => void;
}

/** Write `<dir>/<name>.<format>` for each format, atomically (temporary file, then rename). */
export async function writeOutputs(graph: KnowledgeGraph, dir: string, name: string, options: WriteOptions): Promise<string[]> {
  const needsLayout = options.formats.includes('gexf') || (options.extra?.length ?? 0) > 0;
  const positions = needsLayout ? layout(graph, options.layout) : undefined;
  const ctx: ExportContext = { graph, positions, degree: degrees(graph) };
  const warn = options.warn ?? ((m: string) => process.stderr.write(`Warning: ${m}\n`));
  // One build writes `dir` at a time; temporary files of builds killed earlier are removed.
  const lock = acquireLock(dir, warn);
  try {
    for (const t of removeLeftovers(dir)) warn(`${join(dir, t)}: removed, left by an interrupted build`);
    return await writeLocked(graph, ctx, dir, name, options);
  } finally {
    lock.release();
  }
}

async function writeLocked(graph: KnowledgeGraph, ctx: ExportContext, dir: string, name: string, options: WriteOptions): Promise<string[]> {
  const files: Array<{ file: string; sink: AtomicFile }> = [];
  const exporters: Exporter[] = [];
  try {
    for (const f of options.formats) {
      if (f === 'json') continue;
      const file = join(dir, `${name}.${EXPORTERS[f].ext}`);
      const sink = atomicFile(file, { deferCommit: true });
      files.push({ file, sink });
      exporters.push(EXPORTERS[f].create(sink, ctx));
    }
    for (const x of options.extra ?? []) {
      const sink = atomicFile(x.file, { deferCommit: true });
      files.push({ file: x.file, sink });
      exporters.push(x.create(sink, ctx));
    }
    await runExporters(graph, exporters);
    if (options.formats.includes('json')) {
      const file = join(dir, `${name}.json`);
      const sink = atomicFile(file, { deferCommit: true });
      files.push({ file, sink });
      sink.write(stringifyGraph(graph));
      sink.end();
    }
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
