import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from 'playwright-core';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { inventedSurname } from '../helpers/graph';
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

describe('the explorer: search and a person', () => {
  it('finds Nicole Kidman from a typo, with dates and description, and opens her page', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, t.base);
    await page.goto(`${t.base}/`);
    const box = page.getByRole('combobox', { name: 'Search people by name' });
    await box.fill('Nicol Kidman');
    const option = page.getByRole('option').filter({ hasText: 'Nicole Kidman' }).first();
    await option.waitFor();
    // dates tell namesakes apart: the option carries her birth year
    await expect(option.textContent()).resolves.toMatch(/Nicole Kidman.*1967/);
    await box.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toMatch(/-0$/);
    await Promise.all([page.waitForURL(/\/people\/nicole-kidman$/), box.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'Nicole Kidman' }).waitFor();
    for (const spouse of ['Tom Cruise', 'Keith Urban']) {
      const item = page.locator('.kin-item').filter({ has: page.getByRole('link', { name: spouse, exact: true }) });
      await expect(item.count()).resolves.toBe(1);
      // the evidence of the link: its source and status, and a quote where one is recorded
      const evidence = item.locator('.evidence-item');
      expect(await evidence.count()).toBeGreaterThan(0);
      await expect(evidence.first().locator('.evidence-meta').textContent()).resolves.toMatch(/accepted.*source: \S+/);
    }
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('shows evidence with quote, article link, and partial dates as such', async () => {
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/people/chrissy-teigen`);
    await page.getByRole('heading', { level: 1, name: 'Chrissy Teigen' }).waitFor();
    const legend = page.locator('.kin-item').filter({ has: page.getByRole('link', { name: 'John Legend', exact: true }) });
    const { data } = await t.gql(`{ person(id: "chrissy-teigen") { spouses { person { name } evidence { quote article { url } } } } }`);
    const stated = data!.person.spouses.find((s: any) => s.person.name === 'John Legend').evidence.find((e: any) => e.article?.url);
    await expect(legend.locator('blockquote').allTextContents()).resolves.toContain(stated.quote);
    await expect(legend.locator(`a[href="${stated.article.url}"]`).count()).resolves.toBe(1);
    // a month-precise event reads as "September 2020", not a made-up day
    const timeline = await t.ok(`{ person(id: "chrissy-teigen") { events(first: 50) { edges { node { date { iso precision } } } } } }`);
    const month = timeline.person.events.edges.map((e: any) => e.node.date).find((d: any) => d?.precision === 'MONTH');
    expect(month).toBeDefined();
    const [year, m] = month.iso.split('-');
    const name = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    await expect(page.locator('.event-date').allTextContents()).resolves.toContain(`${name} ${year}`);
    for (const [text, href] of [
      ['GraphML', '/export/neighbourhood/chrissy-teigen?hops=1&format=graphml'],
      ['Cytoscape JSON', '/export/neighbourhood/chrissy-teigen?hops=1&format=cytoscape'],
      ['Export TimelineJS', '/export/timeline/chrissy-teigen?family=1&format=timelinejs'],
    ]) {
      await expect(page.getByRole('link', { name: text, exact: true }).getAttribute('href')).resolves.toBe(href);
    }
    expect(await page.locator('.articles li').count()).toBeGreaterThan(0);
    expect(await page.locator('.co-mentions li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('says so when no one has the id', async () => {
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/people/no-such-person-zz`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('No one has the id “no-such-person-zz”');
    expect(errors).toEqual([]);
  });
});

