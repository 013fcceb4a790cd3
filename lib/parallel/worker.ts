/**
 * darkweb-kg: the extraction worker (worker_threads). Loads the lexicon once, then answers each batch of
 * input files from the pool (lib/parallel/pool.ts) with their FileResults, in the batch's order. A file
 * whose reading or extraction throws anything but an InputError ends the batch with the error, naming
 * the file; the pool stops the build with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultLexicon } from '../extract';
import { transferList } from '../resolve/encoded';
import { extractFile, type DocumentFilter, type FileResult } from './extract-file';

export interface BatchRequest {
  batch: number;
  paths: string[];
}

export type BatchReply =
  | { batch: number; results: FileResult[] }
  | { batch: number; failed: { path: string; message: string; stack?: string } };

if (!parentPort) throw new Error('lib/parallel/worker.js runs as a worker thread of lib/parallel/pool.js, not on its own');
const port = parentPort;
const filter = workerData as DocumentFilter;
const lexicon = defaultLexicon();

port.on('message', ({ batch, paths }: BatchRequest) => {
  const results: FileResult[] = [];
  for (const path of paths) {
    try {
      results.push(extractFile(path, lexicon, filter));
    } catch (e) {
      const err = e as Error;
      port.postMessage({ batch, failed: { path, message: err.message, stack: err.stack } } satisfies BatchReply);
      return;
    }
  }
  // the encoded extractions' buffers are moved to the main thread, not copied
  port.postMessage({ batch, results } satisfies BatchReply, results.flatMap((r) => (r.encoded ? transferList(r.encoded) : [])));
});
