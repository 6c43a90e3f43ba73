import { Page } from 'playwright-core';

export interface QualityReport {
  /** document wider than the viewport, in CSS pixels (0 when it fits) */
  overflowPx: number;
  /** visible controls (links, buttons, inputs, selects) without an accessible name */
  unlabelled: string[];
  /** visible text whose contrast with its background is under 4.5:1 */
  lowContrast: string[];
  /** ms from navigation start to the first contentful paint */
  firstPaintMs: number | null;
  /** how many text elements the contrast rule looked at (a positive control: not 0) */
  textChecked: number;
  controlsChecked: number;
}

/**
 * Runs in the page, as a string: a function handed to page.evaluate would carry the test
 * transpiler's helpers (`__name`) that the page does not have.
 *
 * Accessible name, simplified from the accname spec: aria-labelledby, aria-label, a <label>,
 * the text inside, title, placeholder is NOT a name. Contrast: WCAG 2 relative luminance of the
 * computed colour against the first opaque background up the tree (white when none).
 */
const AUDIT = `(() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden]'); };
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ').trim();
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ').trim();
    if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) { const t = (el.innerText || el.textContent || '').trim(); if (t) return t; }
    return (el.getAttribute('title') || '').trim();
  };
  const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [role=combobox], [role=option]')].filter(visible);
  const unlabelled = controls.filter((el) => !nameOf(el)).map(describe);
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0, 0, 0, 1]; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c[3] >= 0.99) return c; } return [255, 255, 255, 1]; };
  const texts = [...document.querySelectorAll('body *')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && visible(el));
  const lowContrast = [];
  for (const el of texts) {
    const fg = parse(getComputedStyle(el).color); const bg = background(el);
    const [a, b] = [lum(fg), lum(bg)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) lowContrast.push(describe(el) + ' ' + ratio.toFixed(2));
  }
  const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  return { overflowPx: Math.max(0, document.documentElement.scrollWidth - window.innerWidth), unlabelled, lowContrast,
    firstPaintMs: paint ? Math.round(paint.startTime) : null, textChecked: texts.length, controlsChecked: controls.length };
})()`;

export function auditPage(page: Page): Promise<QualityReport> {
  return page.evaluate(AUDIT) as Promise<QualityReport>;
}

/** Presses Tab until the element matching `selector` has focus; the number of presses, or null. */
export async function tabTo(page: Page, selector: string, maxPresses = 30): Promise<number | null> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return presses;
  }
  return null;
}
