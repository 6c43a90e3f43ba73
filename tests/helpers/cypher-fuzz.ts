/**
 * Generated variants of every construct runCypher must refuse, for the fuzz tests:
 * keywords in mixed case and with `\uXXXX` escapes, procedure names backticked, every
 * Cypher whitespace and comment form between words, the comment disguises, and
 * parameters. Deterministic (seeded), so a failure names a variant that can be rerun.
 */
import { seededRandom } from '../../scripts/seeded-random';
export interface Construct {
  id: string;
  /** words and fixed pieces, joined by generated gaps */
  pieces: string[];
  /** the same construct with a parameter instead of a literal, if it takes one */
  withParam?: { pieces: string[]; params: Record<string, unknown> };
  /** the clause the lexer must name: `refused <clause>` */
  clause: string;
  /** the operator the plan gate must name: `its plan has <operator>` */
  operator: string;
}

export interface Variant {
  construct: Construct;
  query: string;
  params: Record<string, unknown>;
  /** which tricks were used, to show in a failure */
  tricks: string[];
  /** false when a trick makes it a syntax error for Neo4j (a character only the guard reads as a space or line break) */
  neo4jValid: boolean;
}

export function refusedConstructs(canaryUrl: string): Construct[] {
  return [
    {
      id: 'load-csv',
      pieces: ['LOAD', 'CSV', 'FROM', `'${canaryUrl}'`, 'AS', 'l', 'RETURN', 'l'],
      withParam: { pieces: ['LOAD', 'CSV', 'FROM', '$url', 'AS', 'l', 'RETURN', 'l'], params: { url: canaryUrl } },
      clause: 'LOAD CSV',
      operator: 'LoadCSV',
    },
    {
      id: 'list-config',
      pieces: ['CALL', 'dbms.listConfig', '()', 'YIELD', 'name', 'RETURN', 'name'],
      clause: 'CALL dbms.listConfig',
      operator: 'ProcedureCall dbms.listConfig',
    },
    { id: 'show-users', pieces: ['SHOW', 'USERS'], clause: 'SHOW', operator: 'AdministrationCommand' },
    { id: 'show-transactions', pieces: ['SHOW', 'TRANSACTIONS'], clause: 'SHOW', operator: 'ShowTransactions' },
    {
      id: 'terminate',
      pieces: ['TERMINATE', 'TRANSACTIONS', "'neo4j-transaction-1'"],
      withParam: { pieces: ['TERMINATE', 'TRANSACTIONS', '$ids'], params: { ids: ['neo4j-transaction-1'] } },
      clause: 'TERMINATE',
      operator: 'TerminateTransactions',
    },
    {
      id: 'kill-connections',
      pieces: ['CALL', 'dbms.killConnections', "(['bolt-1'])"],
      withParam: { pieces: ['CALL', 'dbms.killConnections', '($ids)'], params: { ids: ['bolt-1'] } },
      clause: 'CALL dbms.killConnections',
      operator: 'ProcedureCall dbms.killConnections',
    },
    {
      id: 'clear-caches',
      pieces: ['CALL', 'db.clearQueryCaches', '()'],
      clause: 'CALL db.clearQueryCaches',
      operator: 'ProcedureCall db.clearQueryCaches',
    },
    { id: 'create', pieces: ['CREATE', "(:FuzzCanary {token: 'fuzz'})"], clause: 'CREATE', operator: 'Create' },
    {
      id: 'set',
      pieces: ['MATCH', '(p:Person)', 'SET', 'p.fuzzed', '=', 'true'],
      withParam: { pieces: ['MATCH', '(p:Person)', 'SET', 'p.fuzzed', '=', '$v'], params: { v: true } },
      clause: 'SET',
      operator: 'SetProperty',
    },
    { id: 'merge', pieces: ['MERGE', "(:FuzzCanary {token: 'fuzz'})"], clause: 'MERGE', operator: 'Merge' },
    { id: 'delete', pieces: ['MATCH', '(p:Person)', 'DETACH', 'DELETE', 'p'], clause: 'DETACH', operator: 'DetachDelete' },
    { id: 'foreach', pieces: ['MATCH', '(p:Person)', 'FOREACH', '(x IN [1] | SET p.fuzzed = x)'], clause: 'FOREACH', operator: 'Foreach' },
    {
      id: 'in-transactions',
      pieces: ['CALL', '()', '{', 'MATCH', '(p:Person)', 'RETURN', 'p', '}', 'IN', 'TRANSACTIONS', 'RETURN', 'count(p)', 'AS', 'n'],
      clause: 'CALL { ... } IN TRANSACTIONS',
      operator: 'TransactionApply',
    },
  ];
}

