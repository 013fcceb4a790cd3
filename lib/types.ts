/**
 * darkweb-kg: the plain typed data that flows between the pipeline stages.
 *
 *   ingest   files            -> SourceDocument (text, sentences with offsets)
 *   extract  SourceDocument   -> Extraction (mentions, entities, relations, facts; evidence as offsets)
 *   resolve  Extraction[]     -> KnowledgeGraph (one node per entity, stable IRIs)
 *   export   KnowledgeGraph   -> Turtle / GEXF / JSON / HTML
 *   query    KnowledgeGraph   -> answers
 *
 * Every stage takes and returns these structures only, so each can be tested alone.
 */

/** Entity classes of the output contract (local names in the dwk: namespace). */
export type EntityClass =
  | 'Agency'
  | 'Operation'
  | 'Marketplace'
  | 'CriminalGroup'
  | 'Organization'
  | 'Country'
  | 'Location'
  | 'Person'
  | 'Drug';

export const ENTITY_CLASSES: readonly EntityClass[] = [
  'Agency', 'Operation', 'Marketplace', 'CriminalGroup', 'Organization', 'Country', 'Location', 'Person', 'Drug',
];

/** Relation properties of the output contract (local names in the dwk: namespace). */
export type RelationType =
  | 'partOf'
  | 'cooperatedWith'
  | 'participatedIn'
  | 'ledBy'
  | 'targeted'
  | 'precededBy'
  | 'worksFor'
  | 'sold'
  | 'locatedIn'
  | 'operated'
  | 'vendorOn'
  | 'arrestedBy'
  | 'chargedBy'
  | 'nationality';

export const RELATION_TYPES: readonly RelationType[] = [
  'partOf', 'cooperatedWith', 'participatedIn', 'ledBy', 'targeted', 'precededBy', 'worksFor', 'sold',
  'locatedIn', 'operated', 'vendorOn', 'arrestedBy', 'chargedBy', 'nationality',
];

/** Symmetric relations are stored once, with subject IRI < object IRI. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['cooperatedWith']);

// ---------------------------------------------------------------- ingest ----

/** A sentence of a document: `start`/`end` are UTF-16 offsets into `SourceDocument.text`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One input article, decoded, with page furniture marked out and sentences split. */
export interface SourceDocument {
  /** sha256 (hex) of the article text: the stable document id. */
  id: string;
  /** The input file's base name (for JSONL: `file.jsonl#<line>` unless the record has an `id`). */
  file: string;
  /** Path of the input, as given. */
  path: string;
  title?: string;
  /** ISO date YYYY-MM-DD, when the input states one. */
  date?: string;
  url?: string;
  /** The full decoded text; every offset in the pipeline points into it. */
  text: string;
  /** Sentences of the article body (page furniture excluded). */
  sentences: Sentence[];
  /** Ranges of `text` recognised as page furniture and left out of extraction. */
  furniture: Array<{ start: number; end: number; reason: string }>;
}

/** A non-fatal problem with one input: the file, and the line or byte where it applies. */
export interface InputWarning {
  file: string;
  line?: number;
  byte?: number;
  message: string;
  /** true when the input (or that line of it) was left out of the graph */
  skipped?: boolean;
}

// --------------------------------------------------------------- extract ----

/** Where an assertion or fact was read: the sentence and its offsets in the document text. */
export interface Evidence {
  /** SourceDocument.id */
  doc: string;
  text: string;
  start: number;
  end: number;
  /** 0..1 */
  confidence: number;
  /** For worksFor: the role/title ("Detective Inspector"). */
  role?: string;
}

/**
 * An entity as one document sees it. `key` is a resolution key: the same key in two documents
 * means the same entity (see resolve/). Keys look like `agency:europol`, `country:NL`, `person:rob bryant`.
 */
export interface LocalEntity {
  key: string;
  type: EntityClass;
  label: string;
  altLabels: string[];
  wikidata?: string;
  /** false for an operation the text does not name. */
  named: boolean;
  /** How many times the document mentions it. */
  mentions: number;
  /** Extra attributes (onion addresses, handles, wallet addresses, role...), values sorted. */
  attributes?: Record<string, string[]>;
}

export interface LocalRelation {
  s: string; // LocalEntity.key
  p: RelationType;
  o: string; // LocalEntity.key
  evidence: Evidence;
}

export interface ArrestFact {
  kind: 'ArrestCount';
  operation?: string; // LocalEntity.key
  place?: string; // LocalEntity.key of a Country or Location; absent for a total
  count: number | null;
  evidence: Evidence;
}

export type SeizureUnit = 'kg' | 'g' | 't' | 'EUR' | 'USD' | 'GBP' | 'BTC' | 'count';

export interface SeizureFact {
  kind: 'Seizure';
  operation?: string; // LocalEntity.key
  /** A Drug entity key, or a literal description ("cash and virtual currencies", "firearms"). */
  item?: { key: string } | { literal: string };
  quantity: number;
  unit: SeizureUnit;
  evidence: Evidence;
}

export type Fact = ArrestFact | SeizureFact;

/** What extraction returns for one document. */
export interface Extraction {
  doc: SourceDocument;
  entities: LocalEntity[];
  relations: LocalRelation[];
  facts: Fact[];
}

// ---------------------------------------------------------------- graph -----

export interface DocumentRecord {
  iri: string;
  /** sha256 of the text */
  id: string;
  file: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface EntityRecord {
  iri: string;
  key: string;
  type: EntityClass;
  label: string;
  altLabels: string[];
  wikidata?: string;
  named: boolean;
  /** document IRI -> number of mentions */
  mentions: Record<string, number>;
  attributes?: Record<string, string[]>;
}

export interface AssertionRecord {
  iri: string;
  /** document IRI */
  doc: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  role?: string;
}

export interface RelationRecord {
  s: string; // entity IRI
  p: RelationType;
  o: string; // entity IRI
  /** One assertion per supporting document. */
  assertions: AssertionRecord[];
}

export interface FactRecord {
  iri: string;
  kind: 'ArrestCount' | 'Seizure';
  doc: string; // document IRI
  operation?: string; // entity IRI
  place?: string; // entity IRI
  count?: number | null;
  item?: string; // entity IRI
  itemLiteral?: string;
  quantity?: number;
  unit?: SeizureUnit;
  text: string;
  start: number;
  end: number;
  confidence: number;
}

/**
 * The built graph, as written to `<name>.json` and read back by the query commands.
 * Arrays are sorted (documents by iri, entities by iri, relations by s/p/o, facts by iri) so output is
 * deterministic.
 */
export interface KnowledgeGraph {
  format: 'darkweb-kg';
  version: 1;
  /** Base IRI for resources, e.g. https://w3id.org/darkweb-kg/id/ */
  base: string;
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  facts: FactRecord[];
}
