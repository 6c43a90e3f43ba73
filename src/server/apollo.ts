import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { AppError, PUBLIC_CODES } from '../errors';
import { mapNeo4jError } from '../graph/map-error';
import { graphqlErrorsTotal } from '../metrics';
import { Context } from './context';
import { Limits, limitsPlugin } from './limits';

/** GraphQL's own codes (parse, validation, bad variables) are safe to show as they are. */
const GRAPHQL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST']);

export type ApolloOptions = Limits;

export function createApollo(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it drains HTTP, then stops Apollo, the driver and Neo4j in order.
    stopOnTerminationSignals: false,
    plugins: [limitsPlugin(schema, options), errorLogPlugin()],
    formatError: toClientError,
  });
}

/** Known errors keep their code and message; anything else is an internal error with no internals. */
export function toClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const mapped = original instanceof AppError ? original : mapNeo4jError(original);
  const code = String(mapped?.extensions.code ?? formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  graphqlErrorsTotal.inc({ code: PUBLIC_CODES.has(code) || GRAPHQL_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR' });
  if (mapped && PUBLIC_CODES.has(code)) {
    const { http: _http, ...extensions } = mapped.extensions as Record<string, unknown>;
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (GRAPHQL_CODES.has(code)) return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Unexpected errors are logged in full, with the request id, since clients never see them. */
function errorLogPlugin() {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }: { errors: readonly Error[]; contextValue: Context }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof AppError || mapNeo4jError(original)) continue;
            const code = (error as { extensions?: { code?: string } }).extensions?.code;
            if (code && GRAPHQL_CODES.has(code)) continue;
            contextValue.log.error('unexpected error', { error: original instanceof Error ? original.stack : String(original) });
          }
        },
      };
    },
  };
}
