import { describe, expect, it } from 'vitest';
import { SeedProgress } from '../../src/seeds/seed-progress';

describe('seed progress lines', () => {
  it('counts the rows of the statements that mark progress, by phase', () => {
    const p = new SeedProgress(1000, 500, 0);
    expect(p.line(2000)).toBe('seed data: seed article (0%), 2 s');
    p.begin('ingest.resolvePeople');
    expect(p.line(3000)).toBe('seed data: matching people 0/1000 (0%), 3 s');
    p.note('ingest.resolvePeople', 1000);
    p.note('ingest.existingPersonIds', 1000); // not a progress statement
    p.begin('ingest.upsertPeople');
    p.note('ingest.upsertPeople', 500);
    expect(p.line(12_400)).toBe('seed data: writing people 500/1000 (60%), 12 s');
    p.note('ingest.upsertPeople', 500);
    p.begin('ingest.upsertSpouses');
    p.note('ingest.upsertSpouses', 200);
    p.note('ingest.upsertParents', 300);
    expect(p.line(30_000)).toBe('seed data: writing relations 500/500 (99%), 30 s');
  });

  it('reports at once and then every interval until the work settles', async () => {
    const p = new SeedProgress(10, 0);
    const lines: string[] = [];
    const result = await p.every(
      20,
      (l) => lines.push(l),
      () => new Promise((r) => setTimeout(() => r('done'), 130)),
    );
    expect(result).toBe('done');
    expect(lines[0]).toBe('seed data: loading 10 people and 0 relations');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const count = lines.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(lines.length).toBe(count); // the timer stopped with the work
  });
});
