import { describe, expect, it } from 'vitest';
import { prepareReadQuery } from '../../src/cypher/prepare';
import { allowedVariants, CYPHER_SPACES, DISPUTED_LINE_ENDS, refusedConstructs, Variant, variantsOf } from '../helpers/cypher-fuzz';

const VARIANTS_PER_CONSTRUCT = 600;

/** The guard's message for a query, or null when it would run. */
const verdict = (query: string): string | null => {
  try {
    prepareReadQuery(query, 1000);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

/** Refused, and for the right reason: the construct's clause, or an ambiguity the trick itself created. */
const refusedRightly = (v: Variant, message: string | null): boolean =>
  message !== null && (message.includes(`refused ${v.construct.clause} `) || /line break Cypher readers disagree on/.test(message));

describe('fuzz, lexer tier: generated variants of every refused construct', () => {
  for (const [index, construct] of refusedConstructs('file:///tmp/limelight-canary.csv').entries()) {
    it(`${construct.id}: ${VARIANTS_PER_CONSTRUCT} random variants and every whitespace in every gap, 0 get through`, () => {
      const variants = variantsOf(construct, VARIANTS_PER_CONSTRUCT, 1000 + index, true);
      for (const space of [...CYPHER_SPACES, ...DISPUTED_LINE_ENDS]) {
        variants.push({
          construct,
          query: construct.pieces.join(space),
          params: {},
          tricks: [`U+${space.charCodeAt(0).toString(16)} in every gap`],
          neo4jValid: true,
        });
      }
      expect(new Set(variants.map((v) => v.query)).size).toBeGreaterThanOrEqual(500);
      const through = variants.filter((v) => !refusedRightly(v, verdict(v.query)));
      expect(through.map((v) => ({ query: v.query, tricks: v.tricks, verdict: verdict(v.query) }))).toEqual([]);
    });
  }

  it('positive control: the same tricks around harmless reads are allowed', () => {
    const reads = allowedVariants(500, 7);
    expect(reads.filter((r) => verdict(r.query) !== null).map((r) => ({ query: r.query, verdict: verdict(r.query) }))).toEqual([]);
  });
});
