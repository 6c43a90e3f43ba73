import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// Our own paraphrase of the seed story's facts (the original article text is not in the repo).
const SEED = `Chrissy Teigen remembers baby Jack

Cookbook writer Chrissy Teigen has honoured her late son Jack one year after her pregnancy loss in September last year.
"a year ago you taught me that I could survive anything," Teigen wrote on Instagram beside a photo of her in hospital with husband John Legend next to her.
"mom and dad will love you forever," she added.
The post was shared on National Sons Day, and Teigen also wrote a note for her other son, three-year-old Miles. Teigen and Legend also share a daughter, Luna, who is five.
When she suffered the miscarriage in September after doctors diagnosed her with a partial placental abruption, she posted photos from the hospital.
"To our Jack, we are so sorry we could not give you the home you needed," Teigen wrote at the time.
Teigen later answered her critics in an essay posted on Medium.`;

const run = () => extractArticle({ text: SEED, publishedAt: new Date('2021-09-29T08:00:00Z') }).draft;

describe('seed article (paraphrase)', () => {
  const d = run();
  const ref = (name: string) => d.people.find((p) => p.name === name)?.ref;
  const has = (kind: string, a: string, b: string) => d.relations.some((r) => r.kind === kind && r.from === ref(a) && r.to === ref(b));

  it('finds the people', () => {
    expect(d.people.map((p) => p.name).sort()).toEqual(['Chrissy Teigen', 'Jack', 'John Legend', 'Luna', 'Miles']);
    expect(d.people.find((p) => p.name === 'Chrissy Teigen')?.aliases).toContain('Teigen');
  });
  it('Teigen and Legend are spouses', () => {
    expect(has('SPOUSE', 'Chrissy Teigen', 'John Legend') || has('SPOUSE', 'John Legend', 'Chrissy Teigen')).toBe(true);
  });
  it('both are parents of Jack, Miles and Luna', () => {
    for (const kid of ['Jack', 'Miles', 'Luna']) {
      expect(has('PARENT', 'Chrissy Teigen', kid)).toBe(true);
      expect(has('PARENT', 'John Legend', kid)).toBe(true);
    }
    expect(has('PARENT', 'Jack', 'Chrissy Teigen')).toBe(false);
  });
  it('pregnancy loss dated 2020-09 with child Jack and the cause', () => {
    const loss = d.events.filter((e) => e.kind === 'PREGNANCY_LOSS');
    expect(loss).toHaveLength(1);
    expect(loss[0]).toMatchObject({ date: '2020-09', child: ref('Jack'), cause: 'partial placental abruption' });
  });
  it('anniversary post on Instagram in September 2021 commemorating the loss', () => {
    const post = d.events.find((e) => e.kind === 'ANNIVERSARY_POST')!;
    expect(post.platform).toBe('Instagram');
    expect(post.date?.startsWith('2021-09')).toBe(true);
    expect(post.date).toBe('2021-09-28'); // National Sons Day
    expect(post.commemorates).toBe(d.events.find((e) => e.kind === 'PREGNANCY_LOSS')!.ref);
  });
  it('the Medium essay', () => {
    expect(d.events.find((e) => e.kind === 'ESSAY')).toMatchObject({ platform: 'Medium', participants: [ref('Chrissy Teigen')] });
  });
  it('quotes have speakers', () => {
    const q = d.quotes.find((x) => x.text.startsWith('mom and dad'));
    expect(q?.speaker).toBe(ref('Chrissy Teigen'));
  });
  it('all machine confidences are below 1', () => {
    for (const x of [...d.relations, ...d.events]) expect(x.confidence).toBeLessThan(1);
  });
});
