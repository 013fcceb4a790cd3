/**
 * darkweb-kg bench: one measurement, run in a child process of bench/run.ts so that its peak RSS is its own
 * (`process.resourceUsage().maxRSS`, which counts worker threads too). Prints one JSON line on stdout.
 *
 *   node dist/bench/measure.js <mode> '<json arguments>'
 *
 * modes
 *   extract   {corpus}              read every article (ingest alone), then extract each in this thread
 *                                   (extraction alone): words per second per core; `window` is when the
 *                                   extraction ran (µs, the clock of `node --cpu-prof` profiles)
 *   parallel  {corpus, jobs}        the build's read-and-extract stage with `jobs` threads (lib/parallel:
 *                                   the main thread and jobs - 1 workers), each document folded into the
 *                                   resolver as it comes, as buildGraph does: wall time, CPU time of all
 *                                   threads and, on Linux, by thread (main, workers, V8 background:
 *                                   bench/thread-cpu.ts), and the time spent folding (`foldMs`)
 *   pair      {corpus}              two independent `parallel` runs with 1 thread, at the same time, in
 *                                   two processes: what the machine gives two threads that share nothing
 *   e2e       {corpus, out, jobs}   what `build --no-html` does: buildGraph + writeOutputs (Turtle, GEXF,
 *                                   JSON, layout on) with its stage times and peak RSS; then each export
 *                                   alone, timed, into out/alone/
 *   turtle    {graph, out}          our Turtle export of a built graph against a bare n3 Writer writing
 *                                   the same triples (parsed back from our output)
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Writer } from 'n3';
import { defaultLexicon, extractDocument } from '../lib/extract';
import { readInputs } from '../lib/ingest';
import { buildGraph, writeOutputs } from '../lib/pipeline';
import { extractInputs } from '../lib/parallel';
import { createResolver } from '../lib/resolve';
import { degrees, paced, runExporters, type ExporterFactory } from '../lib/export/exporter';
import { createTurtleExporter } from '../lib/export/turtle';
import { createGexfExporter } from '../lib/export/gexf';
import { createJsonExporter } from '../lib/export/json';
import { layout } from '../lib/graph/layout';
import { loadGraph } from '../lib/graph/load';
import { NS } from '../lib/graph/iri';
import type { KnowledgeGraph } from '../lib/types';
import { startThreadCpu } from './thread-cpu';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Words: runs of non-space characters (what bench/compare.ts counts too). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function articles(corpus: string): string {
  return join(corpus, 'articles');
}

function extractAlone(a: { corpus: string }) {
  let t0 = process.hrtime.bigint();
  const { documents } = readInputs([articles(a.corpus)]);
  const ingestMs = ms(t0);
  const words = documents.reduce((n, d) => n + countWords(d.text), 0);
  t0 = process.hrtime.bigint();
  const lexicon = defaultLexicon();
  const lexiconMs = ms(t0);
  for (const d of documents.slice(0, 20)) extractDocument(d, { lexicon }); // warm-up
  t0 = process.hrtime.bigint();
  for (const d of documents) extractDocument(d, { lexicon });
  const t1 = process.hrtime.bigint();
  const window = { fromUs: Number(t0 / 1000n), toUs: Number(t1 / 1000n) };
  return { docs: documents.length, words, ingestMs, lexiconMs, extractMs: Number(t1 - t0) / 1e6, peakMB: peakMB(), window };
}

async function parallel(a: { corpus: string; jobs: number }) {
  // as buildGraph does it: timed from the start, lexicons included (the main thread's loads while workers start)
  const threads = startThreadCpu();
  const cpu = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const resolver = createResolver();
  let foldMs = 0;
  const extracting = extractInputs([articles(a.corpus)], {
    jobs: a.jobs,
    onDocument: (d) => {
      const t = process.hrtime.bigint();
      resolver.addEncoded(d);
      foldMs += ms(t);
    },
  });
  defaultLexicon();
  const r = await extracting;
  const wallMs = ms(t0);
  const used = process.cpuUsage(cpu);
  return {
    jobs: r.jobs, docs: r.read, wallMs, ingestMs: r.timings.ingest, extractMs: r.timings.extract, foldMs,
    // CPU time of every thread: what parallelism costs in extra work, whatever else the machine is doing
    cpuMs: (used.user + used.system) / 1000, threadCpu: threads?.stop(), peakMB: peakMB(),
  };
}

function runChild(args: string[]): Promise<{ wallMs: number }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [__filename, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as { wallMs: number }) : reject(new Error(`pair: a run failed (exit ${code})`))));
  });
}

async function pair(a: { corpus: string }) {
  const args = ['parallel', JSON.stringify({ corpus: a.corpus, jobs: 1 })];
  const runs = await Promise.all([runChild(args), runChild(args)]);
  return { wallMs: runs.map((r) => r.wallMs) };
}

/** Writes `graph` with one exporter into `file`, as a build does (paced file stream). */
async function exportAlone(graph: KnowledgeGraph, create: ExporterFactory, file: string): Promise<number> {
  const positions = layout(graph, { enabled: false });
  const stream = createWriteStream(file);
  const sink = paced(stream);
  const t0 = process.hrtime.bigint();
  await runExporters(graph, [create(sink, { graph, positions, degree: degrees(graph) })], [sink]);
  await new Promise<void>((resolve) => (stream.closed ? resolve() : stream.on('close', resolve)));
  return ms(t0);
}