describe('the explorer: connections', () => {
  /** The hops as the page lists them: "A spouse of B" lines with their evidence counts. */
  async function hopsOf(page: import('playwright-core').Page, pathIndex = 0) {
    const path = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: /^Path \d+:/ }) })
      .nth(pathIndex);
    const hops = path.locator('li.hop');
    const result: { line: string; evidence: number; weak: boolean }[] = [];
    for (let i = 0; i < (await hops.count()); i++) {
      const hop = hops.nth(i);
      result.push({
        line: ((await hop.locator('.hop-line').textContent()) ?? '').trim(),
        evidence: await hop.locator('.evidence-item').count(),
        weak: (await hop.getAttribute('class'))!.includes('hop-weak'),
      });
    }
    return result;
  }

  it('draws Mickey Rooney to Woody Allen as five hops, each with its evidence', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, t.base);
    await page.goto(`${t.base}/connect?from=mickey-rooney&to=woody-allen`);
    await page.getByRole('heading', { name: 'Path 1: 5 hops' }).waitFor();
    const hops = await hopsOf(page);
    expect(hops.map((h) => h.line.split(/ (?:spouse|parent|child) of /))).toEqual([
      ['Mickey Rooney', 'Ava Gardner'],
      ['Ava Gardner', 'Frank Sinatra'],
      ['Frank Sinatra', 'Mia Farrow'],
      ['Mia Farrow', 'Ronan Farrow'],
      ['Ronan Farrow', 'Woody Allen'],
    ]);
    for (const hop of hops) expect(hop.evidence, hop.line).toBeGreaterThan(0);
    // the graph is drawn: Cytoscape's canvases inside the container, from its own chunk
    await page.locator('.graph canvas').first().waitFor();
    await expect(page.locator('.graph').getAttribute('aria-label')).resolves.toMatch(/people/);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('finds Bruce Willis to Mila Kunis from the two search boxes (3 hops), and honours maxHops', async () => {
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/connect`);
    for (const [label, typed, name] of [
      ['From', 'Bruce Wilis', 'Bruce Willis'],
      ['To', 'Mila Kunis', 'Mila Kunis'],
    ]) {
      const box = page.getByRole('combobox', { name: label, exact: true });
      await box.fill(typed);
      await page.getByRole('option').filter({ hasText: name }).first().click();
    }
    await page.getByLabel('Most hops').selectOption('6');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.getByRole('heading', { name: 'Path 1: 3 hops' }).waitFor();
    expect((await hopsOf(page)).map((h) => h.line)).toEqual([
      'Bruce Willis spouse of Demi Moore',
      'Demi Moore spouse of Ashton Kutcher',
      'Ashton Kutcher spouse of Mila Kunis',
    ]);
    expect(page.url()).toContain('from=bruce-willis&to=mila-kunis&maxHops=6');
    // two hops are too few: the page says so (a positive control for the same pair above)
    await page.getByLabel('Most hops').selectOption('2');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.getByText('No path within 2 hops.').waitFor();
    expect(errors).toEqual([]);
  });

  it('draws a co-mention hop weaker than a stated relation', async () => {
    // A is only named beside B (one sentence: a strong co-mention); B is married to C
    const [a, b, c] = ['Ines', 'Bram', 'Cato'].map((first) => `${first} ${inventedSurname()}`);
    const ingested = await t.ok(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { mentions { id name } } } }`,
      {
        input: {
          url: `https://example.org/web13/${inventedSurname()}`,
          title: 'A premiere',
          publishedAt: '2024-03-01T10:00:00Z',
          body: `${a} and ${b} arrived together. ${c} stayed home.`,
          people: [a, b, c].map((name, i) => ({ ref: `p${i}`, name })),
          relations: [{ kind: 'SPOUSE', from: 'p1', to: 'p2', quote: `${b} and ${c} married in 2010.` }],
        },
      },
      EDITOR_KEY,
    );
    const id = (name: string) => ingested.ingestArticle.article.mentions.find((m: any) => m.name === name).id;
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/connect?from=${id(a)}&to=${id(c)}`);
    await page.getByRole('heading', { name: 'Path 1: 2 hops' }).waitFor();
    expect(await hopsOf(page)).toEqual([
      // a co-mention's evidence is the article naming both
      { line: `${a} named with ${b}`, evidence: 1, weak: true },
      { line: `${b} spouse of ${c}`, evidence: 1, weak: false },
    ]);
    // the two are drawn differently: the weak hop's line is lighter than the stated one's
    const [weak, stated] = (await page.evaluate(
      `[...document.querySelectorAll('li.hop .hop-line')].map((line) => getComputedStyle(line).color)`,
    )) as string[];
    expect(weak).not.toBe(stated);
    expect(errors).toEqual([]);
  });
});

describe('the explorer: timelines', () => {
  const TIMELINE = `query ($after: String, $kinds: [EventKind!], $from: String, $to: String) {
    timeline(personIds: ["elizabeth-taylor"], includeFamily: true, first: 20, after: $after, kinds: $kinds, from: $from, to: $to) {
      totalCount pageInfo { endCursor } edges { node { title } }
    }
  }`;

  it('pages a family timeline by cursor, as the API pages it', async () => {
    const first = (await t.ok(TIMELINE)).timeline;
    const second = (await t.ok(TIMELINE, { after: first.pageInfo.endCursor })).timeline;
    expect(first.totalCount).toBeGreaterThan(20);
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/timeline?people=elizabeth-taylor&family=1`);
    await page.getByText(`Events 1–20 of ${first.totalCount}`).waitFor();
    const titles = () => page.locator('.event-title').allTextContents();
    await expect(titles()).resolves.toEqual(first.edges.map((e: any) => e.node.title));
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(`Events 21–${20 + second.edges.length} of ${first.totalCount}`).waitFor();
    await expect(titles()).resolves.toEqual(second.edges.map((e: any) => e.node.title));
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText(`Events 1–20 of ${first.totalCount}`).waitFor();
    expect(errors).toEqual([]);
  });

  it('filters by kind and date range', async () => {
    const expected = (await t.ok(TIMELINE, { kinds: ['MARRIAGE'], from: '1950', to: '1964' })).timeline;
    expect(expected.totalCount).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/timeline?people=elizabeth-taylor&family=1`);
    await page.getByText(/^Events 1–20 of/).waitFor();
    await page.getByLabel('marriage', { exact: true }).check();
    await page.getByLabel('From').fill('1950');
    await page.getByLabel('To', { exact: true }).fill('1964');
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await page.getByText(new RegExp(`of ${expected.totalCount}$`)).waitFor();
    expect(new Set(await page.locator('.events .kind').allTextContents())).toEqual(new Set(['marriage']));
    expect(page.url()).toContain('kinds=MARRIAGE&from=1950&to=1964');
    await page.getByLabel('From').fill('1950-13');
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('“1950-13” is not a date');
    expect(errors).toEqual([]);
  });

  it('lists the events on a calendar day', async () => {
    const expected = (await t.ok(`{ onThisDay(month: 2, day: 27, first: 25) { totalCount edges { node { title } } } }`)).onThisDay;
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/on-this-day?month=2&day=27`);
    await page.getByText(`${expected.totalCount} events on 27 February`).waitFor();
    await expect(page.locator('.event-title').allTextContents()).resolves.toEqual(expected.edges.map((e: any) => e.node.title));
    await page.getByLabel('Day').fill('30');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('February has no day 30.');
    expect(errors).toEqual([]);
  });
});

