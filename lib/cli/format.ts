/**
 * darkweb-kg CLI output: answers as a readable text table (column widths fitted to the data, long text
 * wrapped at word boundaries, repeated group cells blanked), or for machines as JSON, CSV (RFC 4180
 * quoting) or TSV (the same quoting with a tab). An answer is one or more titled tables; CSV/TSV put
 * several tables into one, with a leading `section` column. Everything returned here goes to stdout.
 */
import { UsageError } from '../errors';

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type Cell = string | number | boolean | null | undefined;

export interface Column {
  key: string;
  header: string;
  /** Table view: wrap text longer than this many characters. */
  width?: number;
  /** Table view: digits after the decimal point for numbers. */
  decimals?: number;
}

export interface Table {
  /** Short name of the table, the `section` value in CSV/TSV when an answer has several tables. */
  name: string;
  /** Heading of the table view. */
  title?: string;
  columns: Column[];
  rows: Array<Record<string, Cell>>;
  /**
   * Consecutive rows with the same `row[key]` form a group: the table view shows the group's `columns`
   * on its first row only (one pair, then its evidence lines).
   */
  group?: { key: string; columns: string[] };
}

export function validateOutputFormat(value: unknown): OutputFormat {
  if (typeof value === 'string' && (OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${String(value)}"`);
}

function plain(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell);
}

/** Splits text into lines of at most `width` characters at spaces; a longer word (an IRI) stays whole. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ' ' + word;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wrapping columns never shrink below this many characters to fit a narrow terminal. */
const MIN_WRAP = 12;

/**
 * A text table with a header, a rule, fitted column widths and wrapped long cells; with `maxWidth` (the
 * terminal's width) the wrapping columns narrow, widest first, until the table fits.
 */
export function renderTable(table: Table, maxWidth?: number): string {
  const out: string[] = [];
  if (table.title) out.push(table.title);
  if (table.rows.length === 0) {
    out.push('  (none)');
    return out.join('\n') + '\n';
  }
  const cols = table.columns;
  const numeric = cols.map((c) => table.rows.every((r) => r[c.key] === undefined || r[c.key] === null || typeof r[c.key] === 'number'));
  const show = (c: Column, v: Cell): string =>
    typeof v === 'number' && c.decimals !== undefined ? v.toFixed(c.decimals) : plain(v);

  let previous: Record<string, Cell> | undefined;
  const texts: string[][] = table.rows.map((row) => {
    const group = table.group;
    const sameGroup = previous !== undefined && group !== undefined && previous[group.key] === row[group.key];
    previous = row;
    return cols.map((c) => (sameGroup && group!.columns.includes(c.key) ? '' : show(c, row[c.key])));
  });
  // Wrap widths: each wrapping column at most its `width`; then the widest shrink until the table fits.
  const wrapAt = cols.map((c, i) => {
    if (!c.width) return 0;
    let longest = c.header.length;
    for (const row of texts) longest = Math.max(longest, row[i].length);
    return Math.min(c.width, longest);
  });
  if (maxWidth) {
    let total = 2 * (cols.length - 1);
    cols.forEach((c, i) => {
      let w = Math.max(c.header.length, wrapAt[i]);
      if (!c.width) for (const row of texts) for (const l of row[i].split('\n')) w = Math.max(w, l.length);
      total += w;
    });
    for (; total > maxWidth; total--) {
      let widest = -1;
      wrapAt.forEach((w, i) => {
        if (w > Math.max(MIN_WRAP, cols[i].header.length) && (widest < 0 || w > wrapAt[widest])) widest = i;
      });
      if (widest < 0) break;
      wrapAt[widest]--;
    }
  }
  const cells = texts.map((row) => row.map((text, i) => (wrapAt[i] ? wrapText(text, wrapAt[i]) : text.split('\n'))));
  const widths = cols.map((c) => c.header.length);
  for (const row of cells) row.forEach((lines, i) => lines.forEach((l) => (widths[i] = Math.max(widths[i], l.length))));
  const pad = (text: string, i: number): string => (numeric[i] ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (parts: string[]): string => parts.join('  ').replace(/\s+$/, '');

  out.push(line(cols.map((c, i) => pad(c.header, i))));
  out.push(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) {
    const height = Math.max(...row.map((c) => c.length));
    for (let l = 0; l < height; l++) out.push(line(row.map((c, i) => pad(c[l] ?? '', i))));
  }
  return out.join('\n') + '\n';
}

/** One field, quoted when it holds the delimiter, a quote, a line break or edge spaces (RFC 4180). */
export function quoteField(text: string, delimiter: string): string {
  if (text.includes(delimiter) || /["\r\n]|^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Tables as CSV (delimiter ',') or TSV ('\t'): header row, then one line per row. */
export function renderDelimited(tables: Table[], delimiter: ',' | '\t'): string {
  const sections = tables.length > 1;
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    for (const c of t.columns) {
      if (!seen.has(c.key)) {
        seen.add(c.key);
        columns.push(c);
      }
    }
  }
  const headers = [...(sections ? ['section'] : []), ...columns.map((c) => c.key)];
  const lines = [headers.map((h) => quoteField(h, delimiter)).join(delimiter)];
  for (const t of tables) {
    for (const row of t.rows) {
      const fields = [...(sections ? [t.name] : []), ...columns.map((c) => plain(row[c.key]))];
      lines.push(fields.map((f) => quoteField(f, delimiter)).join(delimiter));
    }
  }
  return lines.join('\n') + '\n';
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** An answer in the chosen format: `json` is the structured result, the others its tables. */
export function render(format: OutputFormat, tables: Table[], json: unknown, maxWidth?: number): string {
  switch (format) {
    case 'json':
      return renderJson(json);
    case 'csv':
      return renderDelimited(tables, ',');
    case 'tsv':
      return renderDelimited(tables, '\t');
    case 'table':
      return tables.map((t) => renderTable(t, maxWidth)).join('\n');
  }
}