/** Cypher 5's whitespace, as Neo4j 5.26 accepts it between two words. */
export const CYPHER_SPACES = [
  '\t',
  '\n',
  '\u000B',
  '\f',
  '\r',
  '\u001C',
  '\u001D',
  '\u001E',
  '\u001F',
  ' ',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200A',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
];
/** Lines break for Neo4j 5.26 at these... */
export const CYPHER_LINE_ENDS = ['\n', '\r', '\r\n'];
/** ...and for other readers (and the issue) also at these, which Neo4j reads as part of a comment or name. */
export const DISPUTED_LINE_ENDS = ['\u0085', '\u2028', '\u2029'];

/** Seeded variants: the same seed spreads the same variants. */
export const seeded = seededRandom;

const escape = (c: string, upper: boolean) => {
  const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
  return `\\u${upper ? hex.toUpperCase() : hex}`;
};

/** A gap between two pieces, and whether Neo4j reads it as one. */
type Gap = { text: string; trick: string; neo4jValid: boolean };

function gapOf(rand: () => number, unitOnly: boolean): Gap {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const roll = Math.floor(rand() * (unitOnly ? 9 : 8));
  switch (roll) {
    case 0:
    case 1: {
      const s = pick(CYPHER_SPACES);
      return { text: s, trick: `space U+${s.charCodeAt(0).toString(16)}`, neo4jValid: true };
    }
    case 2:
      return { text: pick(CYPHER_SPACES) + pick(CYPHER_SPACES), trick: 'two spaces', neo4jValid: true };
    case 3:
      return { text: pick(['/**/', '/* CREATE */', '/*\n*/', "/* ' */"]), trick: 'block comment', neo4jValid: true };
    case 4: {
      const end = pick(CYPHER_LINE_ENDS);
      return { text: `//${pick(['', ' x', ' */', " '"])}${end}`, trick: `// ended by ${JSON.stringify(end)}`, neo4jValid: true };
    }
    case 5: {
      const s = pick(CYPHER_SPACES);
      return { text: escape(s, rand() < 0.5), trick: `escaped space U+${s.charCodeAt(0).toString(16)}`, neo4jValid: true };
    }
    case 6:
      return { text: `// x${escape(pick(['\n', '\r']), rand() < 0.5)}`, trick: '// ended by an escaped line break', neo4jValid: true };
    case 7:
      return { text: ' ', trick: 'plain space', neo4jValid: true };
    default: {
      const s = pick(DISPUTED_LINE_ENDS);
      return rand() < 0.5
        ? { text: s, trick: `guard-only space U+${s.charCodeAt(0).toString(16)}`, neo4jValid: s !== '\u0085' }
        : { text: `//${s}\n`, trick: `// holding U+${s.charCodeAt(0).toString(16)}`, neo4jValid: true };
    }
  }
}

/**
 * `keepFirst`: Neo4j 5.26 itself fails on an escape as the very first character of a
 * statement (`\u0052ETURN 1` is "Invalid input '2ETURN'"), so variants meant for Neo4j
 * leave that one letter alone; the lexer tier escapes it too.
 */
