/// <reference lib="dom" />
/**
 * darkweb-kg view: browser entry point (bundled by lib/view/bundle.ts into the page). Reads the
 * embedded graph, draws it with sigma.js (WebGL), and wires the sidebar (search, legend, path finder,
 * entity panel) and the zoom buttons over the graph. `window.darkwebKgView` exposes the graph,
 * the renderer and `select`/`findPath` for scripting from the browser console and for tests; the
 * performance marks dwk:start, dwk:model (data parsed, graph built), dwk:sigma (first drawing) and
 * dwk:ready time the start-up.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { createAutocomplete } from './autocomplete';
import { append, el } from './dom';
import { formatNumber } from './format';
import { createLegend } from './legend';
import { buildModel, readViewData, type EdgeAttrs, type NodeAttrs, type ViewModel } from './model';
import { renderPanel } from './panel';
import { createPathFinder } from './pathfinder';
import { SearchIndex } from './search';
import { ViewState } from './state';

export interface DarkwebKgView {
  model: ViewModel;
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  state: ViewState;
  /** Selects an entity by IRI (as a click would) and centres on it. */
  select(iri: string | null): void;
  /** Runs the path finder between two entity IRIs; returns the path's IRIs, or null. */
  findPath(from: string, to: string): string[] | null;
}

declare global {
  interface Window {
    darkwebKgView?: DarkwebKgView;
  }
}

const SIGMA_SETTINGS: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
  defaultEdgeType: 'arrow',
  renderEdgeLabels: false,
  labelFont: 'system-ui, "Segoe UI", Roboto, "Liberation Sans", sans-serif',
  labelSize: 13,
  // Labels: at most a few per grid cell, so zooming in reveals more of them without overlaps.
  labelDensity: 0.6,
  labelGridCellSize: 150,
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
};

/**
 * In a big graph only nodes drawn at least this many pixels wide get a label (zooming in enlarges them);
 * a graph of at most SMALL_GRAPH nodes labels every node the label grid has room for.
 */
const LABEL_SIZE_THRESHOLD = 5;
const SMALL_GRAPH = 300;

/** Camera ratio when centring on one entity (1 shows the whole graph). */
const FOCUS_RATIO = 0.35;
const ANIMATION_MS = 450;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id} element`);
  return found;
}

function start(): void {
  performance.mark('dwk:start');
  const model = buildModel(readViewData(document));
  performance.mark('dwk:model');
  const { data, graph } = model;
  const stage = element('stage');
  const sidebar = element('sidebar');
  const state = new ViewState(graph);
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, element('graph'), {
    ...SIGMA_SETTINGS,
    labelRenderedSizeThreshold: data.nodes.length <= SMALL_GRAPH ? 0 : LABEL_SIZE_THRESHOLD,
  });
  state.attach(renderer);
  performance.mark('dwk:sigma');
  const camera = renderer.getCamera();

  const index = new SearchIndex(data.nodes.map((n, id) => ({ id, label: n.label, aliases: n.alt, weight: n.degree })));
  const details = el('section', { className: 'details', attrs: { 'aria-label': 'Entity details', 'aria-live': 'polite' } });
  const hint = (): void => {
    details.replaceChildren(el('p', { className: 'note' }, ['Click an entity in the graph, or search for one, to see its relations and the sentences they come from.']));
  };

  const centre = (iri: string): void => {
    const d = renderer.getNodeDisplayData(iri);
    if (d) void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: ANIMATION_MS });
  };

  const frame = (iris: string[]): void => {
    const points = iris.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(FOCUS_RATIO / 2, 1.4 * Math.max(x1 - x0, y1 - y0)));
    void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: ANIMATION_MS });
  };

  const legend = createLegend(model, state);
  const select = (node: number | null, centreOn: boolean): void => {
    if (node === null) {
      state.setSelected(null);
      hint();
      return;
    }
    const n = data.nodes[node];
    if (state.hiddenClasses.has(n.type)) {
      state.toggleClass(n.type, true);
      legend.sync();
    }
    state.setSelected(n.iri);
    renderPanel(details, model, node, {
      select: (i) => select(i, true),
      pathFrom: (i) => {
        pathBox.open = true;
        paths.setFrom(i);
      },
      pathTo: (i) => {
        pathBox.open = true;
        paths.setTo(i);
      },
    });
    if (centreOn) centre(n.iri);
  };

  const paths = createPathFinder(model, index, state, { select: (i) => select(i, true), frame });
  const search = createAutocomplete(model, index, {
    label: 'Search',
    placeholder: 'name or alias…',
    className: 'search',
    onChoose: (i) => select(i, true),
  });
  const pathBox = el('details', { className: 'path-box' }, [el('summary', {}, ['Path finder']), paths.root]);

  append(sidebar, [
    el('header', { className: 'page-header' }, [
      el('h1', {}, [data.title]),
      el('p', { className: 'stats' }, [
        `${formatNumber(data.nodes.length)} entities · ${formatNumber(data.edges.length)} relations · ${formatNumber(data.docs.length)} articles`,
      ]),
    ]),
    search.root,
    legend.root,
    pathBox,
    details,
  ]);
  hint();

  const zoom = (label: string, title: string, action: () => void): HTMLButtonElement => {
    const b = el('button', { title, attrs: { type: 'button', 'aria-label': title } }, [label]);
    b.addEventListener('click', action);
    return b;
  };
  append(stage, [
    el('div', { className: 'zoom-controls' }, [
      zoom('+', 'Zoom in', () => void camera.animatedZoom({ duration: ANIMATION_MS })),
      zoom('\u2212', 'Zoom out', () => void camera.animatedUnzoom({ duration: ANIMATION_MS })),
      zoom('\u2922', 'Show the whole graph', () => void camera.animatedReset({ duration: ANIMATION_MS })),
    ]),
  ]);

  renderer.on('clickNode', ({ node }) => select(graph.getNodeAttribute(node, 'index'), false));
  renderer.on('clickStage', () => select(null, false));
  renderer.on('enterNode', ({ node }) => {
    stage.classList.add('pointing');
    state.setHovered(node);
  });
  renderer.on('leaveNode', () => {
    stage.classList.remove('pointing');
    state.setHovered(null);
  });

  performance.mark('dwk:ready');
  window.darkwebKgView = {
    model,
    renderer,
    state,
    select: (iri) => select(iri === null ? null : (model.nodeIndex.get(iri) ?? null), true),
    findPath: (from, to) => {
      const a = model.nodeIndex.get(from);
      const b = model.nodeIndex.get(to);
      if (a === undefined || b === undefined) return null;
      pathBox.open = true;
      return paths.findBetween(a, b)?.map((i) => data.nodes[i].iri) ?? null;
    },
  };
}

try {
  start();
} catch (e) {
  console.error(e);
  const sidebar = document.getElementById('sidebar');
  if (sidebar) sidebar.replaceChildren(el('p', { className: 'error' }, [`The view could not start: ${(e as Error).message}`]));
}
