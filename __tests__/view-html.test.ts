/**
 * Tests of the HTML view's page writer (lib/view/html.ts and its helpers): escaping of untrusted text,
 * the page structure and CSP, the embedded data, streaming order, options, style.json checks and the
 * `view` command. The browser side is tested in view-browser.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { defaultOut, writeView } from '../lib/cli/commands/view';
import { ExportError, InputError, UsageError } from '../lib/errors';
import { degrees, StringSink } from '../lib/export/exporter';
import { parseGraph } from '../lib/graph/load';
import type { KnowledgeGraph } from '../lib/types';
import { assertInlineSafe } from '../lib/view/assets';
import { buildViewAssets } from '../lib/view/bundle';
import { circleLayout } from '../lib/view/circle';
import { createHtmlExporter, escapeHtml, escapeJsonForHtml, renderHtml, validateViewOptions } from '../lib/view/html';
import { parseStyle } from '../lib/view/style';
import type { ViewData } from '../lib/view/viewdata';

const FIXTURES = join(__dirname, 'fixtures');
const loadFixture = (name: string): KnowledgeGraph =>
  parseGraph(readFileSync(join(FIXTURES, name), 'utf8'), name);

/** The embedded ViewData of a page. */
function dataOf(html: string): ViewData {
  const m = /<script type="application\/json" id="dwk-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no data element');
  return JSON.parse(m[1]) as ViewData;
}

beforeAll(async () => {
  await buildViewAssets();
}, 60000);

describe('escapeJsonForHtml', () => {
  test('leaves no character that HTML gives a meaning to inside <script>, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const escaped = escapeJsonForHtml(JSON.stringify(value));
        expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(escaped)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('writes the five characters as \\u escapes', () => {
    expect(escapeJsonForHtml(JSON.stringify('</script><!--&\u2028\u2029'))).toBe(
      '"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"',
    );
  });
});

test('escapeHtml escapes markup characters and leaves other text alone', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  expect(escapeHtml('Europol')).toBe('Europol');
});

describe('renderHtml on the fixture graph', () => {
  const graph = loadFixture('view-graph.json');
  let html: string;
  let data: ViewData;
  beforeAll(async () => {
    html = await renderHtml(graph);
    data = dataOf(html);
  });

  test('is one page with exactly the data element and the bundled script, and no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="dwk-data">', '<script>']);
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|https?:\/\/[^"]*\.(js|css)\b/);
  });

  test('carries a CSP that allows only its own inline script and no network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toMatch(/unsafe-eval|connect-src|script-src[^;]*unsafe-inline/);
  });

  test('embeds every document, entity, relation and fact, linked by index', () => {
    expect(data.docs).toHaveLength(graph.documents.length);
    expect(data.nodes.map((n) => n.iri)).toEqual(graph.entities.map((e) => e.iri));
    expect(data.edges).toHaveLength(graph.relations.length);
    expect(data.facts).toHaveLength(graph.facts.length);
    const targeted = data.edges.find((e) => e.p === 'targeted');
    expect(data.nodes[targeted!.s].label).toBe('Glasswing');
    expect(data.nodes[targeted!.o].label).toBe('Nightshade Bazaar');
    expect(targeted!.ev).toHaveLength(2);
    expect(targeted!.ev.map((ev) => data.docs[ev.doc!].file).sort()).toEqual(['glasswing.txt', 'nightshade-takedown.txt']);
    const seizure = data.facts.find((f) => f.kind === 'Seizure' && f.item !== undefined);
    expect(data.nodes[seizure!.item!].label).toBe('cocaine');
    expect(data.nodes[seizure!.op!].label).toBe('Glasswing');
  });

  test('sizes nodes by degree and colours classes from ontology/style.json', () => {
    const deg = degrees(graph);
    const byLabel = new Map(data.nodes.map((n) => [n.label, n]));
    const hub = byLabel.get('Nightshade Bazaar')!;
    const isolated = byLabel.get('MDMA')!;
    expect(hub.degree).toBe(Math.max(...deg.values()));
    expect(hub.size).toBe(14);
    expect(isolated.degree).toBe(0);
    expect(isolated.size).toBe(3);
    expect(data.classes.find((c) => c.name === 'Operation')).toEqual({ name: 'Operation', label: 'Operation', color: '#d62728' });
  });

  test('uses the given layout positions, and a circle when there are none', async () => {
    const positions = new Map(graph.entities.map((e, i) => [e.iri, { x: i * 10, y: 5 - i }]));
    const laidOut = dataOf(await renderHtml(graph, positions));
    expect(laidOut.nodes.map((n) => [n.x, n.y])).toEqual(graph.entities.map((_, i) => [i * 10, 5 - i]));
    for (const n of data.nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(100, 6);
  });
});

