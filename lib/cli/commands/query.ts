/**
 * darkweb-kg `query`: the analyst questions over a built graph, one subcommand each (modules in ./query/).
 * Every answer carries its evidence: the sentence, the article and the confidence.
 */
import type { Argv, CommandModule } from 'yargs';
import arrests from './query/arrests';
import cooperated from './query/cooperated';
import entity from './query/entity';
import neighbors from './query/neighbors';
import path from './query/path';

const cmd: CommandModule = {
  command: 'query',
  describe: 'Ask the graph: cooperated, path, neighbors, entity, arrests',
  builder: (y: Argv) =>
    y
      .command(cooperated as CommandModule)
      .command(path as CommandModule)
      .command(neighbors as CommandModule)
      .command(entity as CommandModule)
      .command(arrests as CommandModule)
      .demandCommand(1, 'Name a question: darkweb-kg query --help lists them.')
      .example('$0 query cooperated --agency Europol', 'who Europol worked with')
      .example('$0 query path FBI Europol', 'how two entities are connected')
      .example('$0 query entity "the Met"', 'everything about one entity')
      .example('$0 query arrests --operation SpecTor', 'arrest figures of an operation'),
  handler: () => undefined,
};
export default cmd;
