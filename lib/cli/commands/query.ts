/** darkweb-kg `query` command (being written; see its issue). */
import type { CommandModule } from 'yargs';
import { DarkwebKgError } from '../../errors';

const cmd: CommandModule = {
  command: 'query',
  describe: '(not available yet)',
  handler: () => {
    throw new DarkwebKgError('the query command is not available yet');
  },
};
export default cmd;
