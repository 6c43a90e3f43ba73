import { readFile } from 'node:fs/promises';
import { ServerResponse } from 'node:http';
import path from 'node:path';
import { projectRoot } from '../paths';

/**
 * The browser pages. Each route pattern gets the same kind of HTML shell, which loads one
 * bundle from /assets/ (scripts/build-web.mjs makes them from src/web/client/*.entry.ts).
 * Nothing is loaded from any other host: the CSP below says so to the browser too.
 */
interface Page {
  route: RegExp;
  title: string;
  /** the bundle's name: dist/web/<entry>.js and .css */
  entry: string;
}

const PAGES: Page[] = [
  { route: /^\/$/, title: 'Limelight', entry: 'app' },
  { route: /^\/people\/[^/]+$/, title: 'Person · Limelight', entry: 'app' },
  { route: /^\/connect$/, title: 'How are they connected? · Limelight', entry: 'app' },
  { route: /^\/timeline$/, title: 'Family timeline · Limelight', entry: 'app' },
  { route: /^\/on-this-day$/, title: 'On this day · Limelight', entry: 'app' },
  { route: /^\/editor$/, title: 'For editors · Limelight', entry: 'app' },
];

/** What scripts/build-web.mjs writes, found the same way from src/ (tests) and dist/src/. */
const WEB_DIR = path.join(projectRoot(), 'dist', 'web');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The page's scripts, styles, fonts, images and requests: this origin only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export const ASSET_PREFIX = '/assets/';

/** The page a GET of `route` shows, if any. */
export function pageFor(route: string): Page | undefined {
  return PAGES.find((page) => page.route.test(route));
}

export function sendPage(res: ServerResponse, page: Pick<Page, 'title' | 'entry'>): void {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_PREFIX}${page.entry}.css">
</head>
<body>
<div id="app"></div>
<script type="module" src="${ASSET_PREFIX}${page.entry}.js"></script>
</body>
</html>
`;
  securityHeaders(res);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.end(html);
}

/** GET /assets/<file>: a built bundle; anything else (other folders, `..`, unknown types) is 404. */
export async function sendAsset(res: ServerResponse, route: string): Promise<void> {
  const name = route.slice(ASSET_PREFIX.length);
  const type = CONTENT_TYPES[path.extname(name)];
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.') || !type) return notFound(res);
  const body = await readFile(path.join(WEB_DIR, name)).catch(() => null);
  if (!body) return notFound(res);
  securityHeaders(res);
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'no-cache');
  res.end(body);
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error: 'not found' }));
}
