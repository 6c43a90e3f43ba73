import { Token } from './tokenize';

/**
 * Decides, before anything runs, whether an analyst's query only reads. The READ
 * transaction it then runs in is the second wall; this one gives a clear message
 * naming the clause and also stops what a read transaction would allow (admin commands
 * on other databases, procedures with side effects outside the graph).
 */
export interface Refusal {
  /** the clause refused, as a human reads it: `CREATE`, `LOAD CSV`, `CALL db.createLabel` */
  clause: string;
  line: number;
}

/** Clauses that write, manage schema, databases or users, or change what runs. */
const REFUSED_WORDS: ReadonlyMap<string, string> = new Map([
  ...[
    'CREATE',
    'MERGE',
    'DELETE',
    'DETACH',
    'SET',
    'REMOVE',
    'FOREACH',
    'INSERT',
    'DROP',
    'ALTER',
    'RENAME',
    'GRANT',
    'DENY',
    'REVOKE',
    'TERMINATE',
    'ENABLE',
    'DEALLOCATE',
    'REALLOCATE',
    'SHOW',
    'USE',
  ].map((w): [string, string] => [w, w]),
  ['PERIODIC', 'USING PERIODIC COMMIT'],
  ['TRANSACTIONS', 'CALL { ... } IN TRANSACTIONS'],
]);

/** Refused only when followed by the second word: `start` and `load` make fine variable names. */
const REFUSED_PAIRS: ReadonlyMap<string, string> = new Map([
  ['LOAD', 'CSV'],
  ['START', 'DATABASE'],
  ['STOP', 'DATABASE'],
]);

/** Prefixes that would run the query differently (or twice, for PROFILE). */
const REFUSED_PREFIXES = new Set(['EXPLAIN', 'PROFILE', 'CYPHER']);

/** Read-only procedures an analyst may CALL; names compared case-insensitively. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set(
  [
    'db.labels',
    'db.relationshipTypes',
    'db.propertyKeys',
    'db.schema.visualization',
    'db.schema.nodeTypeProperties',
    'db.schema.relTypeProperties',
    'db.index.fulltext.queryNodes',
    'db.index.fulltext.queryRelationships',
    'dbms.components',
  ].map((name) => name.toLowerCase()),
);

/** The first clause that is not a read, or null when the whole query reads. */
export function findRefusedClause(tokens: readonly Token[]): Refusal | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct' && token.text === ';' && i < tokens.length - 1)
      return { clause: 'a second statement after ;', line: token.line };
    if (!isKeyword(tokens, i)) continue;
    const word = keywordOf(token.text);
    const refused =
      REFUSED_WORDS.get(word) ??
      (i === 0 && REFUSED_PREFIXES.has(word) ? word : undefined) ??
      (REFUSED_PAIRS.has(word) && keywordOf(tokens[i + 1]?.text ?? '') === REFUSED_PAIRS.get(word)
        ? `${word} ${REFUSED_PAIRS.get(word)}`
        : undefined) ??
      (word === 'CALL' ? refusedCall(tokens, i + 1) : undefined);
    if (refused) return { clause: refused, line: token.line };
  }
  return null;
}

/**
 * The keyword a word could be read as, folded wider than Neo4j folds (compatibility forms,
 * and case pairs such as U+017F, long s, which upper-cases to S): a word that folds to a
 * refused keyword is refused even where Neo4j would not take it for one.
 */
export function keywordOf(word: string): string {
  return word.normalize('NFKC').toLowerCase().toUpperCase();
}

/**
 * A bare word in clause position: not a property (`n.set`), label or type (`:Create`),
 * or map key (`{delete: 1}`). Backticked names are never keywords.
 */
export function isKeyword(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].kind !== 'word') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.kind === 'punct' && (before.text === '.' || before.text === ':')) return false;
  return !(after?.kind === 'punct' && after.text === ':');
}

/** `CALL (x) {...}` and `CALL {...}` are subqueries (their bodies are checked like the rest); anything else names a procedure. */
function refusedCall(tokens: readonly Token[], at: number): string | undefined {
  const first = tokens[at];
  if (first?.kind === 'punct' && (first.text === '(' || first.text === '{')) return undefined;
  const parts: string[] = [];
  for (let i = at; tokens[i] && (tokens[i].kind === 'word' || tokens[i].kind === 'quoted'); i += 2) {
    parts.push(tokens[i].text);
    if (tokens[i + 1]?.text !== '.' || tokens[i + 1]?.kind !== 'punct') break;
  }
  const name = parts.join('.');
  return ALLOWED_PROCEDURES.has(name.toLowerCase()) ? undefined : `CALL ${name || '(not a procedure name)'}`;
}
