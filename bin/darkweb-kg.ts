#!/usr/bin/env node
/** darkweb-kg command-line entry point: everything lives in lib/cli. */
import { main } from '../lib/cli';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
