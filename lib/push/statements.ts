/**
 * darkweb-kg push: an RDF file read into N-Triples lines, grouped by the graph they go to, and cut into
 * chunks. Turtle (.ttl) and N-Triples (.nt) statements all go to the target graph; N-Quads (.nq) and TriG
 * (.trig) statements go to their own named graph (those in the default graph to the target graph). Each
 * graph's lines are distinct (an RDF graph is a set, and the server's triple count is checked against
 * them) and in file order. Blank nodes are refused: a blank node sent in two chunks would become two nodes.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Parser, type Term } from 'n3';
import { InputError, UsageError } from '../errors';
import { iri, literal } from '../export/turtle';

const FORMATS: Record<string, string> = { '.ttl': 'Turtle', '.nt': 'N-Triples', '.nq': 'N-Quads', '.trig': 'TriG' };
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** Statements bound for one graph of the store. */
export interface GraphStatements {
  graph: string;
  lines: string[];
}

function nt(t: Term, file: string): string {
  switch (t.termType) {
    case 'NamedNode':
      return iri(t.value);
    case 'Literal': {
      const dt = t.datatype.value;
      if (t.language) return `${literal(t.value)}@${t.language}`;
      return dt === XSD_STRING || dt === LANG_STRING ? literal(t.value) : `${literal(t.value)}^^${iri(dt)}`;
    }
    default:
      throw new InputError(file, `holds a ${t.termType === 'BlankNode' ? `blank node (_:${t.value})` : t.termType}, which cannot be pushed in chunks; give every node an IRI`);
  }
}

/**
 * The statements of `file`, grouped by graph in order of first appearance. `target` is the graph for
 * statements without one; it may be absent only when every statement names its graph.
 */
export function readStatements(file: string, target: string | undefined): GraphStatements[] {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) throw new UsageError(`${file}: unknown RDF format; use .ttl, .nt, .nq or .trig`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(file, err.code === 'ENOENT' ? 'no such file (build a graph first: darkweb-kg build)' : err.message);
  }
  let quads;
  try {
    quads = new Parser({ format }).parse(text);
  } catch (e) {
    throw new InputError(file, `not valid ${format}: ${(e as Error).message}`);
  }
  const graphs = new Map<string, Set<string>>();
  for (const q of quads) {
    let g: string;
    if (q.graph.termType === 'DefaultGraph') {
      if (target === undefined) throw new UsageError(`${file} has statements outside any named graph: give --graph IRI for them`);
      g = target;
    } else if (q.graph.termType === 'NamedNode') g = q.graph.value;
    else throw new InputError(file, `names a graph with a blank node (_:${q.graph.value}); give it an IRI`);
    let lines = graphs.get(g);
    if (!lines) graphs.set(g, (lines = new Set()));
    lines.add(`${nt(q.subject, file)} ${nt(q.predicate, file)} ${nt(q.object, file)} .`);
  }
  if (graphs.size === 0 && target !== undefined) graphs.set(target, new Set());
  return [...graphs].map(([graph, lines]) => ({ graph, lines: [...lines] }));
}

/** `lines` in chunks of at most `size`. */
export function chunk(lines: string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size));
  return out;
}
