/**
 * darkweb-kg: the threads of a parallel build: the main thread and `jobs - 1` worker threads
 * (lib/parallel/worker.js) read and extract input files. Files go out in batches, at most IN_FLIGHT
 * batches per worker, each batch to whichever worker is free; the main thread takes a batch of its own
 * whenever the workers have theirs, and extracts it one file per turn of the event loop, so that between
 * two files it takes the workers' replies and sends them more work. Results come back in any order and
 * are handed to `consume` strictly in input order, so what a build gathers does not depend on which thread
 * was faster. No batch is sent more than WINDOW_PER_THREAD batches per thread ahead of the first one not
 * yet consumed, so a slow file (a large JSONL) never lets results pile up.
 *
 * Why the main thread extracts too: on n cores, n threads extract, not n + 1. Each thread extracting is an
 * isolate that starts (modules and lexicon, about 0.45 s) and compiles the extractor again (with its
 * collector's helpers, about 1.6 s of V8 background CPU on a 10,000-article build); with a worker per
 * core, the main thread (folding results in) and that work all competed with the workers for the cores.
 *
 * Workers run compiled JavaScript: the pool looks for worker.js next to itself, which exists under
 * dist/ after `npm run build` (under ts-jest, test a parallel build through the compiled CLI).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentFilter, FileResult } from './extract-file';
import type { BatchReply, BatchRequest } from './worker';

/** Batches a worker holds at once: one running, one queued, so it never waits for the main thread. */
const IN_FLIGHT = 2;
/** Batches that may be out (sent, being extracted or waiting to be consumed) per thread. */
const WINDOW_PER_THREAD = 4;
/** Files per batch: about this many batches per thread over the whole input, within [1, MAX_BATCH]. */
const BATCHES_PER_THREAD = 16;
const MAX_BATCH = 32;

/** An extraction that failed in a worker: the message names the file; the stack is the worker's. */
export class WorkerFailure extends Error {
  constructor(path: string, message: string, stack?: string) {
    super(`${path}: ${message}`);
    this.name = 'WorkerFailure';
    if (stack) this.stack = `${this.name}: ${this.message}\n(in a worker thread)\n${stack}`;
  }
}

export function workerFile(): string {
  const file = join(__dirname, 'worker.js');
  if (!existsSync(file)) {
    throw new Error(`parallel extraction needs the compiled worker ${file}: run "npm run build", or extract with jobs: 1`);
  }
  return file;
}

/** The main thread's batch: its files, and the results of those done so far. */
interface LocalBatch {
  batch: number;
  paths: string[];
  results: FileResult[];
}

/**
 * Reads and extracts `paths` in `jobs` threads: the main thread, with `extract` (it throws what it throws),
 * and `jobs - 1` workers (fewer for a few files). Calls `consume(path, result)` for every path, in the
 * order of `paths`. Resolves once every file is consumed and the workers are stopped. The workers are
 * started before this returns its promise; `extract` is first called on a later turn of the event loop.
 */
export async function extractInThreads(
  paths: readonly string[],
  jobs: number,
  filter: DocumentFilter,
  extract: (path: string) => FileResult,
  consume: (path: string, result: FileResult) => void,
): Promise<void> {
  if (paths.length === 0) return;
  const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(paths.length / (jobs * BATCHES_PER_THREAD))));
  const batches = Math.ceil(paths.length / size);
  const threads = Math.max(1, Math.min(jobs, batches));
  const workers = threads > 1 ? Array.from({ length: threads - 1 }, () => new Worker(workerFile(), { workerData: filter })) : [];
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, FileResult[]>();
  const batchPaths = (batch: number) => paths.slice(batch * size, (batch + 1) * size);
  let sent = 0;
  let consumed = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let local: LocalBatch | undefined;
      let stepping = false;
      const fail = (e: Error) => {
        if (!failed) reject(e);
        failed = true;
      };
      const open = () => sent < batches && sent < consumed + WINDOW_PER_THREAD * threads;
      /** A batch is done: hands every batch now complete in input order to `consume`. */
      const deliver = (batch: number, results: FileResult[]) => {
        done.set(batch, results);
        for (let r = done.get(consumed); r; r = done.get(consumed)) {
          done.delete(consumed);
          r.forEach((result, i) => consume(paths[consumed * size + i], result));
          consumed++;
        }
        if (consumed === batches) resolve();
        else dispatch();
      };
      /** The main thread's turn: one file of its batch. */
      const step = () => {
        stepping = false;
        if (failed || !local) return;
        try {
          local.results.push(extract(local.paths[local.results.length]));
          if (local.results.length === local.paths.length) {
            const { batch, results } = local;
            local = undefined;
            deliver(batch, results);
          }
        } catch (e) {
          return fail(e as Error);
        }
        schedule();
      };
      const schedule = () => {
        if (!local && open()) {
          local = { batch: sent, paths: batchPaths(sent), results: [] };
          sent++;
        }
        if (local && !stepping && !failed) {
          stepping = true;
          setImmediate(step);
        }
      };
      /** Workers first (they must never wait), then the main thread. */
      const dispatch = () => {
        for (const w of workers) {
          while (busy.get(w)! < IN_FLIGHT && open()) {
            const request: BatchRequest = { batch: sent, paths: batchPaths(sent) };
            w.postMessage(request);
            busy.set(w, busy.get(w)! + 1);
            sent++;
          }
        }
        schedule();
      };
      for (const w of workers) {
        w.on('message', (reply: BatchReply) => {
          if (failed) return;
          busy.set(w, busy.get(w)! - 1);
          if ('failed' in reply) return fail(new WorkerFailure(reply.failed.path, reply.failed.message, reply.failed.stack));
          try {
            deliver(reply.batch, reply.results);
          } catch (e) {
            fail(e as Error);
          }
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (consumed < batches) fail(new Error(`an extraction worker stopped (exit code ${code}) before the build was done`));
        });
      }
      dispatch();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
