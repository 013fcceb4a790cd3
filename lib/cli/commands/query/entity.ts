/** darkweb-kg `query entity`: the full card of one entity (names, articles, relations, counted facts). */
import type { Argv, CommandModule } from 'yargs';
import { entityCard, type EntityCard } from '../../../query/entity';
import { validateEntityOptions } from '../../../query/options';
import type { Cell, Table } from '../../format';
import { EVIDENCE_COLUMNS, arrow, evidenceCells, joinName, openGraphIndex, withSharedOptions, writeAnswer, type SharedArgs } from './shared';

interface Args extends SharedArgs {
  name: string[];
}

export function entityTables(card: EntityCard): Table[] {
  const fields: Array<[string, Cell]> = [
    ['Type', card.type],
    ['Name', card.label],
    ['Aliases', card.aliases.join('; ')],
    ['IRI', card.iri],
    ['Wikidata', card.wikidataUrl],
  ];
  if (!card.named) fields.push(['Named', 'no (the articles describe it without naming it)']);
  for (const [k, values] of Object.entries(card.attributes)) fields.push([k, values.join('; ')]);
  return [
    {
      name: 'card',
      title: card.label,
      columns: [
        { key: 'field', header: 'Field' },
        { key: 'value', header: 'Value', width: 90 },
      ],
      rows: fields.filter(([, v]) => v !== undefined && v !== '').map(([field, value]) => ({ field, value })),
    },
    {
      name: 'documents',
      title: `Mentioned in ${card.documents.length} article${card.documents.length === 1 ? '' : 's'}`,
      columns: [
        { key: 'document', header: 'File', width: 36 },
        { key: 'title', header: 'Title', width: 60 },
        { key: 'date', header: 'Date' },
        { key: 'mentions', header: 'Mentions' },
      ],
      rows: card.documents.map((d) => ({ document: d.document, title: d.title, date: d.date, mentions: d.mentions })),
    },
    {
      name: 'relations',
      title: `Relations (${card.relations.length}; "p →": ${card.label} is the subject, "← p": the object)`,
      columns: [
        { key: 'relation', header: 'Relation' },
        { key: 'other', header: 'Other', width: 30 },
        { key: 'type', header: 'Type' },
        ...EVIDENCE_COLUMNS,
      ],
      rows: card.relations.flatMap((r, i) =>
        (r.evidence.length ? r.evidence : [undefined]).map((ev) => ({
          rel: i,
          relation: arrow(r.relation, r.direction),
          other: r.other.label,
          type: r.other.type,
          ...evidenceCells(ev),
        })),
      ),
      group: { key: 'rel', columns: ['relation', 'other', 'type'] },
    },
    {
      name: 'facts',
      title: `Counted facts (${card.facts.length})`,
      columns: [
        { key: 'kind', header: 'Kind' },
        { key: 'role', header: 'As' },
        { key: 'operation', header: 'Operation', width: 24 },
        { key: 'place', header: 'Place', width: 20 },
        { key: 'item', header: 'Item', width: 20 },
        { key: 'value', header: 'Figure' },
        { key: 'unit', header: 'Unit' },
        ...EVIDENCE_COLUMNS,
      ],
      rows: card.facts.map((f) => ({
        kind: f.kind,
        role: f.role.join(', '),
        operation: f.operation?.label,
        place: f.place?.label,
        item: f.item,
        value: f.kind === 'ArrestCount' ? f.count : f.quantity,
        unit: f.kind === 'ArrestCount' ? 'arrests' : f.unit,
        ...evidenceCells(f.evidence),
      })),
    },
  ];
}

const cmd: CommandModule<object, Args> = {
  command: 'entity <name..>',
  describe: 'The full card of an entity: names, Wikidata, articles, relations and counted facts, with evidence',
  builder: (y: Argv) =>
    withSharedOptions(y)
      .positional('name', { type: 'string', array: true, describe: 'The entity (any name, alias or IRI)' })
      .example('$0 query entity EC3', 'the European Cybercrime Centre')
      .example('$0 query entity Operation SpecTor --format json', 'the operation, as JSON') as unknown as Argv<Args>,
  handler: (argv) => {
    const options = validateEntityOptions({ name: joinName(argv.name) });
    const card = entityCard(openGraphIndex(argv.graph), options);
    writeAnswer(argv.format, entityTables(card), card);
  },
};
export default cmd;
