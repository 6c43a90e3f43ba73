import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AuthChecker, buildSchema, ContainerType } from 'type-graphql';
import { resolvers } from '../resolvers';
import { ExtractResolver } from '../resolvers/extract.resolver';
import { Extractor, inlineExtractor } from '../extract-pool/extract-pool';
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

/** Builds the executable schema from the type-graphql classes; extraction runs on `extractor`. */
export async function buildAppSchema(extractor: Extractor = inlineExtractor): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    container: resolverContainer(extractor),
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  });
}

/** One instance per resolver class, as type-graphql's default container keeps; ExtractResolver gets the extractor. */
function resolverContainer(extractor: Extractor): ContainerType {
  const instances = new Map<unknown, unknown>();
  return {
    get(someClass: new () => unknown) {
      if (!instances.has(someClass)) instances.set(someClass, someClass === ExtractResolver ? new ExtractResolver(extractor) : new someClass());
      return instances.get(someClass);
    },
  };
}

/** The SDL committed as schema/schema.graphql: sorted, so it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
