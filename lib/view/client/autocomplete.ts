/// <reference lib="dom" />
/**
 * darkweb-kg view: a text box with a drop-down of matching entities (names and aliases, see
 * search.ts). Arrow keys move through the list, Enter or a click chooses, Escape closes. Used by the
 * search box and by both ends of the path finder.
 */
import { el, clear, swatch } from './dom';
import type { ViewModel } from './model';
import type { SearchIndex } from './search';

export interface Autocomplete {
  root: HTMLElement;
  input: HTMLInputElement;
  /** The chosen node index, or null while the text matches no choice. */
  value(): number | null;
  /** Shows a node as chosen (null empties the box). */
  set(node: number | null): void;
}

const MAX_RESULTS = 12;
let idCounter = 0;

export function createAutocomplete(
  model: ViewModel,
  index: SearchIndex,
  options: { label: string; placeholder: string; className?: string; onChoose(node: number): void },
): Autocomplete {
  const id = `ac${++idCounter}`;
  const input = el('input', {
    attrs: {
      type: 'search',
      id: `${id}-input`,
      placeholder: options.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
    },
  });
  const list = el('ul', { className: 'ac-list', attrs: { role: 'listbox', id: `${id}-list` } });
  list.hidden = true;
  const root = el('div', { className: `ac ${options.className ?? ''}` }, [
    el('label', { className: 'ac-label', attrs: { for: input.id } }, [options.label]),
    input,
    list,
  ]);

  let hits: number[] = [];
  let active = -1;
  let chosen: number | null = null;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number): void => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${id}-opt${i}`);
  };

  const choose = (node: number): void => {
    set(node);
    close();
    options.onChoose(node);
  };

  const set = (node: number | null): void => {
    chosen = node;
    input.value = node === null ? '' : model.data.nodes[node].label;
  };

  const render = (): void => {
    chosen = null;
    const found = index.search(input.value, MAX_RESULTS);
    hits = found.map((h) => h.id);
    clear(list);
    found.forEach((h, i) => {
      const node = model.data.nodes[h.id];
      const cls = model.classes.get(node.type);
      const li = el('li', { attrs: { role: 'option', id: `${id}-opt${i}`, 'aria-selected': 'false' } }, [
        swatch(cls?.color ?? '#000'),
        el('span', { className: 'ac-name' }, [h.label]),
        h.alias !== undefined ? el('span', { className: 'ac-alias' }, [h.alias]) : null,
        el('span', { className: 'ac-class' }, [cls?.label ?? node.type]),
      ]);
      // mousedown, not click: it fires before the input loses focus and closes the list.
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(h.id);
      });
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    setActive(found.length > 0 ? 0 : -1);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    if (chosen === null && input.value.trim() !== '') render();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) render();
      else if (hits.length > 0) setActive((active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      if (!list.hidden && active >= 0) choose(hits[active]);
      else if (chosen !== null) options.onChoose(chosen);
      ev.preventDefault();
    } else if (ev.key === 'Escape') close();
  });

  return { root, input, value: () => chosen, set };
}
