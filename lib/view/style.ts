/**
 * darkweb-kg: the per-class colours and legend labels of the HTML view, read from
 * `ontology/style.json` (shared with the GEXF export) and checked, so that a bad entry is reported with
 * its key instead of drawing black nodes.
 */
import { readFileSync } from 'node:fs';
import { ExportError } from '../errors';
import { ontologyPath } from '../paths';
import { ENTITY_CLASSES } from '../types';
import type { ViewClass } from './viewdata';

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** Parses the text of style.json into one ViewClass per entity class, in ENTITY_CLASSES order. */
export function parseStyle(json: string, file: string): ViewClass[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ExportError(file, `not valid JSON (${(e as Error).message})`);
  }
  const classes = (data as { classes?: unknown } | null)?.classes;
  if (!classes || typeof classes !== 'object') throw new ExportError(file, 'missing object "classes"');
  const table = classes as Record<string, { color?: unknown; label?: unknown } | undefined>;
  return ENTITY_CLASSES.map((name) => {
    const entry = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
    if (!entry) throw new ExportError(file, `classes.${name} is missing`);
    const c = entry.color;
    if (!Array.isArray(c) || c.length !== 3 || !c.every((v) => Number.isInteger(v) && v >= 0 && v <= 255)) {
      throw new ExportError(file, `classes.${name}.color must be [r, g, b] with integers 0-255, got ${JSON.stringify(c)}`);
    }
    const label = entry.label;
    if (typeof label !== 'string' || label.length === 0) {
      throw new ExportError(file, `classes.${name}.label must be a non-empty string, got ${JSON.stringify(label)}`);
    }
    return { name, label, color: `#${(c as number[]).map(hex2).join('')}` };
  });
}

let cache: ViewClass[] | undefined;

/** The style of every class, from `<package>/ontology/style.json`. */
export function loadStyle(): ViewClass[] {
  if (cache) return cache;
  const file = ontologyPath('style.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ExportError(file, (e as Error).message);
  }
  cache = parseStyle(text, file);
  return cache;
}
