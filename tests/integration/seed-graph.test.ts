import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const TEIGEN = `
query {
  searchPeople(text: "Chrissy Teigen", first: 3) {
    score
    person {
      id name aliases description
      spouses { person { name } since { iso precision } evidence { source quote confidence article { title publisher } } }
      children { person { name } evidence { quote } }
      events(first: 20) {
        totalCount
        edges { node {
          __typename id kind title date { iso precision year month day }
          participants { name }
          ... on PregnancyLoss { child { name } cause }
          ... on AnniversaryPost { platform commemorates { id kind date { iso } } }
        } }
      }
    }
  }
}`;

describe('the seed graph (seed article + Wikidata reference graph)', () => {
  it('finds Chrissy Teigen first, with John Legend as spouse and evidence quoting the article', async () => {
    const data = await t.ok(TEIGEN);
    const chrissy = data.searchPeople[0].person;
    expect(chrissy.name).toBe('Chrissy Teigen');
    expect(chrissy.description).toBe('model and cookbook author');
    expect(chrissy.spouses).toHaveLength(1);
    const spouse = chrissy.spouses[0];
    expect(spouse.person.name).toBe('John Legend');
    const fromArticle = spouse.evidence.find((e: any) => e.article?.publisher === 'Gulf News (Tabloid!)');
    expect(fromArticle.quote).toContain('husband John Legend');
    expect(fromArticle.article.publisher).toBe('Gulf News (Tabloid!)');
    // Wikidata states the same marriage: one fact, two pieces of evidence
    // (other test files may add their own evidence to this marriage; the two seed sources must be there)
    expect(spouse.evidence.map((e: any) => e.source)).toEqual(expect.arrayContaining(['Gulf News (Tabloid!)', 'Wikidata']));
    expect(spouse.since).toEqual({ iso: '2013', precision: 'YEAR' });
  });

  it('gives her children Luna, Miles and Jack', async () => {
    const chrissy = (await t.ok(TEIGEN)).searchPeople[0].person;
    const names = chrissy.children.map((c: any) => c.person.name).sort();
    expect(names).toEqual(['Jack Stephens', 'Luna Stephens', 'Miles Stephens']);
  });

  it('has the pregnancy loss (2020-09, child Jack) and the anniversary post (2021-09-28, Instagram) marking it', async () => {
    const events = (await t.ok(TEIGEN)).searchPeople[0].person.events.edges.map((e: any) => e.node);
    const loss = events.find((e: any) => e.kind === 'PREGNANCY_LOSS');
    expect(loss.__typename).toBe('PregnancyLoss');
    expect(loss.date).toEqual({ iso: '2020-09', precision: 'MONTH', year: 2020, month: 9, day: null });
    expect(loss.child.name).toBe('Jack Stephens');
    expect(loss.cause).toBe('partial placental abruption');
    const post = events.find((e: any) => e.kind === 'ANNIVERSARY_POST');
    expect(post.__typename).toBe('AnniversaryPost');
    expect(post.date.iso).toBe('2021-09-28');
    expect(post.platform).toBe('Instagram');
    expect(post.commemorates.id).toBe(loss.id);
    // newest first
    expect(events.map((e: any) => e.date?.iso)).toEqual([...events.map((e: any) => e.date?.iso)].sort().reverse());
  });

  it('parents are the other direction of the same edges', async () => {
    const data = await t.ok(`{ searchPeople(text: "Luna Stephens", first: 1) { person { parents { person { name } } } } }`);
    expect(data.searchPeople[0].person.parents.map((p: any) => p.person.name).sort()).toEqual(['Chrissy Teigen', 'John Legend']);
  });

  it('loaded thousands of real people from Wikidata, with Wikidata as their evidence', async () => {
    const data = await t.ok(
      `{ people(first: 1) { totalCount } searchPeople(text: "Elizabeth Taylor", first: 1) { person { name spouses { person { name } since { iso } until { iso } evidence { source article { id } confidence } } } } }`,
    );
    expect(data.people.totalCount).toBeGreaterThan(5000);
    const taylor = data.searchPeople[0].person;
    expect(taylor.name).toBe('Elizabeth Taylor');
    const burton = taylor.spouses.filter((s: any) => s.person.name === 'Richard Burton');
    expect(burton.map((s: any) => s.since.iso).sort()).toEqual(['1964-03-15', '1975-10-10']);
    expect(burton[0].evidence[0]).toEqual({ source: 'Wikidata', article: null, confidence: 1 });
  });
});
