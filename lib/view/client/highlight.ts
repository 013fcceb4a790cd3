/**
 * darkweb-kg view: marks where entities are mentioned in an evidence sentence. Each group of names
 * (an entity's label and aliases) is looked up case-insensitively, at word boundaries, longest name
 * first; the sentence comes back as segments tagged with the group that claimed them (0 = plain text).
 * Pure string code, so it runs (and is tested) outside the browser too.
 */

export interface Segment {
  text: string;
  /** 0 for plain text, otherwise 1 + the index of the name group that matched. */
  mark: number;
}

const NON_ASCII = /[^\x00-\x7f]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case with curly apostrophes folded, keeping every UTF-16 offset where it was. */
function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    if (ch === '\u2019' || ch === '\u2018') {
      out += "'";
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

function isWordBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !WORD_CHAR.test(text[at - 1]) || !WORD_CHAR.test(text[at]);
}

export function highlightMentions(sentence: string, groups: ReadonlyArray<ReadonlyArray<string>>): Segment[] {
  const folded = fold(sentence);
  const owner = new Uint16Array(sentence.length);
  groups.forEach((names, g) => {
    const terms = [...new Set(names.map(fold))].filter((t) => t.trim().length >= 2).sort((a, b) => b.length - a.length);
    for (const term of terms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (!isWordBoundary(folded, at) || !isWordBoundary(folded, end)) continue;
        if (owner.subarray(at, end).some((o) => o !== 0)) continue;
        owner.fill(g + 1, at, end);
      }
    }
  });
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= sentence.length; i++) {
    if (i === sentence.length || owner[i] !== owner[start]) {
      segments.push({ text: sentence.slice(start, i), mark: owner[start] ?? 0 });
      start = i;
    }
  }
  return segments;
}
