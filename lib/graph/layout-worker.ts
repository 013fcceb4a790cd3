/**
 * darkweb-kg: the layout worker (worker_threads). Receives one compact graph and validated layout options
 * from lib/graph/layout-thread.ts, runs the same ForceAtlas2 as the main thread
 * (lib/graph/layout-forceatlas2.ts) and posts back the rounded positions, their buffers transferred. An
 * error is posted back with its message and stack; the main thread then stops the worker.
 */
import { parentPort } from 'node:worker_threads';
import type { CompactGraph } from './layout-compact';
import { forceAtlas2Layout, type LayoutResult } from './layout-forceatlas2';
import type { LayoutOptions } from './layout';

export interface LayoutRequest {
  graph: CompactGraph;
  options: LayoutOptions;
}

export type LayoutReply = { result: LayoutResult } | { failed: { message: string; stack?: string } };

if (!parentPort) throw new Error('lib/graph/layout-worker.js runs as a worker thread of lib/graph/layout-thread.js, not on its own');
const port = parentPort;

port.once('message', ({ graph, options }: LayoutRequest) => {
  let result: LayoutResult;
  try {
    result = forceAtlas2Layout(graph, options);
  } catch (e) {
    const err = e as Error;
    port.postMessage({ failed: { message: err.message, stack: err.stack } } satisfies LayoutReply);
    return;
  }
  port.postMessage({ result } satisfies LayoutReply, [result.x.buffer, result.y.buffer] as ArrayBuffer[]);
});
