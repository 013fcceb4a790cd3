import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../lib/cli';
import { FIXTURE_JSON, FIXTURE_TTL } from './fixtures/query-fixture';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process, capturing stdout, stderr and yargs' help output. */
async function run(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true)),
    jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void (out += parts.join(' ') + '\n')),
    jest.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void (err += parts.join(' ') + '\n')),
    jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never),
  ];
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

const G = ['--graph', FIXTURE_JSON];

describe('query commands through the CLI', () => {
  test('cooperated prints a table with the evidence of each pair', async () => {
    const r = await run('query', 'cooperated', ...G);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n')[0]).toBe('Agencies that co-operated (5 pairs, strongest first)');
    expect(r.out).toContain('Bundeskriminalamt');
    expect(r.out).toContain('explicit; via Nightfall');
    expect(r.out).toContain('alpha_nightfall.txt');
  });

  test('--format csv gives one line per pair and source, properly quoted', async () => {
    const r = await run('query', 'cooperated', ...G, '--agency', 'PJ', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'a,b,how,documents,document,evidence,confidence\n' +
        'Judiciary Police,Policía Nacional,via Ember,1,beta_followup.txt,' +
        '"Operation Ember, led by the Polícia Judiciária with the Policía Nacional, followed Operation Nightfall.",0.75\n',
    );
  });

  test('--format json gives the structured answer', async () => {
    const r = await run('query', 'path', 'FBI', 'BKA', '--all', ...G, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.length).toBe(2);
    expect(json.paths.map((p: { support: number }) => p.support)).toEqual([3, 2]);
    expect(json.paths[0].hops[0].evidence.document).toBe('beta_followup.txt');
  });

  test('a name of several words needs no quotes; accents and case do not matter', async () => {
    const r = await run('query', 'entity', 'policia', 'JUDICIARIA', ...G);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Judiciary Police');
    expect(r.out).toContain('Polícia Judiciária');
    expect(r.out).toContain('← worksFor');
    expect(r.out).toMatch(/← worksFor +Ana Sousa +Person +beta_followup\.txt +Inspector Ana Sousa of the Polícia Judiciária/);
  });

  test('an unknown name: exit 1, one Error line with did-you-mean, nothing on stdout', async () => {
    const r = await run('query', 'entity', 'Europl', ...G);
    expect(r).toEqual({ code: 1, out: '', err: 'Error: no entity named "Europl"; did you mean Europol?\n' });
  });

  test('an ambiguous name lists the candidates and exits 1', async () => {
    const r = await run('query', 'neighbors', 'national', 'police', ...G);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/^Error: "national police" matches 2 entities: Netherlands Police \(Agency, .*\); Policía Nacional \(Agency, /);
  });

  test('no path: exit 1 with a plain message', async () => {
    const r = await run('query', 'path', 'Cocaine', 'Germany', '--max-hops', '4', ...G);
    expect(r).toEqual({ code: 1, out: '', err: 'Error: no path between Cocaine and Germany within 4 hops\n' });
  });

  test('an empty answer exits 1', async () => {
    const r = await run('query', 'cooperated', '--min-strength', '3', ...G);
    expect(r).toEqual({ code: 1, out: '', err: 'Error: no co-operating agencies supported by 3 articles or more\n' });
    const n = await run('query', 'neighbors', 'Germany', ...G);
    expect(n).toEqual({ code: 1, out: '', err: 'Error: Germany has no neighbours within 1 hop\n' });
  });

  test('a bad option value names the option', async () => {
    const r = await run('query', 'path', 'FBI', 'BKA', '--max-hops', '0', ...G);
    expect(r).toEqual({ code: 1, out: '', err: 'Error: query path: --max-hops must be a whole number from 1 to 20, got "0"\n' });
    const f = await run('query', 'cooperated', ...G, '--format', 'xml');
    expect(f.code).toBe(1);
    expect(f.err).toMatch(/^Error: Invalid values:/);
  });

  test('--graph may name the .ttl: the JSON beside it is read', async () => {
    const r = await run('query', 'entity', 'EC3', '--graph', FIXTURE_TTL, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).relations.map((x: { relation: string }) => x.relation)).toEqual(['partOf']);
  });

  test('a missing graph file is named', async () => {
    const r = await run('query', 'cooperated', '--graph', '/nonexistent/g.json');
    expect(r.code).toBe(1);
    expect(r.err).toBe('Error: /nonexistent/g.json: no such file (build a graph first: darkweb-kg build)\n');
  });

  test('arrests shows disagreeing figures side by side', async () => {
    const r = await run('query', 'arrests', '--operation', 'Operation Nightfall', '--country', 'germany', ...G, '--format', 'tsv');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'section\toperation\tplace\tarrests\tstatus\tdocument\tevidence\tconfidence\titem\tquantity\tunit',
      'arrests\tNightfall\tGermany\t14\tsources disagree\tbeta_followup.txt\tGerman authorities have now arrested 14 people.\t0.85\t\t\t',
      'arrests\tNightfall\tGermany\t12\tsources disagree\talpha_nightfall.txt\tIn Germany, 12 suspects were arrested.\t0.9\t\t\t',
      '',
    ]);
  });

  test('neighbors and stats', async () => {
    const n = await run('query', 'neighbours', 'Europol', '--type', 'Agency', '--depth', '2', ...G, '--format', 'json');
    expect(n.code).toBe(0);
    expect(JSON.parse(n.out).neighbors.map((x: { entity: { label: string } }) => x.entity.label)).toEqual([
      'Bundeskriminalamt',
      'European Cybercrime Centre',
      'Federal Bureau of Investigation',
      'Netherlands Police',
    ]);
    const s = await run('stats', ...G, '--top', '2');
    expect(s.code).toBe(0);
    expect(s.out).toContain('Top 2 entities by degree');
    expect(s.out).toMatch(/Nightfall +Operation +5 +2\n/);
  });

  test('--help shows examples', async () => {
    const r = await run('query', 'cooperated', '--help');
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('darkweb-kg query cooperated --agency Europol');
    expect(r.out).toContain("Europol's partners named in two articles or");
  });
});

