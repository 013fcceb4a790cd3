/**
 * darkweb-kg `merge`: several built graphs (the `.json` of each shard of a `build --shard i/n`) into one,
 * written like `build` writes its outputs. The cross-document decisions of resolution are taken again over
 * all the documents (lib/graph/merge-graphs.ts), so merging the shards gives what one build gives.
 */
import type { CommandModule } from 'yargs';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, writeOutputs, type OutputFormat } from '../../pipeline';
import { defaultLexicon } from '../../extract/lexicon';
import { LAYOUT_WORKER_WORDS } from '../../graph/layout';
import { loadGraph } from '../../graph/load';
import { mergeGraphs } from '../../graph/merge-graphs';
import { htmlOutput } from './view-output';

interface Args {
  graphs: string[];
  out: string;
  name: string;
  format: string[];
  html: boolean;
  layout: boolean;
  'layout-seconds'?: number;
  'layout-worker': string;
  quiet: boolean;
}

const cmd: CommandModule<object, Args> = {
  command: 'merge <graphs...>',
  describe: 'Merge built graphs (the .json of each shard) into one, with the same outputs as build',
  builder: (y) =>
    y
      .positional('graphs', { type: 'string', array: true, demandOption: true, describe: 'Graph files (.json) written by build' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'Output folder' })
      .option('name', { alias: 'n', type: 'string', default: 'graph', describe: 'Base name of the output files' })
      .option('format', { type: 'string', array: true, default: [...DEFAULT_FORMATS], choices: [...OUTPUT_FORMATS], describe: 'Outputs to write' })
      .option('html', { type: 'boolean', default: true, describe: 'Also write the interactive HTML view (<name>.html)' })
      .option('layout', { type: 'boolean', default: true, describe: 'Run ForceAtlas2 (--no-layout skips it)' })
      .option('layout-seconds', { type: 'number', describe: 'Time cap for the layout, in seconds' })
      .option('layout-worker', { type: 'string', default: 'auto', choices: Object.keys(LAYOUT_WORKER_WORDS), describe: 'Run the layout in a worker thread, concurrently with the exports that need no positions (auto: for large graphs)' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary on stderr' })
      .example('$0 merge s1/graph.json s2/graph.json s3/graph.json --out exports --name corpus', 'Combine three shards'),
  handler: async (argv) => {
    const t0 = Date.now();
    const graphs = argv.graphs.map((f) => loadGraph(f));
    const graph = mergeGraphs(graphs, { names: argv.graphs, lexicon: defaultLexicon() });
    const layout = {
      enabled: argv.layout,
      worker: LAYOUT_WORKER_WORDS[argv['layout-worker'] as keyof typeof LAYOUT_WORKER_WORDS],
      ...(argv['layout-seconds'] != null ? { seconds: argv['layout-seconds'] } : {}),
    };
    const extra = argv.html ? htmlOutput(argv.out, argv.name) : [];
    const files = await writeOutputs(graph, argv.out, argv.name, { formats: argv.format as OutputFormat[], layout, extra });
    if (!argv.quiet) {
      process.stderr.write(
        `Merged ${graphs.length} graphs: ${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations, ` +
          `${graph.facts.length} facts in ${((Date.now() - t0) / 1000).toFixed(1)} s\n` +
          files.map((f) => `  wrote ${f}\n`).join(''),
      );
    }
  },
};
export default cmd;
