/**
 * darkweb-kg `sparql`: a SPARQL 1.1 query over the built graph's Turtle, in the embedded Oxigraph store.
 * SELECT answers print as a table or in the W3C JSON/CSV/TSV results formats; ASK prints true or false;
 * CONSTRUCT/DESCRIBE print Turtle (or JSON-LD with --format json). An empty SELECT answer still prints
 * (an empty table, or headers only) and exits 1.
 */
import { readFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { InputError, UsageError } from '../../errors';
import { loadTurtleStore, runSparql, serializeQuads, turtlePathFor, SPARQL_PREFIXES } from '../../query/sparql';
import { sparqlJson, sparqlTsv, termDisplay, termPlain } from '../../query/sparql-results';
import { EXIT, setExitCode } from '../index';
import { renderDelimited, renderTable, validateOutputFormat, type Table } from '../format';
import { terminalWidth, withSharedOptions, writeOut, type SharedArgs } from './query/shared';

interface Args extends SharedArgs {
  query?: string;
  file?: string;
}

function readQuery(argv: Args): string {
  if (argv.query !== undefined && argv.file !== undefined) throw new UsageError('sparql: give the query or --file, not both');
  if (argv.file !== undefined) {
    try {
      return readFileSync(argv.file, 'utf8');
    } catch (e) {
      throw new InputError(argv.file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
    }
  }
  if (argv.query === undefined || argv.query.trim() === '') throw new UsageError("sparql: give a query ('SELECT …') or --file Q.rq");
  return argv.query;
}

const cmd: CommandModule<object, Args> = {
  command: 'sparql [query]',
  describe: `SPARQL 1.1 over the built graph (prefixes ${Object.keys(SPARQL_PREFIXES).join(', ')} are predeclared)`,
  builder: (y: Argv) =>
    withSharedOptions(y)
      .positional('query', { type: 'string', describe: 'The query text' })
      .option('file', { type: 'string', describe: 'Read the query from this file (.rq)', requiresArg: true })
      .example("$0 sparql 'SELECT ?l WHERE { ?a a dwk:Agency ; rdfs:label ?l } ORDER BY ?l'", 'every agency')
      .example('$0 sparql --file queries/cooperation.rq --format csv', 'a saved query, as CSV')
      .example("$0 sparql 'ASK { ?o dwk:ledBy ?a }' --graph exports/seeds.ttl", 'on a given Turtle file') as unknown as Argv<Args>,
  handler: (argv) => {
    const format = validateOutputFormat(argv.format);
    const query = readQuery(argv);
    const store = loadTurtleStore(turtlePathFor(argv.graph));
    const result = runSparql(store, query);
    if (result.form === 'ask') {
      writeOut(format === 'json' ? sparqlJson(result) : `${result.boolean}\n`);
      return;
    }
    if (result.form === 'graph') {
      if (format === 'csv' || format === 'tsv') throw new UsageError('sparql: CONSTRUCT/DESCRIBE answers are triples: use --format table (Turtle) or json (JSON-LD)');
      if (result.quads.length === 0) {
        process.stderr.write('No triples.\n');
        setExitCode(EXIT.USER_ERROR);
      }
      writeOut(serializeQuads(result.quads, format === 'json' ? 'jsonld' : 'turtle'));
      return;
    }
    if (result.bindings.length === 0) {
      process.stderr.write('No results.\n');
      setExitCode(EXIT.USER_ERROR);
    }
    const table = (show: typeof termPlain): Table => ({
      name: 'results',
      columns: result.variables.map((v) => ({ key: v, header: v, width: 60 })),
      rows: result.bindings.map((b) => Object.fromEntries(result.variables.map((v) => [v, show(b[v])]))),
    });
    if (format === 'json') writeOut(sparqlJson(result));
    else if (format === 'tsv') writeOut(sparqlTsv(result));
    else if (format === 'csv') writeOut(renderDelimited([table(termPlain)], ','));
    else writeOut(renderTable(table(termDisplay), terminalWidth()));
  },
};
export default cmd;
