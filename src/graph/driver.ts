import neo4j, { Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * Fail fast when Neo4j is gone. With the driver's defaults (30 s of managed-transaction
 * retries, 30 s connect, 60 s pool wait) a read took 34 s to say UNAVAILABLE after a
 * kill -9 of Neo4j. Now a dead server costs about 3 s of retries (1 s, then 2 s apart),
 * and a lost or hung connection 3 s; deadlocks are still retried within that window.
 */
export const DRIVER_TIMEOUTS = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 4_000,
  maxTransactionRetryTime: 3_000,
} as const;

/** One driver per process; `neo4j://` URIs route reads and writes across a cluster. */
export function createDriver(options: DriverOptions): Driver {
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    ...DRIVER_TIMEOUTS,
    userAgent: 'limelight/0.1',
  });
}
