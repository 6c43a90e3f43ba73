import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, uniq, inventedSurname } from '../helpers/graph';
import { ingestFolder, parseIngestArgs } from '../../scripts/ingest-folder';

/** A named editor key: the log shows "desk". */
const DESK_KEY = 'test-desk-retract-key';

let t: TestApp;
let driver: Driver;
beforeAll(async () => {
  t = await startTestApp({ LIMELIGHT_API_KEYS: `desk=${DESK_KEY}:editor,${EDITOR_KEY}:editor,${ANALYST_KEY}:analyst` });
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
  await t.app.stop();
});

/** A seed person (reference data), mentioned by the retracted article and by much else. */
const SEED_ID = 'chrissy-teigen';

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id mentions { id name } } } }`;
const INGEST_TEXT = `mutation($text: String!, $url: String) {
  ingestArticleText(text: $text, publishedAt: "2024-03-01T10:00:00Z", url: $url, publisher: "Test Wire", minConfidence: 0) {
    article { id mentions { id name } } } }`;
const RETRACT = `mutation($url: String!, $reason: String!) {
  retractArticle(url: $url, reason: $reason) { articleId evidenceRemoved factsRemoved peopleRemoved } }`;
const PERSON = `query($id: ID!) { person(id: $id) {
  id
  spouses { person { id } evidence { article { id } status } }
  accepted: spouses(acceptedOnly: true) { person { id } }
  children { person { id } }
  events { totalCount }
  coMentioned(first: 50) { person { id } articleCount }
} }`;
const ARTICLE = `query($id: ID!) { article(id: $id) { id quotes { text } mentions { id } } }`;

// Invented people and text, written for this test.
/** The article to retract: a couple both articles state, a child and an event only it states, a quote. */
const retracted = (names: Record<'bram' | 'dora' | 'nina', string>, url: string) => ({
  url,
  title: `The ${names.bram.split(' ')[1]} family at home`,
  publisher: 'Example Desk',
  publishedAt: '2024-02-01T10:00:00Z',
  people: [
    { ref: 'bram', name: names.bram },
    { ref: 'dora', name: names.dora },
    { ref: 'nina', name: names.nina },
    { ref: 'seed', id: SEED_ID, name: 'Chrissy Teigen' },
  ],
  relations: [
    { kind: 'SPOUSE', from: 'bram', to: 'dora', quote: `${names.bram} is married to ${names.dora}.` },
    { kind: 'PARENT', from: 'bram', to: 'nina', quote: `${names.nina} is the daughter of ${names.bram}.` },
  ],
  events: [{ kind: 'STATEMENT', title: `${names.bram} thanks Chrissy Teigen`, date: '2024-01-30', participants: ['bram', 'seed'] }],
  quotes: [{ text: 'We never expected any of this.', speaker: 'bram' }],
});

/** The other article: the same couple, machine-read (PROPOSED evidence), naming no one else. */
const otherText = (names: Record<'bram' | 'dora', string>) =>
  `${names.dora}'s husband ${names.bram} joined her on the red carpet on Friday.`;

const person = async (id: string) => (await t.ok(PERSON, { id })).person;
const coMentionsOf = (p: any) => new Map<string, number>(p.coMentioned.map((c: any) => [c.person.id, c.articleCount]));

/** Both articles ingested; returns the ids and urls. */
async function twoArticles() {
  const names = { bram: `Bram ${inventedSurname()}`, dora: `Dora ${inventedSurname()}`, nina: `Nina ${inventedSurname()}` };
  const url = `https://desk.example/${uniq('retract')}`;
  const otherUrl = `https://wire.example/${uniq('other')}`;
  const a = (await t.ok(INGEST, { input: retracted(names, url) }, EDITOR_KEY)).ingestArticle.article;
  const b = (await t.ok(INGEST_TEXT, { text: otherText(names), url: otherUrl }, EDITOR_KEY)).ingestArticleText.article;
  const id = (name: string) => a.mentions.find((m: any) => m.name === name).id as string;
  const ids = { bram: id(names.bram), dora: id(names.dora), nina: id(names.nina) };
  expect(b.mentions.map((m: any) => m.id).sort()).toEqual([ids.bram, ids.dora].sort());
  return { names, ids, url, otherUrl, articleId: a.id as string, otherId: b.id as string };
}

