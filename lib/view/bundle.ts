/**
 * darkweb-kg: build step of the HTML view. Bundles the browser code (lib/view/client/main.ts, with
 * sigma.js and graphology) into one minified IIFE and the stylesheet into one CSS file, under
 * `dist/view/`. Run by `npm run build` (`node dist/lib/view/bundle.js`), so that `darkweb-kg view`
 * and the build only read finished files. esbuild works offline from node_modules.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../paths';
import { assertInlineSafe, clientAssetPaths } from './assets';

/** Credits the libraries bundled into every page (all MIT-licensed). */
const LICENSE_BANNER =
  '/*! darkweb-kg view. Bundles MIT-licensed code: sigma.js (c) Alexis Jacomy, Guillaume Plique, Benoit Simard; ' +
  'graphology and graphology-utils (c) Guillaume Plique; events (c) Irakli Gozalishvili. */';

/** Browsers the page must run in (WebGL2-era evergreen browsers). */
const TARGET = ['chrome100', 'firefox100', 'safari15', 'edge100'];

async function bundleOne(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: TARGET,
    charset: 'ascii',
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    banner: { js: LICENSE_BANNER },
  });
  return result.outputFiles[0].text;
}

/** Written under a temporary name and renamed, so a page being rendered meanwhile never reads half a file. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Bundles the client and writes `dist/view/client.js` and `client.css`; returns their paths and sizes. */
export async function buildViewAssets(root = packageRoot()): Promise<Array<{ file: string; bytes: number }>> {
  const out = clientAssetPaths(root);
  const js = await bundleOne(join(root, 'lib', 'view', 'client', 'main.ts'));
  const css = await bundleOne(join(root, 'lib', 'view', 'client', 'view.css'));
  assertInlineSafe(out.js, js);
  assertInlineSafe(out.css, css);
  mkdirSync(dirname(out.js), { recursive: true });
  writeAtomically(out.js, js);
  writeAtomically(out.css, css);
  return [
    { file: out.js, bytes: Buffer.byteLength(js) },
    { file: out.css, bytes: Buffer.byteLength(css) },
  ];
}

if (require.main === module) {
  buildViewAssets().then(
    (files) => {
      for (const f of files) process.stderr.write(`view bundle: ${f.file} (${Math.round(f.bytes / 1024)} KB)\n`);
    },
    (e: Error) => {
      process.stderr.write(`Error: ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
