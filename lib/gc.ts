/**
 * darkweb-kg: one full garbage collection, for the moment a build knows that much of its heap has just
 * become garbage: when resolution has made the graph, its rows (typed arrays) and working structures
 * (variants, alias tables, sort keys) are dead — 300 MB of heap and 117 MB of typed arrays at 100,000
 * articles. V8 would collect them only once the heap reached a limit it set when resolution started,
 * from the small heap of that time: during the exports, with the layout worker running beside them, the
 * build's peak. Collected at once, they never add to it (100,000 articles: peak RSS 1,465-1,603 -> 1,381 MB,
 * for a pause of 0.83 s).
 *
 * Node offers no call for it without `--expose-gc` on its command line: the flag is set for the time it
 * takes to fetch `gc` from a new context, then unset, so nothing else (no later context, no worker) sees it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** Runs a full, synchronous garbage collection of this thread's heap. */
export function collectGarbage(): void {
  // a process started with --expose-gc already has it, and keeps its flag
  gc ??= (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
