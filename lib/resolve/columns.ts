/**
 * darkweb-kg: compact storage for what the resolver must keep until every document is in — a table of
 * distinct strings and growable typed-array columns. A relation or fact read from a document becomes one
 * row of numbers (string ids, offsets, confidence) instead of two or three objects, and an evidence
 * sentence that a dozen rows share is one string held once.
 *
 * Every string the table keeps is a copy of its own characters (lib/strings.ts `detached`, applied by
 * lib/resolve/encoded.ts), never a slice of an article.
 */

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

  /** Drops every value (the column is empty afterwards), so that its memory goes before the column does. */
  release(): void {
    this.blocks.length = 0;
    this.length = 0;
  }

  /** The values pushed, in a typed array of their own (exactly `length` long). */
  toArray(): T {
    const out = new this.kind(this.length);
    this.blocks.forEach((block, b) => out.set(block.subarray(0, Math.min(BLOCK, this.length - b * BLOCK)) as never, b * BLOCK));
    return out;
  }
}
