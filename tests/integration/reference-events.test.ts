import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { testDriver, uniq } from '../helpers/graph';
import { calibratedConfidence, REVIEW_THRESHOLD } from '../../src/extract/calibration';

let t: TestApp;
let driver: Driver;
beforeAll(async () => {
  t = await startTestApp();
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
  await t.app.stop();
});

const TIMELINE = `query($ids: [ID!]!, $kinds: [EventKind!]) {
  timeline(personIds: $ids, kinds: $kinds, first: 50) {
    totalCount edges { node { id kind title date { iso } participants { name } evidence { source article { id } quote confidence } } } } }`;
const taylorId = async () =>
  (await t.ok('{ searchPeople(text: "Elizabeth Taylor", first: 1) { person { id name } } }')).searchPeople[0].person.id as string;

describe('the reference data on the timeline', () => {
  it("Elizabeth Taylor's timeline shows her birth, eight marriages and seven divorces, with Wikidata as evidence", async () => {
    const id = await taylorId();
    const { timeline } = await t.ok(TIMELINE, { ids: [id] });
    const nodes = timeline.edges.map((e: any) => e.node);
    const count = (kind: string) => nodes.filter((n: any) => n.kind === kind).length;
    expect([count('BIRTH'), count('MARRIAGE'), count('DIVORCE')]).toEqual([1, 8, 7]);
    expect(nodes[0]).toMatchObject({ kind: 'BIRTH', date: { iso: '1932-02-27' } });
    const burton = nodes.filter((n: any) => n.kind === 'MARRIAGE' && n.participants.some((p: any) => p.name === 'Richard Burton'));
    expect(burton.map((n: any) => n.date.iso)).toEqual(['1964-03-15', '1975-10-10']);
    for (const n of nodes) expect(n.evidence).toEqual([expect.objectContaining({ source: 'Wikidata', article: null, confidence: 1 })]);
    // the death that ended the marriage to Mike Todd is no divorce
    const todd = nodes.filter((n: any) => n.participants.some((p: any) => p.name === 'Mike Todd'));
    expect(todd.map((n: any) => n.kind)).toEqual(['MARRIAGE']);
  });

  it('Person.events and onThisDay include the reference birthday', async () => {
    const id = await taylorId();
    const person = await t.ok(
      `query($id: ID!) { person(id: $id) { events(first: 20, kinds: [BIRTH]) { edges { node { date { iso } } } } } }`,
      {
        id,
      },
    );
    expect(person.person.events.edges.map((e: any) => e.node.date.iso)).toEqual(['1932-02-27']);
    const day = await t.ok('{ onThisDay(month: 2, day: 27, kinds: [BIRTH], first: 100) { edges { node { title } } } }');
    expect(day.onThisDay.edges.map((e: any) => e.node.title)).toContain('Birth: Elizabeth Taylor');
    // positive control for the day filter: the next day does not hold her birth
    const next = await t.ok('{ onThisDay(month: 2, day: 28, kinds: [BIRTH], first: 100) { edges { node { title } } } }');
    expect(next.onThisDay.edges.map((e: any) => e.node.title)).not.toContain('Birth: Elizabeth Taylor');
    expect(next.onThisDay.edges.length).toBeGreaterThan(0);
  });

  it('an article reporting a divorce the dataset holds adds its evidence to that one event', async () => {
    const people = [
      { ref: 'k', name: 'Kathryn Grayson' },
      { ref: 'j', name: 'John Shelton' },
    ];
    const divorce = { kind: 'DIVORCE', title: 'Grayson and Shelton divorce', date: '1946-06-17', participants: ['k', 'j'] };
    const url = `https://wire.example/${uniq('divorce')}`;
    const input = {
      url,
      title: 'Divorce',
      publishedAt: '1946-06-18T09:00:00Z',
      people,
      events: [{ ...divorce, quote: 'Grayson and Shelton divorced.' }],
    };
    const res = await t.ok('mutation($input: ArticleInput!) { ingestArticle(input: $input) { eventsCreated } }', { input }, EDITOR_KEY);
    expect(res.ingestArticle.eventsCreated).toBe(0);
    const ids = (await t.ok('{ searchPeople(text: "Kathryn Grayson", first: 1) { person { id } } }')).searchPeople[0].person.id;
    const { timeline } = await t.ok(TIMELINE, { ids: [ids], kinds: ['DIVORCE'] });
    const events = timeline.edges.map((e: any) => e.node).filter((n: any) => n.date.iso === '1946-06-17');
    expect(events).toHaveLength(1);
    expect(events[0].evidence.map((v: any) => v.source).sort()).toEqual(['Wikidata', 'wire.example']);
  });
});

