#!/usr/bin/env node
// docs/screenshots/graphiql.png: GraphiQL at <base>/graphql (a running service, default
// http://localhost:4000) with the README's first query run and the docs pane open, taken with
// Debian's Chromium (scripts/ensure-chromium.mjs), never a downloaded browser.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = process.argv[2] ?? 'http://localhost:4000';
const out = path.join(root, 'docs', 'screenshots', 'graphiql.png');

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/graphql`);
  await page.locator('.graphiql-query-editor .view-lines').getByText('searchPeople').first().waitFor({ timeout: 60_000 });
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response .view-lines').getByText('chrissy-teigen').first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /documentation explorer/i }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
  await page.locator('.graphiql-doc-explorer').getByText('searchPeople', { exact: true }).waitFor();
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
}
