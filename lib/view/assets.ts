/**
 * darkweb-kg: where the HTML view's files live. The browser code is bundled once, at `npm run build`
 * (lib/view/bundle.ts), into `<package>/dist/view/client.js` and `client.css`; the `view` command and
 * the build's HTML exporter only read those files, so making a page needs neither esbuild nor the
 * network.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExportError } from '../errors';
import { packageRoot } from '../paths';

export interface ClientAssets {
  js: string;
  css: string;
  /** CSP source for the script: `'sha256-…'`. */
  scriptHash: string;
}

export function clientAssetPaths(root = packageRoot()): { js: string; css: string } {
  return { js: join(root, 'dist', 'view', 'client.js'), css: join(root, 'dist', 'view', 'client.css') };
}

/**
 * Throws unless `text` can sit inside a `<script>`/`<style>` element unchanged: the HTML parser ends
 * those at `</script` / `</style`, and `<!--` switches it into an escaped state.
 */
export function assertInlineSafe(file: string, text: string): void {
  const m = /<\/script|<\/style|<!--/i.exec(text);
  if (m) throw new ExportError(file, `cannot be inlined: contains "${m[0]}" at offset ${m.index}`);
}

export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

let assetsCache: { key: string; assets: ClientAssets } | undefined;

/** The bundled browser code and stylesheet (read once per process). */
export function loadClientAssets(paths = clientAssetPaths()): ClientAssets {
  const key = `${paths.js}\n${paths.css}`;
  if (assetsCache?.key === key) return assetsCache.assets;
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new ExportError(file, err.code === 'ENOENT' ? 'view bundle missing (run npm run build)' : err.message);
    }
  };
  const js = read(paths.js);
  const css = read(paths.css);
  assertInlineSafe(paths.js, js);
  assertInlineSafe(paths.css, css);
  const assets = { js, css, scriptHash: cspHash(js) };
  assetsCache = { key, assets };
  return assets;
}
