/**
 * darkweb-kg: one writer per output folder. `acquireLock(dir)` creates `<dir>/.darkweb-kg.lock` holding
 * the process id (created with O_EXCL, so of two builds exactly one gets it). A second build finds the
 * file, sees that its process is alive, and stops with an error naming that pid. A lock whose process is
 * gone (`kill(pid, 0)` fails with ESRCH: the build was killed) is stale: it is taken over with a warning.
 * The lock is removed by `release()`, and also when the process ends by SIGINT/SIGTERM/SIGHUP while
 * holding it; after SIGKILL it stays behind and the next build takes it over as stale.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { ExportError } from '../errors';

export const LOCK_FILE = '.darkweb-kg.lock';

export interface Lock {
  file: string;
  /** Removes the lock file (only if it is still ours). Safe to call twice. */
  release(): void;
}

/** Is a process with this id running? (EPERM: it runs, under another user.) */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid written in a lock file, or undefined when the file is missing or unreadable as one. */
function readOwner(file: string): { pid?: number; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ExportError(file, `cannot read the lock file (${(e as NodeJS.ErrnoException).code})`);
  }
  const m = /^pid (\d+)$/m.exec(text);
  return { pid: m ? Number(m[1]) : undefined, text };
}

/** Take the lock of `dir` or throw an ExportError naming the build that holds it. */
export function acquireLock(dir: string, warn: (message: string) => void): Lock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const content = `pid ${process.pid}\nhost ${hostname()}\nstarted ${new Date().toISOString()}\n`;
  // Three rounds: a stale lock removed in round one may be retaken by another build before round two.
  for (let round = 0; round < 3; round++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new ExportError(file, `cannot create the lock file (${code})`);
      const owner = readOwner(file);
      if (!owner) continue; // released between our open and our read
      if (owner.pid === process.pid) throw new ExportError(file, `this process (pid ${process.pid}) is already writing ${dir}`);
      if (owner.pid !== undefined && processAlive(owner.pid)) {
        throw new ExportError(
          file,
          `another darkweb-kg build (pid ${owner.pid}) is writing ${dir}; wait for it to finish, or delete the lock file if no such build runs`,
        );
      }
      // Stale: re-read right before removing, so a lock retaken meanwhile is left alone.
      if (readOwner(file)?.text !== owner.text) continue;
      try {
        unlinkSync(file);
      } catch {
        /* removed by another build taking it over: the next round sees the new owner */
      }
      warn(
        owner.pid !== undefined
          ? `${file}: took over a stale lock left by pid ${owner.pid}, which is no longer running (an interrupted build)`
          : `${file}: took over a lock file without a pid`,
      );
      continue;
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return holdLock(file);
  }
  throw new ExportError(file, 'could not take the lock: other builds keep taking it');
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The held lock: removed on release(), on exit and on a terminating signal (which is then re-raised). */
function holdLock(file: string): Lock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    if (readOwner(file)?.pid === process.pid) {
      try {
        unlinkSync(file);
      } catch {
        /* already gone */
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  process.once('exit', release);
  for (const s of SIGNALS) process.once(s, onSignal);
  return { file, release };
}
