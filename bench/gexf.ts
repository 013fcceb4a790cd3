/**
 * darkweb-kg bench: GEXF export of a synthetic graph (default 100,000 nodes / 500,000 edges), our streaming
 * exporter against graphology-gexf's `write()`. Each variant runs in its own child process so that peak RSS
 * is fair; the parent prints a table.
 *
 *   npm run build && node dist/bench/gexf.js [--nodes N] [--edges M]
 *
 * Variants:
 *   stream    createGexfExporter -> a paced fs.WriteStream, driven by runExporters waiting for it to drain
 *             (what a build does: lib/export/outputs.ts)
 *   fd        createGexfExporter -> a sink calling fs.writeSync (every chunk reaches the file at once)
 *   graphology  toGraphology + graphology-gexf write() -> one string -> writeFileSync
 *
 * The graph is generated deterministically (a fixed-seed PRNG), and every variant is given the same
 * positions (the seeded placement of lib/graph/layout.ts), so all three write the same information.
 * The parent reads the child's RSS from /proc/<pid>/status every 5 ms from the start of the export (after
 * generating the graph and its context, and a gc) to the child's exit: "RSS before" is the first sample,
 * "peak RSS in export" the highest (Linux; elsewhere the child's own RSS and "n/a"). "process peak" is the
 * child's getrusage maxrss, which also counts generating the graph. "max queued in sink" is the most
 * output the fs.WriteStream held in memory, not yet written: about one buffer (16 KB) plus one chunk of
 * the exporter, since runExporters waits for the paced stream to drain (without that wait it would queue
 * the whole document).
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  createWriteStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write as graphologyWrite } from 'graphology-gexf';
import { createGexfExporter } from '../lib/export/gexf';
import { degrees, paced, runExporters, type ExportContext, type Sink } from '../lib/export/exporter';
import { toGraphology } from '../lib/graph/graphology';
import { documentIri, entityIri } from '../lib/graph/iri';
import { layout } from '../lib/graph/layout';
import { ontologyPath } from '../lib/paths';
import {
  ENTITY_CLASSES,
  RELATION_TYPES,
  type DocumentRecord,
  type EntityRecord,
  type KnowledgeGraph,
  type RelationRecord,
} from '../lib/types';

const DEFAULT_NODES = 100_000;
const DEFAULT_EDGES = 500_000;
const DOCUMENTS = 1_000;
const BASE = 'https://w3id.org/darkweb-kg/id/';
const VARIANTS = ['stream', 'fd', 'graphology'] as const;
type Variant = (typeof VARIANTS)[number];

/** Printed by the child before it starts exporting; the parent samples RSS from then on. */
const EXPORT_MARK = 'export';
const SAMPLE_MS = 5;

interface Measurement {
  variant: Variant;
  exportMs: number;
  bytes: number;
  /** RSS at the start of the export: the parent's first /proc sample, else the child's own figure. */
  rssBeforeMB: number;
  /** Highest RSS the parent sampled from /proc during the export (null without /proc). */
  exportPeakMB: number | null;
  /** Most bytes the fs.WriteStream held queued, not yet written (stream variant only). */
  queuedMB: number | null;
  /** getrusage maxrss of the child: includes generating the graph. */
  processPeakMB: number;
}

/** mulberry32: a small fixed-seed PRNG, so every run generates the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `nodes` entities of every class and `edges` distinct relations. Relation i has subject i mod n and
 * "round" k = floor(i / n); its object is at distance 1 + k + K*r (mod n, K = number of rounds), so two
 * rounds never give the same subject the same object and no relation is a loop.
 */
