/**
 * darkweb-kg: resolution of a set of extractions at once — per-document extractions -> one KnowledgeGraph:
 * one node per entity (same resolution key = same entity; a name first seen by pattern that a gazetteer
 * entry also carries is folded into that entry), one assertion per supporting document for each relation,
 * one node per counted fact, and an unnamed operation folded into the named one that another article
 * reports with the same figures. IRIs come from class + key only, so they do not depend on input order.
 *
 * The work is lib/resolve/resolver.ts, which also takes documents one at a time as a build extracts them.
 */
import type { Extraction, KnowledgeGraph } from '../types';
import { DEFAULT_BASE } from '../graph/iri';
import type { Lexicon } from '../extract/lexicon';
import { Resolver } from './resolver';

export interface ResolveOptions {
  base?: string;
  lexicon?: Lexicon;
}

export function validateResolveOptions(o: ResolveOptions): Required<Pick<ResolveOptions, 'base'>> & ResolveOptions {
  const base = o.base ?? DEFAULT_BASE;
  if (!/^https?:\/\/\S+[/#]$/.test(base)) throw new Error(`resolve option "base" must be an http(s) IRI ending in / or #, got ${JSON.stringify(base)}`);
  return { ...o, base };
}

/** A resolver for documents added one at a time (`add`, then `finish(lexicon)`), with the base checked. */
export function createResolver(options: Pick<ResolveOptions, 'base'> = {}): Resolver {
  return new Resolver(validateResolveOptions(options).base);
}

export function resolve(extractions: Extraction[], options: ResolveOptions = {}): KnowledgeGraph {
  const resolver = createResolver(options);
  for (const x of extractions) resolver.add(x);
  return resolver.finish(options.lexicon);
}
