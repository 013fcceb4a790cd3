/**
 * darkweb-kg query `cooperated`: pairs of agencies that co-operated. A pair is known explicitly (a
 * dwk:cooperatedWith relation, stored once per pair in either direction) or derived: both took part in the
 * same operation (participatedIn A→Op, or ledBy Op→A, which counts as taking part). A derived pair's
 * sources are the articles stating either agency's part in the operation; where one article states both
 * in different sentences, its evidence is the two sentences joined by " … ". Each pair keeps one piece of
 * evidence per article (explicit evidence first), and pairs are ordered by strength: supporting
 * articles, then explicit before derived, then names. Assertions are collected first and turned into
 * evidence only for the pairs reported.
 */
import type { AssertionRecord, RelationRecord } from '../types';
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

/** What one article says about a derived pair: each agency's best assertion of taking part. */
interface JointAssertion {
  x?: AssertionRecord;
  y?: AssertionRecord;
  confidence: number;
}

interface PairAccumulator {
  a: string;
  b: string;
  /** Article IRI -> best cooperatedWith assertion. */
  explicit: Map<string, AssertionRecord>;
  /** Article IRI -> best evidence of both taking part in one operation. */
  derived: Map<string, JointAssertion>;
  /** Operations both took part in (each operation is visited once, so no repeats). */
  via: string[];
}

/** The better of two assertions from one article: more confident, then first sentence. */
function better(a: AssertionRecord, b: AssertionRecord | undefined): boolean {
  return !b || a.confidence > b.confidence || (a.confidence === b.confidence && a.text < b.text);
}

/** Who took part in an operation (participatedIn A→Op or ledBy Op→A), with their best assertion per article. */
function participants(index: GraphIndex, op: string): Map<string, Map<string, AssertionRecord>> {
  const out = new Map<string, Map<string, AssertionRecord>>();
  for (const n of index.adjacency.get(op) ?? []) {
    const p = n.relation.p;
    if (!((p === 'participatedIn' && n.direction === 'in') || (p === 'ledBy' && n.direction === 'out'))) continue;
    if (n.other === op) continue;
    let byDoc = out.get(n.other);
    if (!byDoc) out.set(n.other, (byDoc = new Map()));
    for (const a of n.relation.assertions) if (better(a, byDoc.get(a.doc))) byDoc.set(a.doc, a);
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

/** Evidence of a derived pair in one article: one sentence if it names both, else both sentences. */
function jointEvidence(index: GraphIndex, j: JointAssertion): SourceEvidence {
  const ev = assertionEvidence(index, (j.x ?? j.y)!);
  if (j.x && j.y && j.x.text !== j.y.text) ev.evidence = `${j.x.text} … ${j.y.text}`;
  ev.confidence = j.confidence;
  return ev;
}

export function cooperated(index: GraphIndex, options: CooperatedOptions): CooperationPair[] {
  const focus = options.agency ? index.names.resolve(options.agency, { prefer: ['Agency'] }).iri : undefined;
  const pairs = new Map<string, Map<string, PairAccumulator>>();
  const pair = (x: string, y: string): PairAccumulator => {
    const [a, b] = x < y ? [x, y] : [y, x];
    let inner = pairs.get(a);
    if (!inner) pairs.set(a, (inner = new Map()));
    let acc = inner.get(b);
    if (!acc) inner.set(b, (acc = { a, b, explicit: new Map(), derived: new Map(), via: [] }));
    return acc;
  };

  const explicit: RelationRecord[] = focus
    ? (index.adjacency.get(focus) ?? []).filter((n) => n.relation.p === 'cooperatedWith').map((n) => n.relation)
    : (index.relationsByType.get('cooperatedWith') ?? []);
  for (const r of explicit) {
    if (r.s === r.o || !index.entities.has(r.s) || !index.entities.has(r.o)) continue;
    const acc = pair(r.s, r.o);
    for (const a of r.assertions) if (better(a, acc.explicit.get(a.doc))) acc.explicit.set(a.doc, a);
  }

  for (const op of focus ? operationsOf(index, focus) : allOperations(index)) {
    const who = participants(index, op);
    const agents = [...who.keys()].sort();
    for (let i = 0; i < agents.length; i++) {
      for (let j = i + 1; j < agents.length; j++) {
        if (focus && agents[i] !== focus && agents[j] !== focus) continue;
        const acc = pair(agents[i], agents[j]);
        acc.via.push(op);
        const ei = who.get(agents[i])!;
        const ej = who.get(agents[j])!;
        for (const [doc, x] of ei) {
          const y = ej.get(doc);
          const joint = { x, y, confidence: y ? Math.min(x.confidence, y.confidence) : x.confidence };
          const prev = acc.derived.get(doc);
          if (!prev || joint.confidence > prev.confidence) acc.derived.set(doc, joint);
        }
        for (const [doc, y] of ej) {
          if (ei.has(doc)) continue;
          const prev = acc.derived.get(doc);
          if (!prev || y.confidence > prev.confidence) acc.derived.set(doc, { y, confidence: y.confidence });
        }
      }
    }
  }

  const out: CooperationPair[] = [];
  for (const inner of pairs.values()) {
    for (const acc of inner.values()) {
      let documents = acc.explicit.size;
      for (const doc of acc.derived.keys()) if (!acc.explicit.has(doc)) documents++;
      if (documents < options.minStrength) continue;
      const evidence: SourceEvidence[] = [];
      for (const a of acc.explicit.values()) evidence.push(assertionEvidence(index, a));
      for (const [doc, j] of acc.derived) if (!acc.explicit.has(doc)) evidence.push(jointEvidence(index, j));
      let a = entityRef(index, acc.a);
      let b = entityRef(index, acc.b);
      if (focus ? b.iri === focus : compareByName(index, a.iri, b.iri) > 0) [a, b] = [b, a];
      if (acc.via.length > 1) acc.via.sort((x, y) => compareByName(index, x, y));
      const viaRefs = acc.via.map((iri) => entityRef(index, iri));
      const how = [...(acc.explicit.size ? ['explicit'] : []), ...viaRefs.map((v) => `via ${v.label}`)].join('; ');
      out.push({ a, b, explicit: acc.explicit.size > 0, via: viaRefs, how, documents, evidence: evidence.sort(compareEvidence) });
    }
  }
  // Sort on precomputed name ranks: one lookup per pair instead of one per comparison.
  const rank = (iri: string): number => index.nameRank.get(iri) ?? Number.MAX_SAFE_INTEGER;
  const keyed = out.map((p) => ({ p, ra: rank(p.a.iri), rb: rank(p.b.iri) }));
  keyed.sort(
    (x, y) =>
      y.p.documents - x.p.documents ||
      Number(y.p.explicit) - Number(x.p.explicit) ||
      x.ra - y.ra ||
      x.rb - y.rb ||
      (x.p.a.iri + x.p.b.iri < y.p.a.iri + y.p.b.iri ? -1 : 1),
  );
  return keyed.map((k) => k.p);
}