function syntheticGraph(nodes: number, edges: number): KnowledgeGraph {
  const rnd = prng(20240501);
  const documents: DocumentRecord[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = d.toString(16).padStart(64, '0');
    documents.push({ iri: documentIri(BASE, id), id, file: `doc-${d}.txt`, date: `2023-01-${String(1 + (d % 28)).padStart(2, '0')}` });
  }
  const entities: EntityRecord[] = [];
  for (let i = 0; i < nodes; i++) {
    const type = ENTITY_CLASSES[Math.floor(rnd() * ENTITY_CLASSES.length)];
    const label = i % 10 === 0 ? `Smith & "Sons" <${i}>` : `Entity ${i}`;
    const mentions: Record<string, number> = {};
    for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) mentions[documents[Math.floor(rnd() * DOCUMENTS)].iri] = 1 + Math.floor(rnd() * 5);
    entities.push({
      iri: entityIri(BASE, type, `x:e${i}`),
      key: `x:e${i}`,
      type,
      label,
      altLabels: i % 3 === 0 ? [`E${i}`, `alias ${i}`] : [],
      wikidata: i % 7 === 0 ? `Q${1000 + i}` : undefined,
      named: true,
      mentions,
    });
  }
  const rounds = Math.ceil(edges / nodes);
  const spread = Math.max(1, Math.floor((nodes - 1 - rounds) / rounds) + 1);
  const relations: RelationRecord[] = [];
  for (let i = 0; i < edges; i++) {
    const s = i % nodes;
    const k = Math.floor(i / nodes);
    const o = (s + 1 + k + rounds * Math.floor(rnd() * spread)) % nodes;
    const doc = documents[Math.floor(rnd() * DOCUMENTS)].iri;
    const assertions = [{ iri: `${BASE}assertion/${i}`, doc, text: 'synthetic evidence', start: 0, end: 18, confidence: 0.9 }];
    if (rnd() < 0.2) assertions.push({ ...assertions[0], iri: `${BASE}assertion/${i}b` });
    relations.push({ s: entities[s].iri, p: RELATION_TYPES[Math.floor(rnd() * RELATION_TYPES.length)], o: entities[o].iri, assertions });
  }
  return { format: 'darkweb-kg', version: 1, base: BASE, documents, entities, relations, facts: [] };
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e5) / 10;
}

/** Exports with one variant; returns the most bytes a stream sink held queued (null for other sinks). */
async function exportWith(variant: Variant, graph: KnowledgeGraph, context: ExportContext, file: string): Promise<number | null> {
  if (variant === 'stream') {
    const stream = createWriteStream(file, { encoding: 'utf8' });
    let queued = 0;
    const sink = paced({
      write: (chunk: string) => {
        const ok = stream.write(chunk);
        queued = Math.max(queued, stream.writableLength);
        return ok;
      },
      end: (cb?: () => void) => stream.end(cb),
      once: (event: 'drain' | 'close', listener: () => void) => stream.once(event, listener),
    });
    await runExporters(graph, [createGexfExporter(sink, context)], [sink]);
    return queued;
  }
  if (variant === 'fd') {
    const fd = openSync(file, 'w');
    const sink: Sink = {
      write: (chunk: string) => writeSync(fd, chunk),
      end: (cb?: () => void) => {
        closeSync(fd);
        cb?.();
      },
    };
    await runExporters(graph, [createGexfExporter(sink, context)]);
    return null;
  }
  const style = JSON.parse(readFileSync(ontologyPath('style.json'), 'utf8')) as {
    classes: Record<string, { color: [number, number, number] }>;
  };
  const rgb = new Map(Object.entries(style.classes).map(([cls, { color }]) => [cls, `rgb(${color.join(',')})`]));
  const g = toGraphology(graph);
  const xml = graphologyWrite(g, {
    version: '1.3',
    formatNode: (key, attr) => {
      const e = attr.entity;
      const p = context.positions!.get(key)!;
      return {
        label: e.label,
        attributes: {
          type: e.type,
          mentions: Object.values(e.mentions).reduce((a, b) => a + b, 0),
          documents: Object.keys(e.mentions).length,
          ...(e.wikidata ? { wikidata: e.wikidata } : {}),
          ...(e.altLabels.length > 0 ? { aliases: e.altLabels.join('|') } : {}),
        },
        viz: { color: rgb.get(e.type), size: 5 + 3 * Math.sqrt(context.degree.get(key) ?? 0), x: p.x, y: p.y, z: 0 },
      };
    },
    formatEdge: (_key, attr) => ({ label: attr.relation.p, weight: attr.weight, attributes: { type: attr.relation.p } }),
  });
  writeFileSync(file, xml);
  return null;
}

