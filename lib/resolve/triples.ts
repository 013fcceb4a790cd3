/**
 * darkweb-kg: numbers for triples of small integers (a relation's property, subject and object, as
 * numbers), in order of first sight: 0, 1, 2... An open-addressing hash table in typed arrays, so that
 * looking up a million relations allocates nothing (a Map keyed by a number above 2^31 allocates one for
 * every lookup, and a string key is worse).
 */
import { Column } from './columns';

const EMPTY = -1;
/** The table doubles when more than this share of its slots is used. */
const MAX_LOAD = 0.5;

export class TripleNumbers {
  private slots: Int32Array;
  private readonly a = new Column(Int32Array);
  private readonly b = new Column(Int32Array);
  private readonly c = new Column(Int32Array);

  constructor(capacity = 1024) {
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(16, capacity / MAX_LOAD)))).fill(EMPTY);
  }

  /** How many distinct triples have been numbered. */
  get size(): number {
    return this.a.length;
  }

  /** The number of (a, b, c), numbering it if it is new (integers from 0 to 2^31 - 1). */
  number(a: number, b: number, c: number): number {
    if (this.size + 1 > this.slots.length * MAX_LOAD) this.grow();
    const mask = this.slots.length - 1;
    for (let i = hash(a, b, c) & mask; ; i = (i + 1) & mask) {
      const n = this.slots[i];
      if (n === EMPTY) {
        this.slots[i] = this.size;
        this.a.push(a);
        this.b.push(b);
        this.c.push(c);
        return this.size - 1;
      }
      if (this.a.at(n) === a && this.b.at(n) === b && this.c.at(n) === c) return n;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let n = 0; n < this.size; n++) {
      let i = hash(this.a.at(n), this.b.at(n), this.c.at(n)) & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = n;
    }
    this.slots = slots;
  }
}

function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
