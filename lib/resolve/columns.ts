/**
 * darkweb-kg: compact storage for what the resolver must keep until every document is in — a table of
 * distinct strings and growable typed-array columns. A relation or fact read from a document becomes one
 * row of numbers (string ids, offsets, confidence) instead of two or three objects, and an evidence
 * sentence that a dozen rows share is one string held once.
 *
 * `detached` makes a copy of a string's own characters: a string cut out of an article (a V8 slice) would
 * otherwise keep the whole article text alive for as long as it is kept (lib/resolve/encoded.ts copies
 * every string it stores, so the table holds copies).
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

/** Distinct strings, each with a dense id (0, 1, 2, ... in order of first sight). */
export class StringTable {
  private ids: Map<string, number> | undefined = new Map();
  readonly strings: string[] = [];

  /** The id of `s`, added on first sight. */
  id(s: string): number {
    const ids = this.table();
    let i = ids.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      ids.set(s, i);
    }
    return i;
  }

  /** Drops the lookup map (ids stay readable through `strings`); no string can be added afterwards. */
  seal(): void {
    this.ids = undefined;
  }

  private table(): Map<string, number> {
    if (!this.ids) throw new Error('StringTable: a string was added after seal()');
    return this.ids;
  }
}

type TypedArray = Int32Array | Float64Array | Uint8Array;
type TypedArrayOf<T extends TypedArray> = { new (length: number): T };

/** Entries per block of a column: 2^SHIFT. */
const SHIFT = 16;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/**
 * A growable typed array, read back with `at(i)`. The first block doubles up to BLOCK entries, then whole
 * blocks are added: a small column stays small, and a large one never holds (or copies) twice its size.
 */
export class Column<T extends TypedArray> {
  private readonly blocks: T[];
  length = 0;

  constructor(private readonly kind: TypedArrayOf<T>, capacity = 256) {
    this.blocks = [new kind(Math.min(BLOCK, Math.max(1, capacity)))];
  }

  push(value: number): void {
    const b = this.length >>> SHIFT;
    let block = this.blocks[b];
    if (block === undefined) this.blocks.push((block = new this.kind(BLOCK)));
    else if ((this.length & MASK) === block.length) {
      const bigger = new this.kind(Math.min(BLOCK, block.length * 2));
      bigger.set(block as never);
      this.blocks[b] = block = bigger;
    }
    block[this.length++ & MASK] = value;
  }

  at(i: number): number {
    return this.blocks[i >>> SHIFT][i & MASK];
  }

  /** The values pushed, in a typed array of their own (exactly `length` long). */
  toArray(): T {
    const out = new this.kind(this.length);
    this.blocks.forEach((block, b) => out.set(block.subarray(0, Math.min(BLOCK, this.length - b * BLOCK)) as never, b * BLOCK));
    return out;
  }
}
