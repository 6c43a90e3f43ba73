import { Role } from '../config';
import { Db } from '../graph/run';
import { Loaders } from '../loaders/create-loaders';
import { Logger } from './logger';

/** What every resolver gets: the request's database handle, its loaders and the caller's role. */
export interface Context {
  db: Db;
  loaders: Loaders;
  /** null: no key was sent (reading is open) */
  role: Role | null;
  requestId: string;
  log: Logger;
}
