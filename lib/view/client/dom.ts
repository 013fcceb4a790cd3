/// <reference lib="dom" />
/**
 * darkweb-kg view: the only way the view creates DOM. Text goes in through text nodes (never
 * innerHTML), attribute names are fixed by the code, and links are made only from http(s) URLs, so
 * article text can never become markup or script.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  /** Fixed attributes chosen by the code (aria-*, role, type...). */
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title !== undefined) node.title = props.title;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) node.setAttribute(k, v);
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** An http(s) URL as given, or null for anything else (javascript:, data:, relative...). */
export function safeHttpUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link that opens outside the page, or plain text when the URL is not http(s). */
export function externalLink(url: string | undefined, text: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (href === null) return el('span', {}, [text]);
  const a = el('a', { attrs: { target: '_blank', rel: 'noopener noreferrer' } }, [text]);
  a.href = href;
  return a;
}

/** A button that looks like a link, for moving around inside the view. */
export function actionLink(text: string, onClick: () => void, title?: string): HTMLButtonElement {
  const b = el('button', { className: 'link', title, attrs: { type: 'button' } }, [text]);
  b.addEventListener('click', onClick);
  return b;
}

/** A coloured dot for an entity class. */
export function swatch(color: string): HTMLElement {
  const s = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  s.style.backgroundColor = color;
  return s;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
