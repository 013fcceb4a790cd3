/** darkweb-kg `query neighbors`: the entities within N hops of one entity, with the linking relations. */
import type { Argv, CommandModule } from 'yargs';
import { LookupError } from '../../../errors';
import { neighbors, type NeighborsResult } from '../../../query/neighbors';
import { DEFAULTS, validateNeighborsOptions } from '../../../query/options';
import type { Table } from '../../format';
import { EVIDENCE_COLUMNS, arrow, evidenceCells, joinName, openGraphIndex, withSharedOptions, writeAnswer, type SharedArgs } from './shared';

interface Args extends SharedArgs {
  name: string[];
  type?: string[];
  depth?: number;
}

export function neighborsTables(result: NeighborsResult, depth: number): Table[] {
  return [
    {
      name: 'neighbors',
      title: `Neighbours of ${result.center.label} within ${depth} hop${depth === 1 ? '' : 's'} (→: the first entity is the subject)`,
      columns: [
        { key: 'distance', header: 'Hops' },
        { key: 'entity', header: 'Entity', width: 30 },
        { key: 'type', header: 'Type' },
        { key: 'relation', header: 'Relation' },
        { key: 'via', header: 'Linked to', width: 30 },
        { key: 'documents', header: 'Docs' },
        ...EVIDENCE_COLUMNS,
      ],
      rows: result.neighbors.map((n) => ({
        distance: n.distance,
        entity: n.entity.label,
        type: n.entity.type,
        // The arrow reads from the neighbour to the entity it is linked to.
        relation: arrow(n.relation, n.direction === 'out' ? 'in' : 'out'),
        via: n.via.label,
        documents: n.documents,
        ...evidenceCells(n.evidence),
      })),
    },
  ];
}

const cmd: CommandModule<object, Args> = {
  command: 'neighbors <name..>',
  aliases: ['neighbours'],
  describe: 'Entities within N hops of an entity, with the relations that link them',
  builder: (y: Argv) =>
    withSharedOptions(y)
      .positional('name', { type: 'string', array: true, describe: 'The entity (any name, alias or IRI)' })
      .option('type', { type: 'string', array: true, describe: 'Only report entities of these classes (Agency, Operation…)', requiresArg: true })
      .option('depth', { type: 'number', describe: `How many hops out (default ${DEFAULTS.neighbors.depth})`, requiresArg: true })
      .example('$0 query neighbors Europol', 'everything directly linked to Europol')
      .example('$0 query neighbors "Operation SpecTor" --type Agency', 'agencies linked to the operation')
      .example('$0 query neighbors Monopoly Market --depth 2 --format json', 'two hops out, as JSON') as unknown as Argv<Args>,
  handler: (argv) => {
    const options = validateNeighborsOptions({ name: joinName(argv.name), depth: argv.depth, type: argv.type });
    const result = neighbors(openGraphIndex(argv.graph), options);
    if (result.neighbors.length === 0) {
      const what = options.types.length ? options.types.join(' or ') + ' entities' : 'neighbours';
      throw new LookupError(`${result.center.label} has no ${what} within ${options.depth} hop${options.depth === 1 ? '' : 's'}`);
    }
    writeAnswer(argv.format, neighborsTables(result, options.depth), result);
  },
};
export default cmd;
