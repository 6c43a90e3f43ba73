// The newsroom explorer: one bundle for every journalist page; the server sends the same
// shell for each page route (src/server/static.ts) and this picks the view from the path.
// The graph view (Cytoscape) is its own chunk, loaded only by /connect.
import './app.css';
import { renderHome } from './pages/home.page';
import { renderPerson } from './pages/person.page';
import { renderConnect } from './pages/connect.page';
import { renderTimeline } from './pages/timeline.page';
import { renderOnThisDay } from './pages/on-this-day.page';
import { renderEditor } from './pages/editor.page';
import { layout } from './kit/layout';
import { statusLine } from './kit/dom';

const ROUTES: { path: RegExp; render(match: RegExpExecArray): void | Promise<void> }[] = [
  { path: /^\/$/, render: renderHome },
  { path: /^\/people\/([^/]+)$/, render: (m) => renderPerson(decodeURIComponent(m[1])) },
  { path: /^\/connect$/, render: renderConnect },
  { path: /^\/timeline$/, render: renderTimeline },
  { path: /^\/on-this-day$/, render: renderOnThisDay },
  { path: /^\/editor$/, render: renderEditor },
];

function route(): void {
  for (const { path, render } of ROUTES) {
    const match = path.exec(location.pathname);
    if (match) return void render(match);
  }
  layout('Not found').append(statusLine('There is no page here.'));
}

route();
