import { getIntrospectionQuery, GraphQLSchema, OperationDefinitionNode, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema/build-schema';
import { checkLimits, Limits, Measure } from '../../src/server/limits';
import { STATEMENT_RULES } from '../../src/server/query-costs';

const LIMITS: Limits = { maxDepth: 12, maxCost: 200000, maxStatements: 50 };
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** Parses, validates (as Apollo does first) and walks a query; returns the measure or the refusal. */
function measure(query: string, variables: Record<string, unknown> = {}, limits = LIMITS): Measure {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return checkLimits(schema, document, operation, variables, limits);
}
const refusal = (query: string, variables: Record<string, unknown> = {}) => {
  try {
    measure(query, variables);
  } catch (error) {
    return error as { extensions: { code: string }; message: string };
  }
  throw new Error('expected a refusal');
};

/** `fragment F0 on Query { ...F1 ...F1 } …`: 2^levels occurrences of the leaf in a ~1 KB query. */
function fragmentBomb(levels: number, leaf: string): string {
  const parts = ['query { ...F0 }'];
  for (let i = 0; i < levels; i++) parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${levels} on Query { ${leaf} }`);
  return parts.join('\n');
}
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the fragment bomb', () => {
  it('24 levels of a costed leaf are refused at once', () => {
    const started = performance.now();
    expect(refusal(fragmentBomb(24, 'graphStats { people }')).extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(1000); // it took 49.8 s before the memo
  });

  it('24 levels of a free leaf are walked once per fragment (memo), not 2^24 times', () => {
    const started = performance.now();
    expect(measure(fragmentBomb(24, '__typename')).cost).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a fragment is counted as often as it is spread (positive control for the memo)', () => {
    expect(measure(fragmentBomb(3, 'graphStats { people }')).statements).toBe(8);
    expect(measure(fragmentBomb(3, 'graphStats { people }')).cost).toBe(16);
  });
});

describe('statements per request', () => {
  it('1,000 aliases of connections and 20,000 of graphStats are refused', () => {
    expect(refusal(aliases(1000, 'connections(from: "a", to: "b") { length }')).message).toMatch(/more than the limit of 50/);
    expect(refusal(aliases(20000, 'graphStats { people }')).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('aliases multiply a root field: 8 connections pass (48), 9 do not (54)', () => {
    expect(measure(aliases(8, 'connections(from: "a", to: "b") { length }')).statements).toBe(48);
    expect(refusal(aliases(9, 'connections(from: "a", to: "b") { length }')).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('through fragments, inline fragments and @include(if: false), the statements still count', () => {
    const q = `query ($no: Boolean!) { ...A ... on Query { b: timeline(personIds: ["x"]) { totalCount } } c: graphStats @include(if: $no) { people } }
      fragment A on Query { a: timeline(personIds: ["x"]) { totalCount } }`;
    expect(measure(q, { no: false }).statements).toBe(5);
  });

  it('a nested loader field counts once per selection, not per parent (loaders batch)', () => {
    const m = measure('{ people(first: 100) { edges { node { spouses { person { name } } children { person { name } } } } } }');
    expect(m.statements).toBe(4);
  });

  it('a field on an interface rule counts on every implementing type', () => {
    expect(measure('{ event(id: "e") { ... on SocialPost { participants { name } } } }').statements).toBe(2);
  });

  it('every rule names a field of the schema', () => {
    for (const coordinate of Object.keys(STATEMENT_RULES)) {
      const [type, field] = coordinate.split('.');
      const t = schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
      expect(t?.getFields?.()[field], coordinate).toBeDefined();
    }
  });
});

describe('cost and depth', () => {
  it('`first` from a variable multiplies nested lists', () => {
    const q = 'query ($n: Int) { people(first: $n) { edges { node { events(first: $n) { edges { node { id } } } } } } }';
    expect(measure(q, { n: 10 }).cost).toBeLessThan(LIMITS.maxCost);
    expect(refusal(q, { n: 1000 }).message).toMatch(/cost \d+ exceeds the limit of 200000/);
  });

  it('an Int variable over 2^31 is bad input, not complexity', () => {
    const e = refusal('query ($n: Int) { people(first: $n) { totalCount } }', { n: 2 ** 31 });
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('depth over 12 is refused, 12 passes', () => {
    const nest = (n: number) => '{ person(id: "a") { ' + 'spouses { person { '.repeat(n) + 'name' + ' } }'.repeat(n) + ' } }';
    expect(measure(nest(5)).depth).toBe(12);
    expect(refusal(nest(6)).message).toMatch(/depth 13 exceeds the limit of 12/);
  });

  it('extractArticle costs its text: four 100 KB articles pass, six are refused', () => {
    const q = (n: number) =>
      `query ($t: String!) { ${Array.from({ length: n }, (_, i) => `a${i}: extractArticle(text: $t, publishedAt: "2024-01-01T00:00:00Z") { warnings }`).join(' ')} }`;
    const text = 'x'.repeat(100_000);
    expect(measure(q(4), { t: text }).cost).toBeGreaterThan(150_000);
    expect(refusal(q(6), { t: text }).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('introspection', () => {
  const full = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });

  it('the query GraphiQL and the code generators send passes (depth 14 before)', () => {
    const m = measure(full);
    expect(m).toMatchObject({ depth: 0, cost: 0, statements: 0 });
    expect(m.introspectionLists).toBe(10);
  });

  it('still passes with a depth limit of 3', () => {
    expect(() => measure(full, {}, { ...LIMITS, maxDepth: 3 })).not.toThrow();
  });

  it('is no bypass: data fields beside __schema keep their limits', () => {
    expect(refusal(`{ __schema { queryType { name } } ${aliases(60, 'graphStats { people }').slice(1, -1)} }`).extensions.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
  });

  it('aliases cannot repeat the schema: 50 lists pass, 51 are refused', () => {
    const lists = (n: number) => `{ __schema { ${Array.from({ length: n }, (_, i) => `t${i}: types { name }`).join(' ')} } }`;
    expect(measure(lists(50)).introspectionLists).toBe(50);
    expect(refusal(lists(51)).message).toMatch(/introspection asks for more than 50 lists/);
  });
});
