/**
 * A Cypher lexer just good enough to judge a query: it knows where string literals,
 * comments, backticked names and parameters begin and end, so that `'CREATE'`,
 * `// CREATE` and `` `CREATE` `` never look like clauses, and comments cannot hide one.
 * Where Cypher readers could disagree (a line break only some lexers honour, a
 * backslash-u that is not an escape) it refuses rather than guess: stricter than
 * Cypher is a refused query, looser is a bypass.
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
/**
 * Cypher 5's whitespace (its lexer's SPACE rule, and what Neo4j 5.26 accepted between
 * two words when every Z and C character was tried), plus U+0085, which Neo4j reads as
 * part of a name: treating it as a space here only splits words, so more keywords show.
 */
const SPACE = /[\t\n\u000B\f\r\u001C-\u001F \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/y;
/** A `//` comment ends at `\n` or `\r` in Neo4j 5; other lexers (and the issue) also end it at these. */
const DISPUTED_LINE_BREAKS = /[\u0085\u2028\u2029]/;
const UNICODE_ESCAPE = /\\u([0-9A-Fa-f]{4})/y;

/**
 * Neo4j's parser reads `\uXXXX` as the character it names before it lexes anything
 * (the way Java source does), so `\u0053ET` is SET and `// \u000a` ends a comment.
 * This does the same: a backslash preceded by an even run of backslashes starts an
 * escape. What is left must hold no backslash-u at all, so that Neo4j, decoding the
 * returned text once more, sees exactly the text that was judged.
 */
export function decodeUnicodeEscapes(source: string): string {
  if (!source.includes('\\')) return source;
  let out = '';
  let run = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && run % 2 === 0 && source[i + 1] === 'u') {
      UNICODE_ESCAPE.lastIndex = i;
      const hex = UNICODE_ESCAPE.exec(source)?.[1];
      if (!hex) throw new CypherSyntaxError(`\\u must be followed by four hexadecimal digits (line ${lineOf(source, i)})`);
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      run = 0;
      continue;
    }
    run = c === '\\' ? run + 1 : 0;
    out += c;
  }
  const left = out.search(/\\u/);
  if (left !== -1)
    throw new CypherSyntaxError(
      `a backslash before u that is not a unicode escape is ambiguous (line ${lineOf(out, left)}); write the character itself`,
    );
  return out;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    const space = matchAt(SPACE, source, i);
    if (space) {
      i += space.length;
      continue;
    }
    if (c === '/' && next === '/') {
      i = endOfLineComment(source, i);
      continue;
    }
    if (c === '/' && next === '*') {
      i = closing(source, i + 2, '*/', 'comment') + 2;
      continue;
    }
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
      const name = next === '`' ? null : (matchAt(WORD, source, i + 1) ?? matchAt(NUMBER, source, i + 1));
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
    tokens.push({ kind, text, start, end: i, line: lineOf(source, start) });
  }
  return tokens;
}

function lineOf(source: string, at: number): number {
  return source.slice(0, at).split('\n').length;
}

function matchAt(re: RegExp, source: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(source)?.[0] ?? null;
}

/** Ends where Neo4j ends it; a comment holding a line break other lexers honour is refused. */
function endOfLineComment(source: string, from: number): number {
  let end = from;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  const disputed = source.slice(from, end).search(DISPUTED_LINE_BREAKS);
  if (disputed !== -1) {
    const code = source
      .charCodeAt(from + disputed)
      .toString(16)
      .toUpperCase()
      .padStart(4, '0');
    throw new CypherSyntaxError(
      `a // comment holds U+${code}, a line break Cypher readers disagree on (line ${lineOf(source, from)}); end comments with a newline`,
    );
  }
  return end;
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
    if (source[i + 1] === '`') {
      i++;
      continue;
    }
    return i + 1;
  }
  throw new CypherSyntaxError('unterminated backticked name');
}
