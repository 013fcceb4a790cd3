/**
 * darkweb-kg `build`: articles in, a knowledge graph out — `<out>/<name>.ttl`, `.gexf`, `.json` (and the
 * HTML view; `.nq`, `.trig` on request). Problems with single inputs are warnings on stderr that name the
 * file and line; the exit code is 2 when an input was skipped.
 *
 * `--update graph.json` adds the documents that graph does not hold yet (by content hash) and writes the
 * union (lib/graph/merge-graphs.ts) over it: no IRI changes, nothing already there is lost, and a second
 * run on the same input writes the same bytes.
 */
import { basename, dirname, resolve as resolvePath } from 'node:path';
import type { CommandModule } from 'yargs';
import { buildGraph, DEFAULT_FORMATS, OUTPUT_FORMATS, writeOutputs, type BuildResult, type OutputFormat } from '../../pipeline';
import { UsageError } from '../../errors';
import { DEFAULT_BASE } from '../../graph/iri';
import { LAYOUT_WORKER_WORDS } from '../../graph/layout';
import { loadGraph } from '../../graph/load';
import { mergeGraphs } from '../../graph/merge-graphs';
import { EXIT, setExitCode } from '..';
import { htmlOutput } from './view-output';
import { formatWarning } from '../../ingest/warnings';
import { defaultJobs, MAX_JOBS } from '../../parallel';
import { progressBar } from '../progress';

interface Args {
  paths: string[];
  out?: string;
  name?: string;
  base?: string;
  update?: string;
  format: string[];
  layout: boolean;
  'layout-seconds'?: number;
  'layout-worker': string;
  html: boolean;
  shard?: string;
  jobs?: number;
  quiet: boolean;
}

const cmd: CommandModule<object, Args> = {
  command: 'build <paths...>',
  describe: 'Build the knowledge graph from articles (.txt, .md, .html, .jsonl files or folders)',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files or folders of articles' })
      .option('out', { alias: 'o', type: 'string', describe: 'Output folder (default: exports; with --update, the folder of the graph)' })
      .option('name', { alias: 'n', type: 'string', describe: 'Base name of the output files (default: graph; with --update, the graph\'s)' })
      .option('base', { type: 'string', describe: `Base IRI of resources (default: ${DEFAULT_BASE}; with --update, the graph's)` })
      .option('format', { type: 'string', array: true, default: [...DEFAULT_FORMATS], choices: [...OUTPUT_FORMATS], describe: 'Outputs to write (nquads, trig: one named graph per document)' })
      .option('update', { type: 'string', describe: 'Add the new documents among the inputs to this built graph (.json); existing IRIs never change' })
      .option('html', { type: 'boolean', default: true, describe: 'Also write the interactive HTML view (<name>.html)' })
      .option('layout', { type: 'boolean', default: true, describe: 'Run ForceAtlas2 (--no-layout skips it)' })
      .option('layout-seconds', { type: 'number', describe: 'Time cap for the layout, in seconds' })
      .option('layout-worker', { type: 'string', default: 'auto', choices: Object.keys(LAYOUT_WORKER_WORDS), describe: 'Run the layout in a worker thread, concurrently with the exports that need no positions (auto: for large graphs)' })
      .option('shard', { type: 'string', describe: 'Process only slice i/n of the inputs (by content hash), e.g. 2/3' })
      .option('jobs', { alias: 'j', type: 'number', describe: `Threads reading and extracting articles: the main thread and N-1 workers (default: one per core, ${defaultJobs()} here, fewer for a few hundred files); the output is the same for any number` })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary on stderr' })
      .example('$0 build seeds --out exports --name seeds', 'Build the seed graph')
      .example('$0 build articles/ news.jsonl -o out -n corpus --no-layout', 'A larger corpus, without layout')
      .example('$0 build --update exports/seeds.json more/', 'Add the articles in more/ to the seed graph, in place'),
  handler: async (argv) => {
    let shard: { index: number; count: number } | undefined;
    if (argv.shard) {
      const m = /^(\d+)\/(\d+)$/.exec(argv.shard);
      if (!m) throw new UsageError(`--shard must look like i/n (e.g. 2/3), got "${argv.shard}"`);
      shard = { index: Number(m[1]), count: Number(m[2]) };
    }
    const layout = {
      enabled: argv.layout,
      worker: LAYOUT_WORKER_WORDS[argv['layout-worker'] as keyof typeof LAYOUT_WORKER_WORDS],
      ...(argv['layout-seconds'] != null ? { seconds: argv['layout-seconds'] } : {}),
    };
    const t0 = Date.now();
    const existing = argv.update ? loadGraph(argv.update) : undefined;
    if (existing && argv.base && argv.base !== existing.base) {
      throw new UsageError(`--base ${argv.base} differs from the base of ${argv.update} (${existing.base}): an update keeps the graph's base`);
    }
    const out = argv.out ?? (argv.update ? dirname(argv.update) : 'exports');
    const name = argv.name ?? (argv.update ? basename(argv.update).replace(/\.json$/i, '') : 'graph');
    const exclude = existing && new Set(existing.documents.map((d) => d.id));
    const base = existing?.base ?? argv.base ?? DEFAULT_BASE;
    const jobs = argv.jobs ?? 'auto';
    if (jobs !== 'auto' && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs must be an integer from 1 to ${MAX_JOBS}, got ${argv.jobs}`);
    const bar = progressBar();
    let result: BuildResult | undefined;
    try {
      result = await buildGraph(argv.paths, { base, layout, shard, exclude, jobs, onProgress: bar?.update });
    } finally {
      bar?.done();
    }
    const { graph: built, warnings, read } = result;
    const added = result.documents.length;
    // the documents' metadata (paths included: 25 MB at 100,000 articles) is not kept through the exports
    result = undefined;
    for (const w of warnings) process.stderr.write(`${formatWarning(w)}\n`);
    if (read === 0) throw new UsageError(`no readable articles in ${argv.paths.join(', ')}`);
    const graph = existing ? mergeGraphs([existing, built], { names: [argv.update!, 'the new documents'] }) : built;
    const extra = argv.html ? htmlOutput(out, name) : [];
    // an update in place always rewrites the graph it updates, whatever --format says
    const inPlace = argv.update !== undefined && resolvePath(out, `${name}.json`) === resolvePath(argv.update);
    const formats = [...new Set([...(argv.format as OutputFormat[]), ...(inPlace ? ['json' as const] : [])])];
    const files = await writeOutputs(graph, out, name, { formats, layout, extra });
    if (!argv.quiet) {
      const counts = `${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.facts.length} facts`;
      const seconds = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
      const sharded = shard ? ` (shard ${shard.index}/${shard.count} of ${read})` : '';
      process.stderr.write(
        (existing
          ? `Added ${added} new documents${sharded} to ${argv.update} (${graph.documents.length} now): ${counts} in ${seconds}\n`
          : `Built ${counts} from ${added} documents${sharded} in ${seconds}\n`) +
          files.map((f) => `  wrote ${f}\n`).join(''),
      );
    }
    if (warnings.some((w) => w.skipped)) setExitCode(EXIT.SKIPPED_INPUTS);
  },
};
export default cmd;
