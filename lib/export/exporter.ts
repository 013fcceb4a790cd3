/**
 * darkweb-kg: the shape every exporter shares. An exporter is fed the graph item by item through
 * `write(item)` (documents, then entities, then relations, then facts) and closes its output in
 * `finalize()`. Exporters write text to any `{write, end}` sink, so a file stream, a string buffer or a
 * network upload all work the same way.
 */
import type { DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord } from '../types';

/**
 * Anything text can be written to: a fs.WriteStream, a string collector, an HTTP body... A stream whose
 * `write()` returns false holds more than its buffer should; `once('drain')` tells when it has caught up
 * (and `once('close')` when it never will). Sinks without `once` are never waited for.
 */
export interface Sink {
  write(chunk: string): unknown;
  end(callback?: () => void): unknown;
  once?(event: 'drain' | 'close', listener: () => void): unknown;
}

export type GraphItem =
  | { kind: 'document'; value: DocumentRecord }
  | { kind: 'entity'; value: EntityRecord }
  | { kind: 'relation'; value: RelationRecord }
  | { kind: 'fact'; value: FactRecord };

/** What an exporter may need to know about the whole graph before the first item arrives. */
export interface ExportContext {
  graph: KnowledgeGraph;
  /** Node positions from the layout (entity IRI -> x, y), when a layout was run. */
  positions?: Map<string, { x: number; y: number }>;
  /** Number of relations touching each entity IRI. */
  degree: Map<string, number>;
}

export interface Exporter {
  write(item: GraphItem): void;
  finalize(): Promise<void>;
}

export type ExporterFactory = (sink: Sink, context: ExportContext) => Exporter;

/** A sink that remembers when its stream asked the writer to wait (see `paced`). */
export interface PacedSink extends Sink {
  /** true after a write returned false, until the stream drained or closed. */
  readonly blocked: boolean;
  /** Resolves once the stream has drained (or closed); at once when it is not blocked. */
  drained(): Promise<void>;
}

/**
 * Wraps a sink so that `runExporters` can wait for it to drain instead of queueing the whole output. The
 * 'drain' listener is added by the write that returned false, so a drain that happens while the writer
 * waits for another sink is never missed.
 */
export function paced(inner: Sink): PacedSink {
  let blocked = false;
  let closed = false;
  let waiting: Promise<void> = Promise.resolve();
  let release = (): void => undefined;
  const unblock = () => {
    blocked = false;
    release();
  };
  inner.once?.('close', () => {
    closed = true;
    unblock();
  });
  return {
    get blocked() {
      return blocked;
    },
    write(chunk: string): unknown {
      const ok = inner.write(chunk);
      if (ok === false && inner.once && !closed && !blocked) {
        blocked = true;
        waiting = new Promise<void>((resolve) => (release = resolve));
        inner.once('drain', unblock);
      }
      return ok;
    },
    end: (callback?: () => void) => inner.end(callback),
    drained: () => (blocked ? waiting : Promise.resolve()),
  };
}

/** Items of a graph in export order: documents, entities, relations, facts. */
export function* graphItems(graph: KnowledgeGraph): Generator<GraphItem> {
  for (const value of graph.documents) yield { kind: 'document', value };
  for (const value of graph.entities) yield { kind: 'entity', value };
  for (const value of graph.relations) yield { kind: 'relation', value };
  for (const value of graph.facts) yield { kind: 'fact', value };
}

/** Degree (relation count) of every entity. */
export function degrees(graph: KnowledgeGraph): Map<string, number> {
  const d = new Map<string, number>();
  for (const e of graph.entities) d.set(e.iri, 0);
  for (const r of graph.relations) {
    d.set(r.s, (d.get(r.s) ?? 0) + 1);
    d.set(r.o, (d.get(r.o) ?? 0) + 1);
  }
  return d;
}

/** Items fed to the exporters between two looks at whether a paced sink must drain. */
const DRAIN_CHECK_EVERY = 64;

/**
 * Drives every exporter through one loop over the graph. Every DRAIN_CHECK_EVERY items, it waits for any
 * of `sinks` (the exporters' sinks, wrapped by `paced`) whose stream asked to, so a file sink holds about
 * one buffer of text at a time, never the whole output. Then too it looks at `signal`: once aborted, it
 * stops and rejects with the signal's reason (the exporters are left unfinished).
 */
export async function runExporters(
  graph: KnowledgeGraph,
  exporters: Exporter[],
  sinks: readonly PacedSink[] = [],
  signal?: AbortSignal,
): Promise<void> {
  let n = 0;
  for (const item of graphItems(graph)) {
    for (const ex of exporters) ex.write(item);
    if (++n % DRAIN_CHECK_EVERY === 0) {
      signal?.throwIfAborted();
      for (const s of sinks) if (s.blocked) await s.drained();
    }
  }
  signal?.throwIfAborted();
  for (const ex of exporters) await ex.finalize();
}

/** A sink that collects everything written into a string (for tests and small outputs). */
export class StringSink implements Sink {
  private parts: string[] = [];
  write(chunk: string): boolean {
    this.parts.push(chunk);
    return true;
  }
  end(callback?: () => void): void {
    if (callback) callback();
  }
  toString(): string {
    return this.parts.join('');
  }
}
