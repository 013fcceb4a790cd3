/**
 * darkweb-kg `push`: load the built graph into a triple store through the SPARQL 1.1 Graph Store HTTP
 * Protocol (lib/push/). The password comes only from an environment variable or a file: a password on the
 * command line (visible in `ps` and the shell history) is refused, and no message ever shows it.
 */
import { readFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { InputError, UsageError } from '../../errors';
import { push, PUSH_DEFAULTS, validatePushOptions, type PushOptions } from '../../push/push';
import { progressLine, summaryText } from '../../push/progress';
import type { AuthScheme } from '../../push/http';

interface Args {
  endpoint: string;
  'query-endpoint'?: string;
  graph?: string;
  file: string;
  user?: string;
  'password-env'?: string;
  'password-file'?: string;
  password?: unknown;
  auth: AuthScheme;
  replace: boolean;
  'chunk-triples': number;
  retries: number;
  quiet: boolean;
}

/** Spellings of a password option, all refused. */
const PASSWORD_FLAGS = ['password', 'p', 'pass', 'passwd', 'pw'];

/** The password named by --password-env or --password-file (a file's final line break is not part of it). */
export function readPassword(env: string | undefined, file: string | undefined): string | undefined {
  if (env !== undefined && file !== undefined) throw new UsageError('give the password one way: --password-env or --password-file, not both');
  if (env !== undefined) {
    const value = process.env[env];
    // the name is not repeated: a password typed here by mistake would be printed
    if (!value) throw new UsageError('--password-env names no environment variable that is set and not empty; give the NAME of the variable holding the password');
    return value;
  }
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new InputError(file, `cannot read the password file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const value = text.replace(/\r?\n$/, '');
    if (!value) throw new InputError(file, 'the password file is empty');
    return value;
  }
  return undefined;
}

const cmd: CommandModule<object, Args> = {
  command: 'push',
  describe: 'Load the graph into a triple store (SPARQL 1.1 Graph Store Protocol), chunk by chunk, checking the count after each',
  builder: (y: Argv) =>
    y
      .option('endpoint', { type: 'string', demandOption: true, requiresArg: true, describe: 'Graph Store endpoint URL' })
      .option('graph', { type: 'string', requiresArg: true, describe: 'IRI of the target graph (for .nq/.trig: only for statements outside a named graph)' })
      .option('file', { type: 'string', default: 'exports/seeds.ttl', requiresArg: true, describe: 'RDF to push: .ttl, .nt, .nq or .trig (named graphs go to their own graph)' })
      .option('query-endpoint', { type: 'string', requiresArg: true, describe: 'SPARQL query endpoint for the counts (default: derived from --endpoint)' })
      .option('user', { type: 'string', requiresArg: true, describe: 'User name' })
      .option('password-env', { type: 'string', requiresArg: true, describe: 'Name of the environment variable holding the password' })
      .option('password-file', { type: 'string', requiresArg: true, describe: 'File holding the password' })
      .option('password', { alias: PASSWORD_FLAGS.slice(1), hidden: true, describe: 'Refused: use --password-env or --password-file' })
      .option('auth', { choices: ['auto', 'basic', 'digest'] as const, default: PUSH_DEFAULTS.auth, describe: 'Authentication: answer the server\'s challenge (auto), or insist on one' })
      .option('replace', { type: 'boolean', default: false, describe: 'Replace what the graph held (PUT the first chunk), instead of adding to it' })
      .option('chunk-triples', { type: 'number', default: PUSH_DEFAULTS.chunkTriples, requiresArg: true, describe: 'Triples per request' })
      .option('retries', { type: 'number', default: PUSH_DEFAULTS.retries, requiresArg: true, describe: 'Retries of a failed request, and re-sends of a chunk stored short' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No progress bar or summary' })
      .example('DBA_PW=... $0 push --endpoint http://localhost:8890/sparql-graph-crud-auth --graph https://example.org/kg --user dba --password-env DBA_PW', 'Virtuoso, digest authentication')
      .example('$0 push --endpoint http://localhost:3030/ds/data --graph https://example.org/kg --replace', 'Fuseki, replacing the graph')
      .example('$0 push --endpoint http://localhost:7200/repositories/kg/rdf-graphs/service --file exports/seeds.nq', 'GraphDB, one named graph per document') as unknown as Argv<Args>,
  handler: async (argv) => {
    if (PASSWORD_FLAGS.some((f) => argv[f as keyof Args] !== undefined)) {
      throw new UsageError('--password is refused: a password on the command line shows in `ps` and the shell history; put it in an environment variable (--password-env NAME) or a file (--password-file FILE)');
    }
    const password = readPassword(argv['password-env'], argv['password-file']);
    const bar = !argv.quiet && process.stderr.isTTY === true && !process.env.CI;
    const options: PushOptions = validatePushOptions({
      endpoint: argv.endpoint,
      queryEndpoint: argv['query-endpoint'],
      graph: argv.graph,
      file: argv.file,
      user: argv.user,
      password,
      auth: argv.auth,
      replace: argv.replace,
      chunkTriples: argv['chunk-triples'],
      retries: argv.retries,
      onProgress: bar ? (p) => process.stderr.write(`\r${progressLine(p)}`) : undefined,
    });
    try {
      const summary = await push(options);
      if (bar) process.stderr.write('\n');
      if (!argv.quiet) process.stderr.write(summaryText(summary, options.endpoint));
    } catch (e) {
      if (bar) process.stderr.write('\n');
      throw e;
    }
  },
};
export default cmd;