describe('retractArticle', () => {
  it('removes the article and what only it stated, keeps what another article states, and reports exact counts', async () => {
    const { ids, url, articleId, otherId } = await twoArticles();
    // before: the couple on both articles' evidence, ACCEPTED standing; the child, the event, the quote, the co-mentions
    let bram = await person(ids.bram);
    expect(bram.spouses[0].evidence.map((v: any) => [v.article.id, v.status]).sort()).toEqual(
      [
        [articleId, 'ACCEPTED'],
        [otherId, 'PROPOSED'],
      ].sort(),
    );
    expect(bram.accepted.map((s: any) => s.person.id)).toEqual([ids.dora]);
    expect(bram.children.map((c: any) => c.person.id)).toEqual([ids.nina]);
    expect(bram.events.totalCount).toBe(1);
    expect(coMentionsOf(bram)).toEqual(
      new Map([
        [ids.dora, 2],
        [ids.nina, 1],
        [SEED_ID, 1],
      ]),
    );
    expect((await t.ok(ARTICLE, { id: articleId })).article.quotes).toEqual([{ text: 'We never expected any of this.' }]);
    const seedBefore = coMentionsOf(await person(SEED_ID));

    const report = (await t.ok(RETRACT, { url: `  ${url} `, reason: 'the interview was invented' }, DESK_KEY)).retractArticle;
    // evidence: the couple's, the child's, the event's; facts: the child link and the event; people: Nina
    expect(report).toEqual({ articleId, evidenceRemoved: 3, factsRemoved: 2, peopleRemoved: 1 });

    expect((await t.ok(ARTICLE, { id: articleId })).article).toBeNull();
    expect(await person(ids.nina)).toBeNull();
    bram = await person(ids.bram);
    // the couple stays on the other article's evidence alone, and its standing follows it down to PROPOSED
    expect(bram.spouses.map((s: any) => [s.person.id, s.evidence])).toEqual([
      [ids.dora, [{ article: { id: otherId }, status: 'PROPOSED' }]],
    ]);
    expect(bram.accepted).toEqual([]);
    expect(bram.children).toEqual([]);
    expect(bram.events.totalCount).toBe(0);
    expect(coMentionsOf(bram)).toEqual(new Map([[ids.dora, 1]]));
    // the seed person stays, less only this article's co-mention
    const seed = await person(SEED_ID);
    expect(seed).not.toBeNull();
    const shares = (m: Map<string, number>) => [ids.bram, ids.dora, ids.nina].map((id) => m.get(id));
    expect(shares(seedBefore)).toEqual([1, 1, 1]);
    expect(shares(coMentionsOf(seed))).toEqual([undefined, undefined, undefined]);
    // the other article is whole
    expect((await t.ok(ARTICLE, { id: otherId })).article.mentions.map((m: any) => m.id).sort()).toEqual([ids.bram, ids.dora].sort());
    const left = await driver.executeQuery(
      `OPTIONAL MATCH (v:Evidence {articleId: $id}) WITH count(v) AS evidence
       OPTIONAL MATCH (q:Quote) WHERE q.id STARTS WITH 'quo' AND EXISTS { (q)-[:SAID_BY]->(:Person {id: $bram}) }
       RETURN evidence, count(q) AS quotes`,
      { id: articleId, bram: ids.bram },
    );
    expect([left.records[0].get('evidence').toNumber(), left.records[0].get('quotes').toNumber()]).toEqual([0, 0]);
  });

  it('keeps a person an editor has corrected, though nothing else refers to them', async () => {
    const names = { bram: `Bram ${inventedSurname()}`, dora: `Dora ${inventedSurname()}`, nina: `Nina ${inventedSurname()}` };
    const url = `https://desk.example/${uniq('edited')}`;
    const a = (await t.ok(INGEST, { input: retracted(names, url) }, EDITOR_KEY)).ingestArticle.article;
    const id = (name: string) => a.mentions.find((m: any) => m.name === name).id as string;
    await driver.executeQuery('MATCH (p:Person {id: $id}) SET p.editedAt = datetime()', { id: id(names.nina) });
    const report = (await t.ok(RETRACT, { url, reason: 'withdrawn by the publisher' }, EDITOR_KEY)).retractArticle;
    expect(report).toMatchObject({ evidenceRemoved: 3, factsRemoved: 3, peopleRemoved: 2 });
    expect(await person(id(names.nina))).toMatchObject({ id: id(names.nina), children: [], spouses: [] });
    // positive control: the two people of the same article with no correction are gone
    expect(await person(id(names.bram))).toBeNull();
    expect(await person(id(names.dora))).toBeNull();
  });

  it('is logged with the actor, the article id and the reason', async () => {
    const { url, articleId } = await twoArticles();
    await t.ok(RETRACT, { url, reason: '  legal asked us to withdraw it ' }, DESK_KEY);
    const log = await t.ok('{ editorialLog(first: 1) { edges { node { action actor target reason at } } } }');
    expect(log.editorialLog.edges[0].node).toMatchObject({
      action: 'RETRACT_ARTICLE',
      actor: 'desk',
      target: articleId,
      reason: 'legal asked us to withdraw it',
    });
  });
});

