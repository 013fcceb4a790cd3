/**
 * darkweb-kg: read and write the graph JSON (`<name>.json`), the format the query commands load.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors';
import type { KnowledgeGraph } from '../types';

export function parseGraph(json: string, file = '<graph>'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message})`);
  }
  const g = data as Partial<KnowledgeGraph>;
  if (!g || g.format !== 'darkweb-kg' || g.version !== 1) {
    throw new InputError(file, 'not a darkweb-kg graph (expected "format": "darkweb-kg", "version": 1)');
  }
  for (const k of ['documents', 'entities', 'relations', 'facts'] as const) {
    if (!Array.isArray(g[k])) throw new InputError(file, `missing array "${k}"`);
  }
  return g as KnowledgeGraph;
}

export function loadGraph(file: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(file, err.code === 'ENOENT' ? 'no such file (build a graph first: darkweb-kg build)' : err.message);
  }
  return parseGraph(text, file);
}

/** Deterministic JSON text of a graph (arrays must already be sorted by the builder). */
export function stringifyGraph(graph: KnowledgeGraph): string {
  return JSON.stringify(graph, null, 1) + '\n';
}
