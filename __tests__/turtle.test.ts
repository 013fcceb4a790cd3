/** export/turtle: golden file, escaping, n3 and rapper parsing, the contract's shapes of statements. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { parseGraph } from '../lib/graph/load';
import { graphToTurtle, iri, literal } from '../lib/export/turtle';
import { describeWithTool, hasCommand } from './helpers/tools';
import type { KnowledgeGraph } from '../lib/types';

const fixture = join(__dirname, 'fixtures', 'small-graph.json');
const golden = join(__dirname, 'fixtures', 'small-graph.ttl');
const graph: KnowledgeGraph = parseGraph(readFileSync(fixture, 'utf8'), fixture);
const ttl = graphToTurtle(graph);
if (process.env.UPDATE_GOLDEN) writeFileSync(golden, ttl);

const DWK = 'https://w3id.org/darkweb-kg/ontology#';

describe('graphToTurtle', () => {
  test('matches the golden file byte for byte', () => {
    expect(ttl).toBe(readFileSync(golden, 'utf8'));
  });

  test('parses with n3 and says what the contract says', () => {
    const quads = new Parser().parse(ttl);
    const has = (s: string, p: string, o?: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));
    const r = graph.relations[0];
    expect(has(r.s, DWK + r.p, r.o)).toBe(true);
    for (const a of r.assertions) {
      expect(has(a.iri, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', DWK + 'Assertion')).toBe(true);
      expect(has(a.iri, DWK + 'evidence', a.text)).toBe(true);
      expect(has(a.iri, 'http://www.w3.org/ns/prov#wasDerivedFrom', a.doc)).toBe(true);
    }
    for (const e of graph.entities) {
      expect(has(e.iri, 'http://www.w3.org/2000/01/rdf-schema#label', e.label)).toBe(true);
      for (const d of Object.keys(e.mentions)) expect(has(e.iri, DWK + 'mentionedIn', d)).toBe(true);
    }
    const quantities = quads.filter((q) => q.predicate.value === DWK + 'quantity');
    for (const q of quantities) expect((q.object as any).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#decimal');
  });

  test('escapes quotes, backslashes, newlines and control characters; repairs lone surrogates', () => {
    expect(literal('a "b" \\ c\nd\u0007')).toBe('"a \\"b\\" \\\\ c\\nd\\u0007"');
    expect(literal('x\ud800y')).toBe('"x\uFFFDy"');
    expect(literal('😀 ok')).toBe('"😀 ok"');
    expect(iri('https://x.org/a b<c>')).toBe('<https://x.org/a%20b%3Cc%3E>');
    const odd = new Parser().parse(`<s:a> <p:b> ${literal('"</script>\\\n\t\u0000')} .`);
    expect(odd[0].object.value).toBe('"</script>\\\n\t\u0000');
  });
});

describeWithTool('rapper', hasCommand('rapper'), 'rapper', () => {
  test('rapper -i turtle -c accepts the output with no error or warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwk-ttl-'));
    const file = join(dir, 'g.ttl');
    writeFileSync(file, ttl);
    const r = spawnSync('rapper', ['-i', 'turtle', '-c', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/error|warning/i);
    expect(r.stderr).toMatch(/returned \d+ triples/);
  });
});