describe('retractArticle refuses, writing nothing', () => {
  it('no key, an analyst key, an empty or blank reason, an unknown url; then a second retraction is NOT_FOUND', async () => {
    const { url, articleId } = await twoArticles();
    const before = await graphFingerprint(driver);
    const refusal = async (vars: Record<string, unknown>, key?: string) => (await t.gql(RETRACT, vars, key)).errors?.[0].extensions;
    const ok = { url, reason: 'invented' };
    expect((await refusal(ok))?.code).toBe('UNAUTHENTICATED');
    expect((await refusal(ok, ANALYST_KEY))?.code).toBe('FORBIDDEN');
    for (const reason of ['', '   '])
      expect(await refusal({ ...ok, reason }, EDITOR_KEY)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await refusal({ ...ok, url: `${url}-nope` }, EDITOR_KEY))?.code).toBe('NOT_FOUND');
    expect(await graphFingerprint(driver)).toBe(before);
    expect((await t.ok(ARTICLE, { id: articleId })).article).toMatchObject({ id: articleId });

    // positive control: the same request with an editor key retracts; again, it finds nothing
    await t.ok(RETRACT, ok, EDITOR_KEY);
    expect(await graphFingerprint(driver)).not.toBe(before);
    const after = await graphFingerprint(driver);
    expect((await refusal(ok, EDITOR_KEY))?.code).toBe('NOT_FOUND');
    expect(await graphFingerprint(driver)).toBe(after);
  });

  it('rolls back whole when it fails part-way: a clashing Retraction makes its next-to-last write fail', async () => {
    const { ids, url, articleId } = await twoArticles();
    // The API never writes a Retraction for an article that still exists; planted, the unique
    // constraint refuses the retraction's own, after the co-mentions, evidence and facts went.
    await driver.executeQuery('CREATE (:Retraction {articleId: $id, url: $url, at: datetime(), reason: "planted"})', {
      id: articleId,
      url,
    });
    const before = await graphFingerprint(driver);
    const bramBefore = await person(ids.bram);
    const res = await t.gql(RETRACT, { url, reason: 'invented' }, EDITOR_KEY);
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.dbQueries).toBe(8); // lock, co-mentions, commemorations, evidence, standing (2), relation counts sent before it
    expect(await graphFingerprint(driver)).toBe(before);
    expect(await person(ids.bram)).toEqual(bramBefore);
    expect(await person(ids.nina)).not.toBeNull();
    expect((await t.ok(ARTICLE, { id: articleId })).article).toMatchObject({ id: articleId });
    // positive control: without the planted node the same retraction goes through
    await driver.executeQuery('MATCH (x:Retraction {articleId: $id}) DELETE x', { id: articleId });
    expect((await t.ok(RETRACT, { url, reason: 'invented' }, EDITOR_KEY)).retractArticle).toMatchObject({ articleId, peopleRemoved: 1 });
  });
});

