/**
 * Tests of the streaming GEXF 1.3 writer (lib/export/gexf.ts) and its XML escaping (lib/export/xml.ts):
 * byte comparison with a golden file (regenerate with UPDATE_GOLDEN=1), validation with xmllint against
 * the patched XSD and the official RelaxNG schema, and a read-back with networkx.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ExportError } from '../lib/errors';
import { createGexfExporter } from '../lib/export/gexf';
import { degrees, runExporters, StringSink, type ExportContext, type Sink } from '../lib/export/exporter';
import { xmlEscape } from '../lib/export/xml';
import { parseGraph } from '../lib/graph/load';
import { layout } from '../lib/graph/layout';
import type { EntityRecord, KnowledgeGraph, RelationRecord } from '../lib/types';
import style from '../ontology/style.json';
import { describeWithTool, hasCommand, hasPythonModule } from './helpers/tools';

const FIXTURE = path.join(__dirname, 'fixtures', 'small-graph.json');
const GOLDEN = path.join(__dirname, 'fixtures', 'small-graph.gexf');
const SCHEMAS = path.resolve(__dirname, '../../shared/schemas/gexf');
const XSD = path.join(SCHEMAS, 'patched-1.3', 'gexf.xsd');
const RNG = path.join(SCHEMAS, 'official-1.3', 'gexf.rng');

const small = parseGraph(readFileSync(FIXTURE, 'utf8'), FIXTURE);

function contextOf(graph: KnowledgeGraph, withPositions = true): ExportContext {
  return { graph, degree: degrees(graph), positions: withPositions ? layout(graph) : undefined };
}

async function gexfOf(graph: KnowledgeGraph, context = contextOf(graph)): Promise<string> {
  const sink = new StringSink();
  await runExporters(graph, [createGexfExporter(sink, context)]);
  return sink.toString();
}

function emptyGraph(): KnowledgeGraph {
  return { format: 'darkweb-kg', version: 1, base: small.base, documents: [], entities: [], relations: [], facts: [] };
}

/** A chain of `n` Person entities linked by n-1 relations, for the streaming test. */
function chainGraph(n: number): KnowledgeGraph {
  const entities: EntityRecord[] = [];
  const relations: RelationRecord[] = [];
  for (let i = 0; i < n; i++) {
    const iri = `${small.base}person/p${String(i).padStart(6, '0')}`;
    entities.push({ iri, key: `person:p${i}`, type: 'Person', label: `P ${i}`, altLabels: [], named: true, mentions: {} });
    if (i > 0) relations.push({ s: entities[i - 1].iri, p: 'worksFor', o: iri, assertions: [] });
  }
  return { ...emptyGraph(), entities, relations };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'gexf-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function writeTmp(name: string, graph: KnowledgeGraph, context?: ExportContext): Promise<string> {
  const file = path.join(tmp, name);
  writeFileSync(file, await gexfOf(graph, context ?? contextOf(graph)));
  return file;
}

