/**
 * darkweb-kg query `entity`: the full card of one entity: class, canonical name, aliases, Wikidata link,
 * the articles that mention it, every relation in and out with the evidence of each supporting article,
 * and the counted facts (arrests, seizures) that name it as operation, place or item.
 */
import { wikidataIri } from '../graph/iri';
import type { EntityClass, FactRecord, RelationType, SeizureUnit } from '../types';
import { assertionEvidence, compareEvidence, entityRef, factEvidence, type EntityRef, type SourceEvidence } from './evidence';
import { compareByName, type GraphIndex } from './graph-index';
import { compareNames } from './lookup';
import type { EntityOptions } from './options';

export interface MentioningDocument {
  document: string;
  docIri: string;
  title?: string;
  date?: string;
  url?: string;
  mentions: number;
}

export interface CardRelation {
  relation: RelationType;
  /** 'out': this entity —relation→ other; 'in': other —relation→ this entity. */
  direction: 'out' | 'in';
  other: EntityRef;
  /** One piece of evidence per supporting assertion. */
  evidence: SourceEvidence[];
}

export interface CardFact {
  kind: FactRecord['kind'];
  /** What this entity is in the fact. */
  role: Array<'operation' | 'place' | 'item'>;
  operation?: EntityRef;
  place?: EntityRef;
  /** The seized item: a Drug entity's label, or the literal description. */
  item?: string;
  count?: number | null;
  quantity?: number;
  unit?: SeizureUnit;
  evidence: SourceEvidence;
}

export interface EntityCard {
  iri: string;
  type: EntityClass;
  label: string;
  aliases: string[];
  named: boolean;
  wikidata?: string;
  wikidataUrl?: string;
  attributes: Record<string, string[]>;
  documents: MentioningDocument[];
  relations: CardRelation[];
  facts: CardFact[];
}

const WIKIDATA_PAGE = 'https://www.wikidata.org/wiki/';

export function entityCard(index: GraphIndex, options: EntityOptions): EntityCard {
  const e = index.names.resolve(options.name);
  const card: EntityCard = {
    iri: e.iri,
    type: e.type,
    label: e.label,
    aliases: [...e.altLabels],
    named: e.named,
    attributes: e.attributes ?? {},
    documents: [],
    relations: [],
    facts: [],
  };
  if (e.wikidata) {
    const qid = e.wikidata.replace(/^.*\//, '');
    card.wikidata = wikidataIri(qid);
    card.wikidataUrl = WIKIDATA_PAGE + qid;
  }

  for (const [docIri, mentions] of Object.entries(e.mentions)) {
    const d = index.documents.get(docIri);
    const m: MentioningDocument = { document: d ? d.file : docIri, docIri, mentions };
    if (d?.title) m.title = d.title;
    if (d?.date) m.date = d.date;
    if (d?.url) m.url = d.url;
    card.documents.push(m);
  }
  card.documents.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));

  for (const n of index.adjacency.get(e.iri)!) {
    card.relations.push({
      relation: n.relation.p,
      direction: n.direction,
      other: entityRef(index, n.other),
      evidence: n.relation.assertions.map((a) => assertionEvidence(index, a)).sort(compareEvidence),
    });
  }
  // Outgoing first, then by property; adjacency order (the other end's name) within.
  const relRank = (r: CardRelation): string => `${r.direction === 'out' ? 0 : 1}${r.relation}`;
  card.relations.sort((a, b) => (relRank(a) < relRank(b) ? -1 : relRank(a) > relRank(b) ? 1 : 0));

  for (const f of index.factsByEntity.get(e.iri) ?? []) {
    const fact: CardFact = { kind: f.kind, role: [], evidence: factEvidence(index, f) };
    if (f.operation === e.iri) fact.role.push('operation');
    if (f.place === e.iri) fact.role.push('place');
    if (f.item === e.iri) fact.role.push('item');
    if (f.operation) fact.operation = entityRef(index, f.operation);
    if (f.place) fact.place = entityRef(index, f.place);
    if (f.item) fact.item = entityRef(index, f.item).label;
    else if (f.itemLiteral) fact.item = f.itemLiteral;
    if (f.kind === 'ArrestCount') fact.count = f.count ?? null;
    else {
      fact.quantity = f.quantity;
      fact.unit = f.unit;
    }
    card.facts.push(fact);
  }
  // By kind, operation, place (totals first) and item, then by source.
  const byEntity = (x?: EntityRef, y?: EntityRef): number => (x && y ? compareByName(index, x.iri, y.iri) : Number(!!x) - Number(!!y));
  card.facts.sort(
    (a, b) =>
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
      byEntity(a.operation, b.operation) ||
      byEntity(a.place, b.place) ||
      compareNames(a.item ?? '', b.item ?? '') ||
      compareEvidence(a.evidence, b.evidence),
  );
  return card;
}
