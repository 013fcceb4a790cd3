/**
 * darkweb-kg: strings that hold nothing else alive. V8 represents a substring of 13 or more characters as a
 * slice of its parent and a concatenation as a tree of its parts until something reads it; kept for long
 * (in the graph, in a cache of the extractor), either keeps far more memory alive than its own characters:
 *
 * - `detached(s)`: a copy of the characters of `s`. A name or a sentence cut out of an article would
 *   otherwise keep the whole article text alive for as long as it is kept (the extraction caches keyed by
 *   names, lib/resolve/encoded.ts for every string a document gives the graph);
 * - `flattened(s)`: `s` as one flat string, its parts left to the collector.
 */

/** V8 copies strings shorter than this instead of slicing them, so they hold nothing else alive. */
const SHORT = 13;

/** A new string with the characters of `s` (not a slice or a concatenation of others). Exact for any UTF-16. */
export function detached(s: string): string {
  return s.length < SHORT ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * `s`, flat: a string made by concatenation (an IRI: a prefix and a hash cut from a longer hex string) is a
 * tree of three or four strings until something reads it; reading one character makes V8 flatten it into
 * one string, and the collector then drops the parts (89 bytes for an assertion IRI instead of 152).
 */
export function flattened(s: string): string {
  s.charCodeAt(0);
  return s;
}
