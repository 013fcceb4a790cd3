/**
 * darkweb-kg: files and folders -> SourceDocuments. Walks the given paths (following folders, ignoring
 * symlink loops), reads .txt/.md/.html/.htm/.jsonl files, decodes them, and yields one document per
 * article. Problems with single inputs become warnings that name the file and line; the other inputs are
 * still read. Identical articles under two names are read once and reported.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from '../errors';
import type { InputWarning, SourceDocument } from '../types';
import { decodeBytes } from './decode';
import { makeDocument, sha256 } from './document';
import { htmlToText } from './html';

export const INPUT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson']);

export interface ReadResult {
  documents: SourceDocument[];
  warnings: InputWarning[];
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
    }
  };
  for (const p of paths) visit(p, true);
  return [...out].sort();
}

/** Read one input file into documents (JSONL files hold many). */
export function readInput(path: string, warnings: InputWarning[]): SourceDocument[] {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const decoded = decodeBytes(bytes, path);
  if (decoded.note) warnings.push({ file: path, message: decoded.note });
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(decoded.text, path, warnings);
  if (ext === '.html' || ext === '.htm') {
    const h = htmlToText(decoded.text);
    if (!h.text.trim()) throw new InputError(path, 'no text in the HTML page');
    return [makeDocument(h.text, { file, path, title: h.title, date: h.date, id: sha256(h.text) })];
  }
  if (!decoded.text.trim()) throw new InputError(path, 'empty file (only white space)');
  return [makeDocument(decoded.text, { file, path })];
}

function readJsonl(text: string, path: string, warnings: InputWarning[]): SourceDocument[] {
  const out: SourceDocument[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      warnings.push({ file: path, line: i + 1, skipped: true, message: `malformed JSON (${(e as Error).message}); line skipped` });
      continue;
    }
    if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string' || !rec.text.trim()) {
      warnings.push({ file: path, line: i + 1, skipped: true, message: 'record has no "text" string; line skipped' });
      continue;
    }
    const str = (k: string) => (typeof rec[k] === 'string' && (rec[k] as string).trim() ? (rec[k] as string).trim() : undefined);
    const date = str('date');
    const id = str('id');
    out.push(
      makeDocument(rec.text, {
        file: id ?? `${basename(path)}#${i + 1}`,
        path,
        title: str('title'),
        date: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined,
        url: str('url'),
      }),
    );
  }
  return out;
}

/** Read every input below `paths`: documents sorted by file name, duplicates (same text) dropped. */
export function readInputs(paths: string[]): ReadResult {
  const warnings: InputWarning[] = [];
  const documents: SourceDocument[] = [];
  const byId = new Map<string, string>();
  for (const p of listInputs(paths, warnings)) {
    let docs: SourceDocument[];
    try {
      docs = readInput(p, warnings);
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
