/**
 * darkweb-kg: one article's text -> SourceDocument. Reads metadata the text itself states (a leading
 * `date 2021-10-27` line, a dateline such as "22 September 2020, 15:14", a headline as first line), marks
 * page furniture, and splits the rest into sentences with offsets.
 */
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../types';
import { findFurniture, isCalendarDate, isDateLine, parseDate, splitLines } from './furniture';
import { splitSentences } from './sentences';

export interface DocumentMeta {
  file: string;
  path: string;
  title?: string;
  date?: string;
  url?: string;
  /** Explicit id from a JSONL record; otherwise the sha256 of the text. */
  id?: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Characters that have no place in article text: C0 controls (but tab/newline), DEL, C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function makeDocument(rawText: string, meta: DocumentMeta): SourceDocument {
  // Normalise line ends and control characters without changing length, so offsets stay valid.
  let text = rawText.includes('\r') ? rawText.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')) : rawText;
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text)) text = text.replace(CONTROL, ' ');
  const furniture = findFurniture(text);
  const lines = splitLines(text);
  let date = meta.date !== undefined && isCalendarDate(meta.date) ? meta.date : undefined;
  let title = meta.title;
  const leading = /^\s*date (\d{4}-\d{2}-\d{2})/i.exec(text);
  if (!date && leading && isCalendarDate(leading[1])) date = leading[1];
  for (const l of lines.slice(0, 8)) {
    const t = l.line.trim();
    if (!t) continue;
    if (!date && isDateLine(t)) date = parseDate(t);
  }
  if (!title) {
    const first = lines.find((l) => l.line.trim() !== '' && !furniture.some((f) => f.start <= l.start && f.end >= l.end));
    const t = first?.line.trim();
    if (t && t.length <= 200 && !/[.:]$/.test(t) && !/^date \d/i.test(t)) title = t;
  }
  return {
    id: meta.id ?? sha256(rawText),
    file: meta.file,
    path: meta.path,
    title,
    date,
    url: meta.url,
    text,
    sentences: splitSentences(text, furniture),
    furniture,
  };
}
