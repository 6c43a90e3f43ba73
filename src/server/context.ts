import { Role } from '../config';
import { RequestDb } from '../graph/run';
import { Loaders } from '../loaders/create-loaders';
import { Logger } from './logger';

/** What every resolver gets: the request's database handle, its loaders and the caller's role and name. */
export interface Context {
  /** a query's reads share one read transaction (see RequestDb), closed by http.ts after the response */
  db: RequestDb;
  loaders: Loaders;
  /** null: no key was sent (reading is open) */
  role: Role | null;
  /** who the editorial log says acted: the key's name or fingerprint; null without a key */
  actor: string | null;
  requestId: string;
  log: Logger;
}
