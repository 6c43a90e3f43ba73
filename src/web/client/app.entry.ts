// The newsroom explorer: one bundle for every journalist page; the server sends the same
// shell for each page route (src/server/static.ts) and this picks the view from the path.
import './app.css';

const root = document.getElementById('app');
if (root) {
  const heading = document.createElement('h1');
  heading.textContent = 'Limelight';
  root.replaceChildren(heading);
}
