/**
 * darkweb-kg query `cooperated`: pairs of agencies that co-operated. A pair is known explicitly (a
 * dwk:cooperatedWith relation, stored once per pair in either direction) or derived: both took part in the
 * same operation (participatedIn A→Op, or ledBy Op→A, which counts as taking part). A derived pair's
 * sources are the articles stating either agency's part in the operation; where one article states both
 * in different sentences, its evidence is the two sentences joined by " … ". Each pair keeps one piece of
 * evidence per article (explicit evidence first), and pairs are ordered by strength: supporting
 * articles, then explicit before derived, then names.
 */
import type { RelationRecord } from '../types';
import { assertionEvidence, compareEvidence, entityRef, type EntityRef, type SourceEvidence } from './evidence';
import { compareByName, type GraphIndex } from './graph-index';
import type { CooperatedOptions } from './options';

export interface CooperationPair {
  a: EntityRef;
  b: EntityRef;
  /** The text states the co-operation (dwk:cooperatedWith). */
  explicit: boolean;
  /** Operations both took part in. */
  via: EntityRef[];
  /** How the pair is known: "explicit; via Dark HunTor". */
  how: string;
  /** Number of supporting articles. */
  documents: number;
  /** One piece of evidence per supporting article. */
  evidence: SourceEvidence[];
}

interface PairAccumulator {
  a: string;
  b: string;
  explicit: Map<string, SourceEvidence>;
  derived: Map<string, SourceEvidence>;
  via: Set<string>;
}

/** Keeps, per article, the better of two pieces of evidence. */
function keepBest(map: Map<string, SourceEvidence>, ev: SourceEvidence): void {
  const prev = map.get(ev.docIri);
  if (!prev || compareEvidence(ev, prev) < 0) map.set(ev.docIri, ev);
}

/** Who took part in an operation (participatedIn A→Op or ledBy Op→A), with their evidence per article. */
function participants(index: GraphIndex, op: string): Map<string, Map<string, SourceEvidence>> {
  const out = new Map<string, Map<string, SourceEvidence>>();
  for (const n of index.adjacency.get(op) ?? []) {
    const p = n.relation.p;
    if (!((p === 'participatedIn' && n.direction === 'in') || (p === 'ledBy' && n.direction === 'out'))) continue;
    if (n.other === op) continue;
    let byDoc = out.get(n.other);
    if (!byDoc) out.set(n.other, (byDoc = new Map()));
    for (const a of n.relation.assertions) keepBest(byDoc, assertionEvidence(index, a));
  }
  return out;
}

/** Operations an entity took part in, read from its own adjacency. */
function operationsOf(index: GraphIndex, iri: string): Set<string> {
  const ops = new Set<string>();
  for (const n of index.adjacency.get(iri) ?? []) {
    if ((n.relation.p === 'participatedIn' && n.direction === 'out') || (n.relation.p === 'ledBy' && n.direction === 'in')) ops.add(n.other);
  }
  return ops;
}

/** Every operation in the graph: objects of participatedIn, subjects of ledBy. */
function allOperations(index: GraphIndex): Set<string> {
  const ops = new Set<string>();
  for (const r of index.relationsByType.get('participatedIn') ?? []) ops.add(r.o);
  for (const r of index.relationsByType.get('ledBy') ?? []) ops.add(r.s);
  return ops;
}

/** Evidence, for one article, that two agencies both took part: one sentence if it names both, else both. */
function jointEvidence(x: SourceEvidence | undefined, y: SourceEvidence | undefined): SourceEvidence {
  if (!x) return y!;
  if (!y || x.evidence === y.evidence) return y ? { ...x, confidence: Math.min(x.confidence, y.confidence) } : x;
  return { ...x, evidence: `${x.evidence} … ${y.evidence}`, confidence: Math.min(x.confidence, y.confidence) };
}

export function cooperated(index: GraphIndex, options: CooperatedOptions): CooperationPair[] {
  const focus = options.agency ? index.names.resolve(options.agency, { prefer: ['Agency'] }).iri : undefined;
  const pairs = new Map<string, PairAccumulator>();
  const pair = (x: string, y: string): PairAccumulator => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\n${b}`;
    let acc = pairs.get(key);
    if (!acc) pairs.set(key, (acc = { a, b, explicit: new Map(), derived: new Map(), via: new Set() }));
    return acc;
  };

  const explicit: RelationRecord[] = focus
    ? (index.adjacency.get(focus) ?? []).filter((n) => n.relation.p === 'cooperatedWith').map((n) => n.relation)
    : (index.relationsByType.get('cooperatedWith') ?? []);
  for (const r of explicit) {
    if (r.s === r.o || !index.entities.has(r.s) || !index.entities.has(r.o)) continue;
    const acc = pair(r.s, r.o);
    for (const a of r.assertions) keepBest(acc.explicit, assertionEvidence(index, a));
  }

  for (const op of focus ? operationsOf(index, focus) : allOperations(index)) {
    const who = participants(index, op);
    const agents = [...who.keys()].sort();
    for (let i = 0; i < agents.length; i++) {
      for (let j = i + 1; j < agents.length; j++) {
        if (focus && agents[i] !== focus && agents[j] !== focus) continue;
        const acc = pair(agents[i], agents[j]);
        acc.via.add(op);
        const ei = who.get(agents[i])!;
        const ej = who.get(agents[j])!;
        for (const doc of new Set([...ei.keys(), ...ej.keys()])) keepBest(acc.derived, jointEvidence(ei.get(doc), ej.get(doc)));
      }
    }
  }

  const out: CooperationPair[] = [];
  for (const acc of pairs.values()) {
    const evidence = new Map(acc.derived);
    for (const [doc, ev] of acc.explicit) evidence.set(doc, ev);
    if (evidence.size < options.minStrength) continue;
    let a = entityRef(index, acc.a);
    let b = entityRef(index, acc.b);
    if (focus ? b.iri === focus : compareByName(index, a.iri, b.iri) > 0) [a, b] = [b, a];
    const via = [...acc.via].sort((x, y) => compareByName(index, x, y)).map((iri) => entityRef(index, iri));
    const how = [...(acc.explicit.size ? ['explicit'] : []), ...via.map((v) => `via ${v.label}`)].join('; ');
    out.push({ a, b, explicit: acc.explicit.size > 0, via, how, documents: evidence.size, evidence: [...evidence.values()].sort(compareEvidence) });
  }
  return out.sort(
    (x, y) =>
      y.documents - x.documents ||
      Number(y.explicit) - Number(x.explicit) ||
      compareByName(index, x.a.iri, y.a.iri) ||
      compareByName(index, x.b.iri, y.b.iri),
  );
}
