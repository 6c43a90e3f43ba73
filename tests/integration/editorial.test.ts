import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint, testDriver, inventedSurname } from '../helpers/graph';
import { keyFingerprint } from '../../src/config';
import { calibratedConfidence } from '../../src/extract/calibration';

/** An editor key with a name: the log shows "desk"; EDITOR_KEY has none and shows its fingerprint. */
const DESK_KEY = 'test-desk-editor-key';

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

// Invented text, written for this test.
const couple = (a: string, b: string) => `${a}'s husband ${b} joined her on the red carpet on Friday.`;

const INGEST_TEXT = `mutation($text: String!, $url: String) {
  ingestArticleText(text: $text, publishedAt: "2024-03-01T10:00:00Z", url: $url, publisher: "Test Wire", minConfidence: 0) {
    article { id mentions { id name } } } }`;
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }`;
const SPOUSES = `query($id: ID!) { person(id: $id) {
  spouses { person { name } evidence { id status rule quote confidence source } }
  accepted: spouses(acceptedOnly: true) { person { name } } } }`;
const CONNECTIONS = `query($from: ID!, $to: ID!, $acceptedOnly: Boolean) {
  connections(from: $from, to: $to, via: [SPOUSE], acceptedOnly: $acceptedOnly) { length } }`;
const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $reason: String) {
  reviewEvidence(id: $id, decision: $decision, reason: $reason) { id status rule } }`;
const QUEUE = `query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status confidence rule } } } }`;
const LOG = `query($first: Int, $after: String) { editorialLog(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id at action actor target reason } } } }`;

/** Ingests the couple sentence as text; returns the two people's ids. */
async function ingestCouple(a: string, b: string, url: string, text = couple(a, b)): Promise<{ a: string; b: string }> {
  const data = await t.ok(INGEST_TEXT, { text, url }, EDITOR_KEY);
  const byName = new Map<string, string>(data.ingestArticleText.article.mentions.map((p: any) => [p.name, p.id]));
  return { a: byName.get(a)!, b: byName.get(b)! };
}

const spousesOf = async (id: string) => (await t.ok(SPOUSES, { id })).person;
const pathCount = async (from: string, to: string, acceptedOnly = false) =>
  (await t.ok(CONNECTIONS, { from, to, acceptedOnly })).connections.length;

/** The same couple as structured (curated) input from another article. */
const structured = (a: string, b: string, url: string) => ({
  url,
  title: `Profile of ${a}`,
  publisher: 'Example Desk',
  publishedAt: '2024-02-01T10:00:00Z',
  people: [
    { ref: 'a', name: a },
    { ref: 'b', name: b },
  ],
  relations: [{ kind: 'SPOUSE', from: 'a', to: 'b', quote: `${a} is married to ${b}.` }],
});

describe('standing', () => {
  it('structured input is ACCEPTED with no rule; text is PROPOSED with the rule that read it; the seed is ACCEPTED', async () => {
    const [a, b] = [`Mira ${inventedSurname()}`, `Dario ${inventedSurname()}`];
    const ids = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`);
    let person = await spousesOf(ids.a);
    expect(person.spouses).toHaveLength(1);
    expect(person.spouses[0].evidence).toEqual([
      expect.objectContaining({ status: 'PROPOSED', rule: 'spouse/possessive-kin', source: 'Test Wire' }),
    ]);
    expect(person.spouses[0].evidence[0].confidence).toBeLessThan(1);
    expect(person.accepted).toEqual([]);
    await t.ok(INGEST, { input: structured(a, b, `https://desk.example/${inventedSurname()}`) }, EDITOR_KEY);
    person = await spousesOf(ids.a);
    expect(person.spouses[0].evidence.map((v: any) => [v.status, v.rule])).toEqual([
      ['ACCEPTED', null],
      ['PROPOSED', 'spouse/possessive-kin'],
    ]);
    expect(person.accepted.map((s: any) => s.person.name)).toEqual([b]);

    const seeded = await driver.executeQuery(
      `MATCH (v:Evidence) WHERE v.datasetId IS NOT NULL MATCH (p:Person)-[r:SPOUSE_OF {id: v.factId}]-() RETURN p.id AS id, v.id AS vid LIMIT 1`,
    );
    const seed = await spousesOf(seeded.records[0].get('id'));
    const evidence = seed.spouses.flatMap((s: any) => s.evidence).find((v: any) => v.id === seeded.records[0].get('vid'));
    expect(evidence).toMatchObject({ status: 'ACCEPTED', rule: null });
  });
});

