/**
 * Tests of the streaming graph-JSON writer (lib/export/json.ts) and of sink backpressure in
 * runExporters (lib/export/exporter.ts): the streamed text is byte for byte `stringifyGraph`, on real and
 * awkward graphs, whatever the chunking; a stream that asks the writer to wait is waited for, so it never
 * queues more than a few chunks; a stream that closes while the writer waits does not hang the export.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, paced, runExporters, StringSink, type Exporter, type Sink } from '../lib/export/exporter';
import { createJsonExporter } from '../lib/export/json';
import { createTurtleExporter } from '../lib/export/turtle';
import { ExportError } from '../lib/errors';
import { parseGraph, stringifyGraph } from '../lib/graph/load';
import type { EntityRecord, KnowledgeGraph } from '../lib/types';

const root = join(__dirname, '..');
const seeds = parseGraph(readFileSync(join(root, 'exports', 'seeds.json'), 'utf8'));
const small = parseGraph(readFileSync(join(__dirname, 'fixtures', 'small-graph.json'), 'utf8'));

async function jsonOf(graph: KnowledgeGraph): Promise<string> {
  const sink = new StringSink();
  await runExporters(graph, [createJsonExporter(sink, { graph, degree: degrees(graph) })]);
  return sink.toString();
}

function graphOf(parts: Partial<KnowledgeGraph>): KnowledgeGraph {
  return { format: 'darkweb-kg', version: 1, base: 'https://w3id.org/darkweb-kg/id/', documents: [], entities: [], relations: [], facts: [], ...parts };
}

function entity(i: number, label = `Entity ${i}`): EntityRecord {
  return { iri: `https://w3id.org/darkweb-kg/id/agency/e${String(i).padStart(6, '0')}`, key: `agency:e${i}`, type: 'Agency', label, altLabels: [`E${i}`], named: true, mentions: { d: 1 } };
}

describe('streaming JSON export', () => {
  test('writes exactly the bytes of stringifyGraph for the seed graph and the small fixture', async () => {
    expect(await jsonOf(seeds)).toBe(stringifyGraph(seeds));
    expect(await jsonOf(small)).toBe(stringifyGraph(small));
  });

  test('empty arrays, an empty graph, and arrays empty between full ones', async () => {
    const empty = graphOf({});
    expect(await jsonOf(empty)).toBe(stringifyGraph(empty));
    const onlyEntities = graphOf({ entities: [entity(1)] });
    expect(await jsonOf(onlyEntities)).toBe(stringifyGraph(onlyEntities));
    const docsAndFacts = graphOf({ documents: seeds.documents, facts: seeds.facts });
    expect(await jsonOf(docsAndFacts)).toBe(stringifyGraph(docsAndFacts));
  });

  test('strings with newlines, quotes, control characters, lone surrogates and non-BMP text', async () => {
    const g = graphOf({ entities: [entity(1, 'a\nb "c" \\ \u0001 \ud800 😀 \u2028'), entity(2, '')] });
    expect(await jsonOf(g)).toBe(stringifyGraph(g));
  });

  test('hands a large graph to the sink in many chunks, together the same text', async () => {
    const g = graphOf({ entities: Array.from({ length: 3000 }, (_, i) => entity(i)) });
    const sink = new StringSink();
    const writes: number[] = [];
    const counting: Sink = { write: (c: string) => (writes.push(c.length), sink.write(c)), end: (cb) => sink.end(cb) };
    await runExporters(g, [createJsonExporter(counting, { graph: g, degree: degrees(g) })]);
    expect(sink.toString()).toBe(stringifyGraph(g));
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...writes)).toBeLessThan(2 * 65536 + 1000);
  });

  test('an item out of order is an ExportError naming the kinds', () => {
    const ex = createJsonExporter(new StringSink(), { graph: seeds, degree: degrees(seeds) });
    ex.write({ kind: 'relation', value: seeds.relations[0] });
    expect(() => ex.write({ kind: 'entity', value: seeds.entities[0] })).toThrow(ExportError);
    expect(() => ex.write({ kind: 'entity', value: seeds.entities[0] })).toThrow(/"entity" arrived after the relations/);
  });
});

/**
 * A stream stand-in: `write` queues the chunk and returns false once `limit` chunks are queued; queued
 * chunks are "written" on the next turn of the event loop, and then 'drain' is emitted if a write had
 * returned false (as Node streams do).
 */
class SlowStream extends EventEmitter implements Sink {
  queued = 0;
  maxQueued = 0;
  text: string[] = [];
  private needDrain = false;
  private scheduled = false;
  constructor(private readonly limit: number) {
    super();
  }
  write(chunk: string): boolean {
    this.text.push(chunk);
    this.queued++;
    this.maxQueued = Math.max(this.maxQueued, this.queued);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (this.queued >= this.limit) this.needDrain = true;
    return this.queued < this.limit;
  }
  private flush(): void {
    this.scheduled = false;
    this.queued = 0;
    if (this.needDrain) {
      this.needDrain = false;
      this.emit('drain');
    }
  }
  end(cb?: () => void): void {
    setImmediate(() => cb?.());
  }
}

describe('backpressure in runExporters', () => {
  const many = graphOf({ entities: Array.from({ length: 5000 }, (_, i) => entity(i)) });
  const ctx = { graph: many, degree: degrees(many) };

  test('waits for a paced stream to drain: it never holds more than a few hundred chunks, and gets every byte', async () => {
    const stream = new SlowStream(16);
    const reference = new StringSink();
    await runExporters(many, [createTurtleExporter(reference, ctx)]);
    const sink = paced(stream);
    await runExporters(many, [createTurtleExporter(sink, ctx)], [sink]);
    expect(stream.text.join('')).toBe(reference.toString());
    // The Turtle writer writes once per item: 5,000+ chunks. Unpaced, the stream would hold them all.
    expect(stream.text.length).toBeGreaterThan(5000);
    expect(stream.maxQueued).toBeLessThanOrEqual(16 + 64);
  });

  test('without paced sinks, nothing is waited for (the old behaviour: the stream holds everything)', async () => {
    const stream = new SlowStream(16);
    await runExporters(many, [createTurtleExporter(stream, ctx)]);
    expect(stream.maxQueued).toBeGreaterThan(5000);
  });

  test('a paced stream that closes while the writer waits does not hang the export', async () => {
    const stream = new SlowStream(1);
    // closes instead of draining
    stream.emit = ((event: string) => (event === 'drain' ? EventEmitter.prototype.emit.call(stream, 'close') : false)) as typeof stream.emit;
    const sink = paced(stream);
    const exporters: Exporter[] = [createTurtleExporter(sink, ctx)];
    await expect(runExporters(many, exporters, [sink])).resolves.toBeUndefined();
    expect(sink.blocked).toBe(false);
  });
});