test('circleLayout depends on the set of entities, not their order, and keeps each class together', () => {
  const graph = loadFixture('view-graph.json');
  const a = circleLayout(graph.entities);
  const b = circleLayout([...graph.entities].reverse());
  expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  const angle = (iri: string): number => {
    const p = a.get(iri)!;
    return (Math.atan2(p.y, p.x) + 2 * Math.PI) % (2 * Math.PI);
  };
  const persons = graph.entities.filter((e) => e.type === 'Person').map((e) => angle(e.iri));
  const others = graph.entities.filter((e) => e.type !== 'Person').map((e) => angle(e.iri));
  // No entity of another class sits between two persons.
  expect(others.filter((x) => x > Math.min(...persons) && x < Math.max(...persons))).toEqual([]);
});

describe('untrusted text', () => {
  const graph = loadFixture('view-xss-graph.json');

  test('never appears as markup in the page', async () => {
    const html = await renderHtml(graph, undefined, { title: '<script>alert(9)</script>' });
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<iframe|<b>|<!--|\u2028|\u2029/);
    expect(html).toContain('<title>&lt;script&gt;alert(9)&lt;/script&gt;</title>');
    const data = dataOf(html);
    expect(data.title).toBe('<script>alert(9)</script>');
    expect(data.nodes.map((n) => n.label).sort()).toEqual(
      graph.entities.map((e) => e.label).sort(),
    );
    expect(data.edges.map((e) => e.ev[0].text).sort()).toEqual(graph.relations.map((r) => r.assertions[0].text).sort());
  });

  test('assertInlineSafe refuses text that would end or confuse an inline element', () => {
    expect(() => assertInlineSafe('x.js', 'var a = "</SCRIPT>"')).toThrow(/x\.js: cannot be inlined: contains "<\/SCRIPT" at offset 9/);
    expect(() => assertInlineSafe('x.css', 'a{} <!-- b')).toThrow(ExportError);
    expect(() => assertInlineSafe('x.js', 'if (a < b && c > d) {}')).not.toThrow();
  });
});

describe('createHtmlExporter', () => {
  const graph = loadFixture('view-graph.json');
  const context = { graph, degree: degrees(graph) };

  test('streams: the page head is written before any item, each item as it arrives', () => {
    const sink = new StringSink();
    const ex = createHtmlExporter(sink, context);
    const head = sink.toString().length;
    expect(sink.toString()).toContain('<script type="application/json" id="dwk-data">');
    ex.write({ kind: 'document', value: graph.documents[0] });
    expect(sink.toString().length).toBeGreaterThan(head);
    expect(sink.toString()).toContain(JSON.stringify(graph.documents[0].file));
  });

  test('rejects an item that arrives after a later section, naming it', () => {
    const ex = createHtmlExporter(new StringSink(), context);
    ex.write({ kind: 'entity', value: graph.entities[0] });
    expect(() => ex.write({ kind: 'document', value: graph.documents[0] })).toThrow(
      new ExportError('<html view>', `document item ${graph.documents[0].iri} arrived after the nodes section`),
    );
  });

  test('skips a relation whose end is not an entity, and keeps a fact whose article is unknown', async () => {
    const sink = new StringSink();
    const ex = createHtmlExporter(sink, context);
    for (const value of graph.entities) ex.write({ kind: 'entity', value });
    ex.write({ kind: 'relation', value: { ...graph.relations[0], o: 'https://example.org/missing' } });
    ex.write({ kind: 'relation', value: graph.relations[1] });
    ex.write({ kind: 'fact', value: { ...graph.facts[0], doc: 'https://example.org/no-doc' } });
    await ex.finalize();
    const data = dataOf(sink.toString());
    expect(data.docs).toEqual([]);
    expect(data.edges).toHaveLength(1);
    expect(data.edges[0].ev[0].doc).toBeUndefined();
    expect(data.facts).toHaveLength(1);
    expect(data.facts[0].doc).toBeUndefined();
    expect(data.nodes[0].docs).toEqual([]);
  });
});

