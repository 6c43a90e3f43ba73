import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, GraphQLResponse, startTestApp, TestApp } from '../helpers/app';
import { uniq } from '../helpers/graph';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const TIMELINE = `query($ids: [ID!]!, $family: Boolean, $kinds: [EventKind!], $from: String, $to: String, $first: Int, $after: String) {
  timeline(personIds: $ids, includeFamily: $family, kinds: $kinds, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind title date { iso precision day } participants { id } } } } }`;
const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { eventsCreated } }';
const page = async (vars: Record<string, unknown>) => (await t.ok(TIMELINE, vars)).timeline;

describe('timeline on the seed graph', () => {
  it("merges the family's events into one stream in date order, each event once, dates kept partial", async () => {
    // the seed article's kinds: Wikidata adds births and marriages to the same people (tested below)
    const kinds = ['PREGNANCY_LOSS', 'SOCIAL_POST', 'ESSAY', 'ANNIVERSARY_POST'];
    const own = await page({ ids: ['john-legend'], kinds });
    const family = await page({ ids: ['john-legend'], family: true, kinds });
    expect(own.totalCount).toBe(1); // the loss is the one article event John took part in
    const all = await page({ ids: ['john-legend'] });
    expect(all.edges.map((e: any) => e.node.kind)).toEqual(expect.arrayContaining(['PREGNANCY_LOSS', 'BIRTH', 'MARRIAGE']));
    const dates = family.edges.map((e: any) => e.node.date.iso);
    expect(dates).toEqual(['2020-09', '2020-09', '2020-10-27', '2021-09-28', '2021-09-28']);
    expect(family.edges[0].node.date).toEqual({ iso: '2020-09', precision: 'MONTH', day: null });
    const ids = family.edges.map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    // asking for both parents and the child gives the same events, still once each
    const both = await page({ ids: ['john-legend', 'chrissy-teigen', 'jack-stephens'], family: true, kinds });
    expect(both.edges.map((e: any) => e.node.id)).toEqual(ids);
  });

  it('filters by kind and by partial-date range (a range keeps events whose period overlaps it)', async () => {
    const posts = await page({ ids: ['chrissy-teigen'], kinds: ['ANNIVERSARY_POST', 'ESSAY'] });
    expect(posts.edges.map((e: any) => e.node.kind)).toEqual(['ESSAY', 'ANNIVERSARY_POST']);
    const autumn = await page({ ids: ['chrissy-teigen'], from: '2020-10', to: '2021' });
    expect(autumn.edges.map((e: any) => e.node.date.iso)).toEqual(['2020-10-27', '2021-09-28', '2021-09-28']);
    const september = await page({ ids: ['chrissy-teigen'], from: '2020-09-15', to: '2020-09-20' });
    expect(september.edges.map((e: any) => e.node.date.iso)).toEqual(['2020-09', '2020-09']);
  });

  it('answers bad input clearly', async () => {
    const unknown = await t.gql(TIMELINE, { ids: ['no-such-person'] });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toContain('no-such-person');
    const badDate = await t.gql(TIMELINE, { ids: ['chrissy-teigen'], from: '2020-13' });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const none = await t.gql(TIMELINE, { ids: [] });
    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('on this day: events on 28 September in any year', async () => {
    const data = await t.ok(
      '{ onThisDay(month: 9, day: 28, kinds: [ANNIVERSARY_POST, SOCIAL_POST]) { totalCount edges { node { kind date { iso } } } } }',
    );
    expect(data.onThisDay.edges.map((e: any) => e.node.kind).sort()).toEqual(['ANNIVERSARY_POST', 'SOCIAL_POST']);
    // and the 19 Wikidata people born on 28 September
    const births = await t.ok('{ onThisDay(month: 9, day: 28, kinds: [BIRTH]) { totalCount } }');
    expect(births.onThisDay.totalCount).toBe(19);
    const bad = await t.gql('{ onThisDay(month: 2, day: 30) { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('paging a stream of 10,000 events', () => {
  const tag = uniq('busy');
  const ref = 'p';
  const dateOf = (i: number) =>
    i % 3 === 0
      ? `${1900 + (i % 120)}`
      : i % 3 === 1
        ? `${1900 + (i % 120)}-${String((i % 12) + 1).padStart(2, '0')}`
        : `${1900 + (i % 120)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  let personId: string;

  beforeAll(async () => {
    for (let chunk = 0; chunk < 4; chunk++) {
      const events = Array.from({ length: 2500 }, (_, j) => {
        const i = chunk * 2500 + j;
        return { kind: 'STATEMENT', title: `Statement ${i}`, date: dateOf(i), participants: [ref] };
      });
      await t.ok(
        INGEST,
        {
          input: {
            url: `https://bulk.example/${tag}/${chunk}`,
            title: `Bulk ${chunk}`,
            publishedAt: '2023-01-01T00:00:00Z',
            people: [{ ref, name: `Busy ${tag}` }],
            events,
          },
        },
        EDITOR_KEY,
      );
    }
    personId = (await t.ok(`{ searchPeople(text: "Busy ${tag}", first: 1) { person { id } } }`)).searchPeople[0].person.id;
  }, 300_000);

  it('visits each event exactly once, in order, at the same cost per page; events added meanwhile cause no skip or repeat', async () => {
    const seen: { id: string; key: string }[] = [];
    const costs: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GraphQLResponse = await t.gql(TIMELINE, { ids: [personId], first: 100, after });
      expect(res.errors).toBeUndefined();
      costs.push(res.dbQueries);
      const p: any = res.data!.timeline;
      seen.push(...p.edges.map((e: any) => ({ id: e.node.id, key: e.node.date.iso })));
      pages += 1;
      if (pages === 50) {
        // one event before the cursor, one after it, added while the client pages
        await t.ok(
          INGEST,
          {
            input: {
              url: `https://bulk.example/${tag}/late`,
              title: 'Late',
              publishedAt: '2023-02-01T00:00:00Z',
              people: [{ ref, name: `Busy ${tag}` }],
              events: [
                { kind: 'STATEMENT', title: 'early late-comer', date: '1850', participants: [ref] },
                { kind: 'STATEMENT', title: 'late late-comer', date: '2030', participants: [ref] },
              ],
            },
          },
          EDITOR_KEY,
        );
      }
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const ids = seen.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(10_001); // the 10,000 plus the late-comer after the cursor
    const keys = seen.map((s) => s.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys.at(-1)).toBe('2030');
    expect(new Set(costs)).toEqual(new Set([costs[0]]));
    expect(costs[0]).toBeLessThanOrEqual(3);
  }, 300_000);
});