// at the review threshold: this tests what events imply, and a birth's measured precision is below the default write
// threshold (src/extract/rule-confidence.json); the spouse pair is stated by the sentence itself (spouse/pair-married)
const INGEST_TEXT = `mutation($text: String!, $at: DateTime!, $url: String) {
  ingestArticleText(text: $text, publishedAt: $at, url: $url, publisher: "Events Wire", minConfidence: ${REVIEW_THRESHOLD}) {
    relationsCreated eventsCreated } }`;

describe('events imply relations', () => {
  it('a reported wedding states the spouses since its date, and a birth with named parents the parent links', async () => {
    const letters = () =>
      Math.random()
        .toString(36)
        .replace(/[^a-z]/g, '')
        .slice(0, 6);
    const [bride, groom] = [`Mira Hol${letters()}`, `Daniel Oka${letters()}`];
    const text = `${bride} and ${groom} tied the knot in June 2019. A year later the couple welcomed their first child, a daughter named Elsa.`;
    const res = await t.ok(INGEST_TEXT, { text, at: '2021-03-03T12:00:00Z', url: `https://wire.example/${uniq('wed')}` }, EDITOR_KEY);
    expect(res.ingestArticleText.eventsCreated).toBe(2);
    const found = await driver.executeQuery('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: bride });
    const data = await t.ok(
      `query($id: ID!) { person(id: $id) { name
         spouses { person { name } since { iso } evidence { quote confidence } }
         children { person { name } evidence { quote confidence } } } }`,
      { id: found.records[0].get('id') },
    );
    const person = data.person;
    expect(person.name).toBe(bride);
    expect(person.spouses).toEqual([
      {
        person: { name: groom },
        since: { iso: '2019-06' },
        evidence: [
          {
            quote: `${bride} and ${groom} tied the knot in June 2019.`,
            confidence: calibratedConfidence('relation', 'spouse/pair-married'),
          },
        ],
      },
    ]);
    expect(person.children).toEqual([
      {
        person: { name: 'Elsa' },
        evidence: [
          {
            quote: 'A year later the couple welcomed their first child, a daughter named Elsa.',
            confidence: calibratedConfidence('event', 'event/birth'),
          },
        ],
      },
    ]);
    const rows = await driver.executeQuery(
      'MATCH (p:Person)-[:PARENT_OF]->(c:Person {name: "Elsa"}) WHERE p.name IN $names RETURN count(p) AS n',
      { names: [bride, groom] },
    );
    expect(rows.records[0].get('n').toNumber()).toBe(2);
  });
});

describe('a divorce ends the marriage', () => {
  it('a reported divorce sets the end date of the stored marriage, not of a later remarriage', async () => {
    const tag = uniq('div')
      .replace(/[^a-z]/gi, '')
      .slice(-6);
    const people = [
      { ref: 'a', name: `Ines Varga${tag}` },
      { ref: 'b', name: `Otto Brenn${tag}` },
    ];
    const ingest = (title: string, publishedAt: string, extra: Record<string, unknown>) =>
      t.ok(
        'mutation($input: ArticleInput!) { ingestArticle(input: $input) { relationsCreated } }',
        { input: { url: `https://wire.example/${uniq(title)}`, title, publishedAt, people, ...extra } },
        EDITOR_KEY,
      );
    const spouse = (since: string) => ({ kind: 'SPOUSE', from: 'a', to: 'b', since, quote: `They married in ${since}.`, confidence: 0.9 });
    await ingest('wedding', '2010-07-01T09:00:00Z', { relations: [spouse('2010-06')] });
    await ingest('again', '2020-02-01T09:00:00Z', { relations: [spouse('2020-01')] });
    const divorce = { kind: 'DIVORCE', title: 'Divorce', date: '2016-03', participants: ['a', 'b'], quote: 'They divorced in March 2016.' };
    const res = await ingest('divorce', '2016-04-01T09:00:00Z', { events: [divorce] });
    expect(res.ingestArticle.relationsCreated).toBe(0);
    const found = await driver.executeQuery('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: people[0].name });
    const data = await t.ok(`query($id: ID!) { person(id: $id) { spouses { since { iso } until { iso } evidence { quote } } } }`, {
      id: found.records[0].get('id'),
    });
    const spans = data.person.spouses.map((s: any) => [s.since?.iso, s.until?.iso ?? null]).sort();
    expect(spans).toEqual([
      ['2010-06', '2016-03'],
      ['2020-01', null],
    ]);
    const first = data.person.spouses.find((s: any) => s.since.iso === '2010-06');
    expect(first.evidence.map((e: any) => e.quote).sort()).toEqual(['They divorced in March 2016.', 'They married in 2010-06.']);
  });
});