/** Child process: generate, say "export" on stdout, export with one variant, print one JSON line. */
async function child(variant: Variant, nodes: number, edges: number, file: string): Promise<void> {
  const graph = syntheticGraph(nodes, edges);
  const context: ExportContext = { graph, degree: degrees(graph), positions: layout(graph, { enabled: false }) };
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  writeSync(1, `${EXPORT_MARK}\n`);
  const t0 = performance.now();
  const queued = await exportWith(variant, graph, context, file);
  const exportMs = performance.now() - t0;
  const m: Measurement = {
    variant,
    exportMs: Math.round(exportMs),
    bytes: statSync(file).size,
    rssBeforeMB: mb(rssBefore),
    exportPeakMB: null,
    queuedMB: queued === null ? null : mb(queued),
    processPeakMB: mb(process.resourceUsage().maxRSS * 1024),
  };
  process.stdout.write(JSON.stringify(m) + '\n');
}

/** Resident set size of a process from /proc (Linux), or null where there is no /proc. */
function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Runs one variant in a child process, sampling its RSS from the export mark to its exit. */
function measure(variant: Variant, nodes: number, edges: number, file: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', '--max-old-space-size=8192', __filename, '--child', variant, String(nodes), String(edges), file];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let exporting = false;
    let first: number | null = null;
    let peak: number | null = null;
    const sample = setInterval(() => {
      const rss = exporting && proc.pid !== undefined ? rssOf(proc.pid) : null;
      if (rss === null) return;
      first ??= rss;
      peak = Math.max(peak ?? 0, rss);
    }, SAMPLE_MS);
    proc.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      exporting = exporting || out.includes(`${EXPORT_MARK}\n`);
    });
    proc.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`${variant} failed (exit ${code}):\n${err}`));
      const m = JSON.parse(out.trim().split('\n').pop() as string) as Measurement;
      resolve({
        ...m,
        rssBeforeMB: first === null ? m.rssBeforeMB : mb(first),
        exportPeakMB: peak === null ? null : mb(peak),
      });
    });
  });
}

function argValue(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer (got ${args[i + 1]})`);
  return v;
}

async function parent(args: string[]): Promise<void> {
  const nodes = argValue(args, '--nodes', DEFAULT_NODES);
  const edges = argValue(args, '--edges', DEFAULT_EDGES);
  const dir = mkdtempSync(join(tmpdir(), 'darkweb-kg-bench-gexf-'));
  const rows: Measurement[] = [];
  try {
    for (const variant of VARIANTS) rows.push(await measure(variant, nodes, edges, join(dir, `${variant}.gexf`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const header = ['variant', 'export s', 'output MB', 'RSS before MB', 'peak RSS in export MB', 'process peak RSS MB', 'max queued in sink MB'];
  const table = [
    header,
    ...rows.map((m) => [
      m.variant,
      (m.exportMs / 1000).toFixed(2),
      String(mb(m.bytes)),
      String(m.rssBeforeMB),
      m.exportPeakMB === null ? 'n/a' : String(m.exportPeakMB),
      String(m.processPeakMB),
      m.queuedMB === null ? '-' : String(m.queuedMB),
    ]),
  ];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  process.stdout.write(`GEXF export, ${nodes} nodes / ${edges} edges (node ${process.version})\n`);
  for (const row of table) process.stdout.write(row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd() + '\n');
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  child(argv[1] as Variant, Number(argv[2]), Number(argv[3]), argv[4]).catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  });
} else {
  parent(argv).catch((e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  });
}
