import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from 'playwright-core';
import { startTestApp, TestApp } from '../helpers/app';
import { launchBrowser, openPage } from '../helpers/browser';

let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await t?.app.stop();
});

describe('the page shell in Chromium', () => {
  it('serves / as a page that runs its bundle, with no console error and no foreign request', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, t.base);
    const response = await page.goto(`${t.base}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    // the heading is written by the bundle, not the shell: this fails when the script does not run
    await expect(page.locator('h1').textContent()).resolves.toBe('Limelight');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('refuses asset paths outside the bundle folder', async () => {
    for (const path of [
      '/assets/..%2F..%2Fpackage.json',
      '/assets/../src/server/static.js',
      '/assets/app.js.exe',
      '/assets/.build-stamp',
    ]) {
      const res = await fetch(`${t.base}${path}`);
      expect(res.status, path).toBe(404);
    }
    const positive = await fetch(`${t.base}/assets/app.js`);
    expect(positive.status).toBe(200);
    expect(positive.headers.get('content-type')).toContain('text/javascript');
  });
});