describe('sparql through the CLI', () => {
  const agencies = 'SELECT ?l WHERE { ?a a dwk:Agency ; rdfs:label ?l FILTER (STRSTARTS(?l, "E")) } ORDER BY ?l';

  test('a SELECT on the .ttl beside the JSON graph prints a table', async () => {
    const r = await run('sparql', agencies, ...G);
    expect(r).toEqual({ code: 0, err: '', out: 'l\n--------------------------\nEuropean Cybercrime Centre\nEuropol\n' });
  });

  test('csv, tsv and json follow the W3C results formats', async () => {
    expect((await run('sparql', agencies, '--graph', FIXTURE_TTL, '--format', 'csv')).out).toBe('l\nEuropean Cybercrime Centre\nEuropol\n');
    expect((await run('sparql', agencies, '--graph', FIXTURE_TTL, '--format', 'tsv')).out).toBe('?l\n"European Cybercrime Centre"\n"Europol"\n');
    const json = JSON.parse((await run('sparql', agencies, '--graph', FIXTURE_TTL, '--format', 'json')).out);
    expect(json.head.vars).toEqual(['l']);
    expect(json.results.bindings).toHaveLength(2);
  });

  test('--file reads the query; ASK prints true or false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-sparql-'));
    const file = join(dir, 'q.rq');
    writeFileSync(file, 'ASK { ?op dwk:ledBy ?a }');
    expect(await run('sparql', '--file', file, ...G)).toEqual({ code: 0, out: 'true\n', err: '' });
  });

  test('an empty answer still prints, and exits 1', async () => {
    const r = await run('sparql', 'SELECT ?x WHERE { ?x a dwk:CriminalGroup }', ...G, '--format', 'csv');
    expect(r).toEqual({ code: 1, out: 'x\n', err: 'No results.\n' });
  });

  test('a bad query or a missing query is a user error', async () => {
    const bad = await run('sparql', 'SELECT ?x WHERE {', ...G);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Error: SPARQL: .*line 1/);
    expect((await run('sparql', ...G)).err).toBe("Error: sparql: give a query ('SELECT …') or --file Q.rq\n");
    expect((await run('sparql', 'ASK {}', '--file', 'q.rq', ...G)).err).toBe('Error: sparql: give the query or --file, not both\n');
  });
});
