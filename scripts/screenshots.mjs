#!/usr/bin/env node
// PNGs of every explorer page at a desktop and a phone viewport, for the README:
//   node scripts/screenshots.mjs [base url, default http://localhost:$PORT]  → docs/screenshots/<page>-<w>x<h>.png
// Against a running service with the seed graph (`npm start`); Debian's chromium (installed when missing).
// With LIMELIGHT_EDITOR_KEY set, the editor page is shot with that key typed in (its review queue shown).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 4000}`;
const out = path.join(root, 'docs', 'screenshots');

/** name, path, what shows the page has drawn, and what to do first (type into the search box). */
const SHOTS = [
  { name: 'search', path: '/', ready: 'form[role=search]', type: 'Bruce Wilis' },
  { name: 'person', path: '/people/bruce-willis', ready: '.kin-item' },
  { name: 'connect', path: '/connect?from=bruce-willis&to=mila-kunis&maxHops=6', ready: '.graph canvas' },
  { name: 'timeline', path: '/timeline?people=elizabeth-taylor&family=1', ready: '.event' },
  { name: 'on-this-day', path: '/on-this-day?month=9&day=28', ready: '.page-count' },
  { name: 'editor', path: '/editor', ready: '.key-form' },
];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox'] });
try {
  for (const viewport of VIEWPORTS) {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
      await page.locator(shot.ready).first().waitFor();
      if (shot.name === 'editor' && process.env.LIMELIGHT_EDITOR_KEY) {
        await page.getByLabel('Editor key').fill(process.env.LIMELIGHT_EDITOR_KEY);
        await page.getByRole('button', { name: 'Use this key' }).click();
        await page.locator('.queue .page-count').waitFor();
      }
      if (shot.type) {
        await page.getByRole('combobox').first().fill(shot.type);
        await page.getByRole('option').first().waitFor();
      }
      await page.waitForTimeout(300); // Cytoscape's layout settles
      const file = path.join(out, `${shot.name}-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(root, file));
      await context.close();
    }
  }
} finally {
  await browser.close();
}
