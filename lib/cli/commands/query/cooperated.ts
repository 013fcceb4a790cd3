/** darkweb-kg `query cooperated`: pairs of agencies that co-operated, with how it is known and the evidence. */
import type { Argv, CommandModule } from 'yargs';
import { LookupError } from '../../../errors';
import { cooperated, type CooperationPair } from '../../../query/cooperated';
import { DEFAULTS, validateCooperatedOptions } from '../../../query/options';
import type { Table } from '../../format';
import { EVIDENCE_COLUMNS, evidenceCells, openGraphIndex, withSharedOptions, writeAnswer, type SharedArgs } from './shared';

interface Args extends SharedArgs {
  agency?: string;
  minStrength?: number;
}

export function cooperatedTables(pairs: CooperationPair[]): Table[] {
  const rows = pairs.flatMap((p, i) =>
    p.evidence.map((ev) => ({ pair: i, a: p.a.label, b: p.b.label, how: p.how, documents: p.documents, ...evidenceCells(ev) })),
  );
  return [
    {
      name: 'cooperated',
      title: `Agencies that co-operated (${pairs.length} pair${pairs.length === 1 ? '' : 's'}, strongest first)`,
      columns: [
        { key: 'a', header: 'Agency', width: 30 },
        { key: 'b', header: 'Agency', width: 30 },
        { key: 'how', header: 'How known', width: 30 },
        { key: 'documents', header: 'Docs' },
        ...EVIDENCE_COLUMNS,
      ],
      rows,
      group: { key: 'pair', columns: ['a', 'b', 'how', 'documents'] },
    },
  ];
}

const cmd: CommandModule<object, Args> = {
  command: 'cooperated',
  describe: 'Pairs of agencies that co-operated: stated in the text, or taking part in the same operation',
  builder: (y: Argv) =>
    withSharedOptions(y)
      .option('agency', { type: 'string', describe: 'Only pairs with this agency (any name or alias)', requiresArg: true })
      .option('min-strength', { type: 'number', describe: `Only pairs supported by at least N articles (default ${DEFAULTS.cooperated.minStrength})`, requiresArg: true })
      .example('$0 query cooperated', 'every pair, strongest first')
      .example('$0 query cooperated --agency Europol --min-strength 2', "Europol's partners named in two articles or more")
      .example('$0 query cooperated --format csv > pairs.csv', 'one line per pair and article') as unknown as Argv<Args>,
  handler: (argv) => {
    const options = validateCooperatedOptions({ agency: argv.agency, minStrength: argv.minStrength });
    const pairs = cooperated(openGraphIndex(argv.graph), options);
    if (pairs.length === 0) {
      throw new LookupError(
        `no co-operating agencies${options.agency ? ` with ${options.agency}` : ''}${options.minStrength > 1 ? ` supported by ${options.minStrength} articles or more` : ''}`,
      );
    }
    writeAnswer(argv.format, cooperatedTables(pairs), pairs);
  },
};
export default cmd;
