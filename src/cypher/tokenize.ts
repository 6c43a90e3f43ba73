/**
 * A Cypher lexer just good enough to judge a query: it knows where string literals,
 * comments, backticked names and parameters begin and end, so that `'CREATE'`,
 * `// CREATE` and `` `CREATE` `` never look like clauses, and comments cannot hide one.
 */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  kind: TokenKind;
  /** words and punctuation as written; backticked names unescaped; strings without quotes */
  text: string;
  start: number;
  end: number;
  line: number;
}

export class CypherSyntaxError extends Error {}

const WORD = /[\p{L}_][\p{L}\p{N}_]*/uy;
const NUMBER = /\d[\p{L}\p{N}_]*(?:\.\d+(?:[eE][+-]?\d+)?)?/uy;
const SPACE = /\s+/y;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const lineAt = (at: number) => source.slice(0, at).split('\n').length;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    const space = matchAt(SPACE, source, i);
    if (space) { i += space.length; continue; }
    if (c === '/' && next === '/') { i = endOfLine(source, i); continue; }
    if (c === '/' && next === '*') { i = closing(source, i + 2, '*/', 'comment') + 2; continue; }
    const start = i;
    let kind: TokenKind;
    let text: string;
    if (c === "'" || c === '"') {
      i = endOfString(source, i, c);
      kind = 'string';
      text = source.slice(start + 1, i - 1);
    } else if (c === '`') {
      i = endOfBackticked(source, i);
      kind = 'quoted';
      text = source.slice(start + 1, i - 1).replaceAll('``', '`');
    } else if (c === '$') {
      const name = next === '`' ? null : matchAt(WORD, source, i + 1) ?? matchAt(NUMBER, source, i + 1);
      i = next === '`' ? endOfBackticked(source, i + 1) : i + 1 + (name?.length ?? 0);
      kind = 'param';
      text = source.slice(start, i);
    } else {
      const word = matchAt(WORD, source, i);
      const number = word ? null : matchAt(NUMBER, source, i);
      kind = word ? 'word' : number ? 'number' : 'punct';
      text = word ?? number ?? c;
      i += text.length;
    }
    tokens.push({ kind, text, start, end: i, line: lineAt(start) });
  }
  return tokens;
}

function matchAt(re: RegExp, source: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(source)?.[0] ?? null;
}

function endOfLine(source: string, from: number): number {
  const nl = source.indexOf('\n', from);
  return nl === -1 ? source.length : nl;
}

function closing(source: string, from: number, end: string, what: string): number {
  const at = source.indexOf(end, from);
  if (at === -1) throw new CypherSyntaxError(`unterminated ${what}`);
  return at;
}

/** Strings escape with a backslash; returns the index after the closing quote. */
function endOfString(source: string, open: number, quote: string): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i + 1;
  }
  throw new CypherSyntaxError('unterminated string literal');
}

/** Backticked names escape a backtick by doubling it. */
function endOfBackticked(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] !== '`') continue;
    if (source[i + 1] === '`') { i++; continue; }
    return i + 1;
  }
  throw new CypherSyntaxError('unterminated backticked name');
}
