/**
 * darkweb-kg: files and folders -> SourceDocuments. Walks the given paths (following folders, ignoring
 * symlink loops), reads .txt/.md/.html/.htm/.jsonl files, decodes them, and yields one document per
 * article. Problems with single inputs become warnings that name the file and line (or byte); the other
 * inputs are still read. Identical articles under two names are read once and reported.
 *
 * Memory stays bounded whatever the size of a file: an article file is read only up to
 * `maxArticleBytes` (an HTML page up to four times that, markup being most of a page) and the rest is
 * reported as not read, naming the byte where it was cut; JSONL is read line by line, 1 MiB at a time.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError, UsageError } from '../errors';
import type { InputWarning, SourceDocument } from '../types';
import { decodeBytes, decodeText, rejectBinaryStart, utf16Bom } from './decode';
import { makeDocument, sha256 } from './document';
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { isCalendarDate } from './furniture';

export const INPUT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson']);

export interface ReadResult {
  documents: SourceDocument[];
  warnings: InputWarning[];
}

export interface ReadOptions {
  /** The most bytes of text one article may have; a longer one is cut there, with a warning. */
  maxArticleBytes: number;
}

export const READ_DEFAULTS: Readonly<ReadOptions> = Object.freeze({ maxArticleBytes: 4 * 1024 * 1024 });

/** Pages and JSONL lines may be this many times larger than the article they hold (markup, escapes). */
const MARKUP_FACTOR = 4;
/** JSONL is read in chunks of this size. */
const CHUNK_BYTES = 1024 * 1024;

export function validateReadOptions(o: Partial<ReadOptions> = {}): ReadOptions {
  for (const k of Object.keys(o)) if (!(k in READ_DEFAULTS)) throw new UsageError(`read option "${k}" is unknown (known: ${Object.keys(READ_DEFAULTS).join(', ')})`);
  const merged = { ...READ_DEFAULTS, ...o };
  if (!Number.isInteger(merged.maxArticleBytes) || merged.maxArticleBytes < 1024) {
    throw new UsageError(`read option "maxArticleBytes" must be an integer >= 1024, got ${JSON.stringify(merged.maxArticleBytes)}`);
  }
  return merged;
}

function mib(bytes: number): string {
  return `${+(bytes / 1048576).toFixed(1)} MiB`;
}

