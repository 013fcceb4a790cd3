/**
 * darkweb-kg: the shape every exporter shares. An exporter is fed the graph item by item through
 * `write(item)` (documents, then entities, then relations, then facts) and closes its output in
 * `finalize()`. Exporters write text to any `{write, end}` sink, so a file stream, a string buffer or a
 * network upload all work the same way.
 */
import type { DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord } from '../types';

/** Anything text can be written to: a fs.WriteStream, a string collector, an HTTP body... */
export interface Sink {
  write(chunk: string): unknown;
  end(callback?: () => void): unknown;
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

/** Drives every exporter through one loop over the graph. */
export async function runExporters(graph: KnowledgeGraph, exporters: Exporter[]): Promise<void> {
  for (const item of graphItems(graph)) for (const ex of exporters) ex.write(item);
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
