import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetIn } from '../../src/ingest/types';
import { normalizeFacts } from '../../src/ingest/validate';
import { referenceEvents } from '../../src/seeds/reference-events';

const seed = JSON.parse(readFileSync(resolve(__dirname, '../../seeds/reference/wikidata.json'), 'utf8')) as DatasetIn;

// Invented people: one dated marriage ended by divorce, one ended by death, one undated.
const dataset: DatasetIn = {
  source: 'Test',
  people: [
    { ref: 'a', name: 'Orla Fenwick', birthDate: '1931-03-04' },
    { ref: 'b', name: 'Piet Marlow' },
    { ref: 'c', name: 'Ugo Strand', birthDate: '1920' },
    { ref: 'd', name: 'Vera Lind' },
  ],
  relations: [
    {
      kind: 'SPOUSE',
      from: 'a',
      to: 'b',
      since: '1950-05-06',
      until: '1951-01-29',
      endCause: 'divorce',
      quote: 'a married b',
      confidence: 1,
    },
    { kind: 'SPOUSE', from: 'a', to: 'c', since: '1957', until: '1958', endCause: 'death', quote: 'a married c', confidence: 1 },
    { kind: 'SPOUSE', from: 'a', to: 'd', quote: 'a married d', confidence: 1 },
    { kind: 'PARENT', from: 'c', to: 'd', quote: 'c is a parent of d', confidence: 1 },
  ] as DatasetIn['relations'],
};

describe('reference events', () => {
  it('a dated birth is a BIRTH, a dated marriage a MARRIAGE, one ended by divorce also a DIVORCE', () => {
    const events = referenceEvents(dataset);
    expect(events.map((e) => [e.kind, e.date, e.participants.join('+'), e.child ?? null])).toEqual([
      ['BIRTH', '1931-03-04', 'a', 'a'],
      ['BIRTH', '1920', 'c', 'c'],
      ['MARRIAGE', '1950-05-06', 'a+b', null],
      ['MARRIAGE', '1957', 'a+c', null],
      ['DIVORCE', '1951-01-29', 'a+b', null],
    ]);
    expect(events.find((e) => e.kind === 'DIVORCE')).toMatchObject({
      quote: 'a married b',
      confidence: 1,
      title: 'Divorce: Orla Fenwick and Piet Marlow',
    });
    // the events pass the same checks as any input's
    expect(normalizeFacts({ ...dataset, events }, 'dataset').events).toHaveLength(5);
  });

  it('the committed seed gives Elizabeth Taylor her birth, eight marriages and the seven that ended by divorce', () => {
    const taylor = seed.people.find((p) => p.name === 'Elizabeth Taylor')!;
    const hers = referenceEvents(seed).filter((e) => e.participants.includes(taylor.ref));
    const count = (kind: string) => hers.filter((e) => e.kind === kind).length;
    expect([count('BIRTH'), count('MARRIAGE'), count('DIVORCE')]).toEqual([1, 8, 7]);
    expect(hers.find((e) => e.kind === 'BIRTH')!.date).toBe('1932-02-27');
    // Mike Todd's death ended that marriage: a marriage event, no divorce event
    const todd = seed.people.find((p) => p.name === 'Mike Todd')!.ref;
    expect(hers.filter((e) => e.participants.includes(todd)).map((e) => e.kind)).toEqual(['MARRIAGE']);
  });

  it('the whole seed: every dated birth and marriage, every dated divorce, and all of them valid input', () => {
    const events = referenceEvents(seed);
    const spouses = seed.relations.filter((r) => r.kind === 'SPOUSE') as (DatasetIn['relations'][number] & { endCause?: string })[];
    const count = (kind: string) => events.filter((e) => e.kind === kind).length;
    expect(count('BIRTH')).toBe(seed.people.filter((p) => p.birthDate).length);
    expect(count('MARRIAGE')).toBe(spouses.filter((r) => r.since).length);
    // one divorce per couple and date: two spans ending on one day are one divorce
    const divorces = new Set(spouses.filter((r) => r.until && r.endCause === 'divorce').map((r) => `${r.from} ${r.to} ${r.until}`));
    expect(count('DIVORCE')).toBe(divorces.size);
    expect(count('DIVORCE')).toBeGreaterThan(0);
    expect(() => normalizeFacts({ ...seed, events }, 'dataset')).not.toThrow();
  });
});
