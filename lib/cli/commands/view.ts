/**
 * darkweb-kg `view` command: lays out a built graph (`<name>.json`) with ForceAtlas2 and writes it as
 * one self-contained interactive HTML page (lib/view/html.ts). The page is written atomically, next to
 * the graph unless --out says otherwise.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CommandModule } from 'yargs';
import { atomicFile } from '../../export/atomic';
import { degrees, runExporters } from '../../export/exporter';
import { layout } from '../../graph/layout';
import { loadGraph } from '../../graph/load';
import { createHtmlExporter, type ViewOptions } from '../../view/html';

export interface ViewArgs {
  graph: string;
  out?: string;
  title?: string;
}

export interface ViewResult {
  out: string;
  entities: number;
  relations: number;
  bytes: number;
}

/** The page's path when --out is not given: the graph's path with `.html` for `.json`. */
export function defaultOut(graph: string): string {
  return graph.replace(/(\.json)?$/i, '.html');
}

export async function writeView(args: ViewArgs): Promise<ViewResult> {
  const graph = loadGraph(args.graph);
  const out = args.out ?? defaultOut(args.graph);
  const options: Partial<ViewOptions> = { title: args.title ?? `darkweb-kg: ${basename(args.graph).replace(/\.json$/i, '')}` };
  const file = atomicFile(out);
  try {
    const exporter = createHtmlExporter(file, { graph, positions: layout(graph), degree: degrees(graph) }, options);
    await runExporters(graph, [exporter]);
    await file.done;
  } catch (e) {
    file.abort();
    throw e;
  }
  return { out, entities: graph.entities.length, relations: graph.relations.length, bytes: statSync(out).size };
}

const cmd: CommandModule<object, ViewArgs> = {
  command: 'view',
  describe: 'Write the graph as one self-contained interactive HTML page (no network needed to open it)',
  builder: (y) =>
    y
      .option('graph', { type: 'string', default: 'exports/seeds.json', describe: 'Graph JSON written by `build`' })
      .option('out', { type: 'string', describe: 'HTML file to write (default: the graph path with .html)' })
      .option('title', { type: 'string', describe: 'Page title (default: darkweb-kg: <graph name>)' }),
  handler: async (argv) => {
    const r = await writeView(argv);
    process.stderr.write(`wrote ${r.out} (${r.entities} entities, ${r.relations} relations, ${Math.round(r.bytes / 1024)} KB)\n`);
  },
};
export default cmd;
