import { ALLOWED_PROCEDURES } from './read-only-guard';

/**
 * The second gate: Neo4j's own plan for the query (from EXPLAIN, nothing run). The
 * lexer can be fooled by a reading Neo4j does not share; the plan is what would run.
 * Anything this cannot judge (no plan, an admin command, another database) is refused.
 */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export interface ExplainedQuery {
  plan: PlanNode | false | null | undefined;
  /** Neo4j's verdict: 'r', 'rw', 'w' or 's' (schema, and also DBMS procedures) */
  queryType: string | undefined;
  /** the database the plan is for */
  database: string | undefined;
}

export interface PlanRefusal {
  operator: string;
  reason: string;
}

/** Operators (name without `@database`) an analyst query may not contain, each with why. */
export const REFUSED_OPERATORS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^LoadCSV$/, reason: 'LOAD CSV reads files and URLs' },
  { pattern: /^(Create|Merge|Set|Remove|Delete|DetachDelete|Foreach|Insert|Lock)/, reason: 'it writes' },
  { pattern: /^Transaction(Foreach|Apply)$/, reason: 'CALL { ... } IN TRANSACTIONS commits on its own' },
  { pattern: /^(Show|Terminate)/, reason: "SHOW and TERMINATE commands expose or end other users' work" },
  {
    pattern: /^(Drop|Alter|Rename|Grant|Deny|Revoke|Start|Stop|Enable|Deallocate|Reallocate|Assert|DoNothing|Ensure|Wait|Log)/,
    reason: 'it manages the DBMS',
  },
  { pattern: /Command|RunQueryAt/, reason: 'it is an administration command' },
  { pattern: /^EmptyResult$/, reason: 'a query returning nothing runs only for a side effect' },
];

/** The first thing in the plan an analyst may not run, or null when every operator reads. */
export function findRefusedOperator(explained: ExplainedQuery): PlanRefusal | null {
  const { plan, queryType, database } = explained;
  if (!plan) return { operator: '(no plan)', reason: 'a statement without a query plan cannot be judged' };
  if (database === 'system') return { operator: '(system database)', reason: 'it runs on the system database' };
  if (operatorName(plan) !== 'ProduceResults')
    return { operator: operatorName(plan), reason: 'only queries that produce rows can be judged' };
  const found: PlanRefusal[] = [];
  walk(plan, database, found);
  // name the writing operator rather than the EmptyResult above it
  const refusal = found.find((r) => r.operator !== 'EmptyResult') ?? found[0];
  if (refusal) return refusal;
  if (queryType !== 'r' && queryType !== 's') return { operator: `(query type ${queryType})`, reason: 'Neo4j says it writes' };
  return null;
}

function walk(node: PlanNode, database: string | undefined, found: PlanRefusal[]): void {
  const name = operatorName(node);
  const on = node.operatorType.split('@')[1];
  if (database && on && on !== database) found.push({ operator: node.operatorType, reason: `it runs on database ${on}` });
  const refused = REFUSED_OPERATORS.find((r) => r.pattern.test(name));
  if (refused) found.push({ operator: name, reason: refused.reason });
  if (name === 'ProcedureCall') {
    const procedure = procedureOf(node);
    if (!procedure || !ALLOWED_PROCEDURES.has(procedure.toLowerCase())) {
      found.push({ operator: `ProcedureCall ${procedure ?? '(unnamed)'}`, reason: 'the procedure is not on the read-only list' });
    }
  }
  for (const child of node.children) walk(child, database, found);
}

function operatorName(node: PlanNode): string {
  return node.operatorType.split('@')[0];
}

/** `Details` reads `db.labels() :: (label :: STRING)`: the name is what comes before the first parenthesis. */
function procedureOf(node: PlanNode): string | null {
  const details = node.arguments.Details;
  if (typeof details !== 'string') return null;
  const name = /^\s*([^\s(]+)\s*\(/.exec(details)?.[1];
  return name ?? null;
}
