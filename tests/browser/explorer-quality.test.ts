import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from 'playwright-core';
import { startTestApp, TestApp } from '../helpers/app';
import { launchBrowser, openPage } from '../helpers/browser';
import { auditPage, tabTo } from '../helpers/page-quality';

let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await t?.app.stop();
  // reported, not asserted: a shared 2-core CI machine says little about a newsroom's laptop
  console.log(`first contentful paint (ms), seed graph:\n${paints.map((p) => `  ${p}`).join('\n')}`);
});

const paints: string[] = [];

/** Every page, opened the way a journalist would, and what shows it has finished drawing. */
const PAGES: { path: string; ready: string; searchBox?: string }[] = [
  { path: '/', ready: 'form[role=search]', searchBox: 'Search people by name' },
  { path: '/people/nicole-kidman', ready: '.kin-item' },
  { path: '/connect?from=mickey-rooney&to=woody-allen', ready: '.graph canvas', searchBox: 'From' },
  { path: '/timeline?people=elizabeth-taylor&family=1', ready: '.event', searchBox: 'Add a person' },
  { path: '/on-this-day?month=9&day=28', ready: '.page-count' },
  { path: '/editor', ready: '.key-form', searchBox: 'Merge this record' },
];

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe('every page, at desktop and phone sizes', () => {
  for (const viewport of VIEWPORTS) {
    for (const { path, ready, searchBox } of PAGES) {
      it(`${path} at ${viewport.width}×${viewport.height}: no errors, no foreign request, fits, labelled, legible`, async () => {
        const { page, errors, foreignRequests } = await openPage(browser, t.base, viewport);
        await page.goto(`${t.base}${path}`, { waitUntil: 'networkidle' });
        await page.locator(ready).first().waitFor();
        const report = await auditPage(page);
        paints.push(`${String(report.firstPaintMs).padStart(5)}  ${viewport.width}×${viewport.height} ${path}`);
        expect(errors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        expect(report.overflowPx, 'horizontal overflow').toBe(0);
        expect(report.unlabelled).toEqual([]);
        expect(report.lowContrast).toEqual([]);
        // positive controls: the audit saw the page's text and controls
        expect(report.textChecked).toBeGreaterThan(5);
        expect(report.controlsChecked).toBeGreaterThan(3);
        if (searchBox) {
          const presses = await tabTo(
            page,
            `[role=combobox][id="${await page.getByLabel(searchBox, { exact: true }).getAttribute('id')}"]`,
          );
          expect(presses, 'Tab reaches the search box').not.toBeNull();
        }
        await page.context().close();
      });
    }
  }

  it('autocomplete works from the keyboard alone: Tab, type, arrows, Enter', async () => {
    const { page, errors } = await openPage(browser, t.base, VIEWPORTS[1]);
    await page.goto(`${t.base}/`);
    expect(await tabTo(page, '[role=combobox]')).not.toBeNull();
    await page.keyboard.type('Keith Urbn');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(1);
    const box = page.getByRole('combobox');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toMatch(/-0$/);
    await expect(page.locator(`[id="${active}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator(`[id="${active}"] .option-name`).textContent()).resolves.toBe('Keith Urban');
    await Promise.all([page.waitForURL(/\/people\/keith-urban$/), page.keyboard.press('Enter')]);
    await page.goto(`${t.base}/`);
    expect(await tabTo(page, '[role=combobox]')).not.toBeNull();
    await page.keyboard.type('Keith Urbn');
    await options.first().waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox').getAttribute('aria-expanded')).resolves.toBe('false');
    expect(errors).toEqual([]);
  });
});
