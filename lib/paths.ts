/**
 * darkweb-kg: where the package's own files are. The package root is the nearest folder above this
 * module that holds package.json and ontology/ (so it works from lib/ under ts-jest and from dist/lib/
 * after compilation); the current working folder is tried last.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'ontology'))) return (root = dir);
      const up = resolve(dir, '..');
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`cannot find the darkweb-kg package root (with ontology/) above ${__dirname}`);
}

/** Path of a file under ontology/. */
export function ontologyPath(...parts: string[]): string {
  return join(packageRoot(), 'ontology', ...parts);
}