function mutateWord(word: string, rand: () => number, tricks: string[], keepFirst = false): string {
  if (/^[A-Z]+$/.test(word)) {
    const cased = rand() < 0.6;
    const escaped = rand() < 0.5;
    if (cased) tricks.push('case');
    if (escaped) tricks.push('escaped letters');
    return [...word]
      .map((c, i) => {
        const letter = cased && rand() < 0.5 ? c.toLowerCase() : c;
        return escaped && rand() < 0.35 && !(keepFirst && i === 0) ? escape(letter, rand() < 0.5) : letter;
      })
      .join('');
  }
  if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(word)) {
    const backticked = rand() < 0.5;
    const escaped = rand() < 0.4;
    if (backticked) tricks.push('backticks');
    if (escaped) tricks.push('escaped letters');
    return word
      .split('.')
      .map((part) => {
        const text = [...part].map((c) => (escaped && rand() < 0.3 ? escape(c, rand() < 0.5) : c)).join('');
        return backticked ? '`' + text + '`' : text;
      })
      .join(rand() < 0.3 ? ' . ' : '.');
  }
  return word;
}

const DISGUISES: { prefix: string; suffix: string; trick: string }[] = [
  { prefix: '', suffix: '', trick: 'bare' },
  ...CYPHER_LINE_ENDS.map((end) => ({
    prefix: `//${end}`,
    suffix: ` /*\nCALL db.labels() // */`,
    trick: `issue: //${JSON.stringify(end)} ... /* ... // */`,
  })),
  { prefix: '// CALL db.labels()\\u000d', suffix: '', trick: '// ended by an escaped \\r' },
  { prefix: '/* RETURN 1 */ ', suffix: ' // RETURN 1', trick: 'comments around' },
  { prefix: '', suffix: ' /* */', trick: 'trailing block comment' },
];

/**
 * `count` variants of one construct. `unitOnly` adds tricks Neo4j itself would reject
 * (a separator only the guard reads as one), which only the lexer tier can judge.
 */
export function variantsOf(construct: Construct, count: number, seed: number, unitOnly = false): Variant[] {
  const rand = seeded(seed);
  const out: Variant[] = [];
  for (let n = 0; n < count; n++) {
    const tricks: string[] = [];
    const useParam = construct.withParam !== undefined && rand() < 0.3;
    const pieces = useParam ? construct.withParam!.pieces : construct.pieces;
    if (useParam) tricks.push('parameter');
    let neo4jValid = true;
    let body = '';
    pieces.forEach((piece, i) => {
      if (i > 0) {
        const gap = gapOf(rand, unitOnly);
        tricks.push(gap.trick);
        neo4jValid &&= gap.neo4jValid;
        body += gap.text;
      }
      body += mutateWord(piece, rand, tricks, i === 0 && !unitOnly);
    });
    const disguise = DISGUISES[Math.floor(rand() * DISGUISES.length)];
    tricks.push(disguise.trick);
    out.push({
      construct,
      query: disguise.prefix + body + disguise.suffix,
      params: useParam ? construct.withParam!.params : {},
      tricks: [...new Set(tricks)],
      neo4jValid,
    });
  }
  return out;
}

/** The same tricks around harmless reads: each must still run and return its one row. */
export function allowedVariants(count: number, seed: number): { query: string; expected: unknown[][] }[] {
  const rand = seeded(seed);
  const reads: { pieces: string[]; expected: unknown[][] }[] = [
    { pieces: ['RETURN', '1', 'AS', 'x'], expected: [[1]] },
    { pieces: ['UNWIND', '[1,', '2]', 'AS', 'x', 'RETURN', 'x'], expected: [[1], [2]] },
    { pieces: ['CALL', 'db.labels', '()', 'YIELD', 'label', 'RETURN', 'count(label)', '>', '0', 'AS', 'x'], expected: [[true]] },
    { pieces: ['MATCH', "(p:Person {id: 'chrissy-teigen'})", 'RETURN', 'p.name', 'AS', 'x'], expected: [['Chrissy Teigen']] },
  ];
  const out: { query: string; expected: unknown[][] }[] = [];
  for (let n = 0; n < count; n++) {
    const read = reads[n % reads.length];
    const tricks: string[] = [];
    let body = '';
    read.pieces.forEach((piece, i) => {
      if (i > 0) body += gapOf(rand, false).text;
      body += mutateWord(piece, rand, tricks, i === 0);
    });
    const disguise = DISGUISES[Math.floor(rand() * DISGUISES.length)];
    out.push({ query: disguise.prefix + body + disguise.suffix, expected: read.expected });
  }
  return out;
}
