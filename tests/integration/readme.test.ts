import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_KEY, EDITOR_KEY, startTestApp, TestApp } from '../helpers/app';
import { forgetReadmeRetractions } from '../helpers/graph';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
beforeAll(() => forgetReadmeRetractions(blocks));

/** Each README example runs as written on the seed graph, with the key a user would need. */
describe('README examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(12));

  blocks.forEach((query, i) => {
    const key = /^\s*mutation/.test(query) ? EDITOR_KEY : query.includes('runCypher') ? ANALYST_KEY : undefined;
    it(`example ${i + 1}: ${query.trim().slice(0, 60).replace(/\s+/g, ' ')}`, async () => {
      const res = await t.gql(query, {}, key);
      expect(res.errors).toBeUndefined();
      const values = Object.values(res.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect(value).not.toBeNull();
        if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
      }
    });
  });
});
