/** darkweb-kg `view` command (being written; see its issue). */
import type { CommandModule } from 'yargs';
import { DarkwebKgError } from '../../errors';

const cmd: CommandModule = {
  command: 'view',
  describe: '(not available yet)',
  handler: () => {
    throw new DarkwebKgError('the view command is not available yet');
  },
};
export default cmd;
