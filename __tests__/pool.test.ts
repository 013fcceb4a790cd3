/**
 * The threads of a parallel build (lib/parallel/pool.ts): the main thread extracts batches of its own
 * alongside the workers, every file is consumed once and in input order with what one thread alone
 * extracts from it, a single batch stays in the main thread, and an error thrown by the main thread's
 * extraction or by the consumer stops the build with it. Workers run compiled JavaScript, so the pool is
 * the compiled dist/lib/parallel/pool.js (`npm test` builds it first).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLexicon } from '../lib/extract';
import { listInputs } from '../lib/ingest';
import { extractFile, type FileResult } from '../lib/parallel/extract-file';
import { decodeExtraction } from '../lib/resolve/encoded';

const root = resolve(__dirname, '..');
const compiled = join(root, 'dist', 'lib', 'parallel', 'pool.js');
if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run "npm run build" first (npm test does)`);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extractInThreads } = require(compiled) as typeof import('../lib/parallel/pool');

const lexicon = defaultLexicon();
const files = listInputs([join(__dirname, 'fixtures', 'devset')], []);

/** What a result says, without its timings: documents, warnings and the extractions decoded. */
function content(r: FileResult) {
  return {
    documents: r.documents,
    warnings: r.warnings,
    extractions: r.documents.flatMap((d) => (d.extraction === undefined ? [] : [decodeExtraction(r.encoded!, d.extraction)])),
  };
}

async function run(paths: string[], jobs: number, extract: (path: string) => FileResult = (p) => extractFile(p, lexicon)) {
  let local = 0;
  const got: Array<[string, FileResult]> = [];
  await extractInThreads(paths, jobs, {}, (p) => (local++, extract(p)), (p, r) => got.push([p, r]));
  return { local, got };
}

describe('extractInThreads', () => {
  test('three threads: each file consumed once, in input order, as one thread extracts it; the main thread takes batches too', async () => {
    expect(files.length).toBeGreaterThan(10);
    const { local, got } = await run(files, 3);
    expect(got.map(([p]) => p)).toEqual(files);
    // the two workers are sent two batches (of one file) each first, so the main thread extracts some, not all
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThanOrEqual(files.length - 4);
    for (const [p, r] of got) expect(content(r)).toEqual(content(extractFile(p, lexicon)));
  });

  test('a single batch stays in the main thread', async () => {
    const { local, got } = await run(files.slice(0, 1), 2);
    expect(local).toBe(1);
    expect(got.map(([p]) => p)).toEqual(files.slice(0, 1));
  });

  test("an error thrown by the main thread's extraction stops the build with it", async () => {
    const boom = () => {
      throw new Error('main thread failed');
    };
    await expect(run(files, 2, boom)).rejects.toThrow('main thread failed');
  });

  test('an error thrown while consuming a result stops the build with it', async () => {
    let n = 0;
    const consume = () => {
      if (++n === 3) throw new Error('consumer failed');
    };
    await expect(extractInThreads(files, 2, {}, (p) => extractFile(p, lexicon), consume)).rejects.toThrow('consumer failed');
  });
});
