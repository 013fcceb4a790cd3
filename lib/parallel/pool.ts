/**
 * darkweb-kg: a pool of worker threads (lib/parallel/worker.js) that read and extract input files in
 * parallel. Files go out in batches, at most IN_FLIGHT batches per worker, each batch to whichever worker
 * is free; results come back in any order and are handed to `consume` strictly in input order, so what a
 * build gathers does not depend on which worker was faster. No batch is sent more than WINDOW batches
 * ahead of the first one not yet consumed, so a slow file (a large JSONL) never lets results pile up.
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
/** Batches that may be out (sent or waiting to be consumed) per worker. */
const WINDOW_PER_WORKER = 4;
/** Files per batch: about this many batches per worker over the whole input, within [1, MAX_BATCH]. */
const BATCHES_PER_WORKER = 16;
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

/**
 * Reads and extracts `paths` in `jobs` worker threads; calls `consume(path, result)` for every path, in
 * the order of `paths`. Resolves once every file is consumed and the workers are stopped.
 */
export async function extractInWorkers(
  paths: readonly string[],
  jobs: number,
  filter: DocumentFilter,
  consume: (path: string, result: FileResult) => void,
): Promise<void> {
  if (paths.length === 0) return;
  const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(paths.length / (jobs * BATCHES_PER_WORKER))));
  const batches = Math.ceil(paths.length / size);
  const count = Math.max(1, Math.min(jobs, batches));
  const file = workerFile();
  const workers = Array.from({ length: count }, () => new Worker(file, { workerData: filter }));
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, FileResult[]>();
  let sent = 0;
  let consumed = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: Error) => {
        if (!failed) reject(e);
        failed = true;
      };
      const dispatch = () => {
        for (const w of workers) {
          while (busy.get(w)! < IN_FLIGHT && sent < batches && sent < consumed + WINDOW_PER_WORKER * count) {
            const request: BatchRequest = { batch: sent, paths: paths.slice(sent * size, (sent + 1) * size) };
            w.postMessage(request);
            busy.set(w, busy.get(w)! + 1);
            sent++;
          }
        }
      };
      for (const w of workers) {
        w.on('message', (reply: BatchReply) => {
          if (failed) return;
          busy.set(w, busy.get(w)! - 1);
          if ('failed' in reply) return fail(new WorkerFailure(reply.failed.path, reply.failed.message, reply.failed.stack));
          done.set(reply.batch, reply.results);
          try {
            for (let r = done.get(consumed); r; r = done.get(consumed)) {
              done.delete(consumed);
              r.forEach((result, i) => consume(paths[consumed * size + i], result));
              consumed++;
            }
          } catch (e) {
            return fail(e as Error);
          }
          if (consumed === batches) resolve();
          else dispatch();
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
