/**
 * darkweb-kg: one input file -> its documents' extractions, the unit of work of a build (in the main thread
 * or in a worker). The file is read and split (lib/ingest), each document in the build's slice is
 * extracted (lib/extract), and what is returned no longer holds the article text: the
 * extractions are encoded (lib/resolve/encoded.ts: numbers, and each distinct string once, copied out of
 * the text), the form in which a worker posts them and the resolver folds them in; the document's text,
 * sentences and furniture are dropped (memory is bounded by the graph, not by the corpus).
 *
 * De-duplication (the same article under two names) needs every file's ids in input order, so it happens
 * where the results are gathered (lib/parallel/gather.ts), not here.
 */
import { InputError } from '../errors';
import { extractDocument, type Lexicon } from '../extract';
import { readInput } from '../ingest';
import { encodeExtractions, type EncodedExtractions } from '../resolve/encoded';
import type { Extraction, InputWarning, SourceDocument } from '../types';

/** Which documents a build extracts: its shard, minus those already in the graph it updates. */
export interface DocumentFilter {
  shard?: { index: number; count: number };
  /** Ids (content hashes) to leave out. */
  exclude?: ReadonlySet<string>;
}

/** Is this document in the given shard? (Deterministic: by its content hash.) */
export function inShard(docId: string, shard?: { index: number; count: number }): boolean {
  if (!shard || shard.count === 1) return true;
  return parseInt(docId.slice(0, 8), 16) % shard.count === shard.index - 1;
}

/** One document read from a file: its id and name always, its extraction when the filter keeps it. */
export interface FileDocument {
  id: string;
  file: string;
  /** Index of its extraction in `FileResult.encoded`. */
  extraction?: number;
}

export interface FileResult {
  documents: FileDocument[];
  /** The extractions of the documents the filter keeps, encoded (absent when it keeps none). */
  encoded?: EncodedExtractions;
  warnings: InputWarning[];
  /** Milliseconds spent reading and splitting the file, and extracting (and encoding) its documents. */
  ingestMs: number;
  extractMs: number;
}

/** The document without its text: what the resolver and the outputs read. */
export function documentMeta(doc: SourceDocument): SourceDocument {
  return {
    id: doc.id, file: doc.file, path: doc.path, title: doc.title, date: doc.date, url: doc.url,
    text: '', sentences: [], furniture: [],
  };
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * Reads and extracts one file. An InputError (unreadable, empty, binary...) becomes a warning naming the
 * file, as lib/ingest/read.ts `readInputs` reports it; any other error is thrown.
 */
export function extractFile(path: string, lexicon: Lexicon, filter: DocumentFilter = {}): FileResult {
  const warnings: InputWarning[] = [];
  let t0 = process.hrtime.bigint();
  let docs: SourceDocument[];
  try {
    docs = readInput(path, warnings);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    warnings.push({ file: e.file, line: e.line, byte: e.byte, skipped: true, message: e.detail });
    return { documents: [], warnings, ingestMs: ms(t0), extractMs: 0 };
  }
  const ingestMs = ms(t0);
  t0 = process.hrtime.bigint();
  const kept: Extraction[] = [];
  const documents = docs.map((doc): FileDocument => {
    if (!inShard(doc.id, filter.shard) || filter.exclude?.has(doc.id)) return { id: doc.id, file: doc.file };
    kept.push({ ...extractDocument(doc, { lexicon }), doc: documentMeta(doc) });
    return { id: doc.id, file: doc.file, extraction: kept.length - 1 };
  });
  const encoded = kept.length > 0 ? { encoded: encodeExtractions(kept) } : {};
  return { documents, ...encoded, warnings, ingestMs, extractMs: ms(t0) };
}
