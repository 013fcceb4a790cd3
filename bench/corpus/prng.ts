/**
 * darkweb-kg bench: the seeded pseudo-random numbers of the corpus generator (mulberry32; never
 * Math.random). Each article gets its own stream, derived from the corpus seed and the article's number,
 * so article i is the same text whatever the corpus size.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** `n` distinct items of `xs` (all of them if there are fewer), in random order. */
  sample<T>(xs: readonly T[], n: number): T[];
}

/** A 32-bit hash of a string (FNV-1a), to derive seeds. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    sample: (xs, n) => {
      const copy = [...xs];
      const k = Math.min(n, copy.length);
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, k);
    },
  };
}

/** The stream of article `index` of the corpus with seed `seed`. */
export function articleRng(seed: number, index: number): Rng {
  return rng(hash32(`${seed}:${index}`));
}
