/**
 * darkweb-kg: the fallback layout of the HTML view when no ForceAtlas2 positions are given. Nodes sit
 * on one circle, grouped by class and sorted by IRI within a class, so the result depends only on the
 * set of entities (never on input order) and each class forms one coloured arc.
 */
import { ENTITY_CLASSES, type EntityRecord } from '../types';

/** Radius of the circle in layout units. */
const RADIUS = 100;

export function circleLayout(entities: ReadonlyArray<Pick<EntityRecord, 'iri' | 'type'>>): Map<string, { x: number; y: number }> {
  const classRank = new Map(ENTITY_CLASSES.map((c, i) => [c, i]));
  const sorted = [...entities].sort(
    (a, b) => (classRank.get(a.type) ?? 0) - (classRank.get(b.type) ?? 0) || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0),
  );
  const positions = new Map<string, { x: number; y: number }>();
  const n = sorted.length;
  sorted.forEach((e, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    positions.set(e.iri, { x: RADIUS * Math.cos(angle), y: RADIUS * Math.sin(angle) });
  });
  return positions;
}
