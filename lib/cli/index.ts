/**
 * darkweb-kg: the yargs CLI. Each command is one module under ./commands ({command, describe, builder,
 * handler}); this file only wires them, and turns errors into `Error: ...` on stderr with exit code 1
 * (the stack trace only with --verbose). Data goes to stdout, logs to stderr.
 */
import yargs from 'yargs';
import { commands } from './commands';
import { DarkwebKgError } from '../errors';

export interface GlobalOptions {
  verbose: boolean;
}

/** Exit codes, documented in the README. */
export const EXIT = {
  OK: 0,
  /** User error, unknown name, nothing found. */
  USER_ERROR: 1,
  /** Build finished, but some inputs were skipped (each named in a warning on stderr). */
  SKIPPED_INPUTS: 2,
} as const;

let exitCode: number = EXIT.OK;
/** Commands call this to report a non-zero outcome without throwing. */
export function setExitCode(code: number): void {
  exitCode = Math.max(exitCode, code);
}

export async function main(argv: string[]): Promise<number> {
  exitCode = EXIT.OK;
  const verbose = argv.includes('--verbose');
  let parser = yargs(argv)
    .scriptName('darkweb-kg')
    .usage('$0 <command> [options]')
    .option('verbose', { type: 'boolean', default: false, describe: 'Show stack traces and debug logs' })
    .strict()
    .demandCommand(1, 'Name a command: darkweb-kg --help lists them.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  for (const c of commands) parser = parser.command(c as never);
  try {
    await parser.parseAsync();
  } catch (e) {
    const err = e as Error;
    if (verbose) process.stderr.write(`${err.stack ?? err.message}\n`);
    else process.stderr.write(`Error: ${err.message}\n`);
    if (!(err instanceof DarkwebKgError) && !verbose) process.stderr.write('(run with --verbose for details)\n');
    return EXIT.USER_ERROR;
  }
  return exitCode;
}

class UsageError extends DarkwebKgError {}
