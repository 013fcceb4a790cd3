/**
 * darkweb-kg: page furniture. Finds the parts of an article's text that are not the article: adverts,
 * navigation and call-to-action lines, photo credits, bylines of picture agencies, and the lists of
 * unrelated headlines that news sites append ("Latest news", "Related", "See more"). Returns ranges of the
 * text; nothing is deleted, so every offset stays an offset into the original text.
 */

export interface Range {
  start: number;
  end: number;
  reason: string;
}

/** A whole line that is furniture on its own. */
/** A byline with the writer's role, and the time stamps that may follow it. */
const BYLINE_WITH_ROLE =
  /^\s*[Bb]y\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:(?:and|,)\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})*\s*[,|·•–—-]\s*(?:[\p{L}-]+\s+){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]ontributor|[Cc]olumnist|[Pp]roducer|[Ss]taff|[Dd]esk)s?\b\s*(?:[,|·•–—-].*)?$/u;

const LINE_RULES: Array<[RegExp, string]> = [
  [/^[\s\-–—|•]*advert(isement|ising)?\b/i, 'advertisement'],
  [/spot_img|^\s*sponsored( content)?\s*$/i, 'advertisement'],
  [/^\s*(more on|more from|read more|read also|see also|share( this( article)?)?|print( this)?|email( this)?|tweet|follow us|sign up|subscribe|newsletter|click here|skip to|jump to|back to top|log ?in|register|cookies?\b|accept all)\b/i, 'navigation'],
  [/\bclick here\b|\bpress release, click\b/i, 'navigation'],
  [/^\s*(information )?source:\s*\S+\s*$/i, 'source credit'],
  [/^\s*(picture|photo|image|credit|photograph)s?:\s/i, 'photo credit'],
  [/^\s*\(?(getty images|shutterstock|alamy|reuters|ap photo|afp)[^.]{0,60}\)?\s*$/i, 'photo credit'],
  [/^\s*(copyright\b|©)/i, 'copyright'],
  [/^\s*[Bb]y\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:(?:and|,)\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})*$/u, 'byline'],
  // "By Jane Roe, Court Reporter · 09:14, 13 SEP 2025 · Updated …", "By Jane Roe | Crime Correspondent"
  [BYLINE_WITH_ROLE, 'byline'],
  [/^\s*(?:(?:share|share on|share this|tweet|email|e-mail|print|copy link|copy|link|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|messenger|flipboard|mail|bluesky|threads|comments?)\b[\s|,·•/]*)+$/i, 'share links'],
  [/^\s*(tags?|topics?|topic\(s\)|components?|component\(s\)|categories|filed under):/i, 'navigation'],
  // the DOJ's page metadata: "Updated March 12, 2024", a component on a line of its own ("USAO - Pennsylvania, Western")
  [/^\s*updated\s+(?:\p{L}+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\s*$/iu, 'metadata'],
  [/^\s*USAO\s*[-–]\s*[\p{L} ,.]+$/u, 'navigation'],
  // a row of section or town links: "Bel Air | Aberdeen | Edgewood | Havre de Grace" (three or more short items,
  // no digits, no sentence punctuation); a ticker: "TRAFFIC: Delays on … | WEATHER: 71° Partly cloudy"
  [/^\s*[^|\d.!?:;\s][^|\d.!?:;]{0,30}(?:\s\|\s+[^|\d.!?:;\s][^|\d.!?:;]{0,30}){2,}\s*$/, 'navigation'],
  [/^\s*\p{Lu}{3,}:\s[^|]*(?:\|\s*\p{Lu}{3,}:\s[^|]*)+$/u, 'navigation'],
  // a wire's credit line: "(Reporting by Jane Roe; editing by John Doe)"
  [/^\s*\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b[^()]*\)\s*$/i, 'wire credit'],
  // a link to another story behind an arrow: "› Crypto trading: BaFin warns of fake exchanges"
  [/^\s*(?:[›→]|»\s)\s*\S/, 'related headlines'],
  // headlines of other stories on one line: "Related: A | B | C", "**Related on the blog:** [A](…) · [B](…)"
  [/^\s*(?:related(?:\s+[\w ]{0,25})?|see also|also read|read also|read next|more on this(?: story)?)\s*:\s*\S/i, 'related headlines'],
];

