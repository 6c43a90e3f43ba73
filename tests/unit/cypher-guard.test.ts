import { describe, expect, it } from 'vitest';
import { findRefusedClause } from '../../src/cypher/read-only-guard';
import { tokenize } from '../../src/cypher/tokenize';
import { MAX_QUERY_LENGTH, prepareReadQuery } from '../../src/cypher/prepare';

const refused = (query: string) => findRefusedClause(tokenize(query))?.clause ?? null;

describe('read-only guard: refused', () => {
  it.each([
    ['CREATE (n:Person {name: "x"})', 'CREATE'],
    ['MATCH (n) MERGE (n)-[:X]->(m)', 'MERGE'],
    ['match (n) merge (m)', 'MERGE'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) NODETACH DELETE n', 'DELETE'],
    ['MATCH (n) SET n.x = 1', 'SET'],
    ['MATCH (n) REMOVE n:Person', 'REMOVE'],
    ['MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.y = 1)', 'FOREACH'],
    ['INSERT (n:Person)', 'INSERT'],
    ["LOAD CSV FROM 'file:///x.csv' AS row RETURN row", 'LOAD CSV'],
    ["load csv with headers from 'http://x' as r return r", 'LOAD CSV'],
    ["USING PERIODIC COMMIT LOAD CSV FROM 'x' AS r RETURN r", 'USING PERIODIC COMMIT'],
    ['CREATE INDEX foo FOR (p:Person) ON (p.x)', 'CREATE'],
    ['DROP INDEX person_name', 'DROP'],
    ['DROP CONSTRAINT person_id', 'DROP'],
    ['CREATE DATABASE other', 'CREATE'],
    ['ALTER DATABASE neo4j SET ACCESS READ ONLY', 'ALTER'],
    ['START DATABASE neo4j', 'START DATABASE'],
    ['STOP DATABASE neo4j', 'STOP DATABASE'],
    ['GRANT ROLE admin TO bob', 'GRANT'],
    ['DENY READ {*} ON GRAPH * TO bob', 'DENY'],
    ['REVOKE ROLE admin FROM bob', 'REVOKE'],
    ["CREATE USER bob SET PASSWORD 'x'", 'CREATE'],
    ['ALTER USER neo4j SET PASSWORD "x"', 'ALTER'],
    ['SHOW USERS', 'SHOW'],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'TERMINATE'],
    ['USE system MATCH (n) RETURN n', 'USE'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } RETURN n', 'SET'],
    ['MATCH (n) CALL { CREATE () }', 'CREATE'],
    ['MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m', 'CALL { ... } IN TRANSACTIONS'],
    ['MATCH (n) CALL (n) { RETURN n AS m } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS RETURN m', 'CALL { ... } IN TRANSACTIONS'],
    ["CALL db.createLabel('x')", 'CALL db.createLabel'],
    ["CALL db.createProperty('x')", 'CALL db.createProperty'],
    ['CALL `db`.`createLabel`("x")', 'CALL db.createLabel'],
    ['CALL dbms.setConfigValue("a", "b")', 'CALL dbms.setConfigValue'],
    ['CALL db.clearQueryCaches()', 'CALL db.clearQueryCaches'],
    ['CALL apoc.create.node(["X"], {})', 'CALL apoc.create.node'],
    ['MATCH (n) OPTIONAL CALL tx.setMetaData({}) RETURN n', 'CALL tx.setMetaData'],
    ['EXPLAIN MATCH (n) RETURN n', 'EXPLAIN'],
    ['PROFILE MATCH (n) RETURN n', 'PROFILE'],
    ['MATCH (n) RETURN n; CREATE (m)', 'a second statement after ;'],
    ['// just a comment\nCREATE (n)', 'CREATE'],
    ['/* a block\ncomment */ MERGE (n:X)', 'MERGE'],
    ["MATCH (n) WHERE n.name = 'it''s' CREATE (m)", 'CREATE'],
    ["MATCH (n) WHERE n.name = 'a\\' CREATE' DELETE n", 'DELETE'],
    ['MATCH (n)/*x*/SET/*y*/n.a = 1', 'SET'],
  ])('%s -> %s', (query, clause) => {
    expect(refused(query)).toBe(clause);
  });

  it('names the clause and its line in the message', () => {
    expect(() => prepareReadQuery('MATCH (n)\nRETURN n\n// fine so far\n;CREATE (m)', 1000)).toThrow(
      /refused a second statement after ; \(line 4\)/,
    );
    expect(() => prepareReadQuery('MATCH (n)\n  detach delete n', 1000)).toThrow(
      /^query: runCypher only reads; refused DETACH \(line 2\)$/,
    );
  });

  it('refuses unterminated strings, comments and names rather than guessing', () => {
    expect(() => prepareReadQuery("MATCH (n) WHERE n.name = 'x RETURN n", 1000)).toThrow(/unterminated string/);
    expect(() => prepareReadQuery('MATCH (n) /* RETURN n', 1000)).toThrow(/unterminated comment/);
    expect(() => prepareReadQuery('MATCH (`n) RETURN 1', 1000)).toThrow(/unterminated backticked/);
  });

  it('refuses queries over the length cap and empty ones', () => {
    expect(() => prepareReadQuery(`RETURN '${'x'.repeat(MAX_QUERY_LENGTH)}'`, 1000)).toThrow(/longer than/);
    expect(() => prepareReadQuery('  // nothing\n', 1000)).toThrow(/is empty/);
  });
});

