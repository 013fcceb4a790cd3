/** darkweb-kg: the HTML view as an extra build output (`<out>/<name>.html`). */
import { join } from 'node:path';
import { createHtmlExporter } from '../../view/html';
import type { Exporter, ExportContext, Sink } from '../../export/exporter';

export function htmlOutput(dir: string, name: string): Array<{ file: string; create: (sink: Sink, ctx: ExportContext) => Exporter }> {
  return [{ file: join(dir, `${name}.html`), create: (sink, ctx) => createHtmlExporter(sink, ctx) }];
}
