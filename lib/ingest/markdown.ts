/**
 * darkweb-kg: Markdown -> text of the same length. Markup (front matter, heading marks, emphasis,
 * code ticks, link targets, image syntax) becomes spaces, so every offset into the result is an offset
 * into the original file. The title comes from front matter or the first heading.
 */

export interface MarkdownText {
  text: string;
  title?: string;
  date?: string;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function markdownToText(md: string): MarkdownText {
  let text = md;
  let title: string | undefined;
  let date: string | undefined;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fm[1])?.[1];
    date = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(fm[1])?.[1];
    text = blank(fm[0]) + text.slice(fm[0].length);
  }
  if (!title) title = /^#{1,3}\s+(.+)$/m.exec(text)?.[1]?.replace(/[*_`]/g, '').trim();
  if (/[#*_`[\]!]/.test(text)) {
    text = text
      .replace(/^(\s{0,3})(#{1,6}|>|\d+\.(?=\s))/gm, (m) => blank(m))
      // (a list item keeps a dash, one character for one, so that a list under a heading reads as one: "What was seized")
      .replace(/^(\s{0,3})[*+](?=\s)/gm, '$1-')
      .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, (m, alt: string) => ' ' + alt + blank(m.slice(alt.length + 1)))
      .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, (m, label: string) => ' ' + label + blank(m.slice(label.length + 1)))
      .replace(/(\*\*|__|\*|_|`+)(?=\S)|(?<=\S)(\*\*|__|\*|_|`+)/g, (m) => blank(m));
  }
  return { text, title, date };
}
