/** darkweb-kg `query path`: the shortest connection(s) between two entities, hop by hop with evidence. */
import type { Argv, CommandModule } from 'yargs';
import { DEFAULTS, validatePathOptions } from '../../../query/options';
import { findPaths, type PathResult } from '../../../query/path';
import type { Table } from '../../format';
import { EVIDENCE_COLUMNS, arrow, evidenceCells, openGraphIndex, withSharedOptions, writeAnswer, type SharedArgs } from './shared';

interface Args extends SharedArgs {
  from: string;
  to: string;
  maxHops?: number;
  all?: boolean;
  via?: string[];
  limit?: number;
}

export function pathTables(result: PathResult): Table[] {
  const n = result.paths.length;
  return result.paths.map((p, i) => ({
    name: `path ${i + 1}`,
    title:
      `Path ${n > 1 ? `${i + 1} of ${n}${result.truncated ? '+' : ''} ` : ''}from ${result.from.label} to ${result.to.label}: ` +
      `${result.length} hop${result.length === 1 ? '' : 's'}, support ${p.support} (supporting articles per hop, summed)`,
    columns: [
      { key: 'hop', header: 'Hop' },
      { key: 'from', header: 'From', width: 30 },
      { key: 'relation', header: 'Relation' },
      { key: 'to', header: 'To', width: 30 },
      { key: 'documents', header: 'Docs' },
      ...EVIDENCE_COLUMNS,
    ],
    rows: p.hops.map((h, j) => ({
      hop: j + 1,
      from: h.from.label,
      relation: arrow(h.relation, h.direction),
      to: h.to.label,
      documents: h.documents,
      ...evidenceCells(h.evidence),
    })),
  }));
}

const cmd: CommandModule<object, Args> = {
  command: 'path <from> <to>',
  describe: 'Shortest path(s) between two entities, relations used in either direction',
  builder: (y: Argv) =>
    withSharedOptions(y)
      .positional('from', { type: 'string', describe: 'Start entity (any name, alias or IRI)' })
      .positional('to', { type: 'string', describe: 'End entity' })
      .option('max-hops', { type: 'number', describe: `Give up beyond N hops (default ${DEFAULTS.path.maxHops})`, requiresArg: true })
      .option('all', { type: 'boolean', describe: 'Every shortest path, not only the best-supported one' })
      .option('limit', { type: 'number', describe: `With --all, at most N paths (default ${DEFAULTS.path.limit})`, requiresArg: true })
      .option('via', {
        type: 'string',
        array: true,
        describe: 'Use only these relations (ledBy, participatedIn…) and/or pass only through these classes (Operation…)',
        requiresArg: true,
      })
      .example('$0 query path FBI Europol', 'how the FBI and Europol are connected')
      .example('$0 query path "Rob Bryant" Europol --all --max-hops 4', 'every shortest path of at most 4 hops')
      .example('$0 query path FBI Europol --via participatedIn,ledBy', 'connections through operations only') as unknown as Argv<Args>,
  handler: (argv) => {
    const options = validatePathOptions({
      from: argv.from,
      to: argv.to,
      maxHops: argv.maxHops,
      all: argv.all,
      limit: argv.limit,
      via: argv.via,
    });
    const result = findPaths(openGraphIndex(argv.graph), options);
    writeAnswer(argv.format, pathTables(result), result);
  },
};
export default cmd;
