/**
 * Tests of writeOutputs (lib/export/outputs.ts) with the layout in a worker thread, running beside the
 * exports that need no positions: the files are byte for byte those of the layout in this thread (and
 * the committed exports/ for the seeds); a layout that fails, or an export that fails while the worker
 * runs, leaves no file changed, no temporary file and no lock, and stops the worker; runExporters stops
 * at an aborted signal.
 * Under ts-jest the worker is the compiled dist/lib/graph/layout-worker.js (npm test builds first).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { htmlOutput } from '../lib/cli/commands/view-output';
import { runExporters, type Exporter, type ExportContext, type GraphItem, type Sink } from '../lib/export/exporter';
import { writeOutputs, type OutputFormat, type WriteOptions } from '../lib/export/outputs';
import { createTurtleExporter } from '../lib/export/turtle';
import { layout, type LayoutOptions } from '../lib/graph/layout';
import { loadGraph } from '../lib/graph/load';

jest.mock('../lib/export/turtle', () => {
  const actual = jest.requireActual('../lib/export/turtle');
  return { ...actual, createTurtleExporter: jest.fn(actual.createTurtleExporter) };
});

const root = resolve(__dirname, '..');
const exportsDir = join(root, 'exports');
const seeds = loadGraph(join(exportsDir, 'seeds.json'));
const ALL: OutputFormat[] = ['ttl', 'gexf', 'json', 'nquads', 'trig'];

function options(dir: string, layoutOptions: Partial<LayoutOptions>): WriteOptions {
  return { formats: ALL, layout: layoutOptions, extra: htmlOutput(dir, 'seeds'), warn: () => undefined };
}

/** Every file of a folder with its content. */
function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) files[f] = readFileSync(join(dir, f), 'utf8');
  return files;
}

const FILES = ['seeds.gexf', 'seeds.html', 'seeds.json', 'seeds.nq', 'seeds.trig', 'seeds.ttl'];

afterEach(() => jest.restoreAllMocks());

describe('writeOutputs with the layout in a worker', () => {
  test('writes the bytes of the layout in this thread, and the committed exports', async () => {
    const here = mkdtempSync(join(tmpdir(), 'dwk-outputs-'));
    const there = mkdtempSync(join(tmpdir(), 'dwk-outputs-'));
    const auto = mkdtempSync(join(tmpdir(), 'dwk-outputs-'));
    const inWorker = jest.spyOn(layout, 'inWorker');
    const listed = await writeOutputs(seeds, here, 'seeds', options(here, { worker: false }));
    expect(inWorker).not.toHaveBeenCalled();
    expect(await writeOutputs(seeds, there, 'seeds', options(there, { worker: true }))).toEqual(listed.map((f) => f.replace(here, there)));
    expect(await writeOutputs(seeds, auto, 'seeds', options(auto, { worker: 'auto', workerThreshold: 0 }))).toHaveLength(listed.length);
    expect(inWorker).toHaveBeenCalledTimes(2);
    expect(Object.keys(contents(there))).toEqual(FILES);
    expect(contents(there)).toEqual(contents(here));
    expect(contents(auto)).toEqual(contents(here));
    for (const f of ['seeds.ttl', 'seeds.gexf', 'seeds.json', 'seeds.html']) {
      expect({ f, same: contents(there)[f] === readFileSync(join(exportsDir, f), 'utf8') }).toEqual({ f, same: true });
    }
  });

  test('fills in the timings of the layout, the export and the whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-outputs-'));
    const timings: Record<string, number> = {};
    await writeOutputs(seeds, dir, 'seeds', { ...options(dir, { worker: true }), timings });
    expect(Object.keys(timings).sort()).toEqual(['export', 'layout', 'outputs']);
    expect(timings.outputs).toBeGreaterThanOrEqual(timings.export);
  });
});

describe('a failure leaves the previous outputs whole', () => {
  /** A folder holding a complete earlier set of outputs, and its contents. */
  async function previous(): Promise<{ dir: string; before: Record<string, string> }> {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-outputs-fail-'));
    await writeOutputs(seeds, dir, 'seeds', options(dir, { worker: false, enabled: false }));
    return { dir, before: contents(dir) };
  }

  test.each([
    ['at once', 0],
    ['after the first pass', 50],
  ])('a layout that fails %s: writeOutputs rejects with its error, every file is aborted', async (_when, ms) => {
    const { dir, before } = await previous();
    const failure = new Error('the layout failed');
    jest.spyOn(layout, 'inWorker').mockImplementation(() => new Promise((_resolve, reject) => setTimeout(() => reject(failure), ms)));
    await expect(writeOutputs(seeds, dir, 'seeds', options(dir, { worker: true }))).rejects.toBe(failure);
    expect(contents(dir)).toEqual(before); // the same files, unchanged: no temporary file, no lock
  });

  test('an export that fails while the worker runs stops the worker and aborts every file', async () => {
    const { dir, before } = await previous();
    const failure = new Error('the Turtle export failed');
    const real = layout.inWorker;
    let run: Promise<unknown> | undefined;
    let signal: AbortSignal | undefined;
    jest.spyOn(layout, 'inWorker').mockImplementation((graph, opts, s) => {
      signal = s;
      run = real(graph, opts, s);
      return run as ReturnType<typeof real>;
    });
    const turtle = jest.requireActual('../lib/export/turtle').createTurtleExporter as typeof createTurtleExporter;
    (createTurtleExporter as jest.Mock).mockImplementationOnce((sink: Sink, ctx: ExportContext): Exporter => {
      const inner = turtle(sink, ctx);
      let items = 0;
      return {
        write: (item) => {
          if (++items === 100) throw failure;
          inner.write(item);
        },
        finalize: () => inner.finalize(),
      };
    });
    // A layout far longer than the test: only a stopped worker lets writeOutputs return.
    await expect(writeOutputs(seeds, dir, 'seeds', options(dir, { worker: true, iterations: 10_000_000, seconds: Infinity }))).rejects.toBe(failure);
    expect(signal?.aborted).toBe(true);
    await expect(run).rejects.toBe(failure);
    expect(contents(dir)).toEqual(before);
  });
});

describe('runExporters with a signal', () => {
  test('stops within 64 items of the abort and rejects with its reason, without finalizing', async () => {
    const stop = new AbortController();
    const reason = new Error('the layout failed');
    const seen: GraphItem['kind'][] = [];
    let finalized = false;
    const exporter: Exporter = {
      write: (item) => {
        seen.push(item.kind);
        if (seen.length === 10) stop.abort(reason);
      },
      finalize: async () => {
        finalized = true;
      },
    };
    await expect(runExporters(seeds, [exporter], [], stop.signal)).rejects.toBe(reason);
    expect(seen).toHaveLength(64);
    expect(finalized).toBe(false);
  });
});
