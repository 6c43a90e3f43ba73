// A tiny element builder. Text always goes in as text nodes (never innerHTML), so names, quotes
// and titles from articles cannot become markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `h('a', { href: '/x', class: 'y', onclick: fn }, 'text', child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A status line screen readers announce ("Loading…", an error). */
export function statusLine(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** The page's query string, read once. */
export function queryParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** Links to a person's page. */
export function personHref(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}

export function personLink(person: { id: string; name: string }): HTMLAnchorElement {
  return h('a', { href: personHref(person.id) }, person.name);
}
