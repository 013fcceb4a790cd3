/**
 * darkweb-kg: the layout in a worker thread. The main thread sends the compact graph (node ids and typed
 * arrays of edge endpoints and weights, the arrays transferred, not copied) with validated options to
 * lib/graph/layout-worker.js, and gets the rounded positions back as two Float64Arrays. The worker runs
 * the same code as the main thread (lib/graph/layout-forceatlas2.ts), so the positions are the same.
 * An AbortSignal stops the worker.
 *
 * Workers run compiled JavaScript. From dist/, layout-worker.js sits next to this module. From the
 * TypeScript sources (ts-jest), the worker is the compiled copy of this tree, dist/lib/graph/
 * layout-worker.js, used only when no lib/graph/layout*.ts is newer than its compiled .js: a stale copy
 * would run other code than the thread it stands in for. `npm run build` brings it up to date.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DarkwebKgError } from '../errors';
import { packageRoot } from '../paths';
import { transferList, type CompactGraph } from './layout-compact';
import type { LayoutResult } from './layout-forceatlas2';
import type { LayoutOptions } from './layout';
import type { LayoutReply, LayoutRequest } from './layout-worker';

/**
 * The layout worker's heap limit (old generation, MB): at least HEAP_LIMIT_MB, more for a graph that could
 * need it. The layout keeps little alive — the node ids and graphology's Barnes-Hut region array, rebuilt
 * and regrown at every iteration: about 80 MB at 188,182 nodes — and makes much garbage (the array's
 * outgrown copies). V8 lets a heap whose limit is 2 GB or more (the default: a quarter of the machine's
 * memory) grow to four times its live data before a full collection, and one with a smaller limit to at
 * most 1.3-2 times; at 188,182 nodes (100,000 articles) the worker then takes 290 MB of RSS instead of
 * 540, in the same time (both measured). The limit grows past HEAP_LIMIT_MB only for a graph whose worst
 * case could come near it (WORST_BYTES_PER_NODE), so the layout never runs out of memory.
 */
const HEAP_LIMIT_MB = 1536;
/**
 * The worker's young generation (MB). The layout allocates fast (about 1 GB per iteration at 188,182
 * nodes, by the scavenges --trace-gc counts) and keeps almost none of it, so a smaller young generation
 * costs little: 16 MB instead of V8's default (up to 48) takes 20-40 MB less RSS (21,249 nodes: +68-73 MB
 * instead of +96-101; 59,375: +115 / +132-135; 188,182: +258-261 / +297-299), for 439 scavenges instead of
 * 230 in a 50-iteration run at 21,249 nodes, 16 ms more of 9 s. (8 MB saves no more at 188,182 nodes and
 * doubles the collectors' time, +128 ms: the layout is the last thing a 10,000-article build waits for.)
 */
const YOUNG_GENERATION_MB = 16;
/**
 * Heap a node could take at worst: the ids (about 100 bytes each) and the region array, 16 regions of 9
 * doubles for a node (4 subdivisions of 4 regions when it is added to the tree, SUBDIVISION_ATTEMPTS + 1),
 * 2.5 times over while the array grows (its old and new copies).
 */
const WORST_BYTES_PER_NODE = 100 + 16 * 9 * 8 * 2.5;

/** The old-generation limit (MB) of the worker that lays out a graph of `nodes` nodes. */
export function layoutHeapLimitMb(nodes: number): number {
  return Math.max(HEAP_LIMIT_MB, Math.ceil((nodes * WORST_BYTES_PER_NODE) / 2 ** 20) + 64);
}

/** The layout worker is missing, out of date, or failed. */
export class LayoutWorkerError extends DarkwebKgError {}

const WORKER = 'layout-worker.js';
/** The sources the worker runs (the layout modules of lib/graph/). */
const LAYOUT_SOURCE = /^layout.*\.ts$/;

/** The compiled layout worker; a LayoutWorkerError says why there is none to use. */
export function layoutWorkerFile(): string {
  const beside = join(__dirname, WORKER);
  if (existsSync(beside)) return beside;
  const compiled = join(packageRoot(), 'dist', 'lib', 'graph');
  const file = join(compiled, WORKER);
  if (!existsSync(file)) throw new LayoutWorkerError(`${file} is missing: run "npm run build" to compile the layout worker`);
  for (const name of readdirSync(__dirname)) {
    if (!LAYOUT_SOURCE.test(name)) continue;
    const source = join(__dirname, name);
    const js = join(compiled, name.replace(/\.ts$/, '.js'));
    if (!existsSync(js) || statSync(js).mtimeMs < statSync(source).mtimeMs) {
      throw new LayoutWorkerError(`${js} is older than ${source}: run "npm run build" to compile the layout worker`);
    }
  }
  return file;
}

/** Is a compiled, up-to-date layout worker at hand? */
export function layoutWorkerAvailable(): boolean {
  try {
    layoutWorkerFile();
    return true;
  } catch (e) {
    if (e instanceof LayoutWorkerError) return false;
    throw e;
  }
}

/**
 * Lays out `graph` in a worker thread with validated `options`. The graph's typed arrays are transferred
 * to the worker: the caller cannot use them afterwards. Settles once the worker has stopped; `signal`
 * stops it and rejects with the signal's reason.
 */
export function layoutInWorker(graph: CompactGraph, options: LayoutOptions, signal?: AbortSignal): Promise<LayoutResult> {
  const file = layoutWorkerFile();
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<LayoutResult>((resolve, reject) => {
    const worker = new Worker(file, {
      resourceLimits: { maxOldGenerationSizeMb: layoutHeapLimitMb(graph.ids.length), maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate().then(settle, settle);
    };
    const onAbort = (): void => finish(() => reject(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: LayoutReply) => {
      if ('result' in reply) return finish(() => resolve(reply.result));
      const err = new LayoutWorkerError(`layout worker: ${reply.failed.message}`);
      if (reply.failed.stack) err.stack = `${err.name}: ${err.message}\n(in the layout worker)\n${reply.failed.stack}`;
      finish(() => reject(err));
    });
    worker.once('error', (e: Error) => finish(() => reject(new LayoutWorkerError(`layout worker ${file}: ${e.message}`))));
    worker.once('exit', (code: number) =>
      finish(() => reject(new LayoutWorkerError(`layout worker ${file} stopped (exit code ${code}) before sending positions`))),
    );
    worker.postMessage({ graph, options } satisfies LayoutRequest, transferList(graph));
  });
}
