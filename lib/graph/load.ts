/**
 * darkweb-kg: read and write the graph JSON (`<name>.json`), the format the query commands, `build
 * --update` and `merge` load.
 *
 * A small file is read whole and parsed with JSON.parse. A large one is read in chunks, item by item: the
 * top-level object's arrays (documents, entities, relations, facts) are cut into their items, each parsed
 * on its own, and the rest (format, version, base) is parsed as a small skeleton. That path never holds the
 * whole text, so it reads graphs larger than V8's longest string (512 MiB; a 100,000-article graph is
 * about 900 MB) and needs no more memory than the graph itself. It relies on JSON syntax only, not on how
 * the file is indented.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError, UsageError } from '../errors';
import type { KnowledgeGraph } from '../types';

export interface LoadGraphOptions {
  /** Files larger than this many bytes are read item by item instead of whole. */
  streamAbove: number;
  /** Bytes read at a time on that path. */
  chunkBytes: number;
}

export const LOAD_GRAPH_DEFAULTS: Readonly<LoadGraphOptions> = Object.freeze({ streamAbove: 64 * 2 ** 20, chunkBytes: 4 * 2 ** 20 });

export function validateLoadGraphOptions(o: Partial<LoadGraphOptions> = {}): LoadGraphOptions {
  for (const k of Object.keys(o)) {
    if (!(k in LOAD_GRAPH_DEFAULTS)) throw new UsageError(`load option "${k}" is unknown (known: ${Object.keys(LOAD_GRAPH_DEFAULTS).join(', ')})`);
  }
  const m = { ...LOAD_GRAPH_DEFAULTS, ...o };
  if (!Number.isInteger(m.streamAbove) || m.streamAbove < 0) throw new UsageError(`load option "streamAbove" must be an integer >= 0, got ${JSON.stringify(m.streamAbove)}`);
  if (!Number.isInteger(m.chunkBytes) || m.chunkBytes < 1) throw new UsageError(`load option "chunkBytes" must be an integer >= 1, got ${JSON.stringify(m.chunkBytes)}`);
  return m;
}

/** Checks that parsed JSON is a darkweb-kg graph. */
function checkGraph(data: unknown, file: string): KnowledgeGraph {
  const g = data as Partial<KnowledgeGraph>;
  if (!g || g.format !== 'darkweb-kg' || g.version !== 1) {
    throw new InputError(file, 'not a darkweb-kg graph (expected "format": "darkweb-kg", "version": 1)');
  }
  for (const k of ['documents', 'entities', 'relations', 'facts'] as const) {
    if (!Array.isArray(g[k])) throw new InputError(file, `missing array "${k}"`);
  }
  return g as KnowledgeGraph;
}

export function parseGraph(json: string, file = '<graph>'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message})`);
  }
  return checkGraph(data, file);
}

export function loadGraph(file: string, options: Partial<LoadGraphOptions> = {}): KnowledgeGraph {
  const o = validateLoadGraphOptions(options);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(file, err.code === 'ENOENT' ? 'no such file (build a graph first: darkweb-kg build)' : err.message);
  }
  try {
    if (fstatSync(fd).size <= o.streamAbove) return parseGraph(readFileSync(fd, 'utf8'), file);
    return checkGraph(readByItems(fd, file, o.chunkBytes), file);
  } finally {
    closeSync(fd);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const RETURN = 13;

/**
 * The JSON value in `fd`, an object whose array values are parsed item by item. Each array is replaced in
 * the skeleton by `[n]` (its number), parsed with the skeleton, and swapped for its items afterwards.
 */
function readByItems(fd: number, file: string, chunkBytes: number): unknown {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const skeleton: string[] = [];
  const arrays: unknown[][] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Inside an array that is a value of the top-level object (depth 2). */
  let capturing = false;
  /** The current item: its text from earlier chunks, where it starts in this chunk (-1: no item), its line. */
  let itemParts: string[] = [];
  let itemStart = -1;
  let itemLine = 0;
  let line = 1;

  const endItem = (chunk: string, end: number) => {
    itemParts.push(chunk.slice(itemStart, end));
    const text = itemParts.join('');
    itemParts = [];
    itemStart = -1;
    try {
      arrays[arrays.length - 1].push(JSON.parse(text));
    } catch (e) {
      throw new InputError(file, `not valid JSON (${(e as Error).message}) in the item starting on this line`, itemLine);
    }
  };

  for (;;) {
    const n = readSync(fd, buffer, 0, chunkBytes, null);
    const chunk = n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end();
    if (chunk.length === 0 && n === 0) break;
    let skeletonFrom = capturing ? -1 : 0;
    if (itemStart !== -1) itemStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === SPACE || c === NEWLINE || c === TAB || c === RETURN) {
        if (c === NEWLINE) line++;
        continue;
      }
      if (capturing && depth === 2 && itemStart === -1 && c !== COMMA && c !== CLOSE_ARRAY) {
        itemStart = i;
        itemLine = line;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        if (depth === 1 && c === OPEN_ARRAY) {
          skeleton.push(chunk.slice(skeletonFrom, i + 1), String(arrays.length));
          arrays.push([]);
          capturing = true;
          skeletonFrom = -1;
        }
        depth++;
      } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        depth--;
        if (capturing && depth === 1) {
          if (itemStart !== -1) endItem(chunk, i);
          capturing = false;
          skeletonFrom = i;
        }
      } else if (c === COMMA && capturing && depth === 2 && itemStart !== -1) endItem(chunk, i);
    }
    if (skeletonFrom !== -1) skeleton.push(chunk.slice(skeletonFrom));
    if (itemStart !== -1) itemParts.push(chunk.slice(itemStart));
    if (n === 0) break;
  }
  let data: unknown;
  try {
    data = JSON.parse(skeleton.join(''));
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message}) outside the arrays of items`);
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) if (Array.isArray(v)) record[k] = arrays[v[0] as number];
  }
  return data;
}

/** Deterministic JSON text of a graph (arrays must already be sorted by the builder). */
export function stringifyGraph(graph: KnowledgeGraph): string {
  return JSON.stringify(graph, null, 1) + '\n';
}
