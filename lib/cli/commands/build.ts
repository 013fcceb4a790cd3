/**
 * darkweb-kg `build`: articles in, a knowledge graph out — `<out>/<name>.ttl`, `.gexf`, `.json` (and the
 * HTML view). Problems with single inputs are warnings on stderr that name the file and line; the exit
 * code is 2 when an input was skipped.
 */
import type { CommandModule } from 'yargs';
import { buildGraph, OUTPUT_FORMATS, writeOutputs, type OutputFormat } from '../../pipeline';
import { UsageError } from '../../errors';
import { DEFAULT_BASE } from '../../graph/iri';
import { EXIT, setExitCode } from '..';
import { htmlOutput } from './view-output';

interface Args {
  paths: string[];
  out: string;
  name: string;
  base: string;
  format: string[];
  layout: boolean;
  'layout-seconds'?: number;
  html: boolean;
  shard?: string;
  quiet: boolean;
}

const cmd: CommandModule<object, Args> = {
  command: 'build <paths...>',
  describe: 'Build the knowledge graph from articles (.txt, .md, .html, .jsonl files or folders)',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files or folders of articles' })
      .option('out', { alias: 'o', type: 'string', default: 'exports', describe: 'Output folder' })
      .option('name', { alias: 'n', type: 'string', default: 'graph', describe: 'Base name of the output files' })
      .option('base', { type: 'string', default: DEFAULT_BASE, describe: 'Base IRI of resources' })
      .option('format', { type: 'string', array: true, default: [...OUTPUT_FORMATS], choices: [...OUTPUT_FORMATS], describe: 'Outputs to write' })
      .option('html', { type: 'boolean', default: true, describe: 'Also write the interactive HTML view (<name>.html)' })
      .option('layout', { type: 'boolean', default: true, describe: 'Run ForceAtlas2 (--no-layout skips it)' })
      .option('layout-seconds', { type: 'number', describe: 'Time cap for the layout, in seconds' })
      .option('shard', { type: 'string', describe: 'Process only slice i/n of the inputs (by content hash), e.g. 2/3' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary on stderr' })
      .example('$0 build seeds --out exports --name seeds', 'Build the seed graph')
      .example('$0 build articles/ news.jsonl -o out -n corpus --no-layout', 'A larger corpus, without layout'),
  handler: async (argv) => {
    let shard: { index: number; count: number } | undefined;
    if (argv.shard) {
      const m = /^(\d+)\/(\d+)$/.exec(argv.shard);
      if (!m) throw new UsageError(`--shard must look like i/n (e.g. 2/3), got "${argv.shard}"`);
      shard = { index: Number(m[1]), count: Number(m[2]) };
    }
    const layout = { enabled: argv.layout, ...(argv['layout-seconds'] != null ? { seconds: argv['layout-seconds'] } : {}) };
    const t0 = Date.now();
    const { graph, warnings, documents } = buildGraph(argv.paths, { base: argv.base, layout, shard });
    for (const w of warnings) {
      const where = `${w.file}${w.line != null ? `:${w.line}` : ''}${w.byte != null ? ` (byte ${w.byte})` : ''}`;
      process.stderr.write(`${w.skipped ? 'Skipped' : 'Warning'}: ${where}: ${w.message}\n`);
    }
    if (documents.length === 0) throw new UsageError(`no readable articles in ${argv.paths.join(', ')}`);
    const extra = argv.html ? htmlOutput(argv.out, argv.name) : [];
    const files = await writeOutputs(graph, argv.out, argv.name, { formats: argv.format as OutputFormat[], layout, extra });
    if (!argv.quiet) {
      process.stderr.write(
        `Built ${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.facts.length} facts from ${documents.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s\n` +
          files.map((f) => `  wrote ${f}\n`).join(''),
      );
    }
    if (warnings.some((w) => w.skipped)) setExitCode(EXIT.SKIPPED_INPUTS);
  },
};
export default cmd;
