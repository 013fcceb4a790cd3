/**
 * darkweb-kg bench: our extraction against compromise and wink-nlp on the same text, in one thread. A
 * child process of bench/run.ts; prints one JSON line.
 *
 *   node dist/bench/compare.js '{"corpus": DIR, "docs": N}'
 *
 * The first N .txt articles of the corpus, raw text in: ours reads the text into a document (sentences,
 * furniture) and extracts entities, relations and facts; compromise runs `nlp(text)` and
 * `.people()`, `.places()`, `.organizations()`; wink-nlp runs `readDoc(text).entities()` with
 * wink-eng-lite-web-model. Each tool gets 5 articles to warm up, then all N are timed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defaultLexicon, extractDocument } from '../lib/extract';
import { listInputs, makeDocument } from '../lib/ingest';
import { countWords } from './measure';

export interface CompareResult {
  docs: number;
  words: number;
  wordsPerSecond: Record<string, number>;
}

export function compareTools(corpus: string, docs: number): CompareResult {
  const texts = listInputs([join(corpus, 'articles')], []).filter((p) => p.endsWith('.txt')).slice(0, docs).map((p) => readFileSync(p, 'utf8'));
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const lexicon = defaultLexicon();
  const wink = winkNLP(model);
  const tools: Record<string, (text: string) => unknown> = {
    ours: (text) => extractDocument(makeDocument(text, { file: 'a.txt', path: 'a.txt' }), { lexicon }),
    compromise: (text) => {
      const doc = nlp(text);
      return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
    },
    'wink-nlp': (text) => wink.readDoc(text).entities().out(),
  };
  const wordsPerSecond: Record<string, number> = {};
  for (const [name, run] of Object.entries(tools)) {
    for (const t of texts.slice(0, 5)) run(t);
    const t0 = process.hrtime.bigint();
    for (const t of texts) run(t);
    wordsPerSecond[name] = Math.round(words / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return { docs: texts.length, words, wordsPerSecond };
}

if (require.main === module) {
  try {
    const a = JSON.parse(process.argv[2] ?? '{}') as { corpus: string; docs: number };
    process.stdout.write(JSON.stringify(compareTools(a.corpus, a.docs)) + '\n');
  } catch (e) {
    process.stderr.write(`${(e as Error).stack ?? (e as Error).message}\n`);
    process.exitCode = 1;
  }
}
