/**
 * export/nquads: the N-Quads and TriG exports say exactly what the Turtle export says (same triples, read
 * back with n3), put each statement in the right named graph (a document's own graph for its node, its
 * assertions and its facts; the shared entities graph for entity descriptions and direct relations),
 * escape hostile text, stream item by item, and parse with rapper.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, termToId, type Quad as N3Quad } from 'n3';
import { parseGraph } from '../lib/graph/load';
import { graphToTurtle } from '../lib/export/turtle';
import { createNQuadsExporter, createTrigExporter, documentGraphIri, entitiesGraphIri } from '../lib/export/nquads';
import { degrees, graphItems, StringSink, type Exporter, type ExportContext, type Sink } from '../lib/export/exporter';
import { describeWithTool, hasCommand } from './helpers/tools';
import type { KnowledgeGraph } from '../lib/types';

const fixture = join(__dirname, 'fixtures', 'small-graph.json');
const small: KnowledgeGraph = parseGraph(readFileSync(fixture, 'utf8'), fixture);

/** The small fixture with hostile text in a label, an alias, an attribute, evidence and a document title. */
function hostile(): KnowledgeGraph {
  const g: KnowledgeGraph = JSON.parse(JSON.stringify(small));
  g.documents[0].title = 'Quote " backslash \\ tab \t newline \n NUL \u0000 > <';
  g.entities[0].label = 'Label with "quotes", \\backslashes\\ and a lone \ud800 surrogate';
  g.entities[0].altLabels = ['<angle> & {braces} | ^caret^ `tick`', 'emoji 🚀 and RTL \u202e mark'];
  g.entities[0].attributes = { onion: ['abc\u0001def.onion'] };
  g.relations[0].assertions[0].text = 'evidence\r\nacross "lines"\u007f';
  return g;
}

function exportWith(graph: KnowledgeGraph, create: (sink: Sink, ctx: ExportContext) => Exporter): string {
  const sink = new StringSink();
  const ex = create(sink, { graph, degree: degrees(graph) });
  for (const item of graphItems(graph)) ex.write(item);
  void ex.finalize();
  return sink.toString();
}

const parse = (text: string, format: string): N3Quad[] => new Parser({ format }).parse(text);
const tripleId = (q: N3Quad) => `${termToId(q.subject)} ${termToId(q.predicate)} ${termToId(q.object)}`;
const quadId = (q: N3Quad) => `${tripleId(q)} ${termToId(q.graph)}`;
const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

describe.each([
  ['the small fixture', small],
  ['hostile text', hostile()],
])('N-Quads and TriG of %s', (_name, graph) => {
  const nq = exportWith(graph, createNQuadsExporter);
  const trig = exportWith(graph, createTrigExporter);
  const quads = parse(nq, 'N-Quads');

  test('the N-Quads hold exactly the triples of the Turtle export', () => {
    const ttl = parse(graphToTurtle(graph), 'Turtle');
    expect(sortedUnique(quads.map(tripleId))).toEqual(sortedUnique(ttl.map(tripleId)));
    expect(quads.length).toBe(new Set(quads.map(quadId)).size);
  });

  test('the TriG holds exactly the quads of the N-Quads', () => {
    expect(sortedUnique(parse(trig, 'TriG').map(quadId))).toEqual(sortedUnique(quads.map(quadId)));
  });

  test('every statement is in its graph', () => {
    const graphOf = new Map<string, Set<string>>();
    for (const q of quads) {
      let s = graphOf.get(q.subject.value);
      if (!s) graphOf.set(q.subject.value, (s = new Set()));
      s.add(q.graph.value);
    }
    const entities = entitiesGraphIri(graph.base);
    for (const d of graph.documents) expect([...graphOf.get(d.iri)!]).toEqual([documentGraphIri(graph.base, d.iri)]);
    for (const e of graph.entities) expect([...graphOf.get(e.iri)!]).toEqual([entities]);
    for (const f of graph.facts) expect([...graphOf.get(f.iri)!]).toEqual([documentGraphIri(graph.base, f.doc)]);
    for (const r of graph.relations) {
      for (const a of r.assertions) expect([...graphOf.get(a.iri)!]).toEqual([documentGraphIri(graph.base, a.doc)]);
      expect(quads.some((q) => q.subject.value === r.s && q.object.value === r.o && q.graph.value === entities)).toBe(true);
    }
    // a document's graph holds nothing derived from another document
    const derived = 'http://www.w3.org/ns/prov#wasDerivedFrom';
    for (const q of quads) if (q.predicate.value === derived) expect(q.graph.value).toBe(documentGraphIri(graph.base, q.object.value));
  });
});

