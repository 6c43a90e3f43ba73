import { BadInputError } from '../errors';
import { findRefusedClause, isKeyword } from './read-only-guard';
import { CypherSyntaxError, decodeUnicodeEscapes, Token, tokenize } from './tokenize';

export const MAX_QUERY_LENGTH = 10_000;

export interface PreparedQuery {
  /** the text to run (unicode escapes decoded, as judged): the query inside `CALL () { ... } RETURN ... LIMIT cap+1` */
  cypher: string;
  /** the columns in the analyst's order; null when the query returns `*` */
  columns: string[] | null;
  /** false for a standalone procedure call, which cannot be wrapped */
  wrapped: boolean;
}

const ITEM_ENDS = new Set(['ORDER', 'SKIP', 'OFFSET', 'LIMIT', 'UNION']);

/**
 * Checks the query reads only, then bounds it: the driver would otherwise buffer every
 * row. Wrapping it in a subquery lets Neo4j stop after `maxRows + 1` rows; a subquery's
 * RETURN must alias its expressions, so unaliased items get their own text as alias
 * (the column name Neo4j would have given them anyway). The text judged and run is the
 * query with its `\uXXXX` escapes decoded, which is what Neo4j's parser reads.
 */
export function prepareReadQuery(query: string, maxRows: number): PreparedQuery {
  if (query.length > MAX_QUERY_LENGTH) throw new BadInputError('query', `is longer than ${MAX_QUERY_LENGTH} characters`);
  const source = lex(() => decodeUnicodeEscapes(query));
  let tokens = lex(() => tokenize(source));
  if (tokens.length === 0) throw new BadInputError('query', 'is empty');
  const refusal = findRefusedClause(tokens);
  if (refusal) throw new BadInputError('query', `runCypher only reads; refused ${refusal.clause} (line ${refusal.line})`);
  let body = source;
  if (tokens.at(-1)!.text === ';' && tokens.at(-1)!.kind === 'punct') {
    body = query.slice(0, tokens.at(-1)!.start);
    tokens = tokens.slice(0, -1);
  }
  const returns = topLevelReturns(tokens);
  // Without a top-level RETURN only a standalone procedure call yields rows; the allowed ones are schema-sized.
  if (returns.length === 0) return { cypher: body, columns: null, wrapped: false };
  const inserts: { at: number; text: string }[] = [];
  const columnsOf = returns.map((r) => aliasItems(body, tokens, r, inserts));
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) body = body.slice(0, at) + text + body.slice(at);
  const columns = columnsOf[0];
  const outer = columns ? columns.map(backtick).join(', ') : '*';
  return { cypher: `CALL () {\n${body}\n}\nRETURN ${outer} LIMIT ${maxRows + 1}`, columns, wrapped: true };
}

function lex<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof CypherSyntaxError) throw new BadInputError('query', error.message);
    throw error;
  }
}

/** Indexes of RETURN clauses outside any subquery (one per UNION part). */
function topLevelReturns(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'punct') depth += '([{'.includes(t.text) ? 1 : ')]}'.includes(t.text) ? -1 : 0;
    else if (depth === 0 && isKeyword(tokens, i) && t.text.toUpperCase() === 'RETURN') found.push(i);
  });
  return found;
}

/** Aliases the items of the RETURN at `at` (recording insertions) and returns its column names, or null for `*`. */
function aliasItems(source: string, tokens: readonly Token[], at: number, inserts: { at: number; text: string }[]): string[] | null {
  let i = at + 1;
  if (tokens[i]?.kind === 'word' && tokens[i].text.toUpperCase() === 'DISTINCT') i++;
  const items: Token[][] = [[]];
  for (let depth = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (depth === 0 && t.kind === 'word' && ITEM_ENDS.has(t.text.toUpperCase())) break;
    if (t.kind === 'punct') depth += '([{'.includes(t.text) ? 1 : ')]}'.includes(t.text) ? -1 : 0;
    if (depth === 0 && t.kind === 'punct' && t.text === ',') items.push([]);
    else items.at(-1)!.push(t);
  }
  let star = false;
  const columns = items
    .filter((item) => item.length > 0)
    .map((item) => {
      const alias = item.at(-2);
      if (item.length >= 3 && alias?.kind === 'word' && alias.text.toUpperCase() === 'AS') return item.at(-1)!.text;
      const text = source.slice(item[0].start, item.at(-1)!.end);
      if (text === '*') star = true;
      else inserts.push({ at: item.at(-1)!.end, text: ` AS ${backtick(text)}` });
      return text;
    });
  return star ? null : columns;
}

function backtick(name: string): string {
  return '`' + name.replaceAll('`', '``') + '`';
}
