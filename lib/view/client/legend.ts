/// <reference lib="dom" />
/**
 * darkweb-kg view: the legend. One button per entity class present in the graph, in its colour, with
 * a count; pressing it hides or shows that class.
 */
import { el, swatch } from './dom';
import type { ViewModel } from './model';
import type { ViewState } from './state';

export interface Legend {
  root: HTMLElement;
  /** Redraws the pressed state after the view changed a class's visibility itself. */
  sync(): void;
}

export function createLegend(model: ViewModel, state: ViewState): Legend {
  const counts = new Map<string, number>();
  for (const n of model.data.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const buttons = new Map<string, HTMLButtonElement>();
  const list = el('ul', { className: 'legend' });
  for (const cls of model.data.classes) {
    const count = counts.get(cls.name);
    if (count === undefined) continue;
    const button = el('button', { className: 'legend-item', attrs: { type: 'button', 'aria-pressed': 'true', 'data-class': cls.name } }, [
      swatch(cls.color),
      el('span', { className: 'legend-label' }, [cls.label]),
      el('span', { className: 'count' }, [String(count)]),
    ]);
    button.title = `Hide or show ${cls.label}`;
    button.addEventListener('click', () => {
      state.toggleClass(cls.name);
      sync();
    });
    buttons.set(cls.name, button);
    list.appendChild(el('li', {}, [button]));
  }
  const sync = (): void => {
    for (const [cls, b] of buttons) b.setAttribute('aria-pressed', String(!state.hiddenClasses.has(cls)));
  };
  const root = el('section', { className: 'panel-section', attrs: { 'aria-label': 'Legend' } }, [
    el('h2', {}, ['Classes']),
    list,
  ]);
  return { root, sync };
}