describe('reviewQueue', () => {
  it('lists PROPOSED evidence least confident first, in pages that neither skip nor repeat', async () => {
    const [a, b, c] = [`Lena ${inventedSurname()}`, `Omar ${inventedSurname()}`, `Pia ${inventedSurname()}`];
    // a stated spouse and, from a pronoun, a parent link: two rules, two measured confidences
    const ids = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`, `${couple(a, b)} They arrived with daughter ${c}.`);
    const kin = (
      await t.ok(`query($id: ID!) { person(id: $id) { spouses { evidence { id } } children { evidence { id } } } }`, { id: ids.a })
    ).person;
    const spouseEvidence = kin.spouses[0].evidence[0].id;
    const childEvidence = kin.children[0].evidence[0].id;
    const seen: any[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 400; page++) {
      const q: any = (await t.ok(QUEUE, { first: 25, after })).reviewQueue;
      total = q.totalCount;
      seen.push(...q.edges.map((e: any) => e.node));
      if (!q.pageInfo.hasNextPage) break;
      after = q.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((v) => v.id)).size).toBe(total);
    expect(seen.every((v) => v.status === 'PROPOSED' && v.rule)).toBe(true);
    const order = seen.map((v) => [v.confidence, v.id]);
    const sorted = [...order].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    expect(order).toEqual(sorted);
    // ours are in it, each at its rule's measured precision (src/extract/rule-confidence.json), the less sure one first
    const at = (id: string) => seen.findIndex((v) => v.id === id);
    const [childP, spouseP] = [
      // "They arrived with daughter C": the parents are reached through "they", a measured factor
      calibratedConfidence('relation', 'parent/bare-kin-word', ['unnamed-parent-side']),
      calibratedConfidence('relation', 'spouse/possessive-kin'),
    ];
    expect(childP).not.toBe(spouseP);
    expect(seen[at(childEvidence)]).toMatchObject({ confidence: childP, rule: 'parent/bare-kin-word' });
    expect(seen[at(spouseEvidence)]).toMatchObject({ confidence: spouseP, rule: 'spouse/possessive-kin' });
    expect(at(childEvidence) < at(spouseEvidence)).toBe(childP < spouseP);
  });
});

describe('reviewEvidence', () => {
  it('REJECT hides the evidence and the fact left with none; a fact with other evidence stays', async () => {
    const [a, b] = [`Nora ${inventedSurname()}`, `Ivo ${inventedSurname()}`];
    const [c, d] = [`Elsa ${inventedSurname()}`, `Tariq ${inventedSurname()}`];
    const lone = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`);
    const backed = await ingestCouple(c, d, `https://wire.example/${inventedSurname()}`);
    await t.ok(INGEST, { input: structured(c, d, `https://desk.example/${inventedSurname()}`) }, EDITOR_KEY);
    // before: both couples read, and paths join them
    expect(await pathCount(lone.a, lone.b)).toBe(1);
    expect(await pathCount(lone.a, lone.b, true)).toBe(0);
    expect(await pathCount(backed.a, backed.b, true)).toBe(1);
    const loneEvidence = (await spousesOf(lone.a)).spouses[0].evidence[0].id;
    const backedProposed = (await spousesOf(backed.a)).spouses[0].evidence.find((v: any) => v.status === 'PROPOSED').id;

    const rejected = await t.ok(REVIEW, { id: loneEvidence, decision: 'REJECT', reason: 'the husband is a character' }, EDITOR_KEY);
    expect(rejected.reviewEvidence).toMatchObject({ id: loneEvidence, status: 'REJECTED' });
    await t.ok(REVIEW, { id: backedProposed, decision: 'REJECT', reason: 'wrong sentence' }, DESK_KEY);

    expect((await spousesOf(lone.a)).spouses).toEqual([]);
    expect((await spousesOf(lone.b)).spouses).toEqual([]);
    expect(await pathCount(lone.a, lone.b)).toBe(0);
    // positive control: the couple with curated evidence too keeps the fact, showing only the evidence not rejected
    const kept = await spousesOf(backed.a);
    expect(kept.spouses.map((s: any) => s.person.name)).toEqual([d]);
    expect(kept.spouses[0].evidence.map((v: any) => v.status)).toEqual(['ACCEPTED']);
    expect(await pathCount(backed.a, backed.b)).toBe(1);
    const queue = (await t.ok(QUEUE, { first: 100 })).reviewQueue.edges.map((e: any) => e.node.id);
    expect(queue).not.toContain(loneEvidence);
  });

  it('a rejected spouse link no longer tells whom a bare first name means ("his wife Vera")', async () => {
    const [rejectedCouple, keptCouple] = [
      await ingestCouple(`Vera ${inventedSurname()}`, `Bruno ${inventedSurname()}`, `https://wire.example/${inventedSurname()}`),
      await ingestCouple(`Vera ${inventedSurname()}`, `Bruno ${inventedSurname()}`, `https://wire.example/${inventedSurname()}`),
    ];
    const evidence = (await spousesOf(rejectedCouple.a)).spouses[0].evidence[0].id;
    await t.ok(REVIEW, { id: evidence, decision: 'REJECT', reason: 'not married' }, EDITOR_KEY);
    const husbandName = async (id: string) => (await t.ok('query($id: ID!) { person(id: $id) { name } }', { id })).person.name;
    /** A structured article naming the husband and "his wife Vera"; returns the id "Vera" was written under. */
    const bareWife = async (husband: string) => {
      const input = {
        url: `https://desk.example/${inventedSurname()}`,
        title: 'A night out',
        publishedAt: '2024-04-01T10:00:00Z',
        people: [
          { ref: 'h', name: await husbandName(husband) },
          { ref: 'w', name: 'Vera' },
        ],
        relations: [{ kind: 'SPOUSE', from: 'h', to: 'w', quote: 'He came with his wife Vera.' }],
      };
      const res = await t.ok(
        'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { mentions { id name } } } }',
        { input },
        EDITOR_KEY,
      );
      return res.ingestArticle.article.mentions.find((m: any) => m.name.startsWith('Vera')).id;
    };
    expect(await bareWife(rejectedCouple.b)).not.toBe(rejectedCouple.a);
    // positive control: the same article about the couple whose link stands resolves "Vera" to her
    expect(await bareWife(keptCouple.b)).toBe(keptCouple.a);
  });

  it('a rejection survives re-ingesting the same url and the same text at another url; other words bring the fact back', async () => {
    const [a, b] = [`Vera ${inventedSurname()}`, `Bruno ${inventedSurname()}`];
    const url = `https://wire.example/${inventedSurname()}`;
    const ids = await ingestCouple(a, b, url);
    const id = (await spousesOf(ids.a)).spouses[0].evidence[0].id;
    await t.ok(REVIEW, { id, decision: 'REJECT', reason: 'not married' }, EDITOR_KEY);

    await ingestCouple(a, b, url);
    expect((await spousesOf(ids.a)).spouses).toEqual([]);
    const elsewhere = await ingestCouple(a, b, `https://mirror.example/${inventedSurname()}`);
    expect(elsewhere).toEqual(ids);
    expect((await spousesOf(ids.a)).spouses).toEqual([]);
    const rows = await driver.executeQuery('MATCH (v:Evidence) WHERE v.factId = $f RETURN v.status AS s', {
      f: (await driver.executeQuery('MATCH (v:Evidence {id: $id}) RETURN v.factId AS f', { id })).records[0].get('f'),
    });
    expect(rows.records.map((r) => r.get('s'))).toEqual(['REJECTED', 'REJECTED']);

    // positive control: another sentence stating the same marriage is new evidence, PROPOSED
    await ingestCouple(a, b, `https://other.example/${inventedSurname()}`, `${a} and husband ${b} arrived together.`);
    const back = await spousesOf(ids.a);
    expect(back.spouses.map((s: any) => s.person.name)).toEqual([b]);
    expect(back.spouses[0].evidence.map((v: any) => v.status)).toEqual(['PROPOSED']);
  });

  it('ACCEPT sets ACCEPTED: the fact reads with acceptedOnly and leaves the queue', async () => {
    const [a, b] = [`Rhea ${inventedSurname()}`, `Kofi ${inventedSurname()}`];
    const ids = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`);
    const id = (await spousesOf(ids.a)).spouses[0].evidence[0].id;
    expect((await spousesOf(ids.a)).accepted).toEqual([]);
    const accepted = await t.ok(REVIEW, { id, decision: 'ACCEPT' }, DESK_KEY);
    expect(accepted.reviewEvidence).toMatchObject({ id, status: 'ACCEPTED', rule: 'spouse/possessive-kin' });
    expect((await spousesOf(ids.a)).accepted.map((s: any) => s.person.name)).toEqual([b]);
    expect(await pathCount(ids.a, ids.b, true)).toBe(1);
    const queue = (await t.ok(QUEUE, { first: 100 })).reviewQueue.edges.map((e: any) => e.node.id);
    expect(queue).not.toContain(id);
  });
});

describe('events', () => {
  it('a rejected event leaves the timeline, the person and event(id); the spouse link of its sentence stays', async () => {
    const [a, b] = [`Alba ${inventedSurname()}`, `Jonas ${inventedSurname()}`];
    const text = `${a} and ${b} tied the knot in June 2019 in a small ceremony.`;
    const ids = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`, text);
    const READ = `query($id: ID!, $event: ID!) {
      all: timeline(personIds: [$id]) { totalCount edges { node { id } } }
      accepted: timeline(personIds: [$id], acceptedOnly: true) { totalCount }
      person(id: $id) { events { totalCount } spouses { person { name } } }
      event(id: $event) { id } }`;
    const events = (
      await t.ok(`query($id: ID!) { person(id: $id) { events { edges { node { id kind evidence { id status rule } } } } } }`, {
        id: ids.a,
      })
    ).person.events.edges.map((e: any) => e.node);
    expect(events).toEqual([
      {
        id: expect.any(String),
        kind: 'MARRIAGE',
        evidence: [expect.objectContaining({ status: 'PROPOSED', rule: 'event/marriage-dated' })],
      },
    ]);
    const event = events[0];
    let seen = await t.ok(READ, { id: ids.a, event: event.id });
    expect(seen.all.edges.map((e: any) => e.node.id)).toEqual([event.id]);
    expect(seen.accepted.totalCount).toBe(0);
    expect(seen.person.events.totalCount).toBe(1);
    expect(seen.event).toEqual({ id: event.id });

    await t.ok(REVIEW, { id: event.evidence[0].id, decision: 'REJECT', reason: 'no wedding took place' }, EDITOR_KEY);
    seen = await t.ok(READ, { id: ids.a, event: event.id });
    expect(seen.all.totalCount).toBe(0);
    expect(seen.person.events.totalCount).toBe(0);
    expect(seen.event).toBeNull();
    // positive control: the marriage stated by the same sentence has its own evidence, still proposed
    expect(seen.person.spouses.map((s: any) => s.person.name)).toEqual([b]);
  });
});

