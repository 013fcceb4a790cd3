/**
 * darkweb-kg: merging built graphs (shard outputs, or an existing graph and new documents) into one.
 *
 * The plain merge is a union by IRI — IRIs come from class + key only, so the same entity has the same IRI
 * in every graph: documents, entities (mentions per document, altLabels and attributes unioned; the first
 * graph that has an entity gives its label), relations (assertions unioned by IRI, one per supporting
 * document), facts; sorted the way `resolve` sorts its output. Every statement of the first graph is kept
 * as it was, which is what `build --update` needs.
 *
 * Given the lexicon, the merge instead re-runs resolution over the documents of all the graphs (read back
 * one by one by ./graph-extractions), so its cross-document decisions — a pattern-found name folded into the
 * gazetteer entity or the one other entity that carries it, an unnamed operation merged into the named one
 * another article reports with the same figures — are taken as if the documents had been built together:
 * merging shards gives what one build gives.
 *
 * When the same document is in two graphs (an update re-run on the same input), it is kept once, from the
 * first graph: mention counts are per document, so they are never added up twice.
 */
import { UsageError } from '../errors';
import { createResolver } from '../resolve';
import type { Lexicon } from '../extract/lexicon';
import { graphExtractions } from './graph-extractions';
import { byIri, relationId, sortGraph } from './sort';
import type { AssertionRecord, DocumentRecord, EntityRecord, FactRecord, KnowledgeGraph, RelationRecord } from '../types';

export { sortGraph };

/**
 * One entity from two records with its IRI: the first record keeps its label, class, key, Wikidata id and
 * named flag (so nothing already in a graph changes), the second one's label becomes an altLabel, and
 * mentions, altLabels and attributes are unioned.
 */
function mergeEntity(into: EntityRecord, other: EntityRecord): EntityRecord {
  const names = new Set([...into.altLabels, other.label, ...other.altLabels]);
  names.delete(into.label);
  const mentions: Record<string, number> = { ...into.mentions };
  for (const [d, n] of Object.entries(other.mentions)) mentions[d] = Math.max(mentions[d] ?? 0, n);
  const attributes = new Map<string, string[]>();
  for (const rec of [into, other]) {
    for (const [k, vs] of Object.entries(rec.attributes ?? {})) attributes.set(k, [...new Set([...(attributes.get(k) ?? []), ...vs])].sort());
  }
  const wikidata = into.wikidata ?? other.wikidata;
  const merged: EntityRecord = {
    iri: into.iri, key: into.key, type: into.type, label: into.label, altLabels: [...names].sort(),
    ...(wikidata ? { wikidata } : {}), named: into.named, mentions: sortedRecord(mentions),
  };
  if (attributes.size) merged.attributes = Object.fromEntries(attributes);
  return merged;
}

/** Object keys in the order the JSON should show them (insertion order = sorted order). */
function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}

/** Assertions by IRI (the IRI hashes subject, predicate, object and document: one per document). */
function mergeAssertions(into: AssertionRecord[], other: AssertionRecord[]): AssertionRecord[] {
  const seen = new Set(into.map((a) => a.iri));
  return [...into, ...other.filter((a) => !seen.has(a.iri))];
}

export interface MergeOptions {
  /** Names of the graphs (file names) for messages, in the order of the graphs. */
  names?: string[];
  /** Re-take resolve's cross-document decisions with this lexicon (see the top of this file). */
  lexicon?: Lexicon;
}

export function validateMergeOptions(graphs: KnowledgeGraph[], o: MergeOptions = {}): Required<Pick<MergeOptions, 'names'>> & MergeOptions {
  const names = o.names ?? graphs.map((_, i) => `graph ${i + 1}`);
  if (names.length !== graphs.length) throw new UsageError(`merge option "names" has ${names.length} names for ${graphs.length} graphs`);
  return { ...o, names };
}

/**
 * Several graphs as one. All must share one base IRI. The inputs are not modified. Without a lexicon: the
 * union by IRI; with one: what one build of all their documents gives.
 */
export function mergeGraphs(graphs: KnowledgeGraph[], options: MergeOptions = {}): KnowledgeGraph {
  const { names, lexicon } = validateMergeOptions(graphs, options);
  if (graphs.length === 0) throw new UsageError('merge needs at least one graph');
  const base = graphs[0].base;
  graphs.forEach((g, i) => {
    if (g.base !== base) throw new UsageError(`${names[i]}: base IRI ${g.base} differs from ${base} (${names[0]}); graphs built with different --base cannot be merged`);
  });
  if (lexicon) {
    // each document is folded in as it is read back, so no graph is ever held twice
    const resolver = createResolver({ base });
    const seen = new Set<string>();
    graphs.forEach((g, i) => {
      for (const x of graphExtractions(g, seen, names[i])) resolver.add(x);
      for (const d of g.documents) seen.add(d.iri);
    });
    return resolver.finish(lexicon);
  }
  const documents = new Map<string, DocumentRecord>();
  const entities = new Map<string, EntityRecord>();
  const relations = new Map<string, RelationRecord>();
  const facts = new Map<string, FactRecord>();
  for (const g of graphs) {
    for (const d of g.documents) if (!documents.has(d.iri)) documents.set(d.iri, d);
    for (const e of g.entities) {
      const have = entities.get(e.iri);
      entities.set(e.iri, have ? mergeEntity(have, e) : e);
    }
    for (const r of g.relations) {
      const id = relationId(r);
      const have = relations.get(id);
      relations.set(id, have ? { ...have, assertions: mergeAssertions(have.assertions, r.assertions) } : { ...r, assertions: [...r.assertions] });
    }
    for (const f of g.facts) if (!facts.has(f.iri)) facts.set(f.iri, f);
  }
  return sortGraph({
    format: 'darkweb-kg',
    version: 1,
    base,
    documents: [...documents.values()],
    entities: [...entities.values()],
    relations: [...relations.values()],
    facts: [...facts.values()],
  });
}