async function e2e(a: { corpus: string; out: string; jobs: number | 'auto' }) {
  const t0 = process.hrtime.bigint();
  const built = await buildGraph([articles(a.corpus)], { jobs: a.jobs });
  const write: Record<string, number> = {};
  await writeOutputs(built.graph, a.out, 'bench', { formats: ['ttl', 'gexf', 'json'], layout: {}, timings: write, warn: () => undefined });
  const wallMs = ms(t0);
  const peak = peakMB();
  const g = built.graph;
  const alone = join(a.out, 'alone');
  mkdirSync(alone, { recursive: true });
  const exports = {
    turtleMs: await exportAlone(g, createTurtleExporter, join(alone, 'g.ttl')),
    gexfMs: await exportAlone(g, createGexfExporter, join(alone, 'g.gexf')),
    jsonMs: await exportAlone(g, createJsonExporter, join(alone, 'g.json')),
  };
  return {
    docs: built.documents.length, jobs: built.jobs, wallMs, peakMB: peak, timings: { ...built.timings, ...write, ...exports },
    graph: { entities: g.entities.length, relations: g.relations.length, facts: g.facts.length },
    bytes: { ttl: statSync(join(a.out, 'bench.ttl')).size, gexf: statSync(join(a.out, 'bench.gexf')).size, json: statSync(join(a.out, 'bench.json')).size },
  };
}

async function turtle(a: { graph: string; out: string }) {
  const graph = loadGraph(a.graph);
  mkdirSync(a.out, { recursive: true });
  const oursFile = join(a.out, 'ours.ttl');
  const oursMs = await exportAlone(graph, createTurtleExporter, oursFile);
  const quads = new Parser().parse(readFileSync(oursFile, 'utf8'));
  const n3File = join(a.out, 'n3.ttl');
  const stream = createWriteStream(n3File);
  const t0 = process.hrtime.bigint();
  const writer = new Writer(stream, { prefixes: { ...NS } });
  for (const q of quads) writer.addQuad(q);
  await new Promise<void>((resolve, reject) => writer.end((e) => (e ? reject(e) : resolve())));
  await new Promise<void>((resolve) => (stream.closed ? resolve() : stream.on('close', resolve)));
  const n3Ms = ms(t0);
  return { triples: quads.length, oursMs, n3Ms, oursBytes: statSync(oursFile).size, n3Bytes: statSync(n3File).size };
}

const MODES: Record<string, (args: never) => unknown> = { extract: extractAlone, parallel, pair, e2e, turtle };

if (require.main === module) {
  const [mode, json] = process.argv.slice(2);
  const run = MODES[mode];
  if (!run) {
    process.stderr.write(`unknown mode "${mode}" (known: ${Object.keys(MODES).join(', ')})\n`);
    process.exitCode = 1;
  } else {
    Promise.resolve(run(JSON.parse(json ?? '{}') as never)).then(
      (r) => process.stdout.write(JSON.stringify(r) + '\n'),
      (e: Error) => {
        process.stderr.write(`${e.stack ?? e.message}\n`);
        process.exitCode = 1;
      },
    );
  }
}
