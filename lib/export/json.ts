/**
 * darkweb-kg: streaming writer of the graph JSON (`<name>.json`, the file the query commands load). It
 * writes exactly the bytes of `stringifyGraph` (lib/graph/load.ts: `JSON.stringify(graph, null, 1)` and a
 * newline) without ever holding the whole text: the head (format, version, base) goes out with the first
 * item, each document, entity, relation and fact is stringified on its own and indented to its depth as it
 * arrives, and the text is handed to the sink in chunks of about CHUNK characters.
 *
 * JSON.stringify escapes every newline inside a string, so the only newlines in an item's text are the
 * ones between its lines, and indenting the item is one replace of "\n".
 */
import { ExportError } from '../errors';
import type { Exporter, ExportContext, GraphItem, Sink } from './exporter';

/** Shown as the "file" of export errors (the exporter only knows its sink). */
const OUTPUT = 'JSON export';
/** Characters collected before a write to the sink. */
const CHUNK = 1 << 16;
/** The arrays of the graph, in the order they are written and the items arrive. */
const SECTIONS = ['documents', 'entities', 'relations', 'facts'] as const;
const SECTION_OF: Record<GraphItem['kind'], number> = { document: 0, entity: 1, relation: 2, fact: 3 };
/** An array item sits two levels deep: `{` (1) > `"documents": [` (2). */
const ITEM_NEWLINE = /\n/g;
const ITEM_INDENT = '\n  ';

export function createJsonExporter(sink: Sink, context: ExportContext): Exporter {
  const { graph } = context;
  let chunk = '';
  /** Index in SECTIONS of the array being written; -1 before the head, SECTIONS.length once closed. */
  let section = -1;
  /** Items written in the current array. */
  let items = 0;

  const emit = (text: string): void => {
    chunk += text;
    if (chunk.length >= CHUNK) {
      sink.write(chunk);
      chunk = '';
    }
  };
  /** Closes the arrays before `to` (empty ones as `[]`) and opens `to`. */
  const reach = (to: number): void => {
    if (section === -1) {
      emit(`{\n "format": ${JSON.stringify(graph.format)},\n "version": ${JSON.stringify(graph.version)},\n "base": ${JSON.stringify(graph.base)}`);
    } else emit(items > 0 ? '\n ]' : ']');
    for (let s = section + 1; s < to; s++) emit(`,\n ${JSON.stringify(SECTIONS[s])}: []`);
    if (to < SECTIONS.length) emit(`,\n ${JSON.stringify(SECTIONS[to])}: [`);
    section = to;
    items = 0;
  };

  return {
    write(item: GraphItem): void {
      const s = SECTION_OF[item.kind];
      if (s < section) throw new ExportError(OUTPUT, `an item of kind "${item.kind}" arrived after the ${SECTIONS[section] ?? 'end'} (items come documents, entities, relations, facts)`);
      if (s > section) reach(s);
      const text = JSON.stringify(item.value, null, 1);
      emit((items++ > 0 ? ',\n  ' : '\n  ') + (text.includes('\n') ? text.replace(ITEM_NEWLINE, ITEM_INDENT) : text));
    },
    finalize(): Promise<void> {
      if (section === SECTIONS.length) return Promise.resolve();
      reach(SECTIONS.length);
      sink.write(`${chunk}\n}\n`);
      chunk = '';
      return new Promise<void>((resolve) => sink.end(resolve));
    },
  };
}
