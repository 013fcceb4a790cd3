/**
 * Security (issue 8): no dynamic code. The source tree (lib/, bin/) and the browser bundle the HTML view
 * inlines must not call `eval`, build functions from strings (`Function(...)`, `new Function`), run code
 * through `vm`, or hand a string to setTimeout/setInterval. Comment lines of the sources are skipped (the
 * minified bundle is scanned whole).
 * (`npm audit --omit=dev --audit-level=high` runs as a CI step in .ci/run; see README, Security.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');

const DYNAMIC_CODE: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['Function(', /(?<![\w$])Function\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['the vm module', /\brequire\(\s*['"](?:node:)?vm['"]\s*\)|\bfrom\s+['"](?:node:)?vm['"]/],
  ['a string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|js|mjs|cjs)$/.test(name)) out.push(p);
  }
  return out;
}

/** `file:line: what` for each line of code that matches a pattern (comment lines skipped, unless minified). */
function findDynamicCode(file: string, text: string, skipComments = true): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (skipComments && (t.startsWith('//') || t.startsWith('*') || t.startsWith('/*'))) return;
    for (const [what, re] of DYNAMIC_CODE) if (re.test(line)) hits.push(`${relative(root, file)}:${i + 1}: ${what}`);
  });
  return hits;
}

describe('no eval and no dynamic Function', () => {
  test('the patterns catch what they are meant to (and not look-alikes)', () => {
    const caught = findDynamicCode(join(root, 'x.ts'), ['eval("1")', 'const f = new Function("a", "return a")', 'Function("return this")()', "import vm from 'node:vm'", 'setTimeout("alert(1)", 0)', '// eval(x) in a comment', 'normalizationFunction(e); isFunction(f); x.evaluate(y)'].join('\n'));
    expect(caught).toEqual(['x.ts:1: eval(', 'x.ts:2: Function(', 'x.ts:2: new Function', 'x.ts:3: Function(', 'x.ts:4: the vm module', 'x.ts:5: a string timer']);
  });

  test('lib/ and bin/ have none', () => {
    const files = [...sourceFiles(join(root, 'lib')), ...sourceFiles(join(root, 'bin'))];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => findDynamicCode(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  test('the browser bundle inlined in the HTML view has none', () => {
    const bundle = join(root, 'dist', 'view', 'client.js');
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npm run build" first (npm test does)`);
    expect(findDynamicCode(bundle, readFileSync(bundle, 'utf8'), false)).toEqual([]);
  });
});
