import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';

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

  it('holds the actress Jane Seymour (born 1951) apart from the queen who married Henry VIII', async () => {
    const data = await t.ok(
      `{ searchPeople(text: "Jane Seymour", first: 10) { person { id name birthDate { iso } deathDate { iso }
          spouses { person { name } } parents { person { name } } } } }`,
    );
    const janes = data.searchPeople.map((r: any) => r.person).filter((p: any) => p.name === 'Jane Seymour');
    expect(janes).toHaveLength(2);
    const actress = janes.find((p: any) => p.birthDate?.iso === '1951-02-15');
    const queen = janes.find((p: any) => p.deathDate?.iso === '1537-10-24');
    const names = (links: any[]) => links.map((l) => l.person.name).sort();
    expect(names(actress.spouses)).toEqual(['David Flynn', 'Geoffrey Planer', 'James Keach', 'Michael Attenborough']);
    expect(names(actress.parents)).toEqual([]);
    expect(names(queen.spouses)).toEqual(['Henry VIII of England']);
    expect(names(queen.parents)).toEqual(['John Seymour', 'Margery Wentworth']);
    // an article naming the actress by her age meets the actress, not the queen
    const input = {
      url: `https://wire.example/seymour-${Date.now()}`,
      title: 'Seymour at 70',
      publishedAt: '2021-03-01T09:00:00Z',
      people: [{ ref: 'j', name: 'Jane Seymour', birthDate: '1951' }],
    };
    const res = await t.ok(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { peopleCreated peopleMatched } }',
      { input },
      EDITOR_KEY,
    );
    expect(res.ingestArticle).toEqual({ peopleCreated: 0, peopleMatched: 1 });
    const after = await t.ok(`query($id: ID!) { person(id: $id) { mentionedIn(first: 5) { totalCount } } }`, { id: actress.id });
    expect(after.person.mentionedIn.totalCount).toBe(1);
  });

  it('has no gods or racehorses, yet the royal family the CSV reaches is there', async () => {
    const find = async (text: string) =>
      (await t.ok(`query($text: String!) { searchPeople(text: $text, first: 5) { person { name } } }`, { text })).searchPeople.map(
        (r: any) => r.person.name,
      );
    expect(await find('Zeus')).not.toContain('Zeus');
    expect(await find('Northern Dancer')).not.toContain('Northern Dancer');
    expect(await find('Henry VIII of England')).toContain('Henry VIII of England');
    expect(await find('Elizabeth Taylor')).toContain('Elizabeth Taylor');
  });
});
