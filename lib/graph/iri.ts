/**
 * darkweb-kg: IRIs and slugs. An entity's IRI is derived only from its class and its resolution key
 * (canonical name or gazetteer id), never from the order in which inputs arrive, so the same entity gets
 * the same IRI in every build, every shard and every incremental update.
 */
import { createHash } from 'node:crypto';
import type { EntityClass } from '../types';

export const DEFAULT_BASE = 'https://w3id.org/darkweb-kg/id/';

export const NS = {
  dwk: 'https://w3id.org/darkweb-kg/ontology#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

/** Path segment used under the base for each entity class. */
export const CLASS_KIND: Record<EntityClass, string> = {
  Agency: 'agency',
  Operation: 'operation',
  Marketplace: 'marketplace',
  CriminalGroup: 'group',
  Organization: 'organization',
  Country: 'country',
  Location: 'location',
  Person: 'person',
  Drug: 'drug',
};

/** ASCII slug: accents folded, lower case, runs of other characters turned into one '-'. */
export function slugify(text: string, maxLength = 80): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length === 0) return 'x' + shortHash(text, 10);
  if (s.length <= maxLength) return s;
  return s.slice(0, maxLength - 11).replace(/-+$/, '') + '-' + shortHash(text, 10);
}

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** IRI of an entity from its class and resolution key (`agency:europol` -> `<base>agency/europol`). */
export function entityIri(base: string, type: EntityClass, key: string): string {
  const local = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  return `${base}${CLASS_KIND[type]}/${local.split('/').map((p) => slugify(p)).join('/')}`;
}

export function documentIri(base: string, docId: string): string {
  return `${base}document/${docId.slice(0, 16)}`;
}

export function assertionIri(base: string, s: string, p: string, o: string, docIri: string): string {
  return `${base}assertion/${shortHash([s, p, o, docIri].join('\n'), 20)}`;
}

export function factIri(base: string, kind: 'ArrestCount' | 'Seizure', parts: string[]): string {
  return `${base}${kind === 'ArrestCount' ? 'arrests' : 'seizure'}/${shortHash(parts.join('\n'), 20)}`;
}

export function wikidataIri(qid: string): string {
  return NS.wd + qid;
}

/** Local name of an IRI (after the last '#' or '/'). */
export function localName(iri: string): string {
  return iri.replace(/^.*[#/]/, '');
}
