import { describe, expect, it } from 'vitest';
import { ARTICLE_STATED_EVERY, batches, familyRow, FULL_SIZE, personRow, scaleOptions, streams } from '../../bench/scale/generate';

const options = scaleOptions(20_000, 7, 5_000);

/** Family links per person of the whole 20k graph (60k edges), read batch by batch. */
function degrees(): number[] {
  const degree = new Array<number>(options.people).fill(0);
  for (const batch of streams(options).family())
    for (const row of batch) {
      degree[Number(row.a.slice('syn-p'.length))]++;
      degree[Number(row.b.slice('syn-p'.length))]++;
    }
  return degree;
}

describe('scale generator', () => {
  it('keeps the full size proportions at any scale', () => {
    expect(FULL_SIZE).toEqual({ people: 1_000_000, familyEdges: 3_000_000, events: 1_000_000, articles: 200_000 });
    expect(options).toMatchObject({ people: 20_000, familyEdges: 60_000, events: 20_000, articles: 4_000 });
  });

  it('gives the same rows for the same seed, whatever the batch size, and other rows for another seed', () => {
    const firstRows = (o: typeof options, n: number) => [...batches(n, o.batchSize, (k) => familyRow(o, k))].flat();
    const first = firstRows(options, 300);
    const again = firstRows({ ...options, batchSize: 7 }, 300);
    expect(again).toEqual(first);
    const other = firstRows({ ...options, seed: 8 }, 300);
    expect(other.filter((row, i) => row.a === first[i].a && row.b === first[i].b).length).toBeLessThan(10);
    expect(personRow(7, 123)).toEqual(personRow(7, 123));
  });

  it('streams exactly the asked counts, in batches no larger than asked', () => {
    const all = streams(options);
    for (const [stream, expected] of [
      [all.people, 20_000],
      [all.articles, 4_000],
      [all.family, 60_000],
      [all.events, 20_000],
    ] as const) {
      let count = 0;
      for (const batch of stream()) {
        expect(batch.length).toBeLessThanOrEqual(5_000);
        count += batch.length;
      }
      expect(count).toBe(expected);
    }
    expect([...batches(10, 4, (i) => i)]).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  it('skews degrees like a power law: a few hubs with hundreds of links, a small median', () => {
    const sorted = degrees().sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(median).toBeGreaterThanOrEqual(1);
    expect(median).toBeLessThanOrEqual(6);
    expect(sorted[0]).toBeGreaterThan(100);
    expect(sorted[0]).toBeGreaterThan(20 * median);
    // the top 1% of people hold more than three times their share of the link ends
    const top = sorted.slice(0, sorted.length / 100).reduce((a, b) => a + b, 0);
    expect(top / (2 * options.familyEdges)).toBeGreaterThan(0.03);
  });

  it('never links a person to themself, and cites an article for every ARTICLE_STATED_EVERY-th fact', () => {
    for (let k = 0; k < 2_000; k++) {
      const row = familyRow(options, k);
      expect(row.a).not.toBe(row.b);
      expect(row.evidence.factId).toBe(row.id);
      expect(row.evidence.articleId !== null).toBe(k % ARTICLE_STATED_EVERY === 0);
    }
  });
});
