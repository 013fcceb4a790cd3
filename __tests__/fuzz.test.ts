/**
 * Property-based fuzzing of the whole pipeline (issue 8). fast-check generates random articles: a .txt
 * file with a random name, a random headline, random page furniture and sentences the extractor turns into
 * entities whose names are random (quotes, angle brackets, backslashes, `</script>`, entities, controls,
 * bidi and zero-width marks, astral characters), plus a JSONL record with a random id, title, url and
 * text (lone surrogates get in through JSON escapes) and sometimes an HTML page. Each case goes through the
 * real ingest (`readInputs` on the files), extraction and resolution, and then:
 *  - the Turtle parses with n3 and keeps every label exactly (lone surrogates as U+FFFD), and rapper
 *    parses it with no error or warning;
 *  - the GEXF validates against the GEXF 1.3 XSD (xmllint);
 *  - the graph conforms to the SHACL shapes;
 *  - the HTML view escapes everything: the JSON data element holds no `<` and parses, and the page has
 *    no `<script` beyond the ones an empty graph's page has.
 * rapper and xmllint run inside the property (one short process per case, ~5 ms each: cheaper than a
 * batch that could not shrink), so a failure of any check is shrunk and printed by fast-check. The seed is
 * fixed; 200 cases run in about 20 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import fc from 'fast-check';
import { Parser } from 'n3';
import { readInputs } from '../lib/ingest';
import { defaultLexicon, extractDocument } from '../lib/extract';
import { resolve } from '../lib/resolve';
import { DEFAULT_BASE } from '../lib/graph/iri';
import { graphToTurtle } from '../lib/export/turtle';
import { createGexfExporter } from '../lib/export/gexf';
import { degrees, StringSink } from '../lib/export/exporter';
import { validateShacl } from '../lib/export/shacl';
import { renderHtml } from '../lib/view/html';
import { DATA_ELEMENT_ID } from '../lib/view/viewdata';
import type { KnowledgeGraph } from '../lib/types';
import { describeWithTool, hasCommand } from './helpers/tools';

const SEED = 20260408;
const RUNS = 200;
const xsd = resolvePath(__dirname, '..', '..', 'shared', 'schemas', 'gexf', 'patched-1.3', 'gexf.xsd');
const tools = { rapper: hasCommand('rapper'), xmllint: hasCommand('xmllint') && existsSync(xsd) };
const checked = { rapper: 0, xmllint: 0, cases: 0 };

/** Characters and strings that break naive escaping in Turtle, XML, HTML, JSON or a terminal. */
const SPECIAL = [
  '"', "'", '<', '>', '&', '\\', '</script>', '<script>', '<!--', '-->', ']]>', '"""', '^^', '@prefix', '_:b0', '#', '%', '%20', '\\u0022', '\\n',
  '&amp;', '&#8217;', '&lt;', '\u2028', '\u2029', '\u200b', '\u200d', '\u200e', '\u202e', '\u2066', '\ufeff', '\ufffe', '\uffff', '\u0000',
  '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b', '\t', '\r', '\n', '\r\n', '\u{1F480}', '\u{1F1EA}\u{1F1FA}', '\u{10FFFF}', 'e\u0301',
];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz   '.split('');
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const noisy = (maxLength: number) => fc.string({ unit, maxLength });
/** A name the extractor takes as one (a capitalised word) followed by noise. */
const name = fc.tuple(fc.constantFrom('Alpha', 'Dream', 'Silk', 'Hydra', 'Kowalski', 'Nowak', 'Zero'), noisy(12)).map(([w, n]) => w + n);

const FURNITURE = [
  '- Advertisement -', 'Related news', 'Read more: police news', 'Picture: PA', '(AP Photo/Evan Vucci)', 'Share this article', '\u00a9 2021 News Ltd',
  'Tags: drugs, darknet', '22 September 2020, 15:14', 'date 2021-10-27', 'Latest news', 'Sign up to our newsletter', 'spot_img',
];

const article = fc.record({
  fileName: noisy(24),
  headline: noisy(40),
  furniture: fc.array(fc.constantFrom(...FURNITURE), { maxLength: 4 }),
  market: name,
  operation: name,
  person: name,
  filler: fc.array(noisy(60), { maxLength: 3 }),
  record: fc.record({ id: noisy(16), title: noisy(30), url: fc.oneof(fc.webUrl(), noisy(30).map((s) => `https://example.com/${s}`), noisy(20)), date: fc.constantFrom('2021-10-27', '2021-13-45', 'yesterday'), name }),
  html: fc.option(name, { nil: undefined }),
});
type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