describe('read-only guard: allowed', () => {
  it.each([
    "MATCH (n) WHERE n.name = 'CREATE' RETURN n",
    'MATCH (n) WHERE n.name = "DELETE n; MERGE (x)" RETURN n',
    'MATCH (n) // CREATE (m)\nRETURN n',
    'MATCH (n) /* SET n.x = 1 */ RETURN n',
    'MATCH (`CREATE`) RETURN `CREATE`',
    'MATCH (n:Set)-[:CREATE]->(m:Merge) RETURN n.delete, m.set',
    'RETURN {create: 1, delete: 2} AS m',
    'MATCH (n) WHERE n.name = $create RETURN n',
    'MATCH p = (start:Person)-[*1..2]-(stop) RETURN start, stop, p',
    'WITH 1 AS load RETURN load',
    'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c',
    'MATCH (n) RETURN COUNT { (n)--() } AS degree, EXISTS { (n)--() } AS any',
    'CALL db.labels()',
    'CALL db.labels() YIELD label RETURN label',
    'call DB.RELATIONSHIPTYPES() yield relationshipType return relationshipType',
    'CALL db.propertyKeys',
    'CALL db.schema.visualization()',
    "CALL db.index.fulltext.queryNodes('person_names', 'teigen') YIELD node, score RETURN node.name, score",
    'CALL dbms.components() YIELD name, versions RETURN name, versions',
    'MATCH (n) RETURN n;',
    'MATCH (n:Person) WHERE n.name STARTS WITH "Chr" RETURN n.name ORDER BY n.name LIMIT 5',
    "RETURN 'O''Brien' AS name",
    'UNWIND range(1, 3) AS x RETURN x UNION RETURN 4 AS x',
  ])('%s', (query) => {
    expect(refused(query)).toBeNull();
  });
});

describe('prepareReadQuery: bounding the result', () => {
  it('wraps the query in a subquery with LIMIT cap+1, keeping the column order', () => {
    const p = prepareReadQuery('MATCH (n:Person) RETURN n.name, n.id AS id, count(*)', 1000);
    expect(p.columns).toEqual(['n.name', 'id', 'count(*)']);
    expect(p.cypher).toBe(
      'CALL () {\nMATCH (n:Person) RETURN n.name AS `n.name`, n.id AS id, count(*) AS `count(*)`\n}\nRETURN `n.name`, `id`, `count(*)` LIMIT 1001',
    );
    expect(p.wrapped).toBe(true);
  });

  it('aliases every UNION part and leaves ORDER BY, SKIP and LIMIT after the items', () => {
    const p = prepareReadQuery(
      'MATCH (n) RETURN DISTINCT n.name ORDER BY n.name SKIP 1 LIMIT 5 UNION MATCH (m) RETURN m.name AS `n.name`;',
      10,
    );
    expect(p.cypher).toContain(
      'RETURN DISTINCT n.name AS `n.name` ORDER BY n.name SKIP 1 LIMIT 5 UNION MATCH (m) RETURN m.name AS `n.name`\n}',
    );
    expect(p.cypher.endsWith('RETURN `n.name` LIMIT 11')).toBe(true);
  });

  it('keeps commas inside calls, maps and lists inside one item, and escapes backticks in aliases', () => {
    const p = prepareReadQuery("RETURN coalesce(null, 1), {a: [1, 2]}, 'x`y'", 5);
    expect(p.columns).toEqual(['coalesce(null, 1)', '{a: [1, 2]}', "'x`y'"]);
    expect(p.cypher).toContain("'x`y' AS `'x``y'`");
  });

  it('ignores RETURN inside subqueries and RETURN *', () => {
    const p = prepareReadQuery('MATCH (n) CALL (n) { RETURN n.name AS name } RETURN *', 5);
    expect(p.columns).toBeNull();
    expect(p.cypher).toContain('RETURN * LIMIT 6');
  });

  it('runs a standalone procedure call as it is (it cannot be wrapped)', () => {
    expect(prepareReadQuery('CALL db.labels()', 5)).toEqual({ cypher: 'CALL db.labels()', columns: null, wrapped: false });
  });
});