/** Every input file below the given paths, sorted, each once. */
export function listInputs(paths: string[], warnings: InputWarning[]): string[] {
  const out = new Set<string>();
  const seenDirs = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      warnings.push({ file: p, skipped: true, message: err.code === 'ENOENT' ? 'no such file or folder' : err.code === 'ELOOP' ? 'symlink loop' : err.message });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(p);
      } catch (e) {
        warnings.push({ file: p, message: (e as Error).message });
        return;
      }
      if (seenDirs.has(real)) {
        if (!explicit) warnings.push({ file: p, message: 'folder already visited (symlink loop?); skipped' });
        return;
      }
      seenDirs.add(real);
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch (e) {
        warnings.push({ file: p, skipped: true, message: `unreadable folder (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      for (const n of names) if (!n.startsWith('.')) visit(join(p, n), false);
    } else if (st.isFile()) {
      if (INPUT_EXTENSIONS.has(extname(p).toLowerCase())) out.add(p);
      else if (explicit) warnings.push({ file: p, skipped: true, message: `unsupported file type "${extname(p)}" (use .txt, .md, .html or .jsonl)` });
    } else if (explicit || INPUT_EXTENSIONS.has(extname(p).toLowerCase())) {
      // A FIFO, socket or device: reading it could block or never end.
      warnings.push({ file: p, skipped: true, message: 'not a regular file or folder (a pipe, socket or device); not read' });
    }
  };
  for (const p of paths) visit(p, true);
  return [...out].sort();
}

/** The first `limit` bytes of a file, and its size. */
function readPrefix(path: string, limit: number): { bytes: Buffer; size: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(path, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(Math.min(size, limit));
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, null);
      if (n === 0) break;
      got += n;
    }
    return { bytes: bytes.subarray(0, got), size };
  } finally {
    closeSync(fd);
  }
}

/** The largest length <= bytes.length that does not end inside a UTF-8 sequence or a UTF-16 code unit pair. */
function characterBoundary(bytes: Uint8Array): number {
  const bom = utf16Bom(bytes);
  if (bom) {
    let end = bytes.length & ~1;
    const hi = bom === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
    if (end >= 4 && hi >= 0xd8 && hi <= 0xdb) end -= 2; // a high surrogate without its pair
    return end;
  }
  let k = bytes.length - 1;
  while (k > 0 && bytes.length - k < 4 && (bytes[k] & 0xc0) === 0x80) k--;
  const lead = bytes[k];
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return k + need > bytes.length ? k : bytes.length;
}

/** At most `max` characters of `text` (never half a surrogate pair), with a warning when cut. */
function capText(text: string, max: number, file: string, warnings: InputWarning[], line?: number): string {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  const cut = c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
  warnings.push({
    file,
    line,
    skipped: true,
    message: `article text longer than ${max} characters (the limit is maxArticleBytes); cut at character ${cut}, the remaining ${text.length - cut} characters were not read`,
  });
  return text.slice(0, cut);
}

/** Read one input file into documents (JSONL files hold many). */
export function readInput(path: string, warnings: InputWarning[], options: Partial<ReadOptions> = {}): SourceDocument[] {
  const o = validateReadOptions(options);
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(path, warnings, o);
  const html = ext === '.html' || ext === '.htm';
  const limit = html ? MARKUP_FACTOR * o.maxArticleBytes : o.maxArticleBytes;
  const { bytes: read, size } = readPrefix(path, limit);
  let bytes = read;
  if (size > read.length) {
    bytes = read.subarray(0, characterBoundary(read));
    warnings.push({
      file: path,
      byte: bytes.length,
      skipped: true,
      message: `file of ${mib(size)} is longer than the ${mib(limit)} one ${html ? 'page' : 'article'} may have: read up to byte ${bytes.length}, the remaining ${size - bytes.length} bytes were not read`,
    });
  }
  const decoded = decodeBytes(bytes, path);
  if (decoded.note) warnings.push({ file: path, message: decoded.note });
  if (html) {
    const h = htmlToText(decoded.text);
    if (!h.text.trim()) throw new InputError(path, 'no text in the HTML page');
    const text = capText(h.text, o.maxArticleBytes, path, warnings);
    return [makeDocument(text, { file, path, title: h.title, date: h.date, id: sha256(text) })];
  }
  if (!decoded.text.trim()) throw new InputError(path, 'empty file (only white space)');
  if (ext === '.md' || ext === '.markdown') {
    const md = markdownToText(decoded.text);
    return [makeDocument(md.text, { file, path, title: md.title, date: md.date, id: sha256(decoded.text) })];
  }
  return [makeDocument(decoded.text, { file, path })];
}

/**
 * Calls `onLine` with each line of a file (without its newline), reading CHUNK_BYTES at a time. A line
 * longer than `maxLineBytes` is passed as `undefined` and its bytes are not kept.
 */
function forEachLine(path: string, maxLineBytes: number, onLine: (bytes: Buffer | undefined, line: number) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(path, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let parts: Buffer[] = [];
    let length = 0;
    let tooLong = false;
    let line = 1;
    for (let n = readSync(fd, chunk, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, chunk, 0, CHUNK_BYTES, null)) {
      for (let from = 0; from < n; ) {
        const nl = chunk.subarray(0, n).indexOf(10, from);
        const end = nl < 0 ? n : nl;
        if (!tooLong && length + end - from > maxLineBytes) {
          tooLong = true;
          parts = [];
        }
        if (!tooLong) parts.push(Buffer.from(chunk.subarray(from, end)));
        length += end - from;
        if (nl < 0) break; // the line goes on in the next chunk
        onLine(tooLong ? undefined : Buffer.concat(parts), line++);
        parts = [];
        length = 0;
        tooLong = false;
        from = nl + 1;
      }
    }
    if (length > 0) onLine(tooLong ? undefined : Buffer.concat(parts), line);
  } finally {
    closeSync(fd);
  }
}

/** JSONL: one JSON object with a "text" string per line; bad lines are skipped with a warning naming them. */
function readJsonl(path: string, warnings: InputWarning[], o: ReadOptions): SourceDocument[] {
  const start = readPrefix(path, 4).bytes;
  rejectBinaryStart(start, path);
  const out: SourceDocument[] = [];
  const maxLine = MARKUP_FACTOR * o.maxArticleBytes;
  let skippedLines = 0;
  const onText = (text: string, line: number) => {
    const record = text.trim();
    if (!record) return;
    const w = readRecord(record, path, line, warnings, o, out);
    if (w) {
      skippedLines++;
      warnings.push(w);
    }
  };
  const bom = utf16Bom(start);
  if (bom) {
    // UTF-16 JSON Lines are rare (the format is UTF-8): decoded whole, then split.
    decodeBytes(readFileSync(path), path).text.split('\n').forEach((t, i) => onText(t, i + 1));
  } else {
    forEachLine(path, maxLine, (bytes, line) => {
      if (!bytes) {
        skippedLines++;
        warnings.push({ file: path, line, skipped: true, message: `line longer than ${mib(maxLine)}; line skipped` });
        return;
      }
      const from = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      const nul = bytes.indexOf(0);
      if (nul >= 0) {
        skippedLines++;
        warnings.push({ file: path, line, skipped: true, message: `binary data (NUL byte at column ${nul + 1}); line skipped` });
        return;
      }
      const d = decodeText(bytes.subarray(from), from);
      if (d.note) warnings.push({ file: path, line, message: `${d.note} (offset within the line)` });
      onText(d.text, line);
    });
  }
  if (out.length === 0 && skippedLines === 0) throw new InputError(path, 'no JSON records (the file holds only white space)');
  return out;
}

/** One JSONL record -> a document pushed to `out`, or the warning that says why the line was skipped. */
function readRecord(record: string, path: string, line: number, warnings: InputWarning[], o: ReadOptions, out: SourceDocument[]): InputWarning | undefined {
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(record);
  } catch (e) {
    return { file: path, line, skipped: true, message: `malformed JSON (${(e as Error).message}); line skipped` };
  }
  if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string' || !rec.text.trim()) {
    return { file: path, line, skipped: true, message: 'record has no "text" string; line skipped' };
  }
  const str = (k: string) => (typeof rec[k] === 'string' && (rec[k] as string).trim() ? (rec[k] as string).trim() : undefined);
  let date = str('date')?.slice(0, 10);
  if (date !== undefined && !isCalendarDate(date)) {
    warnings.push({ file: path, line, message: `"date" is not a calendar date YYYY-MM-DD (${JSON.stringify(date)}); ignored` });
    date = undefined;
  }
  const id = str('id');
  let url = str('url');
  if (url !== undefined && !ABSOLUTE_URL.test(url)) {
    warnings.push({ file: path, line, message: `"url" is not an absolute http(s) URL (${JSON.stringify(url.slice(0, 80))}); ignored` });
    url = undefined;
  }
  out.push(
    makeDocument(capText(rec.text, o.maxArticleBytes, path, warnings, line), {
      file: id ?? `${basename(path)}#${line}`,
      path,
      title: str('title'),
      date,
      url,
    }),
  );
  return undefined;
}

/** An absolute http(s) URL without white space or characters an IRI cannot hold. */
const ABSOLUTE_URL = /^https?:\/\/[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]+$/i;

/** Read every input below `paths`: documents sorted by file name, duplicates (same text) dropped. */
export function readInputs(paths: string[], options: Partial<ReadOptions> = {}): ReadResult {
  const o = validateReadOptions(options);
  const warnings: InputWarning[] = [];
  const documents: SourceDocument[] = [];
  const byId = new Map<string, string>();
  for (const p of listInputs(paths, warnings)) {
    let docs: SourceDocument[];
    try {
      docs = readInput(p, warnings, o);
    } catch (e) {
      if (e instanceof InputError) {
        warnings.push({ file: e.file, line: e.line, byte: e.byte, skipped: true, message: e.detail });
        continue;
      }
      throw e;
    }
    for (const d of docs) {
      const prev = byId.get(d.id);
      if (prev) {
        warnings.push({ file: p, message: `same article as ${prev} (sha256 ${d.id.slice(0, 12)}…); read once` });
        continue;
      }
      byId.set(d.id, d.file);
      documents.push(d);
    }
  }
  return { documents, warnings };
}
