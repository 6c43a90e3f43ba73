import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AuthChecker, buildSchema } from 'type-graphql';
import { resolvers } from '../resolvers';
import { Context } from '../server/context';
import { AppError } from '../errors';
import { DateTimeScalar } from './common.types';

/** Mutations and runCypher name the roles they need; reading needs none. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.role) throw new AppError('UNAUTHENTICATED', 'this operation needs an API key: send Authorization: Bearer <key>');
  if (roles.length > 0 && !roles.includes(context.role)) {
    throw new AppError('FORBIDDEN', `this operation needs the ${roles.join(' or ')} role; your key has ${context.role}`);
  }
  return true;
};

/** Builds the executable schema from the type-graphql classes. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  });
}

/** The SDL committed as schema/schema.graphql: sorted, so it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