/** A line after which the rest of the page is other content (headline lists, related stories). */
const TAIL_RULES = /^\s*[*_]*\s*(latest( [\w-]+){0,2} news|related( news| articles| stories| posts| content)?( (on|from|at) [\w .'’-]{1,40})?|see more( [\w-]+){0,3}|more (stories|news|articles)( from [\w ]+)?|more (from|on) [\w .'’-]{1,40}|elsewhere (on|at|in) [\w .'’-]{1,40}|also on [\w .'’-]{1,40}|most (read|popular|viewed)|trending( now)?|you (may|might) also like|recommended( for you)?|top stories|also in [\w ]+|editor'?s picks|read (also|more|next)|also read|see also)\s*:?\s*[*_]*\s*$/i;

/** Inline photo credits: "Picture: PA", "(Olivier Douliery/Pool/AP)", "(AP Photo/Evan Vucci)". */
const INLINE_RULES: Array<[RegExp, string]> = [
  [/\((?:AP|AFP|Reuters|Getty|PA)(?: Photo| Images)?\/[^()\n]{1,80}\)/g, 'photo credit'],
  [/\([^()\n]{1,60}\/(?:[^()\n/]{1,40}\/)?(?:AP|AFP|Reuters|Getty Images|PA|EPA|Pool|Shutterstock|Alamy)\)/g, 'photo credit'],
  [/\b(?:Picture|Photo|Image|Credit|Photograph):\s*[A-Z][\w.&' -]{0,40}$/gm, 'photo credit'],
  [/^\s*date \d{4}-\d{2}-\d{2}\s*/gim, 'metadata'],
];

/** A dateline in capitals, its region, then the wire in brackets before a dash (the bracket is group 2's span). */
const DATELINE_WIRE = /^([ \t]*\p{Lu}[\p{Lu} .'’-]+(?:,[ \t]*[\p{L}. ]{2,20})?[ \t]*)\([^()\n]{2,40}\)(?=[ \t]*[-–—])/gmu;

const TERMINAL = /[.!?:;"”’)]\s*$/;

export function findFurniture(text: string): Range[] {
  const ranges: Range[] = [];
  const lines = splitLines(text);
  let firstContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const { start, end, line } = lines[i];
    if (line.trim() === '') continue;
    if (firstContent < 0) firstContent = i;
    if (i > firstContent && TAIL_RULES.test(line) && start > text.length * 0.3) {
      ranges.push({ start, end: text.length, reason: 'related headlines' });
      break;
    }
    let hit = false;
    for (const [re, reason] of LINE_RULES) {
      if (re.test(line)) {
        ranges.push({ start, end, reason });
        hit = true;
        break;
      }
    }
    if (hit) continue;
    if (isDateLine(line)) ranges.push({ start, end, reason: 'dateline metadata' });
  }
  ranges.push(...headlineRuns(lines, firstContent));
  for (const [re, reason] of INLINE_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) ranges.push({ start: m.index, end: m.index + m[0].length, reason });
  }
  // the wire or paper in a dateline: "COLUMBUS, Ohio (Buckeye Metro Wire) - …", "LONDON (Reuters) —"
  if (text.includes(') ')) {
    DATELINE_WIRE.lastIndex = 0;
    for (let m = DATELINE_WIRE.exec(text); m; m = DATELINE_WIRE.exec(text)) ranges.push({ start: m.index + m[1].length, end: m.index + m[0].length, reason: 'wire credit' });
  }
  return mergeRanges(ranges);
}

/**
 * Runs of four or more short lines with no sentence punctuation after the article's last paragraph:
 * lists of headlines or links. The same shape inside the article is a letterhead or a fact box, and stays.
 */
function headlineRuns(lines: Line[], firstContent: number): Range[] {
  const out: Range[] = [];
  let run: Line[] = [];
  let lastBody = -1;
  for (let i = 0; i < lines.length; i++) if (isBodyLine(lines[i].line)) lastBody = lines[i].start;
  const flush = () => {
    if (run.length >= 4 && run[0].start > lastBody) out.push({ start: run[0].start, end: run[run.length - 1].end, reason: 'headline list' });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = l.line.trim();
    if (t === '') continue;
    const words = t.split(/\s+/).length;
    // "Germany: 42" is a fact box line, not a headline
    if (i !== firstContent && words <= 22 && !TERMINAL.test(t) && !/:\s*[^:]*\d/.test(t)) run.push(l);
    else flush();
  }
  flush();
  return out;
}

/** A line of article prose: long, or several words ending in sentence punctuation. */
function isBodyLine(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return words >= 30 || (words >= 8 && /[.!?]["”’)]?$/.test(t));
}

const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_LINE = new RegExp(
  `^\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\.?,?\\s+\\d{4}|${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?(?:\\s*[A-Z]{2,4})?)?\\s*$`,
  'i',
);

export function isDateLine(line: string): boolean {
  return line.length < 60 && DATE_LINE.test(line);
}

const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** ISO date from a dateline ("22 September 2020, 15:14", "Sept. 22, 2020", "2020-09-22"). */
export function parseDate(line: string): string | undefined {
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(line);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\.?,?\\s+(\\d{4})`, 'i').exec(line);
  if (m) return iso(+m[3], MONTH_INDEX[m[2].slice(0, 3).toLowerCase()], +m[1]);
  m = new RegExp(`(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i').exec(line);
  if (m) return iso(+m[3], MONTH_INDEX[m[1].slice(0, 3).toLowerCase()], +m[2]);
  return undefined;
}

function iso(y: number, mo: number, d: number): string | undefined {
  const s = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(s) ? s : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day that exists, written YYYY-MM-DD with a year from 0001 to 9999: what xsd:date and GEXF accept. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = mo === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  return d <= DAYS_IN_MONTH[mo - 1] + (leap ? 1 : 0);
}

interface Line {
  start: number;
  end: number;
  line: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, line: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end;
    } else out.push({ ...r });
  }
  return out;
}
