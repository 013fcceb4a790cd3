/**
 * darkweb-kg bench: reads a V8 CPU profile (`node --cpu-prof`, a .cpuprofile file) and sums the self time
 * of each function (the samples taken while it was on top of the stack) and of each source file, so
 * bench/RESULTS.md can say where extraction spends its time.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface CpuProfile {
  /** µs, the clock of process.hrtime */
  startTime: number;
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Longest function name shown. */
const MAX_NAME = 100;

export interface Hotspot {
  /** `name (file:line)` */
  where: string;
  selfMs: number;
  /** Share of all sampled time, 0..1. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: Hotspot[];
  files: Hotspot[];
}

/**
 * The `top` functions and files by self time; paths are shown relative to `root`. With `window` (µs, the
 * clock of process.hrtime), only samples taken in it count: the part of the run being studied.
 */
export function summarizeProfile(file: string, root: string, window?: { fromUs: number; toUs: number }, top = 15): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frame = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let at = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    const us = p.timeDeltas[i] ?? 0;
    at += us;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    total += us;
    const f = frame.get(p.samples[i]);
    if (!f) continue;
    const url = f.url ? relative(root, f.url.replace(/^file:\/\//, '')) : '';
    const full = `${f.functionName || '(anonymous)'}${url ? ` (${url}:${f.lineNumber + 1})` : ''}`;
    // regular expressions are named by their source, which can run to pages
    const name = full.length > MAX_NAME ? `${full.slice(0, MAX_NAME - 1)}…` : full;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const where = url || (name.startsWith('RegExp:') ? '(regular expressions)' : name);
    byFile.set(where, (byFile.get(where) ?? 0) + us);
  }
  const rank = (m: Map<string, number>): Hotspot[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, us]) => ({ where, selfMs: Math.round(us / 1000), share: total > 0 ? us / total : 0 }));
  return { totalMs: Math.round(total / 1000), functions: rank(byFunction), files: rank(byFile) };
}
