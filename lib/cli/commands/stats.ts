/** darkweb-kg `stats` command (being written; see its issue). */
import type { CommandModule } from 'yargs';
import { DarkwebKgError } from '../../errors';

const cmd: CommandModule = {
  command: 'stats',
  describe: '(not available yet)',
  handler: () => {
    throw new DarkwebKgError('the stats command is not available yet');
  },
};
export default cmd;