describe('named graphs', () => {
  test('are <base>graph/<doc> per document and <base>graph/entities, under the graph\'s own base', () => {
    const g: KnowledgeGraph = { ...small, base: 'http://example.org/kg#' };
    expect(documentGraphIri(g.base, 'http://example.org/kg#document/1a2b3c4d5e6f7a8b')).toBe('http://example.org/kg#graph/1a2b3c4d5e6f7a8b');
    expect(entitiesGraphIri(g.base)).toBe('http://example.org/kg#graph/entities');
    expect(documentGraphIri(small.base, small.documents[0].iri)).toBe('https://w3id.org/darkweb-kg/id/graph/1a2b3c4d5e6f7a8b');
  });

  test('hostile text reads back as it was, a lone surrogate as U+FFFD', () => {
    const g = hostile();
    const quads = parse(exportWith(g, createNQuadsExporter), 'N-Quads');
    const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value.endsWith(p)).map((q) => q.object.value);
    expect(objects(g.documents[0].iri, 'title')).toEqual([g.documents[0].title]);
    expect(objects(g.entities[0].iri, '#label')).toEqual([g.entities[0].label.replace('\ud800', '\ufffd')]);
    expect(objects(g.entities[0].iri, '#altLabel').sort()).toEqual([...g.entities[0].altLabels].sort());
    expect(objects(g.entities[0].iri, '#onion')).toEqual(['abc\u0001def.onion']);
    expect(objects(g.relations[0].assertions[0].iri, '#evidence')).toEqual([g.relations[0].assertions[0].text]);
  });
});

describe('streaming', () => {
  test('each item is written when it arrives, and nothing is held back for finalize', () => {
    for (const create of [createNQuadsExporter, createTrigExporter]) {
      const sink = new StringSink();
      const ex = create(sink, { graph: small, degree: degrees(small) });
      ex.write({ kind: 'document', value: small.documents[0] });
      expect(sink.toString()).toContain(small.documents[0].id);
      const before = sink.toString().length;
      ex.write({ kind: 'entity', value: small.entities[0] });
      expect(sink.toString().length).toBeGreaterThan(before);
    }
  });

  test('an empty graph gives an empty N-Quads file and a TriG file of prefixes only', () => {
    const empty: KnowledgeGraph = { ...small, documents: [], entities: [], relations: [], facts: [] };
    expect(exportWith(empty, createNQuadsExporter)).toBe('');
    const trig = exportWith(empty, createTrigExporter);
    expect(trig).toMatch(/^(@prefix [a-z]+: <[^>]+> \.\n)+\n$/);
    expect(parse(trig, 'TriG')).toEqual([]);
  });
});

describeWithTool('rapper', hasCommand('rapper'), 'rapper reads the named-graph exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwk-nquads-'));
  test.each([
    ['nquads', 'g.nq', createNQuadsExporter],
    ['trig', 'g.trig', createTrigExporter],
  ] as const)('rapper -i %s accepts the hostile graph with no error or warning', (format, file, create) => {
    const g = hostile();
    writeFileSync(join(dir, file), exportWith(g, create));
    const r = spawnSync('rapper', ['-i', format, '-c', join(dir, file)], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/error|warning/i);
    expect(r.status).toBe(0);
    const count = Number(/returned (\d+) triples/.exec(r.stderr)?.[1]);
    expect(count).toBe(parse(exportWith(g, createNQuadsExporter), 'N-Quads').length);
  });
});
