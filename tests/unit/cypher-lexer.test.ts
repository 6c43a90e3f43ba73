import { describe, expect, it } from 'vitest';
import { prepareReadQuery } from '../../src/cypher/prepare';
import { findRefusedClause } from '../../src/cypher/read-only-guard';
import { decodeUnicodeEscapes, tokenize } from '../../src/cypher/tokenize';

/** What the guard makes of a query, as prepareReadQuery judges it: the refusal message, or null when it would run. */
const verdict = (query: string): string | null => {
  try {
    prepareReadQuery(query, 1000);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};
const words = (query: string) =>
  tokenize(query)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);

describe('lexer: the three bypasses from the issue', () => {
  it('ends a // comment at a carriage return, as Neo4j does', () => {
    const issue = "//\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l /*\nCALL db.labels() // */";
    expect(verdict(issue)).toMatch(/refused LOAD CSV/);
    expect(words('// x\rRETURN 1')).toEqual(['RETURN']);
    expect(words('// x\r\nRETURN 1')).toEqual(['RETURN']);
  });

  it('treats U+001C..U+001F and every Unicode space as whitespace between words', () => {
    for (const space of [
      '\u001c',
      '\u001d',
      '\u001e',
      '\u001f',
      '\u000b',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\u0085',
    ]) {
      expect(verdict(`LOAD${space}CSV FROM 'x' AS l RETURN l`)).toMatch(/refused LOAD CSV/);
      expect(words(`RETURN${space}1`)).toEqual(['RETURN']);
    }
  });

  it('decodes \\uXXXX escapes before judging, as Neo4j does', () => {
    expect(verdict('MATCH (n) \\u0053ET n.x = 1')).toMatch(/refused SET/);
    expect(verdict('MATCH (n) \\u0053\\u0045\\u0054 n.x = 1')).toMatch(/refused SET/);
    expect(verdict('RETURN 1 // \\u000a CREATE ()')).toMatch(/refused CREATE/);
    expect(verdict("RETURN 'x\\u0027 CREATE () //'")).toMatch(/refused CREATE/);
    expect(verdict('RETURN 1 AS x \\u002f\\u002a CREATE () */')).toBeNull(); // the escapes open a real comment that hides it
  });
});

describe('lexer: where readers disagree, refuse', () => {
  it('refuses a // comment holding U+0085, U+2028 or U+2029 (Neo4j runs on past them, others stop)', () => {
    for (const br of ['\u0085', '\u2028', '\u2029']) {
      expect(verdict(`// x${br}RETURN 1 AS x`)).toMatch(/line break Cypher readers disagree on/);
      expect(verdict(`// x${br}' \nCREATE () //'`)).toMatch(/line break Cypher readers disagree on/);
    }
  });

  it('refuses a backslash-u left after decoding, and malformed escapes', () => {
    expect(verdict("RETURN '\\\\u0041' AS x")).toMatch(/backslash before u/);
    expect(verdict("RETURN '\\u005cu0041' AS x")).toMatch(/backslash before u/);
    expect(verdict('RETURN \\uuu0031 AS x')).toMatch(/four hexadecimal digits/);
    expect(verdict('RETURN \\u12 AS x')).toMatch(/four hexadecimal digits/);
  });

  it('folds keywords wider than Neo4j: long s, compatibility forms', () => {
    expect(findRefusedClause(tokenize('MATCH (n) ſET n.x = 1'))?.clause).toBe('SET');
    expect(findRefusedClause(tokenize('ＣＲＥＡＴＥ ()'))?.clause).toBe('CREATE');
  });
});

describe('decodeUnicodeEscapes', () => {
  it('decodes like Java source: an escape needs an even run of backslashes before it', () => {
    expect(decodeUnicodeEscapes('R\\u0045TURN')).toBe('RETURN');
    expect(decodeUnicodeEscapes("'\\\\\\u0041'")).toBe("'\\\\A'");
    expect(decodeUnicodeEscapes("'caf\\u00e9' \\ud83d\\ude00")).toBe("'café' 😀");
    expect(decodeUnicodeEscapes("RETURN 'a\\tb'")).toBe("RETURN 'a\\tb'");
  });
});

describe('lexer: positive controls, the same tricks around a read', () => {
  it.each([
    ['// comment\rRETURN 1 AS x', 'RETURN 1 AS x'],
    ['RETURN\u001f1 AS x', 'RETURN\u001f1 AS x'],
    ['R\\u0045TURN 1 AS x', 'RETURN 1 AS x'],
    ["RETURN 'caf\\u00e9' AS x", "RETURN 'café' AS x"],
    ['MATCH (n) /* SET n.x = 1 */\u3000RETURN count(n) AS x', 'MATCH (n) /* SET n.x = 1 */\u3000RETURN count(n) AS x'],
  ])('%j runs as %j', (query, decoded) => {
    expect(verdict(query)).toBeNull();
    expect(prepareReadQuery(query, 5).cypher).toContain(decoded);
  });
});
