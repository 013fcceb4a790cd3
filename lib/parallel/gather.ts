/**
 * darkweb-kg: gathers the per-file results of a build, in input order, into what the resolver takes. An
 * article read twice (the same text under two names, or twice in a JSONL file) counts once: the first
 * name in input order keeps it and the later one gets a warning, exactly as lib/ingest/read.ts
 * `readInputs` reports it, so a parallel build warns and writes the same as a sequential one. Each
 * extraction kept is handed to `consume` (a build folds it into the graph at once, lib/resolve/resolver.ts).
 */
import type { EncodedDocument } from '../resolve/encoded';
import type { InputWarning } from '../types';
import type { FileResult } from './extract-file';

export class Gatherer {
  readonly warnings: InputWarning[];
  /** Distinct documents read, before the shard and the exclusions were applied. */
  read = 0;
  /** Milliseconds spent reading and extracting, summed over files (and so over threads). */
  ingestMs = 0;
  extractMs = 0;
  private readonly fileOf = new Map<string, string>();

  /** `warnings`: those found while listing the inputs, which come first. */
  constructor(warnings: InputWarning[], private readonly consume: (d: EncodedDocument) => void) {
    this.warnings = warnings;
  }

  /** Adds the result for `path`; must be called in input order. */
  add(path: string, r: FileResult): void {
    for (const w of r.warnings) this.warnings.push(w);
    this.ingestMs += r.ingestMs;
    this.extractMs += r.extractMs;
    for (const d of r.documents) {
      const prev = this.fileOf.get(d.id);
      if (prev !== undefined) {
        this.warnings.push({ file: path, message: `same article as ${prev} (sha256 ${d.id.slice(0, 12)}…); read once` });
        continue;
      }
      this.fileOf.set(d.id, d.file);
      this.read++;
      if (d.extraction !== undefined) this.consume({ set: r.encoded!, index: d.extraction });
    }
  }
}
