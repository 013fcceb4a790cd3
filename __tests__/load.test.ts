/**
 * lib/graph/load.ts: a graph JSON is read whole when small and item by item when large (a 100,000-article
 * graph is larger than V8's longest string). The item-by-item path is forced here with `streamAbove: 0`
 * and tiny chunks, so items, strings, escapes and multi-byte characters fall across chunk boundaries.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGraph, parseGraph, stringifyGraph, validateLoadGraphOptions } from '../lib/graph/load';
import type { KnowledgeGraph } from '../lib/types';

const root = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'dwk-load-'));
const SEEDS = join(root, 'exports', 'seeds.json');
const SMALL = join(__dirname, 'fixtures', 'small-graph.json');
const streamed = (file: string, chunkBytes: number) => loadGraph(file, { streamAbove: 0, chunkBytes });

/** A graph whose strings hold what a scanner could trip on: brackets, commas, quotes, backslashes, non-ASCII. */
function awkward(): KnowledgeGraph {
  const g = parseGraph(readFileSync(SMALL, 'utf8'), SMALL);
  g.entities[0].label = 'A "quoted" name, with [brackets] and {braces}\\';
  g.entities[0].altLabels = ['\\"', '€ and ’', 'emoji 🚀 and \u2028', ''];
  g.facts = [];
  g.documents.push({ iri: `${g.base}document/ffff`, id: 'f'.repeat(64), file: 'x\\\\y.txt', title: ']}, {"a": [' });
  return g;
}

describe('loadGraph item by item', () => {
  test.each([1, 2, 7, 64, 4096])('gives what JSON.parse gives, in chunks of %i bytes', (chunkBytes) => {
    for (const file of [SEEDS, SMALL]) expect(streamed(file, chunkBytes)).toEqual(parseGraph(readFileSync(file, 'utf8'), file));
  });

  test('strings with brackets, quotes, escapes and multi-byte characters come back exact', () => {
    const g = awkward();
    const file = join(tmp, 'awkward.json');
    writeFileSync(file, stringifyGraph(g));
    for (const chunkBytes of [1, 3, 5]) expect(stringifyGraph(streamed(file, chunkBytes))).toBe(stringifyGraph(g));
  });

  test('does not depend on indentation: compact and indented JSON read the same', () => {
    const g = awkward();
    const compact = join(tmp, 'compact.json');
    const indented = join(tmp, 'indented.json');
    writeFileSync(compact, JSON.stringify(g));
    writeFileSync(indented, JSON.stringify(g, null, '\t').replace(/\n/g, '\r\n'));
    expect(streamed(compact, 5)).toEqual(g);
    expect(streamed(indented, 5)).toEqual(g);
  });

  test('empty arrays and top-level keys in any order', () => {
    const file = join(tmp, 'reordered.json');
    writeFileSync(file, '{"facts": [], "relations":[ ], "documents" :[],"base":"https://example.org/kg/","entities":[],"version":1,"format":"darkweb-kg"}');
    expect(streamed(file, 4)).toEqual({ facts: [], relations: [], documents: [], entities: [], base: 'https://example.org/kg/', version: 1, format: 'darkweb-kg' });
  });

  test('a broken item is refused naming the file and the line it starts on', () => {
    const file = join(tmp, 'broken.json');
    const lines = stringifyGraph(parseGraph(readFileSync(SMALL, 'utf8'))).split('\n');
    const at = lines.findIndex((l) => l.includes('"label"'));
    lines[at] = lines[at].replace('"label":', '"label" ');
    writeFileSync(file, lines.join('\n'));
    const start = lines.slice(0, at).map((l, i) => [l, i + 1] as const).filter(([l]) => l === '  {').pop()![1];
    expect(() => streamed(file, 16)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${start}: not valid JSON`));
  });

  test('a file that is not a graph, or is cut short, is refused naming the file', () => {
    const notGraph = join(tmp, 'not-graph.json');
    writeFileSync(notGraph, '{"hello": [1, 2]}');
    expect(() => streamed(notGraph, 4)).toThrow(`${notGraph}: not a darkweb-kg graph`);
    const cut = join(tmp, 'cut.json');
    writeFileSync(cut, readFileSync(SMALL, 'utf8').slice(0, 2000));
    expect(() => streamed(cut, 64)).toThrow(`${cut}: not valid JSON`);
    expect(() => loadGraph(join(tmp, 'missing.json'))).toThrow(/missing\.json: no such file/);
  });

  test('options are checked, naming the bad key', () => {
    expect(() => validateLoadGraphOptions({ streamAbove: -1 })).toThrow(/"streamAbove" must be an integer >= 0, got -1/);
    expect(() => validateLoadGraphOptions({ chunkBytes: 0 })).toThrow(/"chunkBytes"/);
    expect(() => validateLoadGraphOptions({ chunk: 1 } as never)).toThrow(/load option "chunk" is unknown/);
  });
});
