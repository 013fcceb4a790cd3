/**
 * The benchmark's own machinery, never its speed: the corpus generator (bench/corpus.ts) writes the same
 * bytes for the same seed, article i is the same in a corpus of any size, another seed gives other
 * articles, and the gold is consistent with the text; `bench/run.js` runs end to end on a tiny corpus and
 * writes a RESULTS file with every section. Through the compiled bench (`npm test` builds it first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateCorpus } from '../bench/corpus';
import { describeWithTool } from './helpers/tools';

const root = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'dwk-bench-'));

/** Every file below `dir`, relative path -> content. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

interface Gold {
  entities: Record<string, { type: string; name: string; aliases: string[] }>;
  documents: Array<{ file: string; entities: string[]; optional: string[]; negatives: string[]; relations: Array<{ s: string; o: string }>; arrests: Array<{ place: string | null }> }>;
}

describe('corpus generator', () => {
  const a = join(tmp, 'a');
  const b = join(tmp, 'b');
  const small = join(tmp, 'small');
  const other = join(tmp, 'other');
  const summary = generateCorpus({ docs: 120, seed: 7, out: a });
  generateCorpus({ docs: 120, seed: 7, out: b });
  generateCorpus({ docs: 50, seed: 7, out: small });
  generateCorpus({ docs: 50, seed: 8, out: other });

  test('the same seed writes the same bytes', () => {
    const ta = tree(a);
    expect(ta.size).toBeGreaterThan(100);
    expect(tree(b)).toEqual(ta);
  });

  test('article i does not depend on the corpus size; another seed gives other articles', () => {
    const ta = tree(join(a, 'articles'));
    const ts = tree(join(small, 'articles'));
    for (const [file, text] of ts) if (file !== 'wire.jsonl') expect({ file, same: ta.get(file) === text }).toEqual({ file, same: true });
    const to = tree(join(other, 'articles'));
    expect([...to.values()].filter((t) => [...ts.values()].includes(t))).toEqual([]);
  });

  test('txt files and one JSONL file; the summary counts them', () => {
    const files = [...tree(join(a, 'articles')).keys()];
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(120 - summary.jsonl);
    expect(files.filter((f) => f.endsWith('.jsonl'))).toEqual(['wire.jsonl']);
    expect(summary.jsonl).toBe(1);
    expect(readFileSync(join(a, 'articles', 'wire.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(summary.words).toBeGreaterThan(120 * 200);
  });

  test('the gold names every document once and only entities it defines; names it lists occur in the text', () => {
    const gold = JSON.parse(readFileSync(join(a, 'gold.json'), 'utf8')) as Gold;
    const texts = new Map<string, string>();
    for (const [f, t] of tree(join(a, 'articles'))) {
      if (f.endsWith('.jsonl')) for (const line of t.trim().split('\n')) texts.set((JSON.parse(line) as { id: string }).id, (JSON.parse(line) as { text: string }).text);
      else texts.set(f.split('/').pop()!, t);
    }
    expect(gold.documents.map((d) => d.file).sort()).toEqual([...texts.keys()].sort());
    for (const d of gold.documents) {
      const text = texts.get(d.file)!;
      const named = new Set([...d.entities, ...d.optional]);
      for (const id of named) expect({ id, defined: id in gold.entities }).toEqual({ id, defined: true });
      for (const id of d.entities) {
        const e = gold.entities[id];
        expect({ file: d.file, id, inText: [e.name, ...e.aliases].some((n) => text.includes(n)) }).toEqual({ file: d.file, id, inText: true });
      }
      for (const r of d.relations) expect({ file: d.file, r, known: named.has(r.s) && named.has(r.o) }).toEqual({ file: d.file, r, known: true });
      for (const x of d.arrests) if (x.place) expect(named.has(x.place)).toBe(true);
      if (d.file.endsWith('.txt')) for (const neg of d.negatives) expect({ neg, inText: text.includes(neg) }).toEqual({ neg, inText: true });
    }
  });
});

describe('npm run bench, on a tiny corpus', () => {
  const out = join(tmp, 'RESULTS.md');
  const script = join(root, 'dist', 'bench', 'run.js');
  test('runs end to end and writes every section', () => {
    if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build" first (npm test does)`);
    const r = spawnSync(process.execPath, [script, '--sizes', '20', '--cache', join(tmp, 'cache'), '--out', out, '--compare-docs', '20', '--gexf-nodes', '500', '--gexf-edges', '1500'], {
      cwd: root, encoding: 'utf8',
    });
    expect(r.stderr).toMatch(/wrote /);
    expect(r.status).toBe(0);
    const md = readFileSync(out, 'utf8');
    for (const section of ['## Machine', '## How to run', '## By corpus size', '## Parallel extraction', '## Against other tools, same text', '## GEXF: our writer against graphology-gexf', '## Turtle: our export against a bare n3 Writer', '## Profile of the extractor', '## Targets of issue 7']) {
      expect({ section, present: md.includes(`\n${section}\n`) }).toEqual({ section, present: true });
    }
    expect(md).not.toMatch(/## Measurements that failed/);
    for (const row of ['extraction alone, words/s per core', 'end to end, documents/s', 'peak RSS, end to end', 'kg-score F1', 'read + extract (wall)', 'resolve', 'layout', 'Turtle alone', 'GEXF alone', 'JSON alone']) {
      expect({ row, present: md.includes(row) }).toEqual({ row, present: true });
    }
    expect(md).toMatch(/\| compromise \| [\d,]+ \|/);
    expect(md).toMatch(/\| wink-nlp \| [\d,]+ \|/);
    expect(md).toMatch(/Node v\d+/);
  }, 180_000);
});

const scorer = resolve(root, '..', 'shared', 'tools', 'kg-score.mjs');
describeWithTool('../shared (the scorer)', existsSync(scorer), 'kg-score in slices (bench/score.ts)', () => {
  test('adds up to what the scorer counts over the whole corpus', () => {
    const dir = join(tmp, 'scored');
    generateCorpus({ docs: 60, seed: 3, out: dir });
    const cli = join(root, 'dist', 'bin', 'darkweb-kg.js');
    const b = spawnSync(process.execPath, [cli, 'build', join(dir, 'articles'), '--out', join(dir, 'out'), '--name', 'g', '--no-html', '--no-layout', '--format', 'ttl', 'json', '-q'], { cwd: root, encoding: 'utf8' });
    expect(b.status).toBe(0);
    const whole = spawnSync(process.execPath, [scorer, '--ttl', join(dir, 'out', 'g.ttl'), '--gold', join(dir, 'gold.json'), '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const sliced = spawnSync(process.execPath, [join(root, 'dist', 'bench', 'score.js'), JSON.stringify({ graph: join(dir, 'out', 'g.json'), gold: join(dir, 'gold.json'), dir: join(dir, 'slices'), slice: 25 })], { cwd: root, encoding: 'utf8' });
    expect(sliced.stderr).toBe('');
    const w = JSON.parse(whole.stdout) as { parts: Record<string, { tp: number; fp: number; fn: number }> };
    const s = JSON.parse(sliced.stdout) as { slices: number; parts: Record<string, { tp: number; fp: number; fn: number }> };
    expect(s.slices).toBe(3);
    for (const part of ['entities', 'relations', 'arrests', 'seizures']) {
      const pick = (x: { tp: number; fp: number; fn: number }) => ({ part, tp: x.tp, fp: x.fp, fn: x.fn });
      expect(pick(s.parts[part])).toEqual(pick(w.parts[part]));
    }
  });
});
