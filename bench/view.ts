/**
 * darkweb-kg bench: is the HTML view smooth at 10,000 nodes? Generates a synthetic graph (fixed-seed
 * PRNG; default 10,000 entities, 25,000 relations with evidence sentences, 2,000 articles, 2,000 facts),
 * lays it out with ForceAtlas2 (lib/graph/layout.ts), writes the page, opens it in headless Chromium
 * and measures, inside the page:
 *
 *   start-up  main-thread time to parse the data and build the graph, to create sigma (first
 *             drawing), to build the sidebar (the page's performance marks); then navigation start
 *             -> two animation frames after the script ran
 *   camera    during a 5 s camera animation (zoom into the biggest hub, pan, zoom back out): the
 *             main-thread time of each sigma render, and the requestAnimationFrame intervals
 *             (which also wait for the GPU): median, 95th percentile, worst, frames per second
 *   hover     main-thread time of one hover change: reducers plus the render that follows (20 runs)
 *   search    time of one autocomplete keystroke over every name and alias (mean of 20)
 *
 *   npm run build && node dist/bench/view.js [--nodes N] [--edges M] [--layout fa2|circle] [--keep FILE]
 *
 * WebGL runs on SwiftShader, a CPU rasterizer, as in CI: its frame intervals measure a machine with no
 * GPU at all. The main-thread numbers are what the page itself costs on any machine.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { layout } from '../lib/graph/layout';
import { entityIri } from '../lib/graph/iri';
import {
  ENTITY_CLASSES,
  RELATION_TYPES,
  type AssertionRecord,
  type DocumentRecord,
  type EntityClass,
  type EntityRecord,
  type FactRecord,
  type KnowledgeGraph,
  type RelationRecord,
} from '../lib/types';
import { launchChromium, TWO_FRAMES } from '../lib/view/chromium';
import { renderHtml } from '../lib/view/html';

interface BenchOptions {
  nodes: number;
  edges: number;
  layout: 'fa2' | 'circle';
  keep?: string;
}

const DEFAULTS: BenchOptions = { nodes: 10_000, edges: 25_000, layout: 'fa2' };
const BASE = 'https://w3id.org/darkweb-kg/id/';
const SYLLABLES = ['dar', 'ko', 'net', 'vel', 'ra', 'mon', 'sil', 'qua', 'tor', 'ex', 'lu', 'bri', 'zen', 'ha', 'pol', 'fi'];
/** Rough share of each class in a real graph of such articles (same order as ENTITY_CLASSES). */
const CLASS_WEIGHTS = [15, 8, 10, 8, 7, 2, 15, 30, 5];

