import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLOutputType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../errors';
import { ARGUMENT_COSTS, STATEMENT_RULES } from './query-costs';

/** Lists without `first` are assumed to hold this many items when costing a query. */
const ASSUMED_LIST_SIZE = 5;

/**
 * Introspection is bounded by the schema, not the data, so it is exempt from depth and cost.
 * graphql-js's MaxIntrospectionDepthRule already refuses lists nested deeper than the standard
 * query (fields -> type -> fields ...); what aliases can still multiply is whole lists, so the
 * list fields of an operation's introspection are counted. getIntrospectionQuery with every
 * option (what GraphiQL, Apollo Sandbox and the code generators send) has 10.
 */
export const MAX_INTROSPECTION_LISTS = 50;

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxStatements: number;
}

/** What the walk adds up for a selection set. */
export interface Measure {
  depth: number;
  cost: number;
  statements: number;
  introspectionLists: number;
}

const ZERO: Measure = { depth: 0, cost: 0, statements: 0, introspectionLists: 0 };

/** Refuses, before it runs, an operation over any limit (see checkLimits). */
export function limitsPlugin(schema: GraphQLSchema, limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation) checkLimits(schema, document, operation, request.variables ?? {}, limits);
        },
      };
    },
  };
}

/**
 * Walks the operation once: each fragment is measured once (memo), and the walk stops at the
 * first subtotal over a limit, since a whole is never smaller than its parts.
 */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): Measure {
  const root = schema.getRootType(operation.operation);
  if (!root) return ZERO;
  const walker = new LimitsWalker(schema, fragmentsOf(document), coerceVariables(schema, operation, variables), limits);
  return walker.selectionSet(operation.selectionSet, root, false);
}

/** Bad variables (an Int of 2^31, a missing required one) are the client's input mistake, not complexity. */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (result.errors) throw new AppError('BAD_USER_INPUT', result.errors[0].message);
  return result.coerced;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

class LimitsWalker {
  /** fragment name -> its measure; a fragment's type condition fixes the type it is walked on */
  private readonly memo = new Map<string, Measure>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly limits: Limits,
  ) {}

  /** Sums the selections (depth: the deepest) and refuses as soon as a subtotal is over a limit. */
  selectionSet(set: SelectionSetNode, type: GraphQLCompositeType, inIntrospection: boolean): Measure {
    const total = { ...ZERO };
    for (const sel of set.selections) {
      const part =
        sel.kind === Kind.FIELD
          ? this.field(sel, type, inIntrospection)
          : sel.kind === Kind.INLINE_FRAGMENT
            ? this.selectionSet(sel.selectionSet, this.typeNamed(sel.typeCondition?.name.value) ?? type, inIntrospection)
            : this.fragment(sel.name.value, inIntrospection);
      total.depth = Math.max(total.depth, part.depth);
      total.introspectionLists += part.introspectionLists;
      total.cost += part.cost;
      total.statements += part.statements;
      this.refuseOver(total);
    }
    return total;
  }

  private fragment(name: string, inIntrospection: boolean): Measure {
    const key = `${name}/${inIntrospection}`;
    const known = this.memo.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    const type = this.typeNamed(fragment?.typeCondition.name.value);
    this.memo.set(key, ZERO); // a cycle (refused by validation already) counts nothing more
    const measure = fragment && type ? this.selectionSet(fragment.selectionSet, type, inIntrospection) : ZERO;
    this.memo.set(key, measure);
    return measure;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, inIntrospection: boolean): Measure {
    const name = node.name.value;
    const def = fieldOf(this.schema, parent, name);
    if (!def) return ZERO; // __typename, or a field validation has refused
    const introspection = inIntrospection || name === '__schema' || name === '__type';
    const named = getNamedType(def.type);
    const child = node.selectionSet && isCompositeType(named) ? this.selectionSet(node.selectionSet, named, introspection) : ZERO;
    if (introspection) return { ...ZERO, introspectionLists: child.introspectionLists + (isList(def.type) ? 1 : 0) };
    const coordinate = coordinateOf(parent, name);
    const args = getArgumentValues(def, node, this.variables);
    const size = pageSize(def, args);
    return {
      depth: child.depth + 1,
      cost: (ARGUMENT_COSTS[coordinate]?.(args) ?? 1) + size * child.cost,
      // nested fields batch in loaders: a selection costs its statements once, whatever the page size
      statements: (STATEMENT_RULES[coordinate]?.statements ?? 0) + child.statements,
      introspectionLists: child.introspectionLists,
    };
  }

  private typeNamed(name: string | undefined): GraphQLCompositeType | undefined {
    const type = name ? this.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  }

  private refuseOver(m: Measure): void {
    const { maxDepth, maxCost, maxStatements } = this.limits;
    // counting stops at the first subtotal over a limit, so the numbers are lower bounds
    if (m.depth > maxDepth) throw tooComplex(`query depth ${m.depth} exceeds the limit of ${maxDepth}`);
    if (m.cost > maxCost)
      throw tooComplex(`query cost ${m.cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer nested lists`);
    if (m.statements > maxStatements)
      throw tooComplex(
        `query would send ${m.statements} database statements, more than the limit of ${maxStatements}; send fewer fields or aliases per request`,
      );
    if (m.introspectionLists > MAX_INTROSPECTION_LISTS)
      throw tooComplex(`introspection asks for more than ${MAX_INTROSPECTION_LISTS} lists; ask for the schema once`);
  }
}

/** `first` as asked (or its default); otherwise an assumed size for lists and 1 for single values. */
function pageSize(def: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const first = args.first;
  if (typeof first === 'number' && Number.isFinite(first)) return Math.max(first, 1);
  return isList(def.type) ? ASSUMED_LIST_SIZE : 1;
}

function fieldOf(schema: GraphQLSchema, parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  // the meta fields are not in Query.getFields()
  if (parent === schema.getQueryType() && name === '__schema') return SchemaMetaFieldDef;
  if (parent === schema.getQueryType() && name === '__type') return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** `Type.field`, or `Interface.field` where the rule is written on an interface the type implements. */
function coordinateOf(parent: GraphQLCompositeType, name: string): string {
  const own = `${parent.name}.${name}`;
  if (STATEMENT_RULES[own] || ARGUMENT_COSTS[own] || !isObjectType(parent)) return own;
  const iface = parent.getInterfaces().find((i) => STATEMENT_RULES[`${i.name}.${name}`]);
  return iface ? `${iface.name}.${name}` : own;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function tooComplex(message: string): AppError {
  return new AppError('QUERY_TOO_COMPLEX', message, { http: { status: 400 } });
}
