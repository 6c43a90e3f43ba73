import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../server/context';
import { CypherResult } from '../schema/analysis.type';
import { JSONScalar } from '../schema/common.types';
import {
  CYPHER_BYTE_CAP,
  CYPHER_CONCURRENCY,
  CYPHER_ROW_CAP,
  CYPHER_TIMEOUT_MS,
  CypherRows,
  runReadOnlyCypher,
} from '../graph/cypher.queries';
import { MAX_QUERY_LENGTH } from '../cypher/prepare';
import { BadInputError } from '../errors';

@Resolver()
export class CypherResolver {
  @Authorized('analyst')
  @Query(() => CypherResult, {
    description:
      `read-only Cypher for analysts; bounded in time, rows and bytes (at most ${CYPHER_ROW_CAP} rows, ` +
      `${CYPHER_BYTE_CAP / 1024 / 1024} MiB of rows, ${CYPHER_TIMEOUT_MS / 1000} s, ${MAX_QUERY_LENGTH} characters, ${CYPHER_CONCURRENCY} at once); ` +
      'write clauses, LOAD CSV, admin commands and procedures off the read-only list are refused before anything runs, by the text and by its plan',
  })
  async runCypher(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: Context,
    @Arg('params', () => JSONScalar, { nullable: true, description: 'a JSON object: parameter name -> value, used as $name' })
    params?: unknown,
    @Arg('timeoutMs', () => Int, { nullable: true, description: `a shorter time limit, 1 to ${CYPHER_TIMEOUT_MS} ms` })
    timeoutMs?: number | null,
  ): Promise<CypherRows> {
    if (timeoutMs !== null && timeoutMs !== undefined && (timeoutMs < 1 || timeoutMs > CYPHER_TIMEOUT_MS)) {
      throw new BadInputError('timeoutMs', `must be between 1 and ${CYPHER_TIMEOUT_MS}`);
    }
    const result = await runReadOnlyCypher(ctx.db, query, params, timeoutMs ?? CYPHER_TIMEOUT_MS);
    ctx.log.info('analyst cypher', { columns: result.columns.length, rows: result.rows.length, truncated: result.truncated });
    return result;
  }
}
