/**
 * darkweb-kg: input warnings as terminal lines. File names and messages come from untrusted input (a
 * file name, a snippet of a malformed JSON line), so control characters (which could move the cursor or
 * retitle the terminal), bidirectional overrides (which could reorder what is shown) and lone surrogates
 * are written as visible `\u{…}` escapes.
 */
import type { InputWarning } from '../types';

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');

/** `text` with every unprintable character written as `\u{hex}`. */
export function printable(text: string): string {
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`) : text;
}

/** `Skipped: <file>:<line> (byte <n>): <message>` or `Warning: …`, safe to print. */
export function formatWarning(w: InputWarning): string {
  const where = `${w.file}${w.line != null ? `:${w.line}` : ''}${w.byte != null ? ` (byte ${w.byte})` : ''}`;
  return `${w.skipped ? 'Skipped' : 'Warning'}: ${printable(`${where}: ${w.message}`)}`;
}
