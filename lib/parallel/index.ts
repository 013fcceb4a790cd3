/**
 * darkweb-kg: the read-and-extract stage of a build, sequential or in threads. Lists the inputs, reads and
 * extracts each file (lib/parallel/extract-file.ts) in the main thread alone (`jobs: 1`) or in it and
 * `jobs - 1` worker threads (lib/parallel/pool.ts), and gathers the extractions in input order
 * (lib/parallel/gather.ts). Both ways give the same extractions, warnings and counts, so the graph and
 * every output are byte-identical whatever `jobs` is.
 * Each extraction is handed to `onDocument` as it comes, encoded (lib/resolve/encoded.ts; a build folds
 * it into the graph and keeps nothing else of it); without one, the extractions are decoded and collected:
 * no article text, one copy of each string per file.
 */
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors';
import { defaultLexicon, type Lexicon } from '../extract';
import { listInputs } from '../ingest';
import type { Extraction, InputWarning } from '../types';
import { extractFile, type DocumentFilter } from './extract-file';
import { decodeExtraction, type EncodedDocument } from '../resolve/encoded';
import { Gatherer } from './gather';
import { extractInThreads } from './pool';

export { inShard, type DocumentFilter } from './extract-file';

/** Files done so far, of how many, and the documents they held. */
export interface ExtractProgress {
  files: number;
  filesDone: number;
  documents: number;
}

export interface ExtractInputsOptions {
  /**
   * Threads extracting: the main thread and `jobs - 1` workers; 1: the main thread alone. 'auto': one per
   * core (`defaultJobs()`), but no more than one per AUTO_FILES_PER_JOB input files, since each worker
   * first spends a moment loading the lexicon.
   */
  jobs: number | 'auto';
  filter: DocumentFilter;
  /** Called after each file, in input order. */
  onProgress?: (p: ExtractProgress) => void;
  /** The lexicon of the main thread (workers load the default one); default: defaultLexicon(). */
  lexicon?: Lexicon;
  /** Called with each extraction kept, encoded, in input order, instead of collecting them (`extractions` is then empty). */
  onDocument?: (d: EncodedDocument) => void;
}

export const EXTRACT_INPUTS_DEFAULTS: Readonly<ExtractInputsOptions> = Object.freeze({
  jobs: 1, filter: {}, onProgress: undefined, lexicon: undefined, onDocument: undefined,
});

/** The most threads a build may ask for. */
export const MAX_JOBS = 256;
/** With jobs 'auto', input files per thread (below twice this, the main thread does it all). */
export const AUTO_FILES_PER_JOB = 200;

/** The most threads 'auto' uses: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** The threads for `files` inputs: `jobs`, or for 'auto' one per core and per AUTO_FILES_PER_JOB files. */
export function jobsFor(jobs: number | 'auto', files: number): number {
  return jobs === 'auto' ? Math.max(1, Math.min(defaultJobs(), Math.floor(files / AUTO_FILES_PER_JOB))) : jobs;
}

export function validateExtractInputsOptions(o: Partial<ExtractInputsOptions> = {}): ExtractInputsOptions {
  for (const k of Object.keys(o)) {
    if (!(k in EXTRACT_INPUTS_DEFAULTS)) throw new UsageError(`extract option "${k}" is unknown (known: ${Object.keys(EXTRACT_INPUTS_DEFAULTS).join(', ')})`);
  }
  const merged = { ...EXTRACT_INPUTS_DEFAULTS, ...o };
  if (merged.jobs !== 'auto' && !(Number.isInteger(merged.jobs) && merged.jobs >= 1 && merged.jobs <= MAX_JOBS)) {
    throw new UsageError(`extract option "jobs" must be "auto" or an integer from 1 to ${MAX_JOBS}, got ${JSON.stringify(merged.jobs)}`);
  }
  return merged;
}

export interface ExtractInputsResult {
  /** The extractions in input order; empty when they went to `onDocument`. */
  extractions: Extraction[];
  warnings: InputWarning[];
  /** Distinct documents read, before the shard and the exclusions were applied. */
  read: number;
  /** Milliseconds: `ingest` and `extract` summed over threads, `lexicon` in the main thread. */
  timings: Record<string, number>;
  /** Threads asked for (1: the main thread alone). */
  jobs: number;
}

export async function extractInputs(paths: string[], options: Partial<ExtractInputsOptions> = {}): Promise<ExtractInputsResult> {
  const o = validateExtractInputsOptions(options);
  const listed: InputWarning[] = [];
  const files = listInputs(paths, listed);
  const timings: Record<string, number> = {};
  const jobs = jobsFor(o.jobs, files.length);
  const extractions: Extraction[] = [];
  const gather = new Gatherer(listed, o.onDocument ?? ((d) => extractions.push(decodeExtraction(d.set, d.index))));
  let filesDone = 0;
  const add = (path: string, r: Parameters<Gatherer['add']>[1]) => {
    gather.add(path, r);
    o.onProgress?.({ files: files.length, filesDone: ++filesDone, documents: gather.read });
  };
  // loaded when the main thread first extracts: with workers, once they are started (they load theirs meanwhile)
  let lexicon: Lexicon | undefined;
  const extract = (path: string) => {
    if (!lexicon) {
      const t0 = process.hrtime.bigint();
      lexicon = o.lexicon ?? defaultLexicon();
      timings.lexicon = Number(process.hrtime.bigint() - t0) / 1e6;
    }
    return extractFile(path, lexicon, o.filter);
  };
  if (jobs === 1) for (const path of files) add(path, extract(path));
  else await extractInThreads(files, jobs, o.filter, extract, add);
  timings.ingest = gather.ingestMs;
  timings.extract = gather.extractMs;
  return { extractions, warnings: gather.warnings, read: gather.read, timings, jobs };
}
