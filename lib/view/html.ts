/**
 * darkweb-kg: the self-contained HTML view. One page holds the bundled browser code (sigma.js +
 * graphology, lib/view/client/), its stylesheet and the graph data, and loads nothing from the network.
 *
 * Everything in the data comes from untrusted article text, so:
 *  - the data is JSON inside `<script type="application/json">`, with `<`, `>`, `&`, U+2028 and U+2029
 *    written as \u003c etc., so no string can end the element or open a comment;
 *  - the browser code builds the DOM with textContent only;
 *  - a Content-Security-Policy allows only the one inline script whose hash the page carries, and no
 *    network access at all.
 *
 * The page is written as a stream by `createHtmlExporter` (the exporter shape of lib/export/exporter.ts):
 * each graph item becomes one JSON array element as it arrives, so memory does not grow with the graph.
 */
import { ExportError, UsageError } from '../errors';
import { runExporters, StringSink, degrees, type ExportContext, type Exporter, type GraphItem, type Sink } from '../export/exporter';
import type { KnowledgeGraph } from '../types';
import { loadClientAssets, type ClientAssets } from './assets';
import { circleLayout } from './circle';
import { nodeSize, toViewDocument, toViewEdge, toViewFact, toViewNode, ViewIndex } from './records';
import { loadStyle } from './style';
import { DATA_ELEMENT_ID, type ViewClass } from './viewdata';

export interface ViewOptions {
  /** Page title and heading. */
  title: string;
  /** Display size of an entity without relations. */
  minNodeSize: number;
  /** Display size of the best-connected entity. */
  maxNodeSize: number;
}

export const DEFAULT_VIEW_OPTIONS: Readonly<ViewOptions> = {
  title: 'darkweb-kg',
  minNodeSize: 3,
  maxNodeSize: 14,
};

/** Defaults filled in; throws a UsageError naming the first bad key. */
export function validateViewOptions(options: Partial<ViewOptions> = {}): ViewOptions {
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_VIEW_OPTIONS, key)) {
      throw new UsageError(`view option "${key}" is unknown (known: ${Object.keys(DEFAULT_VIEW_OPTIONS).join(', ')})`);
    }
  }
  const o: ViewOptions = { ...DEFAULT_VIEW_OPTIONS, ...options };
  if (typeof o.title !== 'string') throw new UsageError(`view option "title" must be a string, got ${JSON.stringify(o.title)}`);
  for (const key of ['minNodeSize', 'maxNodeSize'] as const) {
    if (typeof o[key] !== 'number' || !Number.isFinite(o[key]) || o[key] <= 0) {
      throw new UsageError(`view option "${key}" must be a positive number, got ${JSON.stringify(o[key])}`);
    }
  }
  if (o.minNodeSize > o.maxNodeSize) {
    throw new UsageError(`view option "minNodeSize" (${o.minNodeSize}) is larger than "maxNodeSize" (${o.maxNodeSize})`);
  }
  return o;
}

const JSON_UNSAFE = /[<>&\u2028\u2029]/;
const JSON_UNSAFE_ALL = /[<>&\u2028\u2029]/g;
const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text made safe to sit inside a `<script>` element: the characters that HTML gives a meaning to
 * there become JSON \u escapes (so JSON.parse returns the same value).
 */
export function escapeJsonForHtml(json: string): string {
  return JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE_ALL, (c) => JSON_ESCAPES[c]) : json;
}

