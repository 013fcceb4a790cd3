/** darkweb-kg `query arrests`: arrest and seizure figures by operation and place, each with its sources. */
import type { Argv, CommandModule } from 'yargs';
import { LookupError } from '../../../errors';
import { arrests, type ArrestsResult } from '../../../query/arrests';
import { validateArrestsOptions } from '../../../query/options';
import type { Table } from '../../format';
import { EVIDENCE_COLUMNS, evidenceCells, openGraphIndex, withSharedOptions, writeAnswer, type SharedArgs } from './shared';

interface Args extends SharedArgs {
  operation?: string;
  country?: string;
}

const NO_OPERATION = '(no operation named)';

export function arrestsTables(result: ArrestsResult): Table[] {
  const arrestRows = result.arrests.flatMap((g, i) =>
    g.figures.flatMap((f) =>
      f.sources.map((ev) => ({
        group: i,
        operation: g.operation?.label ?? NO_OPERATION,
        place: g.place?.label ?? '(total)',
        arrests: f.value ?? 'some',
        status: g.disputed ? 'sources disagree' : '',
        ...evidenceCells(ev),
      })),
    ),
  );
  const seizureRows = result.seizures.flatMap((g, i) =>
    g.figures.flatMap((f) =>
      f.sources.map((ev) => ({
        group: i,
        operation: g.operation?.label ?? NO_OPERATION,
        item: g.item ?? '',
        quantity: f.value,
        unit: g.unit,
        status: g.disputed ? 'sources disagree' : '',
        ...evidenceCells(ev),
      })),
    ),
  );
  return [
    {
      name: 'arrests',
      title: 'Arrests by operation and place (figures are never summed; disagreeing sources are all shown)',
      columns: [
        { key: 'operation', header: 'Operation', width: 28 },
        { key: 'place', header: 'Place', width: 24 },
        { key: 'arrests', header: 'Arrests' },
        { key: 'status', header: 'Note' },
        ...EVIDENCE_COLUMNS,
      ],
      rows: arrestRows,
      group: { key: 'group', columns: ['operation', 'place', 'status'] },
    },
    {
      name: 'seizures',
      title: 'Seizures by operation and item',
      columns: [
        { key: 'operation', header: 'Operation', width: 28 },
        { key: 'item', header: 'Item', width: 24 },
        { key: 'quantity', header: 'Quantity' },
        { key: 'unit', header: 'Unit' },
        { key: 'status', header: 'Note' },
        ...EVIDENCE_COLUMNS,
      ],
      rows: seizureRows,
      group: { key: 'group', columns: ['operation', 'item', 'status'] },
    },
  ];
}

const cmd: CommandModule<object, Args> = {
  command: 'arrests',
  describe: 'Arrest and seizure figures by operation and country, with their sources (disagreements shown, never summed)',
  builder: (y: Argv) =>
    withSharedOptions(y)
      .option('operation', { type: 'string', describe: 'Only this operation (any name or alias)', requiresArg: true })
      .option('country', {
        type: 'string',
        describe: 'Only arrests in this country or a place in it (seizures have no place, so they drop out)',
        requiresArg: true,
      })
      .example('$0 query arrests --operation SpecTor', 'arrests and seizures of one operation')
      .example('$0 query arrests --country Germany --format csv', 'arrests in Germany, every operation') as unknown as Argv<Args>,
  handler: (argv) => {
    const options = validateArrestsOptions({ operation: argv.operation, country: argv.country });
    const result = arrests(openGraphIndex(argv.graph), options);
    if (result.arrests.length === 0 && result.seizures.length === 0) {
      const filters = [options.operation && `operation ${options.operation}`, options.country && `in ${options.country}`].filter(Boolean);
      throw new LookupError(`no arrest or seizure figures${filters.length ? ' for ' + filters.join(' ') : ''}`);
    }
    writeAnswer(argv.format, arrestsTables(result), result);
  },
};
export default cmd;