describe('editorialLog', () => {
  it('records each decision with the key name or fingerprint as actor, newest first, in pages', async () => {
    const [a, b] = [`Gala ${inventedSurname()}`, `Yuri ${inventedSurname()}`];
    const [c, d] = [`Hana ${inventedSurname()}`, `Luis ${inventedSurname()}`];
    const one = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`);
    const two = await ingestCouple(c, d, `https://wire.example/${inventedSurname()}`);
    const first = (await spousesOf(one.a)).spouses[0].evidence[0].id;
    const second = (await spousesOf(two.a)).spouses[0].evidence[0].id;
    await t.ok(REVIEW, { id: first, decision: 'REJECT', reason: '  invented  ' }, EDITOR_KEY);
    await t.ok(REVIEW, { id: second, decision: 'ACCEPT', reason: 'checked with the agent' }, DESK_KEY);

    const page1 = (await t.ok(LOG, { first: 1 })).editorialLog;
    expect(page1.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ action: 'REVIEW_ACCEPT', actor: 'desk', target: second, reason: 'checked with the agent' }),
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await t.ok(LOG, { first: 1, after: page1.pageInfo.endCursor })).editorialLog;
    expect(page2.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ action: 'REVIEW_REJECT', actor: keyFingerprint(EDITOR_KEY), target: first, reason: 'invented' }),
    ]);
    expect(page2.totalCount).toBe(page1.totalCount);
    expect(keyFingerprint(EDITOR_KEY)).toMatch(/^key:[0-9a-f]{8}$/);
    const at = (p: any) => Date.parse(p.edges[0].node.at);
    expect(at(page1)).toBeGreaterThanOrEqual(at(page2));
    // the whole log in one page is the same order
    const all = (await t.ok(LOG, { first: 100 })).editorialLog.edges.map((e: any) => e.node.id);
    expect(all.slice(0, 2)).toEqual([page1.edges[0].node.id, page2.edges[0].node.id]);
  });
});

