import { fill, h } from './dom';

/** The pages, in the order the navigation lists them. */
const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Search' },
  { href: '/connect', label: 'Connect' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/on-this-day', label: 'On this day' },
  { href: '/editor', label: 'Editors' },
];

/**
 * Draws the shell every page shares (skip link, site name, navigation, one <main>) and
 * returns the <main> for the page to fill. `title` is the page's <h1> and <title>.
 */
export function layout(title: string): HTMLElement {
  document.title = title === 'Limelight' ? title : `${title} · Limelight`;
  const main = h('main', { id: 'main', tabindex: '-1' }, h('h1', {}, title));
  const nav = h(
    'nav',
    { 'aria-label': 'Pages' },
    h(
      'ul',
      {},
      ...NAV.map((item) => h('li', {}, h('a', { href: item.href, 'aria-current': current(item.href) ? 'page' : null }, item.label))),
    ),
  );
  const header = h('header', { class: 'site' }, h('a', { href: '/', class: 'brand' }, 'Limelight'), nav);
  const skip = h('a', { href: '#main', class: 'skip' }, 'Skip to content');
  fill(document.getElementById('app') ?? document.body, skip, header, main);
  return main;
}

function current(href: string): boolean {
  const path = location.pathname;
  return href === '/' ? path === '/' || path.startsWith('/people/') : path.startsWith(href);
}

/** A titled section of a page. */
export function section(title: string, ...children: (Node | string | null)[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}