/** The case as files: `<random name>.txt`, `records.jsonl`, and maybe `page.html`. */
function writeCase(dir: string, a: Article): void {
  mkdirSync(dir, { recursive: true });
  const lines = [
    a.headline,
    ...a.furniture,
    `The darknet market "${a.market}" was shut down by Europol and the FBI in Germany. ${a.filler[0] ?? ''}`,
    `Police arrested Jan ${a.person}, 34, in Operation "${a.operation}". Officers seized 5 kg of cocaine.`,
    ...a.filler.slice(1),
  ];
  // File names: no '/' or NUL, not hidden, at most 255 bytes.
  const fileName = `f${a.fileName.replace(/[/\u0000]/g, '_')}.txt`;
  // NUL makes a file binary (skipped by design, see bad-input.test.ts); JSON escapes carry it below.
  writeFileSync(join(dir, fileName), lines.join('\n').replace(/\u0000/g, ''));
  const r = a.record;
  writeFileSync(
    join(dir, 'records.jsonl'),
    JSON.stringify({ id: r.id, title: r.title, url: r.url, date: r.date, text: `Europol said the market "${r.name}" was seized. ${r.title}` }) + '\n',
  );
  if (a.html !== undefined) {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(join(dir, 'page.html'), `<html><head><title>${esc(a.html)}</title></head><body><p>The FBI shut down the market &quot;${esc(a.html)}&quot;.</p><script>${a.html}</script></body></html>`);
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

function gexfOf(graph: KnowledgeGraph): Promise<string> {
  const sink = new StringSink();
  const ex = createGexfExporter(sink, { graph, degree: degrees(graph) });
  for (const d of graph.documents) ex.write({ kind: 'document', value: d });
  for (const e of graph.entities) ex.write({ kind: 'entity', value: e });
  for (const r of graph.relations) ex.write({ kind: 'relation', value: r });
  for (const f of graph.facts) ex.write({ kind: 'fact', value: f });
  return ex.finalize().then(() => sink.toString());
}

/** Number of `<script` in the page of an empty graph: the allowed script elements. */
let allowedScripts = -1;

async function checkCase(dir: string, a: Article, lexicon: ReturnType<typeof defaultLexicon>): Promise<void> {
  writeCase(dir, a);
  const { documents } = readInputs([dir]);
  expect(documents.length).toBeGreaterThanOrEqual(2);
  const graph = resolve(
    documents.map((d) => extractDocument(d, { lexicon })),
    { base: DEFAULT_BASE, lexicon },
  );

  // Turtle: n3 parses it and reads back every label as written (lone surrogates become U+FFFD).
  const ttl = graphToTurtle(graph);
  const quads = new Parser().parse(ttl);
  const labels = new Map(quads.filter((q) => q.predicate.value === RDFS_LABEL).map((q) => [q.subject.value, q.object.value]));
  for (const e of graph.entities) expect({ iri: e.iri, label: labels.get(e.iri) }).toEqual({ iri: e.iri, label: e.label.replace(LONE_SURROGATE, '\ufffd') });
  if (tools.rapper) {
    const r = spawnSync('rapper', ['-i', 'turtle', '-c', '-', DEFAULT_BASE], { input: ttl, encoding: 'utf8' });
    expect({ status: r.status, problems: r.stderr.split('\n').filter((l) => /error|warning/i.test(l)) }).toEqual({ status: 0, problems: [] });
    checked.rapper++;
  }

  // GEXF against the XSD.
  if (tools.xmllint) {
    const x = spawnSync('xmllint', ['--noout', '--schema', xsd, '-'], { input: await gexfOf(graph), encoding: 'utf8' });
    expect({ status: x.status, stderr: x.stderr.trim() }).toEqual({ status: 0, stderr: '- validates' });
    checked.xmllint++;
  }

  // SHACL.
  const report = await validateShacl(ttl);
  expect(report.violations).toEqual([]);
  expect(report.conforms).toBe(true);

  // HTML view: the data element holds JSON without '<', and no script element was added by the data.
  const page = await renderHtml(graph);
  const open = `<script type="application/json" id="${DATA_ELEMENT_ID}">`;
  const start = page.indexOf(open) + open.length;
  expect(start).toBeGreaterThan(open.length - 1);
  const data = page.slice(start, page.indexOf('</script>', start));
  expect(data).not.toContain('<');
  expect(() => JSON.parse(data)).not.toThrow();
  expect(page.split('<script').length - 1).toBe(allowedScripts);
  checked.cases++;
}

describe('fuzz: random articles through ingest, extraction, resolution and every output', () => {
  const work = mkdtempSync(join(tmpdir(), 'dwk-fuzz-'));
  const lexicon = defaultLexicon();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test(`${RUNS} cases (seed ${SEED}): Turtle (n3, rapper), GEXF (xmllint), SHACL and HTML escaping hold`, async () => {
    allowedScripts = (await renderHtml({ format: 'darkweb-kg', version: 1, base: DEFAULT_BASE, documents: [], entities: [], relations: [], facts: [] } as unknown as KnowledgeGraph)).split('<script').length - 1;
    expect(allowedScripts).toBeGreaterThan(0);
    let n = 0;
    const t0 = Date.now();
    await fc.assert(
      fc.asyncProperty(article, async (a) => {
        const dir = join(work, `case-${n++}`);
        try {
          await checkCase(dir, a, lexicon);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS, verbose: 1 },
    );
    process.stderr.write(`fuzz.test: ${checked.cases} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s (rapper ${checked.rapper}, xmllint ${checked.xmllint})\n`);
    expect(checked.cases).toBe(RUNS);
  }, 180_000);
});

// With CI=true a missing tool fails here rather than silently leaving its check out of the property.
describeWithTool('rapper', tools.rapper, 'fuzz: rapper', () => {
  test('parsed the Turtle of every case', () => expect(checked.rapper).toBe(RUNS));
});
describeWithTool('xmllint and ../shared/schemas', tools.xmllint, 'fuzz: xmllint', () => {
  test('validated the GEXF of every case', () => expect(checked.xmllint).toBe(RUNS));
});
