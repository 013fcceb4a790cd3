/**
 * darkweb-kg query: the options of every query, their defaults (all here, in DEFAULTS) and their
 * validation. Each `validate…Options()` takes what a caller passed (CLI or library), fills the defaults,
 * and throws a UsageError that names the bad key and value; unknown keys are refused too.
 */
import { UsageError } from '../errors';
import { ENTITY_CLASSES, RELATION_TYPES, type EntityClass, type RelationType } from '../types';

export const DEFAULTS = {
  cooperated: { minStrength: 1 },
  path: { maxHops: 6, all: false, limit: 100 },
  neighbors: { depth: 1 },
  stats: { top: 10 },
} as const;

/** Upper bounds that keep an answer readable and a traversal cheap. */
const MAX_HOPS = 20;
const MAX_DEPTH = 6;
const MAX_PATHS = 10000;

export interface CooperatedOptions {
  /** Only pairs with this agency (any name or alias). */
  agency?: string;
  /** Only pairs supported by at least this many documents. */
  minStrength: number;
}

export interface PathOptions {
  from: string;
  to: string;
  maxHops: number;
  /** Every shortest path (up to `limit`), not only the best-supported one. */
  all: boolean;
  limit: number;
  /** Only these relation properties may be used (empty: all). */
  viaRelations: RelationType[];
  /** Intermediate entities must be of these classes (empty: any). */
  viaClasses: EntityClass[];
}

export interface NeighborsOptions {
  name: string;
  depth: number;
  /** Only report entities of these classes (the walk still passes through every class). */
  types: EntityClass[];
}

export interface EntityOptions {
  name: string;
}

export interface ArrestsOptions {
  operation?: string;
  country?: string;
}

export interface StatsOptions {
  top: number;
}

type Input = Record<string, unknown>;

function checkKeys(command: string, input: Input, allowed: readonly string[]): void {
  for (const key of Object.keys(input)) {
    if (input[key] !== undefined && !allowed.includes(key)) {
      throw new UsageError(`${command}: unknown option "${key}" (known: ${allowed.join(', ')})`);
    }
  }
}

function flag(key: string): string {
  return '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

function integer(command: string, input: Input, key: string, fallback: number, min: number, max: number): number {
  const v = input[key];
  if (v === undefined) return fallback;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${command}: ${flag(key)} must be a whole number from ${min} to ${max}, got "${String(v)}"`);
  }
  return n;
}

function text(command: string, input: Input, key: string, required: boolean): string | undefined {
  const v = input[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number') {
    throw new UsageError(`${command}: ${key} must be a name, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
  }
  const s = String(v).trim();
  if (s.length === 0) throw new UsageError(`${command}: ${key} must not be empty`);
  return s;
}

function bool(command: string, input: Input, key: string, fallback: boolean): boolean {
  const v = input[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new UsageError(`${command}: ${flag(key)} is a switch, got "${String(v)}"`);
  return v;
}

/** A list option given once, several times, or comma-separated: ["a,b", "c"] -> ["a", "b", "c"]. */
function list(command: string, input: Input, key: string): string[] {
  const v = input[key];
  if (v === undefined) return [];
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') throw new UsageError(`${command}: ${flag(key)} takes names, got "${String(item)}"`);
    for (const part of item.split(',')) if (part.trim()) out.push(part.trim());
  }
  return out;
}

const CLASS_BY_LOWER = new Map(ENTITY_CLASSES.map((c) => [c.toLowerCase(), c]));
const RELATION_BY_LOWER = new Map(RELATION_TYPES.map((p) => [p.toLowerCase(), p]));

/** The entity class named by `name` in any case ("agency" -> "Agency"), or undefined. */
export function entityClassNamed(name: string): EntityClass | undefined {
  return CLASS_BY_LOWER.get(name.toLowerCase().replace(/^dwk:/, ''));
}

/** The relation property named by `name` in any case ("ledby" -> "ledBy"), or undefined. */
export function relationTypeNamed(name: string): RelationType | undefined {
  return RELATION_BY_LOWER.get(name.toLowerCase().replace(/^dwk:/, ''));
}

export function validateCooperatedOptions(input: Input): CooperatedOptions {
  const cmd = 'query cooperated';
  checkKeys(cmd, input, ['agency', 'minStrength']);
  return {
    agency: text(cmd, input, 'agency', false),
    minStrength: integer(cmd, input, 'minStrength', DEFAULTS.cooperated.minStrength, 1, 1_000_000),
  };
}

export function validatePathOptions(input: Input): PathOptions {
  const cmd = 'query path';
  checkKeys(cmd, input, ['from', 'to', 'maxHops', 'all', 'limit', 'via']);
  const viaRelations: RelationType[] = [];
  const viaClasses: EntityClass[] = [];
  for (const name of list(cmd, input, 'via')) {
    const p = relationTypeNamed(name);
    const c = entityClassNamed(name);
    if (p) viaRelations.push(p);
    else if (c) viaClasses.push(c);
    else {
      throw new UsageError(
        `${cmd}: --via "${name}" is neither a relation (${RELATION_TYPES.join(', ')}) nor a class (${ENTITY_CLASSES.join(', ')})`,
      );
    }
  }
  return {
    from: text(cmd, input, 'from', true)!,
    to: text(cmd, input, 'to', true)!,
    maxHops: integer(cmd, input, 'maxHops', DEFAULTS.path.maxHops, 1, MAX_HOPS),
    all: bool(cmd, input, 'all', DEFAULTS.path.all),
    limit: integer(cmd, input, 'limit', DEFAULTS.path.limit, 1, MAX_PATHS),
    viaRelations,
    viaClasses,
  };
}

export function validateNeighborsOptions(input: Input): NeighborsOptions {
  const cmd = 'query neighbors';
  checkKeys(cmd, input, ['name', 'depth', 'type']);
  const types: EntityClass[] = [];
  for (const name of list(cmd, input, 'type')) {
    const c = entityClassNamed(name);
    if (!c) throw new UsageError(`${cmd}: --type "${name}" is not a class (${ENTITY_CLASSES.join(', ')})`);
    types.push(c);
  }
  return {
    name: text(cmd, input, 'name', true)!,
    depth: integer(cmd, input, 'depth', DEFAULTS.neighbors.depth, 1, MAX_DEPTH),
    types,
  };
}

export function validateEntityOptions(input: Input): EntityOptions {
  const cmd = 'query entity';
  checkKeys(cmd, input, ['name']);
  return { name: text(cmd, input, 'name', true)! };
}

export function validateArrestsOptions(input: Input): ArrestsOptions {
  const cmd = 'query arrests';
  checkKeys(cmd, input, ['operation', 'country']);
  return { operation: text(cmd, input, 'operation', false), country: text(cmd, input, 'country', false) };
}

export function validateStatsOptions(input: Input): StatsOptions {
  const cmd = 'stats';
  checkKeys(cmd, input, ['top']);
  return { top: integer(cmd, input, 'top', DEFAULTS.stats.top, 1, 100_000) };
}