describe('validateViewOptions', () => {
  test('fills in defaults', () => {
    expect(validateViewOptions({ title: 'x' })).toEqual({ title: 'x', minNodeSize: 3, maxNodeSize: 14 });
  });
  test('names the bad key', () => {
    expect(() => validateViewOptions({ colour: 1 } as never)).toThrow(new UsageError('view option "colour" is unknown (known: title, minNodeSize, maxNodeSize)'));
    expect(() => validateViewOptions({ maxNodeSize: -1 })).toThrow(/"maxNodeSize" must be a positive number, got -1/);
    expect(() => validateViewOptions({ minNodeSize: 20 })).toThrow(/"minNodeSize" \(20\) is larger than "maxNodeSize" \(14\)/);
    expect(() => validateViewOptions({ title: 3 } as never)).toThrow(/"title" must be a string, got 3/);
  });
});

describe('parseStyle', () => {
  const style = JSON.parse(readFileSync(join(__dirname, '..', 'ontology', 'style.json'), 'utf8'));
  test('turns rgb triples into CSS colours for every class', () => {
    const classes = parseStyle(JSON.stringify(style), 'style.json');
    expect(classes).toHaveLength(9);
    expect(classes.find((c) => c.name === 'CriminalGroup')).toEqual({ name: 'CriminalGroup', label: 'Criminal group', color: '#8c564b' });
  });
  test('names the class with a bad entry', () => {
    const bad = { classes: { ...style.classes, Drug: { color: [300, 0, 0], label: 'Drug' } } };
    expect(() => parseStyle(JSON.stringify(bad), 'style.json')).toThrow(/style\.json: classes\.Drug\.color must be \[r, g, b\] with integers 0-255, got \[300,0,0\]/);
    const missing = { classes: { ...style.classes, Person: undefined } };
    expect(() => parseStyle(JSON.stringify(missing), 'style.json')).toThrow('style.json: classes.Person is missing');
  });
});

describe('view command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dwk-view-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the page for a graph file, next to it by default', async () => {
    const graphFile = join(dir, 'g.json');
    const graph = loadFixture('view-graph.json');
    writeFileSync(graphFile, JSON.stringify(graph));
    const r = await writeView({ graph: graphFile });
    expect(r.out).toBe(join(dir, 'g.html'));
    expect(r.entities).toBe(graph.entities.length);
    const html = readFileSync(r.out, 'utf8');
    expect(r.bytes).toBe(Buffer.byteLength(html));
    expect(html).toContain('<title>darkweb-kg: g</title>');
    expect(dataOf(html).nodes).toHaveLength(graph.entities.length);
  });

  test('names a missing graph file and leaves no output behind', async () => {
    const out = join(dir, 'x.html');
    await expect(writeView({ graph: join(dir, 'nope.json'), out })).rejects.toThrow(InputError);
    expect(existsSync(out)).toBe(false);
  });

  test('defaultOut swaps .json for .html', () => {
    expect(defaultOut('exports/seeds.json')).toBe('exports/seeds.html');
    expect(defaultOut('exports/graph')).toBe('exports/graph.html');
  });
});
