/**
 * darkweb-kg: typed errors. Each message names the file, the line (or byte) and the offending value,
 * so that the CLI can print `Error: <message>` and nothing else.
 */

export class DarkwebKgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A problem with an input file. */
export class InputError extends DarkwebKgError {
  constructor(
    readonly file: string,
    /** The problem itself, without the location. */
    readonly detail: string,
    readonly line?: number,
    readonly byte?: number,
  ) {
    super(`${file}${line != null ? `:${line}` : ''}${byte != null ? ` (byte ${byte})` : ''}: ${detail}`);
  }
}

/** A problem while writing an output. */
export class ExportError extends DarkwebKgError {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/** A bad option or argument given by the user. */
export class UsageError extends DarkwebKgError {}

/** A name that matches no entity, or several. */
export class LookupError extends DarkwebKgError {
  constructor(message: string, readonly candidates: string[] = []) {
    super(message);
  }
}
