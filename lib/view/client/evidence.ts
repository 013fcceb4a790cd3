/// <reference lib="dom" />
/**
 * darkweb-kg view: the evidence blocks of the side panel and the path finder. A block is the sentence
 * a relation or figure was read from, with the entities' mentions marked, followed by the article's
 * title and date.
 */
import { el, externalLink, type Child } from './dom';
import { highlightMentions } from './highlight';
import type { ViewModel } from './model';
import type { ViewNode } from '../viewdata';

/** The names an entity is mentioned by, for highlighting. */
export function names(node: ViewNode): string[] {
  return [node.label, ...node.alt];
}

/** Title (linked when the article has an http(s) URL) and date of an article. */
export function citation(model: ViewModel, doc: number | undefined): HTMLElement {
  const d = doc === undefined ? undefined : model.data.docs[doc];
  if (!d) return el('cite', {}, ['unknown article']);
  const parts: Child[] = [externalLink(d.url, d.title ?? d.file)];
  if (d.date) parts.push(el('span', { className: 'date' }, [d.date]));
  return el('cite', { title: d.file }, parts);
}

/**
 * A sentence with mentions of each name group marked (`<mark class="m1">` for the first group, `m2` for
 * the second...), then its source.
 */
export function evidenceBlock(
  model: ViewModel,
  ev: { text: string; doc?: number; conf: number; role?: string },
  groups: string[][],
): HTMLElement {
  const quote = el(
    'blockquote',
    {},
    highlightMentions(ev.text, groups).map((s) => (s.mark === 0 ? s.text : el('mark', { className: `m${s.mark}` }, [s.text]))),
  );
  const meta: Child[] = [citation(model, ev.doc)];
  if (ev.role) meta.push(el('span', { className: 'role' }, [`role: ${ev.role}`]));
  meta.push(el('span', { className: 'conf', title: 'extraction confidence' }, [`confidence ${ev.conf.toFixed(2)}`]));
  return el('li', { className: 'evidence' }, [quote, el('div', { className: 'source' }, meta)]);
}
