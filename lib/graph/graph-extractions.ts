/**
 * darkweb-kg: a built graph read back as per-document extractions (what each article contributed: its
 * entities with their mention counts, one relation per assertion, its facts), so that `resolve` can run
 * again over the documents of several graphs and take its cross-document decisions (names that fold into
 * a gazetteer entry, unnamed operations merged by their figures) as if they had been built together.
 *
 * Entities keep their resolved keys; an entity's names and attributes are those of its record in the
 * graph, given to every document of that graph that mentions it.
 */
import { InputError } from '../errors';
import type {
  AssertionRecord, DocumentRecord, EntityRecord, Evidence, Extraction, Fact, FactRecord, KnowledgeGraph, LocalEntity, LocalRelation, RelationRecord,
} from '../types';

interface Located {
  doc: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  role?: string;
}

/**
 * One extraction per document of `graph`, in document order, made when it is asked for (a 100,000-article
 * graph read back whole would weigh as much as the graph again). Documents whose IRI is in `skip` are left
 * out (they came from an earlier graph). `name` (a file name) is used in error messages.
 */
export function* graphExtractions(graph: KnowledgeGraph, skip: ReadonlySet<string> = new Set(), name = '<graph>'): Generator<Extraction> {
  const keyOf = new Map<string, string>();
  for (const e of graph.entities) keyOf.set(e.iri, e.key);
  const key = (iri: string, where: string) => {
    const k = keyOf.get(iri);
    if (k === undefined) throw new InputError(name, `${where} refers to ${iri}, which is not an entity of the graph`);
    return k;
  };
  /** What each document contributed, as references into the graph, in the graph's order. */
  interface Part {
    doc: DocumentRecord;
    entities: Array<[EntityRecord, number]>;
    assertions: Array<[RelationRecord, AssertionRecord]>;
    facts: FactRecord[];
  }
  const byDoc = new Map<string, Part>();
  for (const d of graph.documents) if (!skip.has(d.iri)) byDoc.set(d.iri, { doc: d, entities: [], assertions: [], facts: [] });
  for (const e of graph.entities) for (const [doc, mentions] of Object.entries(e.mentions)) byDoc.get(doc)?.entities.push([e, mentions]);
  for (const r of graph.relations) for (const a of r.assertions) byDoc.get(a.doc)?.assertions.push([r, a]);
  for (const f of graph.facts) byDoc.get(f.doc)?.facts.push(f);

  for (const part of byDoc.values()) {
    const d = part.doc;
    const evidence = (a: Located): Evidence => ({
      doc: d.id, text: a.text, start: a.start, end: a.end, confidence: a.confidence, ...(a.role ? { role: a.role } : {}),
    });
    const entities = part.entities.map(([e, mentions]): LocalEntity => ({
      key: e.key, type: e.type, label: e.label, altLabels: e.altLabels, named: e.named, mentions,
      ...(e.wikidata ? { wikidata: e.wikidata } : {}), ...(e.attributes ? { attributes: e.attributes } : {}),
    }));
    const relations = part.assertions.map(([r, a]): LocalRelation => ({
      s: key(r.s, `assertion ${a.iri}`), p: r.p, o: key(r.o, `assertion ${a.iri}`), evidence: evidence(a),
    }));
    const facts = part.facts.map((f): Fact => {
      const where = `fact ${f.iri}`;
      const operation = f.operation ? { operation: key(f.operation, where) } : {};
      if (f.kind === 'ArrestCount') {
        return { kind: 'ArrestCount', ...operation, ...(f.place ? { place: key(f.place, where) } : {}), count: f.count ?? null, evidence: evidence(f) };
      }
      const item = f.item ? { item: { key: key(f.item, where) } } : f.itemLiteral ? { item: { literal: f.itemLiteral } } : {};
      return { kind: 'Seizure', ...operation, ...item, quantity: f.quantity ?? 0, unit: f.unit ?? 'count', evidence: evidence(f) };
    });
    yield {
      doc: {
        id: d.id, file: d.file, path: d.file, text: '', sentences: [], furniture: [],
        ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}), ...(d.url ? { url: d.url } : {}),
      },
      entities, relations, facts,
    };
  }
}