describe('xmlEscape', () => {
  test('returns clean text unchanged (same string)', () => {
    const s = 'Operation SpecTor: 288 arrests';
    expect(xmlEscape(s)).toBe(s);
  });

  test('escapes the five markup characters and tab/newline/CR', () => {
    expect(xmlEscape(`a&b<c>d"e'f\tg\nh\ri`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i');
  });

  test('removes characters XML 1.0 forbids, keeps paired surrogates', () => {
    expect(xmlEscape('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(xmlEscape('x\uD800y\uDC00z')).toBe('xyz');
    expect(xmlEscape('lone at end\uD83D')).toBe('lone at end');
    expect(xmlEscape('Dream 🍄 & co')).toBe('Dream 🍄 &amp; co');
  });

  test('gives the same answer when called repeatedly (no regex state)', () => {
    const s = 'a\u0001&b';
    expect([xmlEscape(s), xmlEscape(s), xmlEscape(s)]).toEqual(['a&amp;b', 'a&amp;b', 'a&amp;b']);
  });
});

describe('GEXF writer', () => {
  test('matches the golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const out = await gexfOf(small);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, out);
    expect(out).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  test('is byte-identical when rebuilt', async () => {
    expect(await gexfOf(small)).toBe(await gexfOf(small));
  });

  test('writes the root, meta and graph elements of the contract', async () => {
    const out = await gexfOf(small);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(out).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(out).toContain('<meta lastmodifieddate="2023-05-02">');
    expect(out).toContain('<creator>darkweb-kg</creator>');
    expect(out).toContain('10 entities, 9 relations, 2 documents');
    expect(out).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(out).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(out).toContain('<attribute id="aliases" title="aliases" type="string"/>');
  });

  test('escapes markup and drops forbidden characters in labels and aliases', async () => {
    const out = await gexfOf(small);
    expect(out).toContain('label="Smith &amp; Jones &lt;Research&gt;"');
    expect(out).toContain('label="Mike &quot;The Plug&quot; O&apos;Neil"');
    expect(out).toContain('label="Dream 🍄 Market"');
    expect(out).toContain('label="Weedzy Crew"');
    expect(out).toContain('<attvalue for="aliases" value="Weedzy"/>');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  test('writes mention totals, document counts, Wikidata ids, colours, sizes and positions', async () => {
    const ctx = contextOf(small);
    const out = await gexfOf(small, ctx);
    const europol = out.slice(out.indexOf('<node id="https://w3id.org/darkweb-kg/id/agency/europol"'));
    const node = europol.slice(0, europol.indexOf('</node>'));
    expect(node).toContain('<attvalue for="type" value="Agency"/>');
    expect(node).toContain('<attvalue for="mentions" value="8"/>');
    expect(node).toContain('<attvalue for="documents" value="2"/>');
    expect(node).toContain('<attvalue for="wikidata" value="Q208183"/>');
    const [r, g, b] = style.classes.Agency.color;
    expect(node).toContain(`<viz:color r="${r}" g="${g}" b="${b}"/>`);
    // degree 4: 5 + 3 * sqrt(4)
    expect(node).toContain('<viz:size value="11"/>');
    const p = ctx.positions!.get('https://w3id.org/darkweb-kg/id/agency/europol')!;
    expect(node).toContain(`<viz:position x="${p.x}" y="${p.y}" z="0"/>`);
  });

  test('numbers edges in relation order, with label, weight and type', async () => {
    const out = await gexfOf(small);
    expect(out.match(/<edge /g)).toHaveLength(small.relations.length);
    expect(out).toContain(
      '<edge id="e2" source="https://w3id.org/darkweb-kg/id/agency/europol" ' +
        'target="https://w3id.org/darkweb-kg/id/operation/spector" label="participatedIn" weight="2">',
    );
    expect(out).toContain('<attvalue for="type" value="cooperatedWith"/>');
  });

  test('leaves out viz:position when no layout was run', async () => {
    const out = await gexfOf(small, contextOf(small, false));
    expect(out).not.toContain('viz:position');
    expect(out.match(/<node /g)).toHaveLength(small.entities.length);
  });

  test('omits lastmodifieddate when no document has a date', async () => {
    const out = await gexfOf(emptyGraph());
    expect(out).toContain('  <meta>\n');
    expect(out).toContain('<nodes>\n    </nodes>\n    <edges>\n    </edges>');
  });

  test('streams: the sink gets bounded chunks before finalize()', async () => {
    const graph = chainGraph(3000);
    const chunks: string[] = [];
    let ended = false;
    const sink: Sink = {
      write: (c: string) => chunks.push(c),
      end: (cb?: () => void) => {
        ended = true;
        cb?.();
      },
    };
    const exporter = createGexfExporter(sink, contextOf(graph, false));
    exporter.write({ kind: 'entity', value: graph.entities[0] });
    expect(chunks.join('')).toBe(''); // collected, not yet flushed
    for (const value of graph.entities.slice(1)) exporter.write({ kind: 'entity', value });
    const beforeFinalize = chunks.length;
    expect(beforeFinalize).toBeGreaterThan(2);
    expect(chunks[0].startsWith('<?xml')).toBe(true);
    for (const value of graph.relations) exporter.write({ kind: 'relation', value });
    await exporter.finalize();
    expect(ended).toBe(true);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
    const doc = chunks.join('');
    expect(doc.match(/<node /g)).toHaveLength(3000);
    expect(doc.match(/<edge /g)).toHaveLength(2999);
    expect(doc.endsWith('</edges>\n  </graph>\n</gexf>\n')).toBe(true);
  });

  test('rejects an entity that arrives after the relations', () => {
    const exporter = createGexfExporter(new StringSink(), contextOf(small, false));
    exporter.write({ kind: 'entity', value: small.entities[0] });
    exporter.write({ kind: 'entity', value: small.entities[1] });
    exporter.write({ kind: 'relation', value: small.relations[0] });
    expect(() => exporter.write({ kind: 'entity', value: small.entities[2] })).toThrow(
      /GEXF export: entity https:\/\/w3id.org\/darkweb-kg\/id\/agency\/fbi arrived after the relations/,
    );
  });

  test('rejects a relation whose end is not an exported entity, naming it', () => {
    const exporter = createGexfExporter(new StringSink(), contextOf(small, false));
    exporter.write({ kind: 'entity', value: small.entities[0] });
    expect(() => exporter.write({ kind: 'relation', value: small.relations[0] })).toThrow(ExportError);
    expect(() => exporter.write({ kind: 'relation', value: small.relations[0] })).toThrow(
      /refers to https:\/\/w3id.org\/darkweb-kg\/id\/agency\/europol/,
    );
  });

  test('rejects a missing or non-finite position, naming the node', () => {
    const iri = small.entities[0].iri;
    const missing = createGexfExporter(new StringSink(), { ...contextOf(small, false), positions: new Map() });
    expect(() => missing.write({ kind: 'entity', value: small.entities[0] })).toThrow(`no position for ${iri}`);
    const nan = createGexfExporter(new StringSink(), {
      ...contextOf(small, false),
      positions: new Map([[iri, { x: NaN, y: 0 }]]),
    });
    expect(() => nan.write({ kind: 'entity', value: small.entities[0] })).toThrow(`position of ${iri} is not a finite number`);
  });

  test('rejects an entity class that style.json does not colour', () => {
    const odd = { ...small.entities[0], type: 'Spaceship' } as unknown as EntityRecord;
    const exporter = createGexfExporter(new StringSink(), contextOf(small, false));
    expect(() => exporter.write({ kind: 'entity', value: odd })).toThrow(/class with no style: "Spaceship"/);
  });
});

const schemasPresent = existsSync(XSD) && existsSync(RNG);
describeWithTool('xmllint and ../shared/schemas/gexf', hasCommand('xmllint') && schemasPresent, 'GEXF validates', () => {
  const validate = (args: string[], file: string) => {
    const r = spawnSync('xmllint', ['--noout', ...args, file], { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  };

  test.each([
    ['small graph', () => small],
    ['empty graph', emptyGraph],
    ['graph with no positions', () => small],
  ])('%s against the patched XSD and the official RelaxNG schema', async (name, make) => {
    const graph = make();
    const file = await writeTmp(`${name.replace(/ /g, '-')}.gexf`, graph, contextOf(graph, name !== 'graph with no positions'));
    expect(validate(['--schema', XSD], file)).toEqual({ status: 0, stderr: `${file} validates\n` });
    expect(validate(['--relaxng', RNG], file)).toEqual({ status: 0, stderr: `${file} validates\n` });
  });
});

const READ_BACK = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": {n: {"label": d.get("label"), "type": d.get("type"), "mentions": d.get("mentions"),
                "wikidata": d.get("wikidata"), "position": d["viz"].get("position"),
                "color": d["viz"].get("color"), "size": d["viz"].get("size")} for n, d in g.nodes(data=True)},
  "edges": [[u, v, d.get("label"), d.get("type"), d.get("weight")] for u, v, d in g.edges(data=True)],
}))
`;

describeWithTool('python3 with networkx', hasCommand('python3') && hasPythonModule('networkx'), 'networkx reads the GEXF back', () => {
  test('with every node, edge, type attribute and position', async () => {
    const ctx = contextOf(small);
    const file = await writeTmp('networkx.gexf', small, ctx);
    const r = spawnSync('python3', ['-c', READ_BACK, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout) as {
      directed: boolean;
      nodes: Record<string, { label: string; type: string; mentions: number; wikidata?: string; position: { x: number; y: number; z: number }; color: { r: number; g: number; b: number }; size: number }>;
      edges: Array<[string, string, string, string, number]>;
    };
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(small.entities.map((e) => e.iri).sort());
    for (const e of small.entities) {
      const n = read.nodes[e.iri];
      expect(n.type).toBe(e.type);
      expect(n.mentions).toBe(Object.values(e.mentions).reduce((a, b) => a + b, 0));
      expect(n.position).toEqual({ ...ctx.positions!.get(e.iri), z: 0 });
      const [r, g, b] = style.classes[e.type].color;
      expect(n.color).toMatchObject({ r, g, b });
    }
    expect(read.nodes['https://w3id.org/darkweb-kg/id/organization/smith-jones-research'].label).toBe('Smith & Jones <Research>');
    expect(read.nodes['https://w3id.org/darkweb-kg/id/marketplace/dream-market'].label).toBe('Dream 🍄 Market');
    expect([...read.edges].sort()).toEqual(
      small.relations.map((rel) => [rel.s, rel.o, rel.p, rel.p, rel.assertions.length]).sort(),
    );
  });
});
