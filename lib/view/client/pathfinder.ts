/// <reference lib="dom" />
/**
 * darkweb-kg view: the path finder. Pick two entities; the shortest chain of relations between them
 * (path.ts, either direction, not through hidden classes) is drawn in red, and each hop is listed with
 * its relations and their evidence sentences.
 */
import { createAutocomplete } from './autocomplete';
import { actionLink, append, clear, el } from './dom';
import { evidenceBlock, names } from './evidence';
import { RELATION_PHRASES } from './format';
import type { ViewModel } from './model';
import { shortestPath } from './path';
import type { SearchIndex } from './search';
import type { ViewState } from './state';

export interface PathFinder {
  root: HTMLElement;
  /** Sets one end; looks for the path once both ends are set. */
  setFrom(node: number): void;
  setTo(node: number): void;
  /** Sets both ends and looks for the path; returns its node indices, or null. */
  findBetween(from: number, to: number): number[] | null;
}

export interface PathActions {
  select(node: number): void;
  /** Moves the camera to show these nodes. */
  frame(nodes: string[]): void;
}

export function createPathFinder(model: ViewModel, index: SearchIndex, state: ViewState, actions: PathActions): PathFinder {
  const result = el('div', { className: 'path-result', attrs: { 'aria-live': 'polite' } });
  const findWhenBoth = (): void => {
    if (from.value() !== null && to.value() !== null) find();
  };
  const from = createAutocomplete(model, index, { label: 'From', placeholder: 'first entity', className: 'path-from', onChoose: findWhenBoth });
  const to = createAutocomplete(model, index, { label: 'To', placeholder: 'second entity', className: 'path-to', onChoose: findWhenBoth });
  const findButton = el('button', { className: 'primary', attrs: { type: 'button' } }, ['Find path']);
  const clearButton = el('button', { attrs: { type: 'button' } }, ['Clear']);

  const say = (text: string): void => {
    clear(result);
    append(result, [el('p', { className: 'note' }, [text])]);
  };

  const hop = (a: string, b: string): HTMLElement => {
    const ai = model.graph.getNodeAttribute(a, 'index');
    const bi = model.graph.getNodeAttribute(b, 'index');
    const groups = [names(model.data.nodes[ai]), names(model.data.nodes[bi])];
    const relations = [...model.graph.edges(a, b), ...model.graph.edges(b, a)].map((key) => {
      const edge = model.data.edges[model.graph.getEdgeAttribute(key, 'index')];
      return el('li', { className: 'relation' }, [
        el('span', { className: 'rel-head' }, [
          actionLink(model.data.nodes[edge.s].label, () => actions.select(edge.s)),
          el('span', { className: 'predicate' }, [RELATION_PHRASES[edge.p] ?? edge.p]),
          actionLink(model.data.nodes[edge.o].label, () => actions.select(edge.o)),
        ]),
        el('ul', { className: 'evidence-list' }, edge.ev.map((ev) => evidenceBlock(model, ev, groups))),
      ]);
    });
    return el('li', { className: 'hop' }, [el('ul', { className: 'relations' }, relations)]);
  };

  const find = (): number[] | null => {
    const a = from.value();
    const b = to.value();
    if (a === null || b === null) {
      say('Choose both ends from the lists.');
      return null;
    }
    const ia = model.data.nodes[a].iri;
    const ib = model.data.nodes[b].iri;
    const path = shortestPath(ia, ib, (n) => model.graph.neighbors(n), (n) => state.isVisible(n));
    if (path === null) {
      state.setPath(null);
      say(`No path between ${model.data.nodes[a].label} and ${model.data.nodes[b].label}${state.hiddenClasses.size > 0 ? ' through the classes shown' : ''}.`);
      return null;
    }
    const edges: string[] = [];
    for (let i = 1; i < path.length; i++) edges.push(...model.graph.edges(path[i - 1], path[i]), ...model.graph.edges(path[i], path[i - 1]));
    state.setPath(path, edges);
    clear(result);
    const hops = path.length - 1;
    append(result, [
      el('p', { className: 'note' }, [hops === 0 ? 'Both ends are the same entity.' : `${hops} hop${hops === 1 ? '' : 's'}:`]),
      el('ol', { className: 'hops' }, path.slice(1).map((n, i) => hop(path[i], n))),
    ]);
    actions.frame(path);
    return path.map((n) => model.graph.getNodeAttribute(n, 'index'));
  };

  findButton.addEventListener('click', () => find());
  clearButton.addEventListener('click', () => {
    from.set(null);
    to.set(null);
    clear(result);
    state.setPath(null);
  });

  const root = el('section', { className: 'panel-section path-finder', attrs: { 'aria-label': 'Path finder' } }, [
    el('h2', {}, ['Path finder']),
    from.root,
    to.root,
    el('div', { className: 'buttons' }, [findButton, clearButton]),
    result,
  ]);
  return {
    root,
    setFrom: (n) => {
      from.set(n);
      findWhenBoth();
    },
    setTo: (n) => {
      to.set(n);
      findWhenBoth();
    },
    findBetween: (a, b) => {
      from.set(a);
      to.set(b);
      return find();
    },
  };
}
