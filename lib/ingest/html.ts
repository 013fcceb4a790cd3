/**
 * darkweb-kg: HTML -> plain text. Drops scripts, styles, comments and non-content elements (nav, header,
 * footer, aside, form), turns block elements into line breaks, decodes entities, and reads the <title>.
 * A deliberately small, dependency-free reader: article pages need text, not a DOM. Every pattern runs in
 * linear time on hostile input (many `<` without `>`, unclosed comments or elements): no pattern can scan
 * past the next `<`, and closing tags are looked for once per element name.
 */

const DROP_NAMES = 'script|style|noscript|template|svg|nav|header|footer|aside|form|iframe|button|select';
const DROP_OPEN = new RegExp(`<(${DROP_NAMES})\\b[^<>]*>`, 'i');
const DROP_OPEN_ALL = new RegExp(DROP_OPEN.source, 'gi');
/** Elements whose content is raw text: unclosed, they run to the end of the page (as in a browser). */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe']);
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const BLOCK = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|figure|figcaption|hr|dt|dd|pre|main)\b[^<>]*>/gi;
const TAG = /<[^<>]+>/g;

const NAMED: Record<string, string> = Object.assign(Object.create(null), {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', euro: '\u20ac',
  pound: '\u00a3', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', bull: '\u2022', middot: '\u00b7',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', ouml: '\u00f6', uuml: '\u00fc',
  auml: '\u00e4', szlig: '\u00df', ccedil: '\u00e7', oacute: '\u00f3', iacute: '\u00ed', ntilde: '\u00f1',
});

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
    }
    const v = NAMED[e.toLowerCase()];
    return v ?? m;
  });
}

export interface HtmlText {
  title?: string;
  date?: string;
  text: string;
}

const CLOSING = new Map<string, RegExp>();
/** `</name>` (global: callers set lastIndex). */
function closingTag(name: string): RegExp {
  let re = CLOSING.get(name);
  if (!re) CLOSING.set(name, (re = new RegExp(`</${name}\\s*>`, 'gi')));
  return re;
}

/** The first `<name ...>...</name>` content, found without backtracking over the page. */
function elementContent(html: string, name: string): string | undefined {
  const open = new RegExp(`<${name}\\b[^<>]*>`, 'i').exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const close = closingTag(name);
  close.lastIndex = start;
  const c = close.exec(html);
  return c ? html.slice(start, c.index) : undefined;
}

/** The page without the DROP elements (each replaced by a line break). */
function dropElements(html: string): string {
  if (!DROP_OPEN.test(html)) return html;
  const out: string[] = [];
  const unclosed = new Set<string>();
  let pos = 0;
  DROP_OPEN_ALL.lastIndex = 0;
  for (let m = DROP_OPEN_ALL.exec(html); m; m = DROP_OPEN_ALL.exec(html)) {
    const name = m[1].toLowerCase();
    let end = -1;
    if (!unclosed.has(name)) {
      const close = closingTag(name);
      close.lastIndex = DROP_OPEN_ALL.lastIndex;
      const c = close.exec(html);
      if (c) end = close.lastIndex;
      else unclosed.add(name);
    }
    if (end < 0) {
      if (!RAW_TEXT.has(name)) continue; // an unclosed <nav>: only its tag goes (with TAG, below)
      end = html.length;
    }
    out.push(html.slice(pos, m.index), '\n');
    pos = end;
    DROP_OPEN_ALL.lastIndex = end;
  }
  out.push(html.slice(pos));
  return out.join('');
}

/** Text after the first `<body>`, up to the last `</body>` (the whole page when it has no `<body>`). */
function bodyOf(html: string): string {
  const open = /<body\b[^<>]*>/i.exec(html);
  if (!open) return html;
  const start = open.index + open[0].length;
  const close = /<\/body\s*>/gi;
  close.lastIndex = start;
  let end = -1;
  for (let m = close.exec(html); m; m = close.exec(html)) end = m.index;
  return html.slice(start, end < 0 ? html.length : end);
}

export function htmlToText(html: string): HtmlText {
  const rawTitle = elementContent(html, 'title');
  const title = rawTitle !== undefined ? decodeEntities(rawTitle.replace(TAG, '')).replace(/\s+/g, ' ').trim() : undefined;
  const dateMatch =
    /<meta\b[^<>]{0,1000}(?:property|name)=["'](?:article:published_time|date|dc\.date|pubdate)["'][^<>]{0,1000}content=["'](\d{4}-\d{2}-\d{2})/i.exec(html) ||
    /<time\b[^<>]{0,1000}datetime=["'](\d{4}-\d{2}-\d{2})/i.exec(html);
  const body = dropElements(bodyOf(html).replace(COMMENT, '')).replace(BLOCK, '\n').replace(TAG, '');
  const text = decodeEntities(body)
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, a) => l.length > 0 || (i > 0 && a[i - 1].length > 0))
    .join('\n')
    .trim();
  return { title: title || undefined, date: dateMatch ? dateMatch[1] : undefined, text };
}