function validateBenchOptions(argv: string[]): BenchOptions {
  const o: BenchOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (key === '--nodes' || key === '--edges') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${key} must be a positive integer, got ${JSON.stringify(value)}`);
      o[key === '--nodes' ? 'nodes' : 'edges'] = n;
    } else if (key === '--layout') {
      if (value !== 'fa2' && value !== 'circle') throw new Error(`--layout must be fa2 or circle, got ${JSON.stringify(value)}`);
      o.layout = value;
    } else if (key === '--keep') {
      if (!value) throw new Error('--keep needs a file name');
      o.keep = value;
    } else throw new Error(`unknown option ${JSON.stringify(key)} (known: --nodes, --edges, --layout, --keep)`);
  }
  return o;
}

/** mulberry32: a small fixed-seed PRNG, so every run benchmarks the same graph. */
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

export function syntheticGraph(nodes: number, edges: number, seed = 42): KnowledgeGraph {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const name = (): string => {
    const words = 1 + Math.floor(rand() * 3);
    const parts: string[] = [];
    for (let w = 0; w < words; w++) {
      let word = '';
      for (let s = 0, n = 2 + Math.floor(rand() * 2); s < n; s++) word += pick(SYLLABLES);
      parts.push(word[0].toUpperCase() + word.slice(1));
    }
    return parts.join(' ');
  };
  const totalWeight = CLASS_WEIGHTS.reduce((a, b) => a + b, 0);
  const pickClass = (): EntityClass => {
    let r = rand() * totalWeight;
    for (let i = 0; i < ENTITY_CLASSES.length; i++) if ((r -= CLASS_WEIGHTS[i]) < 0) return ENTITY_CLASSES[i];
    return 'Person';
  };

  const documents: DocumentRecord[] = [];
  for (let d = 0; d < Math.max(1, Math.round(nodes / 5)); d++) {
    const id = d.toString(16).padStart(64, '0');
    documents.push({ iri: `${BASE}document/${id.slice(0, 16)}`, id, file: `article-${d}.txt`, title: `${name()} ${name()} dark web market closed`, date: `20${10 + (d % 15)}-0${1 + (d % 9)}-1${d % 10}`, url: `https://news.example/${d}` });
  }
  const entities: EntityRecord[] = [];
  for (let i = 0; i < nodes; i++) {
    const type = pickClass();
    const label = `${name()} ${i}`;
    const mentions: Record<string, number> = {};
    for (let m = 0, n = 1 + Math.floor(rand() * 3); m < n; m++) mentions[pick(documents).iri] = 1 + Math.floor(rand() * 4);
    entities.push({ iri: entityIri(BASE, type, `${type.toLowerCase()}:${label}`), key: label, type, label, altLabels: rand() < 0.4 ? [name()] : [], named: true, mentions });
  }
  // Preferential attachment: an end is drawn from the list of ends so far half of the time, giving hubs.
  const ends: number[] = [];
  const seen = new Set<string>();
  const relations: RelationRecord[] = [];
  for (let tries = 0; relations.length < edges && tries < edges * 4; tries++) {
    const s = Math.floor(rand() * nodes);
    const o = ends.length > 0 && rand() < 0.5 ? pick(ends) : Math.floor(rand() * nodes);
    const p = pick(RELATION_TYPES);
    const key = `${s}|${p}|${o}`;
    if (s === o || seen.has(key)) continue;
    seen.add(key);
    ends.push(s, o);
    const assertions: AssertionRecord[] = [];
    for (let a = 0, n = 1 + Math.floor(rand() * 2); a < n; a++) {
      const text = `Investigators said ${entities[s].label} ${p} ${entities[o].label} according to court documents seen by reporters.`;
      assertions.push({ iri: `${BASE}assertion/${relations.length}-${a}`, doc: pick(documents).iri, text, start: 100, end: 100 + text.length, confidence: 0.5 + rand() / 2 });
    }
    relations.push({ s: entities[s].iri, p, o: entities[o].iri, assertions });
  }
  const facts: FactRecord[] = [];
  for (let f = 0; f < Math.round(nodes / 5); f++) {
    const text = `Police arrested ${f % 50} people and seized drugs in the raids.`;
    facts.push({ iri: `${BASE}arrests/${f}`, kind: 'ArrestCount', doc: pick(documents).iri, operation: pick(entities).iri, count: f % 50, text, start: 0, end: text.length, confidence: 0.9 });
  }
  return { format: 'darkweb-kg', version: 1, base: BASE, documents, entities, relations, facts };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const opts = validateBenchOptions(process.argv.slice(2));
  const t0 = performance.now();
  const graph = syntheticGraph(opts.nodes, opts.edges);
  const t1 = performance.now();
  const positions = opts.layout === 'fa2' ? layout(graph) : undefined;
  const t2 = performance.now();
  const html = await renderHtml(graph, positions, { title: `bench: ${opts.nodes} nodes` });
  const t3 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'dwk-bench-view-'));
  const file = opts.keep ?? join(dir, 'view.html');
  writeFileSync(file, html);

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(TWO_FRAMES);
    const load = (await page.evaluate(`(() => {
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      return { start: at('dwk:start'), model: at('dwk:model'), sigma: at('dwk:sigma'), ready: at('dwk:ready'), drawn: performance.now() };
    })()`)) as { start: number; model: number; sigma: number; ready: number; drawn: number };
    const measured = (await page.evaluate(`(async () => {
      const v = window.darkwebKgView;
      const renderer = v.renderer;
      const camera = renderer.getCamera();
      const graph = v.model.graph;
      const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Main-thread time of each sigma render (drawing commands, labels); the GPU work happens after.
      const renders = [];
      const render = renderer.render;
      renderer.render = function () { const t = performance.now(); const r = render.call(this); renders.push(performance.now() - t); return r; };
      let hub = null, best = -1;
      graph.forEachNode((n) => { const d = graph.degree(n); if (d > best) { best = d; hub = n; } });
      const h = renderer.getNodeDisplayData(hub);
      const stamps = [];
      let running = true;
      const tick = (t) => { stamps.push(t); if (running) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      renders.length = 0;
      await camera.animate({ x: h.x, y: h.y, ratio: 0.08 }, { duration: 2000 });
      await camera.animate({ x: h.x + 0.1, y: h.y - 0.1 }, { duration: 1000 });
      await camera.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 2000 });
      running = false;
      const frames = [];
      for (let i = 1; i < stamps.length; i++) frames.push(stamps[i] - stamps[i - 1]);
      const cameraRenders = renders.slice();
      // A hover change: reducers for the changed nodes and edges, then the next render.
      const nodes = graph.nodes();
      const hovers = [];
      for (let i = 0; i < 20; i++) {
        await twoFrames();
        renders.length = 0;
        const t = performance.now();
        v.state.setHovered(i % 2 === 0 ? nodes[(i * 7919) % nodes.length] : null);
        const sync = performance.now() - t;
        await twoFrames();
        hovers.push(sync + renders.reduce((a, b) => a + b, 0));
      }
      const input = document.querySelector('.search input');
      const queries = ['da', 'kone', 'vel', 'ra', 'tor 12', 'zen', 'qua', 'lu', 'bri', 'ex'];
      const t = performance.now();
      for (let i = 0; i < 20; i++) { input.value = queries[i % 10]; input.dispatchEvent(new Event('input')); }
      const search = (performance.now() - t) / 20;
      return { frames, cameraRenders, seconds: (stamps[stamps.length - 1] - stamps[0]) / 1000, hovers, search, hubDegree: best, dim: v.state.dimOthers };
    })()`)) as { frames: number[]; cameraRenders: number[]; seconds: number; hovers: number[]; search: number; hubDegree: number; dim: boolean };
    const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
    const frames = sorted(measured.frames);
    const renders = sorted(measured.cameraRenders);
    const hovers = sorted(measured.hovers);
    const ms = (x: number): string => `${x.toFixed(1)} ms`;
    const spread = (xs: number[]): string => `median ${ms(percentile(xs, 0.5))}, p95 ${ms(percentile(xs, 0.95))}, worst ${ms(xs[xs.length - 1])}`;
    const rows: Array<[string, string]> = [
      ['graph', `${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.documents.length} articles, hub degree ${measured.hubDegree}`],
      ['generate / layout / page', `${ms(t1 - t0)} / ${opts.layout === 'fa2' ? ms(t2 - t1) : 'circle'} / ${ms(t3 - t2)}`],
      ['page size', `${(statSync(file).size / 1048576).toFixed(1)} MB`],
      ['start-up (main thread)', `parse+graph ${ms(load.model - load.start)}, sigma ${ms(load.sigma - load.model)}, sidebar ${ms(load.ready - load.sigma)}`],
      ['load to drawn', ms(load.drawn)],
      ['camera: render() per frame', `${renders.length} renders, ${spread(renders)}`],
      ['camera: frame interval', `${frames.length} frames in ${measured.seconds.toFixed(2)} s = ${(frames.length / measured.seconds).toFixed(1)} fps; ${spread(frames)}`],
      ['hover: reducers + render', `${spread(hovers)} (${measured.dim ? 'full redraw, rest greyed' : 'partial redraw'})`],
      ['search keystroke', ms(measured.search)],
      ['console errors', errors.length === 0 ? 'none' : errors.join(' | ')],
    ];
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(28)} ${v}\n`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: Error) => {
    process.stderr.write(`Error: ${e.message}\n`);
    process.exitCode = 1;
  });
}
