/**
 * darkweb-kg CLI: what every query command shares: the --graph and --format options, loading the graph
 * and building its indexes, the evidence columns, relation arrows, and writing an answer to stdout.
 */
import type { Argv } from 'yargs';
import { loadGraph } from '../../../graph/load';
import { buildGraphIndex, type GraphIndex } from '../../../query/graph-index';
import type { SourceEvidence } from '../../../query/evidence';
import { SYMMETRIC_RELATIONS, type RelationType } from '../../../types';
import { OUTPUT_FORMATS, render, validateOutputFormat, type Cell, type Column, type OutputFormat, type Table } from '../../format';

export const DEFAULT_GRAPH = 'exports/seeds.json';

export interface SharedArgs {
  graph: string;
  format: OutputFormat;
}

/** Adds --graph and --format. */
export function withSharedOptions<T>(y: Argv<T>): Argv<T & SharedArgs> {
  return y
    .option('graph', {
      type: 'string',
      default: DEFAULT_GRAPH,
      describe: 'The built graph: its .json (or the .ttl beside it)',
      requiresArg: true,
    })
    .option('format', {
      choices: OUTPUT_FORMATS,
      default: 'table' as OutputFormat,
      describe: 'table for reading; json, csv or tsv for machines (stdout only)',
      requiresArg: true,
    }) as unknown as Argv<T & SharedArgs>;
}

/** The JSON graph for a --graph value: `x.ttl` -> `x.json`. */
export function jsonPathFor(graphFile: string): string {
  return /\.ttl$/i.test(graphFile) ? graphFile.replace(/\.ttl$/i, '.json') : graphFile;
}

/** Loads the graph named by --graph and builds its indexes. */
export function openGraphIndex(graphFile: string): GraphIndex {
  return buildGraphIndex(loadGraph(jsonPathFor(graphFile)));
}

export function writeOut(text: string): void {
  process.stdout.write(text);
}

/** The width to fit tables to: the terminal's, when stdout is one. */
export function terminalWidth(): number | undefined {
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

/** Writes an answer in the chosen format (checked again here for library callers). */
export function writeAnswer(format: unknown, tables: Table[], json: unknown): void {
  writeOut(render(validateOutputFormat(format), tables, json, terminalWidth()));
}

/** Columns of one piece of evidence: the article, the sentence, the confidence. */
export const EVIDENCE_COLUMNS: Column[] = [
  { key: 'document', header: 'Source', width: 28 },
  { key: 'evidence', header: 'Evidence', width: 72 },
  { key: 'confidence', header: 'Conf', decimals: 2 },
];

export function evidenceCells(ev: SourceEvidence | undefined): Record<string, Cell> {
  return ev ? { document: ev.document, evidence: ev.evidence, confidence: ev.confidence } : {};
}

/**
 * A relation seen from one end: `ledBy →` (this end is the subject) or `← ledBy` (the object); a symmetric
 * relation has no direction: `↔ cooperatedWith`.
 */
export function arrow(relation: RelationType, direction: 'out' | 'in'): string {
  if (SYMMETRIC_RELATIONS.has(relation)) return `↔ ${relation}`;
  return direction === 'out' ? `${relation} →` : `← ${relation}`;
}

/** A variadic positional (`entity Dark HunTor`) as one name. */
export function joinName(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(' ') : String(value ?? '');
}
