/**
 * darkweb-kg: atomic output files. Text is streamed into `<file>.<pid>.tmp`, flushed to disk (fsync) and
 * renamed into place only when complete, so an interrupted build never leaves a half-written output
 * behind: readers see the previous file or the new one, never a mix. With `deferCommit`, the rename waits
 * for `commit()`, so a build renames all its outputs only once every one of them is complete.
 * `removeLeftovers` deletes the temporary files of builds killed before they could clean up.
 */
import { createWriteStream, readdirSync, renameSync, unlinkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ExportError } from '../errors';
import type { Sink } from './exporter';
import { processAlive } from './lock';

export interface AtomicFile extends Sink {
  /** Resolves when the data is complete and flushed to disk in the temporary file. */
  written: Promise<void>;
  /** Resolves when the data is on disk under its final name. */
  done: Promise<void>;
  /** Renames the written temporary file into place (with `deferCommit`, after `written`). */
  commit(): void;
  abort(): void;
}

/** `<name>.<pid>.tmp`: the temporary files atomicFile writes. */
const TEMPORARY = /^(.+)\.(\d+)\.tmp$/;

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a rejection nobody awaits (after abort) is not an unhandled one
  return { promise, resolve, reject };
}

export function atomicFile(file: string, options: { deferCommit?: boolean } = {}): AtomicFile {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // flush: the file descriptor is fsynced before it is closed, and the file counts as written on 'close'.
  const stream = createWriteStream(tmp, { encoding: 'utf8', flush: true });
  const written = deferred();
  const done = deferred();
  let finished = false;
  let failed = false;
  const removeTmp = () => {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  };
  const fail = (e: Error) => {
    failed = true;
    removeTmp();
    const err = new ExportError(file, e.message);
    written.reject(err);
    done.reject(err);
  };
  const commit = () => {
    if (failed) return;
    try {
      renameSync(tmp, file);
      done.resolve();
    } catch (e) {
      fail(e as Error);
    }
  };
  stream.on('error', fail);
  stream.on('finish', () => {
    finished = true;
  });
  stream.on('close', () => {
    if (!finished || failed) return;
    written.resolve();
    if (!options.deferCommit) commit();
  });
  return {
    written: written.promise,
    done: done.promise,
    commit,
    write: (chunk: string) => stream.write(chunk),
    once: (event: 'drain' | 'close', listener: () => void) => stream.once(event, listener),
    end: (cb?: () => void) => {
      stream.end(cb);
    },
    abort: () => {
      if (failed) return;
      failed = true;
      stream.destroy();
      removeTmp();
    },
  };
}

/** Delete `<name>.<pid>.tmp` files in `dir` whose pid is no longer running; returns their names. */
export function removeLeftovers(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder yet: nothing left over
  }
  const removed: string[] = [];
  for (const n of names.sort()) {
    const m = TEMPORARY.exec(n);
    if (!m || Number(m[2]) === process.pid || processAlive(Number(m[2]))) continue;
    try {
      unlinkSync(join(dir, n));
      removed.push(n);
    } catch {
      /* removed by someone else meanwhile */
    }
  }
  return removed;
}
