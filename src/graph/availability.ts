import { Driver } from 'neo4j-driver';
import { AppError } from '../errors';

/**
 * What the embedded Neo4j's supervisor knows, per driver: while Neo4j is down or being
 * restarted, Db refuses at once instead of letting the driver time out and retry.
 */
const downReasons = new WeakMap<Driver, () => string | null>();

/** `reason` returns why Neo4j is unavailable, or null while it runs. */
export function watchAvailability(driver: Driver, reason: () => string | null): void {
  downReasons.set(driver, reason);
}

/** Seconds a client should wait before trying again: about one JVM restart. */
export const RETRY_AFTER_SECONDS = 10;

export function unavailable(detail?: string): AppError {
  const message = `the graph database is unavailable${detail ? ` (${detail})` : ''}; try again shortly`;
  return new AppError('UNAVAILABLE', message, { retryAfterSeconds: RETRY_AFTER_SECONDS });
}

export function refuseIfDown(driver: Driver): void {
  const reason = downReasons.get(driver)?.();
  if (reason) throw unavailable(reason);
}
