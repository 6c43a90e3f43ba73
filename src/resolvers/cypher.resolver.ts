import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { CypherResult } from '../schema/analysis.type';
import { JSONScalar } from '../schema/common.types';
import { CYPHER_ROW_CAP, CYPHER_TIMEOUT_MS, CypherRows, runReadOnlyCypher } from '../graph/cypher.queries';
import { MAX_QUERY_LENGTH } from '../cypher/prepare';
import { BadInputError } from '../errors';

@Resolver()
export class CypherResolver {
  @Authorized('analyst')
  @Query(() => CypherResult, {
    description: `read-only Cypher for analysts; bounded in time and rows (at most ${CYPHER_ROW_CAP} rows, ${CYPHER_TIMEOUT_MS / 1000} s, `
      + `${MAX_QUERY_LENGTH} characters); write clauses and procedures off the read-only list are refused before anything runs`,
  })
  async runCypher(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: Context,
    @Arg('params', () => JSONScalar, { nullable: true, description: 'a JSON object: parameter name -> value, used as $name' }) params?: unknown,
    @Arg('timeoutMs', () => Int, { nullable: true, description: `a shorter time limit, 1 to ${CYPHER_TIMEOUT_MS} ms` }) timeoutMs?: number | null,
  ): Promise<CypherRows> {
    if (timeoutMs !== null && timeoutMs !== undefined && (timeoutMs < 1 || timeoutMs > CYPHER_TIMEOUT_MS)) {
      throw new BadInputError('timeoutMs', `must be between 1 and ${CYPHER_TIMEOUT_MS}`);
    }
    const result = await runReadOnlyCypher(ctx.db, query, params, timeoutMs ?? CYPHER_TIMEOUT_MS);
    ctx.log.info('analyst cypher', { columns: result.columns.length, rows: result.rows.length, truncated: result.truncated });
    return result;
  }
}
