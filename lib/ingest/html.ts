/**
 * darkweb-kg: HTML -> plain text. Drops scripts, styles, comments and non-content elements (nav, header,
 * footer, aside, form), turns block elements into line breaks, decodes entities, and reads the <title>.
 * A deliberately small, dependency-free reader: article pages need text, not a DOM.
 */

const DROP = /<(script|style|noscript|template|svg|nav|header|footer|aside|form|iframe|button|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|figure|figcaption|hr|dt|dd|pre|main)\b[^>]*>/gi;
const TAG = /<[^>]+>/g;

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

export function htmlToText(html: string): HtmlText {
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch ? decodeEntities(titleMatch[1].replace(TAG, '')).replace(/\s+/g, ' ').trim() : undefined;
  const dateMatch =
    /<meta\b[^>]*(?:property|name)=["'](?:article:published_time|date|dc\.date|pubdate)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i.exec(html) ||
    /<time\b[^>]*datetime=["'](\d{4}-\d{2}-\d{2})/i.exec(html);
  let body = html;
  const bodyMatch = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html);
  if (bodyMatch) body = bodyMatch[1];
  body = body.replace(COMMENT, '').replace(DROP, '\n').replace(BLOCK, '\n').replace(TAG, '');
  const text = decodeEntities(body)
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, a) => l.length > 0 || (i > 0 && a[i - 1].length > 0))
    .join('\n')
    .trim();
  return { title: title || undefined, date: dateMatch ? dateMatch[1] : undefined, text };
}
