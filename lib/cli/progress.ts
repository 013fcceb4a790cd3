/**
 * darkweb-kg `build`: the progress bar on stderr while articles are read and extracted —
 * `[#########...........] 4,210/10,000 files  4,388 documents  1,032 documents/s  ETA 0:06` — redrawn in
 * place at most every REDRAW_MS, and only on a terminal: when stderr is piped or CI=true the build stays
 * silent. A build that ends within SHOW_AFTER_MS never shows it.
 */
import type { ExtractProgress } from '../parallel';

const REDRAW_MS = 100;
const SHOW_AFTER_MS = 500;
const WIDTH = 24;

const n = (x: number) => x.toLocaleString('en-US');

/** `1:05`, `12:00`, `1:02:03` */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const parts = hms[0] > 0 ? hms : hms.slice(1);
  return parts.map((v, i) => (i === 0 ? String(v) : String(v).padStart(2, '0'))).join(':');
}

/** One line of the bar for `p` after `elapsedMs`; the ETA extrapolates the files still to do. */
export function progressLine(p: ExtractProgress, elapsedMs: number, width = WIDTH): string {
  const filled = p.files > 0 ? Math.min(width, Math.floor((width * p.filesDone) / p.files)) : width;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? `${n(Math.round(p.documents / seconds))} documents/s` : '- documents/s';
  const eta = p.filesDone > 0 ? clock((seconds * (p.files - p.filesDone)) / p.filesDone) : '-';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n(p.filesDone)}/${n(p.files)} files  ${n(p.documents)} documents  ${rate}  ETA ${eta}`;
}

export interface ProgressBar {
  update(p: ExtractProgress): void;
  /** Erases the bar (if it was drawn), so what follows starts on a clean line. */
  done(): void;
}

/** What the bar writes to: stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** The bar, or undefined when `stream` is not a terminal or `env.CI` is "true". */
export function progressBar(stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): ProgressBar | undefined {
  if (!stream.isTTY || env.CI === 'true') return undefined;
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - start < SHOW_AFTER_MS || (t - last < REDRAW_MS && p.filesDone < p.files)) return;
      last = t;
      drawn = true;
      stream.write(`\r${progressLine(p, t - start)}\x1b[K`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
