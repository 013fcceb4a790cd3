/** darkweb-kg `sparql` command (being written; see its issue). */
import type { CommandModule } from 'yargs';
import { DarkwebKgError } from '../../errors';

const cmd: CommandModule = {
  command: 'sparql',
  describe: '(not available yet)',
  handler: () => {
    throw new DarkwebKgError('the sparql command is not available yet');
  },
};
export default cmd;
