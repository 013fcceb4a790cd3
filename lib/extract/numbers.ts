/**
 * darkweb-kg: numbers as news prose writes them: "153", "1,200", "50.8 million", "6.5m", "two",
 * "twenty-one", "a dozen", "1.5bn". `NUMBER_SOURCE` is a regex fragment; `parseNumber` turns a match into
 * a value.
 */

const SMALL: Record<string, number> = Object.assign(Object.create(null), {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, single: 1, dozen: 12, 'a dozen': 12, hundred: 100, 'a hundred': 100, 'one hundred': 100,
});

const SCALE: Record<string, number> = Object.assign(Object.create(null), {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
});

const WORD_NUM = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';

/** A number: digits (with thousands separators / decimals) or number words, with an optional scale word. */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])|\\d+(?:\\.\\d+)?|${WORD_NUM}|a dozen|a hundred)(?:\\s?(?:thousand|million|billion|mln|mn|bn|m|k)\\b)?`;

export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase();
  const m = /^([\d,. \u00a0\u202f]+?|[a-z -]+?)\s?(thousand|million|billion|mln|mn|bn|m|k)?$/.exec(s);
  if (!m) return undefined;
  let base: number | undefined;
  if (/^[\d,. \u00a0\u202f]+$/.test(m[1])) {
    base = Number(m[1].replace(/[, \u00a0\u202f]/g, ''));
  } else {
    const w = m[1].trim();
    if (w in SMALL) base = SMALL[w];
    else {
      const parts = w.split(/[- ]/);
      if (parts.length === 2 && parts[0] in SMALL && parts[1] in SMALL) base = SMALL[parts[0]] + SMALL[parts[1]];
    }
  }
  if (base == null || Number.isNaN(base)) return undefined;
  const scale = m[2] ? SCALE[m[2]] : 1;
  return Math.round(base * scale * 1000) / 1000;
}
