/**
 * darkweb-kg bench: where a measurement's CPU time went, by thread — the main thread, the worker threads,
 * and V8's own background threads (optimizing compiler, garbage-collector helpers), which a single-thread
 * build gets on an idle core for free but a build extracting on every core must share the cores with.
 * Linux only (/proc/self/task/<tid>/stat); elsewhere `startThreadCpu` gives undefined.
 *
 *   const t = startThreadCpu();  ...  const split = t?.stop();   // { mainMs, workersMs, backgroundMs }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

export interface ThreadCpu {
  /** CPU time of the main thread, ms. */
  mainMs: number;
  /** Of the threads started since (worker threads), ms: the process' CPU time less the others. */
  workersMs: number;
  /** Of the threads that were there at the start besides the main thread (V8's background threads), ms. */
  backgroundMs: number;
}

/** User + system CPU of each thread of this process, ms, by thread id. */
function byThread(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      // fields after the command name (which may hold spaces): state is 0, utime 11, stime 12
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(tid, ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_S);
    } catch {
      // the thread ended between listing and reading
    }
  }
  return out;
}

/** Starts counting; `stop()` splits the CPU time since by thread. Undefined where /proc is not there. */
export function startThreadCpu(): { stop: () => ThreadCpu } | undefined {
  if (!existsSync('/proc/self/task')) return undefined;
  const before = byThread();
  const cpu = process.cpuUsage();
  const main = String(process.pid);
  return {
    stop: () => {
      const used = process.cpuUsage(cpu);
      const after = byThread();
      const delta = (tid: string) => (after.get(tid) ?? 0) - (before.get(tid) ?? 0);
      const mainMs = delta(main);
      let backgroundMs = 0;
      for (const tid of before.keys()) if (tid !== main && after.has(tid)) backgroundMs += delta(tid);
      const workersMs = Math.max(0, (used.user + used.system) / 1000 - mainMs - backgroundMs);
      return { mainMs, workersMs, backgroundMs };
    },
  };
}