describe('the explorer: editors', () => {
  it('rejects a proposed fact from the review queue, and it is gone', async () => {
    const [wife, husband] = [`Orla ${inventedSurname()}`, `Tavish ${inventedSurname()}`];
    const ingested = await t.ok(
      `mutation ($text: String!, $url: String!) {
        ingestArticleText(text: $text, url: $url, publishedAt: "2024-05-06T09:00:00Z", publisher: "Example Wire") { article { mentions { id name } } }
      }`,
      { text: `${wife}'s husband ${husband} cheered from the front row on Sunday.`, url: `https://example.org/web13/${inventedSurname()}` },
      EDITOR_KEY,
    );
    const wifeId = ingested.ingestArticleText.article.mentions.find((m: any) => m.name === wife).id;
    const spouses = async () =>
      (await t.ok(`query ($id: ID!) { person(id: $id) { spouses { person { name } evidence { id status } } } }`, { id: wifeId })).person
        .spouses;
    const [proposed] = await spouses();
    expect(proposed.person.name).toBe(husband);
    expect(proposed.evidence[0].status).toBe('PROPOSED');
    const evidenceId = proposed.evidence[0].id;

    const { page, errors } = await openPage(browser, t.base);
    const editorialHeaders: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /reviewQueue|reviewEvidence/.test(request.postData() ?? ''))
        editorialHeaders.push(request.headers().authorization);
    });
    await page.goto(`${t.base}/editor`);
    await page.getByLabel('Editor key').fill(EDITOR_KEY);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByText(/pieces? of evidence waiting/).waitFor();
    const item = page.locator(`li.review-item[data-evidence-id="${evidenceId}"]`);
    // least confident first: page on until this one shows
    for (let pages = 0; (await item.count()) === 0 && pages < 50; pages++) {
      const top = await page.locator('li.review-item').first().getAttribute('data-evidence-id');
      await page.getByRole('button', { name: 'Next page' }).click();
      // the page shows another set: its first item is not the one before
      await page.waitForFunction(
        `(document.querySelector('li.review-item')?.getAttribute('data-evidence-id') ?? ${JSON.stringify(top)}) !== ${JSON.stringify(top)}`,
      );
    }
    await item.waitFor();
    await expect(item.locator('blockquote').textContent()).resolves.toContain(husband);
    // a rejection needs a reason: refused, and the item stays (the control for "gone" below)
    await item.getByRole('button', { name: 'Reject' }).click();
    await expect(item.getByRole('alert').textContent()).resolves.toContain('BAD_USER_INPUT');
    expect((await spouses()).length).toBe(1);
    await item.getByLabel('Reason to reject').fill('a co-star, not her husband');
    await item.getByRole('button', { name: 'Reject' }).click();
    await item.waitFor({ state: 'detached' });
    expect(await spouses()).toEqual([]);
    // the key went with every editorial call, and lives in session storage only
    expect(editorialHeaders.length).toBeGreaterThanOrEqual(3);
    expect(new Set(editorialHeaders)).toEqual(new Set([`Bearer ${EDITOR_KEY}`]));
    await expect(page.evaluate(`[sessionStorage.getItem('limelight.editorKey'), localStorage.length, document.cookie]`)).resolves.toEqual([
      EDITOR_KEY,
      0,
      '',
    ]);
    expect(errors).toEqual([]);
  });

  it('retracts an article and merges two people, with the key', async () => {
    const [x, y] = [`Wren ${inventedSurname()}`, `Wren ${inventedSurname()}`];
    const url = `https://example.org/web13/${inventedSurname()}`;
    const ingested = await t.ok(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id mentions { id name } } } }`,
      {
        input: {
          url,
          title: 'Two records',
          publishedAt: '2024-04-01T10:00:00Z',
          people: [x, y].map((name, i) => ({ ref: `p${i}`, name })),
        },
      },
      EDITOR_KEY,
    );
    const id = (name: string) => ingested.ingestArticle.article.mentions.find((m: any) => m.name === name).id;
    const [xId, yId] = [id(x), id(y)];
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/editor`);
    await page.getByLabel('Editor key').fill(EDITOR_KEY);
    await page.getByRole('button', { name: 'Use this key' }).click();
    for (const [label, name] of [
      ['Merge this record', x],
      ['into this person', y],
    ]) {
      await page.getByRole('combobox', { name: label }).fill(name);
      await page.getByRole('option').filter({ hasText: name }).first().click();
    }
    await page.locator('#merge-reason').fill('one person, two spellings');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(`Merged into ${y} (${yId})`).waitFor();
    await expect(t.ok(`query ($id: ID!) { person(id: $id) { id } }`, { id: xId })).resolves.toEqual({ person: { id: yId } });

    await page.getByLabel('Article url').fill(url);
    await page.getByRole('button', { name: 'Retract article' }).click();
    // no reason: refused, the article stays
    await expect(page.locator('.retract-form + div').getByRole('alert').textContent()).resolves.toContain('BAD_USER_INPUT');
    await expect(t.ok(`query ($id: ID!) { article(id: $id) { id } }`, { id: ingested.ingestArticle.article.id })).resolves.toEqual({
      article: { id: ingested.ingestArticle.article.id },
    });
    await page.locator('#retract-reason').fill('a test article');
    await page.getByRole('button', { name: 'Retract article' }).click();
    await page.getByText(/^Retracted: \d+ evidence, \d+ facts and \d+ people removed\.$/).waitFor();
    await expect(t.ok(`query ($id: ID!) { article(id: $id) { id } }`, { id: ingested.ingestArticle.article.id })).resolves.toEqual({
      article: null,
    });
    expect(errors).toEqual([]);
  });

  it('shows a refused key as UNAUTHENTICATED and forgets a key', async () => {
    const { page, errors } = await openPage(browser, t.base);
    await page.goto(`${t.base}/editor`);
    await page.getByLabel('Editor key').fill('not-a-key');
    await page.getByRole('button', { name: 'Use this key' }).click();
    await expect(page.locator('.queue').getByRole('alert').textContent()).resolves.toContain('UNAUTHENTICATED');
    await page.getByRole('button', { name: 'Forget key' }).click();
    await expect(page.evaluate(`sessionStorage.length`)).resolves.toBe(0);
    // the browser logs the 401 as a console error; nothing else may be
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
