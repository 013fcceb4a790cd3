/**
 * darkweb-kg: atomic output files. Text is streamed into `<file>.<pid>.tmp` and renamed into place only
 * when complete, so an interrupted build never leaves a half-written output behind.
 */
import { createWriteStream, renameSync, unlinkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExportError } from '../errors';
import type { Sink } from './exporter';

export interface AtomicFile extends Sink {
  /** Resolves when the data is on disk under its final name. */
  done: Promise<void>;
  abort(): void;
}

export function atomicFile(file: string): AtomicFile {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const stream = createWriteStream(tmp, { encoding: 'utf8' });
  let resolveDone!: () => void;
  let rejectDone!: (e: Error) => void;
  const done = new Promise<void>((res, rej) => {
    resolveDone = res;
    rejectDone = rej;
  });
  stream.on('error', (e) => {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    rejectDone(new ExportError(file, e.message));
  });
  stream.on('finish', () => {
    try {
      renameSync(tmp, file);
      resolveDone();
    } catch (e) {
      rejectDone(new ExportError(file, (e as Error).message));
    }
  });
  return {
    done,
    write: (chunk: string) => stream.write(chunk),
    end: (cb?: () => void) => {
      stream.end(cb);
    },
    abort: () => {
      stream.destroy();
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing to remove */
      }
    },
  };
}
