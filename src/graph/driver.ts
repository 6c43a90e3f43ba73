import neo4j, { Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/** One driver per process; `neo4j://` URIs route reads and writes across a cluster. */
export function createDriver(options: DriverOptions): Driver {
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    userAgent: 'limelight/0.1',
  });
}
