/** darkweb-kg `stats`: counts by class and property, documents, and the entities with the most relations. */
import type { Argv, CommandModule } from 'yargs';
import { DEFAULTS, validateStatsOptions } from '../../query/options';
import { stats, type StatsResult } from '../../query/stats';
import type { Table } from '../format';
import { openGraphIndex, withSharedOptions, writeAnswer, type SharedArgs } from './query/shared';

interface Args extends SharedArgs {
  top?: number;
}

export function statsTables(s: StatsResult): Table[] {
  return [
    {
      name: 'totals',
      title: 'Totals',
      columns: [
        { key: 'what', header: 'What' },
        { key: 'count', header: 'Count' },
      ],
      rows: [
        { what: 'documents', count: s.documents },
        { what: 'entities', count: s.entities },
        { what: 'relations', count: s.relations },
        { what: 'assertions', count: s.assertions },
        { what: 'counted facts', count: s.facts },
      ],
    },
    {
      name: 'classes',
      title: 'Entities by class',
      columns: [
        { key: 'class', header: 'Class' },
        { key: 'count', header: 'Entities' },
      ],
      rows: s.classes.map((c) => ({ class: c.class, count: c.count })),
    },
    {
      name: 'properties',
      title: 'Relations by property',
      columns: [
        { key: 'property', header: 'Property' },
        { key: 'relations', header: 'Relations' },
        { key: 'assertions', header: 'Assertions' },
      ],
      rows: s.properties.map((p) => ({ property: p.property, relations: p.relations, assertions: p.assertions })),
    },
    {
      name: 'facts',
      title: 'Counted facts by kind',
      columns: [
        { key: 'kind', header: 'Kind' },
        { key: 'count', header: 'Facts' },
      ],
      rows: s.factKinds.map((f) => ({ kind: f.kind, count: f.count })),
    },
    {
      name: 'top',
      title: `Top ${s.top.length} entities by degree`,
      columns: [
        { key: 'entity', header: 'Entity', width: 40 },
        { key: 'type', header: 'Type' },
        { key: 'degree', header: 'Relations' },
        { key: 'documents', header: 'Articles' },
      ],
      rows: s.top.map((t) => ({ entity: t.entity.label, type: t.entity.type, degree: t.degree, documents: t.documents })),
    },
  ];
}

const cmd: CommandModule<object, Args> = {
  command: 'stats',
  describe: 'What the graph holds: documents, entities by class, relations by property, top entities by degree',
  builder: (y: Argv) =>
    withSharedOptions(y)
      .option('top', { type: 'number', describe: `How many top entities to list (default ${DEFAULTS.stats.top})`, requiresArg: true })
      .example('$0 stats', 'the seed graph')
      .example('$0 stats --graph exports/all.json --top 25 --format json', 'another graph, as JSON') as unknown as Argv<Args>,
  handler: (argv) => {
    const options = validateStatsOptions({ top: argv.top });
    const result = stats(openGraphIndex(argv.graph), options);
    writeAnswer(argv.format, statsTables(result), result);
  },
};
export default cmd;
