import { Browser, chromium, Page } from 'playwright-core';
// @ts-expect-error an .mjs script without types
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
// @ts-expect-error an .mjs script without types
import { buildWeb } from '../../scripts/build-web.mjs';
import { projectRoot } from '../../src/paths';

export interface BrowserPage {
  page: Page;
  /** console errors and uncaught exceptions seen so far */
  errors: string[];
  /** requests to any origin other than the service's */
  foreignRequests: string[];
}

/**
 * Debian's Chromium, headless, installed with apt first when it is missing. The pages are
 * bundled first (a second with esbuild), so tests see the client code as it is now.
 */
export async function launchBrowser(): Promise<Browser> {
  await buildWeb(projectRoot());
  const executablePath: string = ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}

/**
 * A fresh page (own context: empty session storage) at the given viewport, recording what
 * the quality rules forbid: console errors, page errors, and requests that leave the service.
 */
export async function openPage(browser: Browser, base: string, viewport = { width: 1280, height: 800 }): Promise<BrowserPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  return { page, errors, foreignRequests };
}
