/**
 * darkweb-kg: the pipeline, stage by stage — ingest (files -> documents), extract (document ->
 * entities, relations, facts), resolve (-> one graph) — as plain functions the CLI and the tests call;
 * layout and export (Turtle, GEXF, JSON, HTML) are `writeOutputs` in lib/export/outputs.ts, re-exported here.
 */
import type { InputWarning, KnowledgeGraph, SourceDocument } from './types';
import type { EncodedDocument } from './resolve/encoded';
import { defaultLexicon } from './extract';
import { createResolver } from './resolve';
import type { LayoutOptions } from './graph/layout';
import { extractInputs, type ExtractProgress } from './parallel';
import { DEFAULT_BASE } from './graph/iri';
import { UsageError } from './errors';
import { collectGarbage } from './gc';

export interface BuildOptions {
  /** Base IRI of resources. */
  base: string;
  layout: Partial<LayoutOptions>;
  /** Process only slice `index` of `count` (by document hash). */
  shard?: { index: number; count: number };
  /** Ids (content hashes) of documents to leave out: those already in the graph being updated. */
  exclude?: ReadonlySet<string>;
  /** Threads reading and extracting (lib/parallel): the main thread and `jobs - 1` workers; 'auto': by cores and input size. The output is the same. */
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
  /** Threads that read and extracted (1: the main thread alone). */
  jobs: number;
}

export { inShard } from './parallel';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * Read, extract and resolve: paths -> graph. Files are read and extracted one by one (in `jobs` threads:
 * the main thread and `jobs - 1` workers), and each document is folded into the graph as soon as it is extracted (lib/resolve/resolver.ts):
 * neither the corpus' text nor the extractions are kept, only what the graph needs. `timings` (ms):
 * `lexicon` (in the main thread), `ingest` and `extract` (summed over threads), `read+extract` (wall clock
 * of that stage), `fold` (folding documents in, in the main thread, during read+extract), `resolve` (the
 * rest, after), `gc` (collecting what resolution left behind).
 */
export async function buildGraph(paths: string[], options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const o = validateBuildOptions(options);
  const resolver = createResolver({ base: o.base });
  let foldMs = 0;
  const fold = (d: EncodedDocument) => {
    const t = process.hrtime.bigint();
    resolver.addEncoded(d);
    foldMs += ms(t);
  };
  let t0 = process.hrtime.bigint();
  const { warnings, read, timings, jobs } = await extractInputs(paths, { jobs: o.jobs, filter: { shard: o.shard, exclude: o.exclude }, onProgress: o.onProgress, onDocument: fold });
  timings['read+extract'] = ms(t0);
  // the main thread's lexicon, loaded as it extracted (unless there was nothing to extract)
  t0 = process.hrtime.bigint();
  const lexicon = defaultLexicon();
  timings.lexicon = (timings.lexicon ?? 0) + ms(t0);
  timings.fold = foldMs;
  t0 = process.hrtime.bigint();
  const graph = resolver.finish(lexicon);
  timings.resolve = ms(t0);
  // what resolution worked with is garbage now: collected before the exports start (lib/gc.ts)
  t0 = process.hrtime.bigint();
  await collectGarbage();
  timings.gc = ms(t0);
  return { graph, documents: resolver.documents, read, warnings, timings, jobs };
}

export { writeOutputs, OUTPUT_FORMATS, DEFAULT_FORMATS, type OutputFormat, type WriteOptions } from './export/outputs';
