import { ApolloServer, HeaderMap } from '@apollo/server';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema/build-schema';
import { createApollo } from '../../src/server/apollo';
import { Context } from '../../src/server/context';
import { createLogger } from '../../src/server/logger';

/** The real schema and Apollo setup, in-process: these requests fail before any resolver needs Neo4j. */
let apollo: ApolloServer<Context>;
const lines: string[] = [];
const log = createLogger('info', {}, (line) => lines.push(line));
const unexpected = () => lines.filter((l) => JSON.parse(l).msg === 'unexpected error').length;

beforeAll(async () => {
  apollo = createApollo(await buildAppSchema(), { maxDepth: 12, maxCost: 200000, maxStatements: 50, maxTokens: 20000 });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
});

async function post(body: Record<string, unknown>, context: Partial<Context> = {}) {
  const headers = new HeaderMap([['content-type', 'application/json']]);
  const res = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body },
    context: async () => ({ role: null, requestId: 'test', log, ...context }) as Context,
  });
  const text = res.body.kind === 'complete' ? res.body.string : '';
  return { status: res.status ?? 200, body: JSON.parse(text) as { errors?: { message: string; extensions: { code: string } }[] } };
}

describe('client mistakes are answered with their own code and not logged as unexpected', () => {
  it('a subscription: GRAPHQL_VALIDATION_FAILED, 400', async () => {
    lines.length = 0;
    const res = await post({ query: 'subscription { graphStats { people } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0].message).toMatch(/no subscription operations/);
    expect(unexpected()).toBe(0);
  });

  it('a persisted query with a hash that does not match: BAD_REQUEST; an unknown hash: PERSISTED_QUERY_NOT_FOUND', async () => {
    lines.length = 0;
    const bad = await post({ query: '{ graphStats { people } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(unknown.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unexpected()).toBe(0);
  });

  it('an Int variable of 2^31: BAD_USER_INPUT, not QUERY_TOO_COMPLEX', async () => {
    const res = await post({ query: 'query ($n: Int) { people(first: $n) { totalCount } }', variables: { n: 2 ** 31 } });
    expect(res.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].message).toMatch(/non 32-bit signed integer/);
  });

  it('an Int literal of 2^31 or a string for an Int: BAD_USER_INPUT; an unknown field stays a validation failure', async () => {
    const literal = await post({ query: '{ people(first: 2147483648) { totalCount } }' });
    expect(literal.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(literal.body.errors?.[0].message).toMatch(/non 32-bit signed integer/);
    const wrongType = await post({ query: '{ people(first: "ten") { totalCount } }' });
    expect(wrongType.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await post({ query: '{ people(first: 1) { nosuchfield } }' });
    expect(unknown.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a document over the token cap: QUERY_TOO_COMPLEX', async () => {
    const res = await post({ query: `{ ${Array.from({ length: 8000 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors?.[0].message).toMatch(/more than 20000 tokens/);
  });

  it('positive control: a real internal error (a resolver bug) is logged once and hidden from the client', async () => {
    lines.length = 0;
    // no loaders in this context: the person resolver throws a TypeError, as a bug would
    const res = await post({ query: '{ person(id: "x") { name } }' });
    expect(res.body.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.body.errors?.[0].message).toBe('Internal server error');
    expect(unexpected()).toBe(1);
  });
});
