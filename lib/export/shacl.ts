/**
 * darkweb-kg: SHACL validation of an exported Turtle graph against ontology/shapes.ttl (or another
 * shapes file), with rdf-validate-shacl (SHACL Core). Both graphs are parsed with n3; the result is a
 * plain report, one entry per violation, sorted so that the same graph always gives the same report.
 *
 * rdf-validate-shacl is an ES module. This file imports it normally: compiled to CommonJS that is a
 * require(), which Node loads natively from 20.19 on (the test runner needs those packages transformed
 * to CommonJS; see the jest config).
 */
import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import type { Term } from '@rdfjs/types';
import SHACLValidator from 'rdf-validate-shacl';
import { InputError, UsageError } from '../errors';
import { NS, localName } from '../graph/iri';
import { ontologyPath } from '../paths';

export interface ShaclOptions {
  /** Turtle file holding the shapes; null for the package's own `ontology/shapes.ttl`. */
  shapesFile: string | null;
  /** Name of the data in error messages: its file path, or a placeholder. */
  dataName: string;
  /** Stop after this many violations; 0 reports them all. */
  maxErrors: number;
}

export const DEFAULT_SHACL_OPTIONS: Readonly<ShaclOptions> = Object.freeze({
  shapesFile: null,
  dataName: '<data>',
  maxErrors: 0,
});

export type ShaclSeverity = 'Violation' | 'Warning' | 'Info';

/** One validation result. Terms are written as IRIs, `_:label` for blank nodes, `"lexical"^^xsd:type` for literals. */
export interface ShaclViolation {
  focusNode: string;
  /** The property the result is about (its IRI), or null for a constraint on the node itself. */
  path: string | null;
  message: string;
  severity: ShaclSeverity;
  /** The offending value, when the constraint names one. */
  value: string | null;
  /** Local name of the SHACL constraint component (`MinCountConstraintComponent`, `InConstraintComponent`...). */
  constraint: string;
}

export interface ShaclReport {
  conforms: boolean;
  violations: ShaclViolation[];
}

/** Fills in defaults; throws a UsageError naming the first unknown or ill-typed key. */
export function validateShaclOptions(options: Partial<ShaclOptions> = {}): ShaclOptions {
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_SHACL_OPTIONS, key)) {
      throw new UsageError(`SHACL options: unknown key "${key}" (known: ${Object.keys(DEFAULT_SHACL_OPTIONS).join(', ')})`);
    }
  }
  const o: ShaclOptions = { ...DEFAULT_SHACL_OPTIONS, ...options };
  if (o.shapesFile !== null && (typeof o.shapesFile !== 'string' || o.shapesFile === '')) {
    throw new UsageError(`SHACL options: "shapesFile" must be a file path or null, got ${JSON.stringify(o.shapesFile)}`);
  }
  if (typeof o.dataName !== 'string' || o.dataName === '') {
    throw new UsageError(`SHACL options: "dataName" must be a non-empty string, got ${JSON.stringify(o.dataName)}`);
  }
  if (!Number.isInteger(o.maxErrors) || o.maxErrors < 0) {
    throw new UsageError(`SHACL options: "maxErrors" must be an integer >= 0, got ${JSON.stringify(o.maxErrors)}`);
  }
  return o;
}

/** Validates a Turtle graph against the shapes. Throws an InputError when the Turtle does not parse. */
export async function validateShacl(dataTurtle: string, options: Partial<ShaclOptions> = {}): Promise<ShaclReport> {
  const o = validateShaclOptions(options);
  const shapes = loadShapes(o.shapesFile ?? ontologyPath('shapes.ttl'));
  const data = parseTurtle(dataTurtle, o.dataName);
  const validator = validatorFor(o.shapesFile ?? ontologyPath('shapes.ttl'), shapes, o.maxErrors);
  const report = await validator.validate(data);
  const violations: ShaclViolation[] = report.results.map((r) => ({
    focusNode: termToString(r.focusNode),
    path: r.path ? termToString(r.path) : null,
    message: r.message.map((m) => m.value).join('; '),
    severity: localName(r.severity.value) as ShaclSeverity,
    value: r.value ? termToString(r.value) : null,
    constraint: localName(r.sourceConstraintComponent.value),
  }));
  violations.sort(compareViolations);
  return { conforms: report.conforms, violations };
}

/** Validators by shapes file and error cap: compiling the shapes is the costly part, so it happens once. */
const validators = new Map<string, SHACLValidator>();

function validatorFor(file: string, shapes: Store, maxErrors: number): SHACLValidator {
  const key = `${file}\n${maxErrors}`;
  let v = validators.get(key);
  if (!v) validators.set(key, (v = new SHACLValidator(shapes, maxErrors > 0 ? { maxErrors } : {})));
  return v;
}

/** Parsed shapes files by path: the shapes are read once per process. */
const shapesCache = new Map<string, Store>();

function loadShapes(file: string): Store {
  const cached = shapesCache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(file, `cannot read the SHACL shapes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const store = parseTurtle(text, file);
  shapesCache.set(file, store);
  return store;
}

function parseTurtle(text: string, name: string): Store {
  try {
    return new Store(new Parser({ format: 'text/turtle' }).parse(text));
  } catch (e) {
    const err = e as Error & { context?: { line?: number } };
    throw new InputError(name, `not valid Turtle: ${err.message}`, err.context?.line);
  }
}

const XSD_STRING = NS.xsd + 'string';

function termToString(term: Term): string {
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType !== 'Literal') return term.value;
  const lexical = JSON.stringify(term.value);
  if (term.language) return `${lexical}@${term.language}`;
  const dt = term.datatype.value;
  if (dt === XSD_STRING) return lexical;
  return dt.startsWith(NS.xsd) ? `${lexical}^^xsd:${dt.slice(NS.xsd.length)}` : `${lexical}^^<${dt}>`;
}

/** Code-unit order (not locale order), so the report is the same on every machine. */
function compareViolations(a: ShaclViolation, b: ShaclViolation): number {
  for (const k of ['focusNode', 'path', 'constraint', 'message', 'value'] as const) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