describe('refusals write nothing', () => {
  it('no key, an analyst key, an unknown key, an unknown id and an empty rejection reason', async () => {
    const [a, b] = [`Ines ${inventedSurname()}`, `Paul ${inventedSurname()}`];
    const ids = await ingestCouple(a, b, `https://wire.example/${inventedSurname()}`);
    const id = (await spousesOf(ids.a)).spouses[0].evidence[0].id;
    const before = await graphFingerprint(driver);
    const code = async (vars: Record<string, unknown>, key?: string) => (await t.gql(REVIEW, vars, key)).errors?.[0].extensions;
    const reject = { id, decision: 'REJECT', reason: 'wrong' };
    expect((await code(reject))?.code).toBe('UNAUTHENTICATED');
    expect((await code(reject, ANALYST_KEY))?.code).toBe('FORBIDDEN');
    expect((await code(reject, 'no-such-key'))?.code).toBe('UNAUTHENTICATED');
    expect((await code({ ...reject, id: 'article:nope|nope' }, EDITOR_KEY))?.code).toBe('NOT_FOUND');
    for (const reason of [null, '', '   ']) {
      expect(await code({ ...reject, reason }, EDITOR_KEY)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect(await graphFingerprint(driver)).toBe(before);
    const still = await spousesOf(ids.a);
    expect(still.spouses[0].evidence[0]).toMatchObject({ id, status: 'PROPOSED' });
    // positive control: the same request with an editor key and a reason does write
    await t.ok(REVIEW, reject, EDITOR_KEY);
    expect(await graphFingerprint(driver)).not.toBe(before);
  });
});
