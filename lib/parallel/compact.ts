/**
 * darkweb-kg: an extraction made small enough to keep, many thousands at a time, until resolution.
 *
 * - The document keeps only what the resolver reads (id, file, path, title, date, url); its text,
 *   sentences and furniture go.
 * - Every string is replaced by one copy per distinct value: the evidence sentence that a dozen relations
 *   and facts share is held once, and a key is one string wherever it appears. (A result that came from
 *   a worker thread holds a separate copy of each occurrence, the way structured cloning works.)
 * - With `detach`, those copies are new strings. Strings an extraction cut out of the article (labels,
 *   evidence sentences, the title) are V8 slices that keep the whole article text alive; a copy holds only
 *   its own characters. Results from a worker are copies already.
 */
import type { Evidence, Extraction, Fact, LocalEntity, SourceDocument } from '../types';

/** A new string with the characters of `s` (not a slice of a longer one). */
function copy(s: string): string {
  return s.length < SHORT ? s : Buffer.from(s, 'utf8').toString('utf8');
}
/** V8 copies strings shorter than this instead of slicing them. */
const SHORT = 13;

export function compactExtraction(x: Extraction, detach: boolean): Extraction {
  const pool = new Map<string, string>();
  const one = (s: string): string => {
    let c = pool.get(s);
    if (c === undefined) pool.set(s, (c = detach ? copy(s) : s));
    return c;
  };
  /** `{ [key]: one(value) }`, or nothing when the value is absent (so no key appears that was not there). */
  const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: one(value) } as Record<K, string>));
  const d = x.doc;
  const doc: SourceDocument = {
    id: one(d.id), file: one(d.file), path: one(d.path), ...opt('title', d.title), ...opt('date', d.date), ...opt('url', d.url),
    text: '', sentences: [], furniture: [],
  };
  const evidence = (e: Evidence): Evidence => ({ ...e, doc: one(e.doc), text: one(e.text), ...opt('role', e.role) });
  const entity = (e: LocalEntity): LocalEntity => ({
    ...e, key: one(e.key), label: one(e.label), altLabels: e.altLabels.map(one), ...opt('wikidata', e.wikidata),
    ...(e.attributes ? { attributes: Object.fromEntries(Object.entries(e.attributes).map(([k, vs]) => [one(k), vs.map(one)])) } : {}),
  });
  const fact = (f: Fact): Fact => {
    const common = { ...opt('operation', f.operation), evidence: evidence(f.evidence) };
    if (f.kind === 'ArrestCount') return { ...f, ...common, ...opt('place', f.place) };
    return { ...f, ...common, ...(f.item ? { item: 'key' in f.item ? { key: one(f.item.key) } : { literal: one(f.item.literal) } } : {}) };
  };
  return {
    doc,
    entities: x.entities.map(entity),
    relations: x.relations.map((r) => ({ ...r, s: one(r.s), o: one(r.o), evidence: evidence(r.evidence) })),
    facts: x.facts.map(fact),
  };
}