const HTML_UNSAFE = /[&<>"']/;
const HTML_UNSAFE_ALL = /[&<>"']/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return HTML_UNSAFE.test(text) ? text.replace(HTML_UNSAFE_ALL, (c) => HTML_ESCAPES[c]) : text;
}

function contentSecurityPolicy(assets: ClientAssets): string {
  return [
    "default-src 'none'",
    `script-src ${assets.scriptHash}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function pageHead(title: string, assets: ClientAssets, classes: ViewClass[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(assets))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${assets.css}</style>`,
    '</head>',
    '<body>',
    '<noscript>This view needs JavaScript.</noscript>',
    '<div id="app"><main id="stage"><div id="graph"></div></main><aside id="sidebar"></aside></div>',
    `<script type="application/json" id="${DATA_ELEMENT_ID}">`,
    `{"title":${escapeJsonForHtml(JSON.stringify(title))},"classes":${escapeJsonForHtml(JSON.stringify(classes))},"docs":[`,
  ].join('\n');
}

/** JSON array of ViewData that each item kind goes into, in the order the exporter contract sends them. */
const SECTIONS = ['docs', 'nodes', 'edges', 'facts'] as const;
const SECTION_OF: Record<GraphItem['kind'], number> = { document: 0, entity: 1, relation: 2, fact: 3 };

class HtmlExporter implements Exporter {
  private readonly options: ViewOptions;
  private readonly assets: ClientAssets;
  private readonly index = new ViewIndex();
  private readonly maxDegree: number;
  private circle: Map<string, { x: number; y: number }> | undefined;
  private section = 0;
  private first = true;

  constructor(
    private readonly sink: Sink,
    private readonly context: ExportContext,
    options: Partial<ViewOptions>,
  ) {
    this.options = validateViewOptions(options);
    this.assets = loadClientAssets();
    let max = 0;
    for (const d of context.degree.values()) if (d > max) max = d;
    this.maxDegree = max;
    sink.write(pageHead(this.options.title, this.assets, loadStyle()));
  }

  write(item: GraphItem): void {
    const target = SECTION_OF[item.kind];
    if (target < this.section) {
      const what = item.kind === 'relation' ? `${item.value.s} ${item.value.p} ${item.value.o}` : item.value.iri;
      throw new ExportError('<html view>', `${item.kind} item ${what} arrived after the ${SECTIONS[this.section]} section`);
    }
    this.moveTo(target);
    const json = this.convert(item);
    if (json === null) return;
    this.sink.write((this.first ? '' : ',') + escapeJsonForHtml(json));
    this.first = false;
  }

  async finalize(): Promise<void> {
    this.moveTo(SECTIONS.length - 1);
    this.sink.write(`]}\n</script>\n<script>${this.assets.js}</script>\n</body>\n</html>\n`);
    await new Promise<void>((resolve) => this.sink.end(resolve));
  }

  /** Closes the JSON arrays before `target` and opens the next ones. */
  private moveTo(target: number): void {
    while (this.section < target) {
      this.section++;
      this.sink.write(`],"${SECTIONS[this.section]}":[`);
      this.first = true;
    }
  }

  private convert(item: GraphItem): string | null {
    switch (item.kind) {
      case 'document':
        this.index.addDocument(item.value.iri);
        return JSON.stringify(toViewDocument(item.value));
      case 'entity': {
        const e = item.value;
        this.index.addNode(e.iri);
        const degree = this.context.degree.get(e.iri) ?? 0;
        const size = nodeSize(degree, this.maxDegree, this.options.minNodeSize, this.options.maxNodeSize);
        return JSON.stringify(toViewNode(e, this.index, this.position(e.iri), degree, size));
      }
      case 'relation': {
        const edge = toViewEdge(item.value, this.index);
        return edge === null ? null : JSON.stringify(edge);
      }
      case 'fact':
        return JSON.stringify(toViewFact(item.value, this.index));
    }
  }

  /** The layout position, or the deterministic circle when no layout was run (or it missed this node). */
  private position(iri: string): { x: number; y: number } {
    const p = this.context.positions?.get(iri);
    if (p) return p;
    this.circle ??= circleLayout(this.context.graph.entities);
    return this.circle.get(iri) ?? { x: 0, y: 0 };
  }
}

/** The HTML view as a streaming exporter (what `npm start` / the build call). */
export function createHtmlExporter(sink: Sink, context: ExportContext, options: Partial<ViewOptions> = {}): Exporter {
  return new HtmlExporter(sink, context, options);
}

/** The whole page as one string (for small graphs and tests). */
export async function renderHtml(
  graph: KnowledgeGraph,
  positions?: Map<string, { x: number; y: number }>,
  options: Partial<ViewOptions> = {},
): Promise<string> {
  const sink = new StringSink();
  const exporter = createHtmlExporter(sink, { graph, positions, degree: degrees(graph) }, options);
  await runExporters(graph, [exporter]);
  return sink.toString();
}