describe('a retracted url stays retracted', () => {
  it('ingesting it again, structured or as text, is ARTICLE_RETRACTED and writes nothing; other urls are fine', async () => {
    const { names, url, articleId } = await twoArticles();
    await t.ok(RETRACT, { url, reason: 'invented' }, EDITOR_KEY);
    const stored = await driver.executeQuery(
      'MATCH (x:Retraction {articleId: $id}) RETURN x.url AS url, toString(x.at) AS at, x.reason AS reason',
      {
        id: articleId,
      },
    );
    const at = stored.records[0].get('at') as string;
    expect([stored.records[0].get('url'), stored.records[0].get('reason')]).toEqual([url, 'invented']);

    const before = await graphFingerprint(driver);
    const structured = await t.gql(INGEST, { input: retracted(names, ` ${url}`) }, EDITOR_KEY);
    const text = await t.gql(INGEST_TEXT, { text: otherText(names), url }, EDITOR_KEY);
    for (const res of [structured, text]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'ARTICLE_RETRACTED', retractedAt: at });
      expect(res.errors?.[0].message).toBe(`${url} was retracted on ${at}; it cannot be ingested again`);
    }
    expect(await graphFingerprint(driver)).toBe(before);
    expect((await t.ok(ARTICLE, { id: articleId })).article).toBeNull();

    // positive control: the same article at another url is ingested
    const elsewhere = await t.ok(INGEST, { input: retracted(names, `${url}-corrected`) }, EDITOR_KEY);
    expect(elsewhere.ingestArticle.article.mentions).toHaveLength(4);
  });

  it('an ingestion racing the retraction of its url either commits first and is retracted, or is refused', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const { names, url, articleId } = await twoArticles();
      const [ingested, retraction] = await Promise.all([
        t.gql(INGEST, { input: retracted(names, url) }, EDITOR_KEY),
        t.gql(RETRACT, { url, reason: 'invented' }, EDITOR_KEY),
      ]);
      expect(retraction.errors).toBeUndefined();
      outcomes.add(ingested.errors ? String(ingested.errors[0].extensions?.code) : 'ingested first');
      expect((await t.ok(ARTICLE, { id: articleId })).article).toBeNull();
      const left = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: articleId });
      expect(left.records[0].get('n').toNumber()).toBe(0);
    }
    expect([...outcomes].every((o) => o === 'ingested first' || o === 'ARTICLE_RETRACTED')).toBe(true);
  });

  it('an ingestion that waited for the article lock a retraction held sees the retraction once it commits', async () => {
    const { names, ids, url, articleId } = await twoArticles();
    // hold the couple's co-mention edge: the retraction locks the article, then waits here
    const session = driver.session();
    const hold = session.beginTransaction();
    await hold.run('MATCH (:Person {id: $a})-[c:CO_MENTIONED]-(:Person {id: $b}) SET c.count = c.count', { a: ids.bram, b: ids.dora });
    const retraction = t.gql(RETRACT, { url, reason: 'invented' }, EDITOR_KEY);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ingestion = t.gql(INGEST, { input: retracted(names, url) }, EDITOR_KEY); // waits for the article lock
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await hold.commit();
    await session.close();
    const [retractedRes, ingestedRes] = await Promise.all([retraction, ingestion]);
    expect(retractedRes.errors).toBeUndefined();
    expect(ingestedRes.errors?.[0].extensions?.code).toBe('ARTICLE_RETRACTED');
    expect((await t.ok(ARTICLE, { id: articleId })).article).toBeNull();
  });

  it('ingest-folder reports the retracted file and goes on with the next', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'limelight-retracted-'));
    const names = [`Ines ${inventedSurname()}`, `Tomas ${inventedSurname()}`, `Vera ${inventedSurname()}`, `Owen ${inventedSurname()}`];
    const [gone, kept] = [`https://wire.example/${uniq('gone')}`, `https://wire.example/${uniq('kept')}`];
    writeFileSync(path.join(dir, '01.txt'), `${gone}\n${otherText({ dora: names[0], bram: names[1] })}`);
    writeFileSync(path.join(dir, '02.txt'), `${kept}\n${otherText({ dora: names[2], bram: names[3] })}`);
    const args = parseIngestArgs([dir, '--published-at', '2024-03-01', '--url', t.app.url, '--key', EDITOR_KEY]);
    expect((await ingestFolder(args)).map((r) => r.ok)).toEqual([true, true]);
    await t.ok(RETRACT, { url: gone, reason: 'invented' }, EDITOR_KEY);

    const results = await ingestFolder(args);
    expect(results.map((r) => [r.file, r.ok])).toEqual([
      ['01.txt', false],
      ['02.txt', true],
    ]);
    expect(results[0].error).toMatch(new RegExp(`^${gone.replace(/[.]/g, '\\.')} was retracted on \\d{4}-\\d{2}-\\d{2}T`));
  });
});
