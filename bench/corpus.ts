/**
 * darkweb-kg bench: a deterministic corpus of generated news articles and their gold, for measuring speed
 * and quality at scale.
 *
 *   node dist/bench/corpus.js --docs N --seed S --out DIR
 *
 * writes
 *   DIR/articles/NNN/NNNNNN_<hash>.txt   one article per file, 1,000 per folder
 *   DIR/articles/wire.jsonl              every 100th article (from the 43rd) as a JSONL record instead
 *   DIR/gold.json                        gold in the format of ../shared/gold/seeds.gold.json, for
 *                                        `node ../shared/tools/kg-score.mjs --ttl ... --gold DIR/gold.json`
 *   DIR/corpus.json                      what was generated: docs, seed, words, bytes
 *
 * Article i depends only on the seed and i (bench/corpus/prng.ts), so a corpus of 1,000 is the first
 * 1,000 articles of a corpus of 100,000. Articles are written one at a time and the gold is streamed, so
 * memory does not grow with the corpus beyond the gold's entity table.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './corpus/article';
import { loadPools, type GoldEntity } from './corpus/pools';
import { articleRng, hash32 } from './corpus/prng';

export interface CorpusOptions {
  docs: number;
  seed: number;
  out: string;
}

export const CORPUS_DEFAULTS: Readonly<CorpusOptions> = Object.freeze({ docs: 1000, seed: 1, out: 'corpus' });

/** Articles per folder. */
const PER_FOLDER = 1000;
/** Article i goes to the JSONL file when i % JSONL_EVERY === JSONL_AT. */
const JSONL_EVERY = 100;
const JSONL_AT = 42;

export function validateCorpusOptions(o: Partial<CorpusOptions> = {}): CorpusOptions {
  for (const k of Object.keys(o)) if (!(k in CORPUS_DEFAULTS)) throw new Error(`corpus option "${k}" is unknown (known: ${Object.keys(CORPUS_DEFAULTS).join(', ')})`);
  const m = { ...CORPUS_DEFAULTS, ...o };
  if (!Number.isInteger(m.docs) || m.docs < 1) throw new Error(`corpus option "docs" must be a positive integer, got ${JSON.stringify(m.docs)}`);
  if (!Number.isInteger(m.seed) || m.seed < 0) throw new Error(`corpus option "seed" must be an integer >= 0, got ${JSON.stringify(m.seed)}`);
  if (!m.out) throw new Error('corpus option "out" must name a folder');
  return m;
}

/** Bumped whenever the generator writes different text for the same seed, so cached corpora are remade. */
export const CORPUS_VERSION = 2;

export interface CorpusSummary {
  /** CORPUS_VERSION of the generator that wrote it */
  version: number;
  docs: number;
  seed: number;
  words: number;
  bytes: number;
  /** Articles in the JSONL file. */
  jsonl: number;
}

/** Writes the corpus (replacing DIR/articles and the gold) and returns what it holds. */
export function generateCorpus(options: Partial<CorpusOptions>): CorpusSummary {
  const o = validateCorpusOptions(options);
  const pools = loadPools();
  const articles = join(o.out, 'articles');
  rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  const gold = openSync(join(o.out, 'gold.json'), 'w');
  const jsonl = openSync(join(articles, 'wire.jsonl'), 'w');
  const entities = new Map<string, GoldEntity>();
  const summary: CorpusSummary = { version: CORPUS_VERSION, docs: o.docs, seed: o.seed, words: 0, bytes: 0, jsonl: 0 };
  try {
    writeSync(gold, `{\n "about": ${JSON.stringify(`Gold for the generated benchmark corpus (bench/corpus.ts --docs ${o.docs} --seed ${o.seed}). Format and scoring: ../shared/spec/GOLD-AND-SCORING.md.`)},\n "version": 1,\n "documents": [`);
    for (let i = 0; i < o.docs; i++) {
      const inJsonl = i % JSONL_EVERY === JSONL_AT;
      const n = String(i).padStart(6, '0');
      const file = inJsonl ? `wire-${n}.json` : `${n}_${hash32(`${o.seed}/${i}`).toString(16).padStart(8, '0')}.txt`;
      const a = generateArticle(pools, articleRng(o.seed, i), file);
      for (const [id, e] of a.entities) entities.set(id, e);
      summary.words += a.words;
      summary.bytes += Buffer.byteLength(a.text);
      if (inJsonl) {
        // the record gives title and date; its text is the article body
        const body = a.text.split('\n').slice(3).join('\n');
        writeSync(jsonl, JSON.stringify({ id: file, title: a.title, date: a.date, url: `https://news.example.org/${n}`, text: body }) + '\n');
        summary.jsonl++;
      } else {
        const dir = join(articles, String(Math.floor(i / PER_FOLDER)).padStart(3, '0'));
        if (i % PER_FOLDER === 0 || i === 0) mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, file), a.text);
      }
      writeSync(gold, `${i === 0 ? '' : ','}\n  ${JSON.stringify(a.gold)}`);
    }
    const sorted = [...entities.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    writeSync(gold, `\n ],\n "entities": {\n${sorted.map(([id, e]) => `  ${JSON.stringify(id)}: ${JSON.stringify(e)}`).join(',\n')}\n }\n}\n`);
  } finally {
    closeSync(gold);
    closeSync(jsonl);
  }
  writeFileSync(join(o.out, 'corpus.json'), JSON.stringify(summary, null, 1) + '\n');
  return summary;
}

function parseArgs(argv: string[]): Partial<CorpusOptions> {
  const o: Partial<CorpusOptions> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`${k} needs a value`);
    if (k === '--docs') o.docs = Number(v);
    else if (k === '--seed') o.seed = Number(v);
    else if (k === '--out') o.out = v;
    else throw new Error(`unknown option ${k} (known: --docs N, --seed S, --out DIR)`);
  }
  return o;
}

if (require.main === module) {
  try {
    const s = generateCorpus(parseArgs(process.argv.slice(2)));
    process.stdout.write(`${s.docs} articles (${s.jsonl} in JSONL), ${s.words.toLocaleString('en-US')} words, ${(s.bytes / 1048576).toFixed(1)} MiB\n`);
  } catch (e) {
    process.stderr.write(`Error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
