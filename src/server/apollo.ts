import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import { AppError, PUBLIC_CODES } from '../errors';
import { mapNeo4jError } from '../graph/map-error';
import { graphqlErrorsTotal } from '../metrics';
import { Context } from './context';
import { Limits, limitsPlugin } from './limits';

/** GraphQL's own codes (parse, validation, bad variables) are safe to show as they are. */
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

export interface ApolloOptions extends Limits {
  maxTokens: number;
}

/** graphql-js's message when parseOptions.maxTokens stops the parser (16.x spells it "more that"). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

export function createApollo(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it drains HTTP, then stops Apollo, the driver and Neo4j in order.
    stopOnTerminationSignals: false,
    // a token cap stops a 2 MB alias bomb in the parser, before validation spends a second on it
    parseOptions: { maxTokens: options.maxTokens },
    validationRules: [knownOperationType],
    // browsers get the bundled GraphiQL (./graphiql.ts), not Apollo's Sandbox, which loads from a CDN
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin(schema, options), sharedReadsPlugin(), errorLogPlugin()],
    formatError: toClientError,
  });
}

/** Known errors keep their code and message; anything else is an internal error with no internals. */
export function toClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const mapped = original instanceof AppError ? original : mapNeo4jError(original);
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (tokens) return tooManyTokens(Number(tokens[1]));
  const code = isRequestMistake(original)
    ? 'BAD_REQUEST'
    : isBadLiteral(formatted)
      ? 'BAD_USER_INPUT'
      : String(mapped?.extensions.code ?? formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  graphqlErrorsTotal.inc({ code: PUBLIC_CODES.has(code) || GRAPHQL_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR' });
  if (mapped && PUBLIC_CODES.has(code)) {
    const { http: _http, ...extensions } = mapped.extensions as Record<string, unknown>;
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (GRAPHQL_CODES.has(code))
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Apollo's own request checks (e.g. "provided sha does not match query" for a persisted query)
 * throw with an HTTP 4xx status but no code, which would read as an internal error.
 */
function isRequestMistake(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path || error instanceof AppError) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 500;
  return status >= 400 && status < 500 && !error.extensions.code;
}

/**
 * graphql-js reports a literal argument its type cannot hold (`first: 2147483648`) as a
 * validation failure; it is the same mistake as a bad variable, which Apollo calls BAD_USER_INPUT.
 */
const BAD_LITERAL = /cannot represent|^Expected value of type/;

function isBadLiteral(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && BAD_LITERAL.test(formatted.message);
}

function tooManyTokens(max: number): GraphQLFormattedError {
  graphqlErrorsTotal.inc({ code: 'QUERY_TOO_COMPLEX' });
  return {
    message: `the query has more than ${max} tokens; send fewer fields or aliases per request`,
    extensions: { code: 'QUERY_TOO_COMPLEX' },
  };
}

/**
 * The schema has no subscriptions (nor any root type but Query and Mutation): say so in
 * validation, as graphql-js 17 does, instead of failing in execution as an internal error.
 */
const knownOperationType: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations; send a query or a mutation`, { nodes: node }));
    }
  },
});

/**
 * A query's statements share one read transaction (RequestDb); a mutation's never do, so its
 * writes and the reads around them each run in their own transaction as before.
 */
function sharedReadsPlugin() {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }: { operation?: OperationDefinitionNode | null; contextValue: Context }) {
          if (operation?.operation === 'query') contextValue.db.shareReads();
        },
      };
    },
  };
}

/** Unexpected errors are logged in full, with the request id, since clients never see them. */
function errorLogPlugin() {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }: { errors: readonly Error[]; contextValue: Context }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof AppError || mapNeo4jError(original) || isRequestMistake(original)) continue;
            const code = (error as { extensions?: { code?: string } }).extensions?.code;
            if (code && GRAPHQL_CODES.has(code)) continue;
            contextValue.log.error('unexpected error', { error: original instanceof Error ? original.stack : String(original) });
          }
        },
      };
    },
  };
}
