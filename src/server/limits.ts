import {
  DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode,
  GraphQLObjectType, GraphQLInterfaceType, GraphQLOutputType, getNamedType, isListType, isNonNullType, isObjectType, isInterfaceType, valueFromASTUntyped,
} from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../errors';

/** Lists without `first` are assumed to hold this many items when costing a query. */
const ASSUMED_LIST_SIZE = 5;

type Fragments = Map<string, FragmentDefinitionNode>;

/** Deepest field nesting of the operation, fragments followed (cycles stop at the cap). */
export function operationDepth(operation: OperationDefinitionNode, fragments: Fragments, cap = 100): number {
  const walk = (set: SelectionSetNode | undefined, depth: number): number => {
    if (!set || depth > cap) return depth;
    let deepest = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? walk(sel.selectionSet, depth + 1) : depth + 1);
      else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, walk(sel.selectionSet, depth));
      else deepest = Math.max(deepest, walk(fragments.get(sel.name.value)?.selectionSet, depth));
    }
    return deepest;
  };
  return walk(operation.selectionSet, 0);
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

/**
 * Estimated cost: each field costs 1 plus its children, times the page size it asks for
 * (`first`) or an assumed list size. Interface selections are costed against the interface.
 */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments, variables: Record<string, unknown>): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const cost = (set: SelectionSetNode, type: Composite, depth: number): number => {
    if (depth > 50) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = type.getFields()[sel.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        const child = sel.selectionSet && (isObjectType(named) || isInterfaceType(named)) ? cost(sel.selectionSet, named, depth + 1) : 0;
        const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
        const first = firstArg ? Number(valueFromASTUntyped(firstArg.value, variables)) : NaN;
        const size = Number.isFinite(first) ? first : isList(field.type) ? ASSUMED_LIST_SIZE : 1;
        total += 1 + Math.max(size, 1) * child;
      } else {
        const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments.get(sel.name.value);
        if (!fragment) continue;
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (on && (isObjectType(on) || isInterfaceType(on))) total += cost(fragment.selectionSet, on, depth + 1);
      }
    }
    return total;
  };
  return root ? cost(operation.selectionSet, root, 0) : 0;
}

/** Refuses, before it runs, an operation deeper than maxDepth or costlier than maxCost. */
export function limitsPlugin(schema: GraphQLSchema, maxDepth: number, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          checkLimits(schema, document, operation, request.variables ?? {}, maxDepth, maxCost);
        },
      };
    },
  };
}

export function checkLimits(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variables: Record<string, unknown>, maxDepth: number, maxCost: number,
): void {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const depth = operationDepth(operation, fragments, maxDepth + 1);
  if (depth > maxDepth) throw tooComplex(`query depth ${depth} exceeds the limit of ${maxDepth}`);
  const cost = operationCost(schema, operation, fragments, variables);
  if (cost > maxCost) throw tooComplex(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer nested lists`);
}

function tooComplex(message: string): AppError {
  return new AppError('QUERY_TOO_COMPLEX', message, { http: { status: 400 } });
}
