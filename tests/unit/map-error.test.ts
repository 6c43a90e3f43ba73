import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapNeo4jError } from '../../src/graph/map-error';

// Errors shaped as neo4j-driver 6 raises them (neo4j-driver-core newError / bolt channel).
const driverError = (message: string, code = 'N/A') => new Neo4jError(message, code, 'N/A', 'N/A');
const codeOf = (error: unknown) => mapNeo4jError(error)?.extensions.code ?? null;

describe('mapNeo4jError: every lost connection is UNAVAILABLE', () => {
  it.each([
    ['server gone', driverError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable')],
    ['connection dropped mid-read', driverError('Connection was closed by server', 'ServiceUnavailable')],
    ['dropped, code missing', driverError('Connection was closed by server')],
    [
      'pool exhausted',
      driverError('Connection acquisition timed out in 4000 ms. Pool status: Active conn count = 50, Idle conn count = 0.'),
    ],
    ['session expired', driverError('session expired', 'SessionExpired')],
    ['killed server-side', driverError('The transaction has been terminated.', 'Neo.TransientError.Transaction.Terminated')],
    ['database restarting', driverError('Database neo4j is unavailable.', 'Neo.TransientError.General.DatabaseUnavailable')],
    [
      'a socket error as the cause',
      new Error('request failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
    ],
  ])('%s', (_, error) => {
    expect(codeOf(error)).toBe('UNAVAILABLE');
  });

  it('keeps the other mappings, and leaves unknown errors alone (positive controls)', () => {
    expect(codeOf(driverError('too slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBe('TIMEOUT');
    expect(codeOf(driverError('heap', 'Neo.TransientError.General.OutOfMemoryError'))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(driverError('pool', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(driverError('syntax', 'Neo.ClientError.Statement.SyntaxError'))).toBeNull();
    expect(codeOf(new Error('Connection was closed by server'))).toBeNull(); // not from the driver
    expect(codeOf(new TypeError('x is undefined'))).toBeNull();
  });
});
