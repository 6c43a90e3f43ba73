import { Db, RunOptions, Tx } from '../graph/run';

/** Statements of the ingestion path whose `rows` mark progress, and the phase each one is. */
const PHASES: Record<string, 'matching people' | 'writing people' | 'writing relations'> = {
  'ingest.resolvePeople': 'matching people',
  'ingest.upsertPeople': 'writing people',
  'ingest.upsertSpouses': 'writing relations',
  'ingest.upsertParents': 'writing relations',
  'ingest.upsertEvents': 'writing relations',
};

/**
 * Progress of one dataset load, counted in rows sent to Neo4j. The dataset is one write
 * transaction (all or nothing), so nothing can be counted in the database while it runs.
 */
export class SeedProgress {
  /** before the first dataset statement: the seed article */
  private phase = 'seed article';
  private readonly done = { 'matching people': 0, 'writing people': 0, 'writing relations': 0 };

  constructor(
    private readonly people: number,
    private readonly relations: number,
    private readonly startedAt = Date.now(),
  ) {}

  /** Called when a statement of the load is sent: its phase is the current one from now. */
  begin(statement: string): void {
    this.phase = PHASES[statement] ?? this.phase;
  }

  /** Called when a statement of the load has run. */
  note(statement: string, rows: number): void {
    const phase = PHASES[statement];
    if (phase) this.done[phase] += rows;
  }

  /** "seed data: writing people 6000/18491 (49%), 12 s" */
  line(now = Date.now()): string {
    const total = 2 * this.people + this.relations;
    const done = this.done['matching people'] + this.done['writing people'] + this.done['writing relations'];
    // 99 at most: after the last rows come the sweep and the commit (tens of seconds when busy)
    const percent = total ? Math.min(99, Math.floor((100 * done) / total)) : 99;
    const seconds = Math.round((now - this.startedAt) / 1000);
    const of = this.phase === 'writing relations' ? this.relations : this.people;
    const count = this.phase in this.done ? ` ${this.done[this.phase as keyof SeedProgress['done']]}/${of}` : '';
    return `seed data: ${this.phase}${count} (${percent}%), ${seconds} s`;
  }

  /** Runs `work`, reporting a line now and every `ms` until it settles. */
  async every<T>(ms: number, report: (line: string) => void, work: () => Promise<T>): Promise<T> {
    report(`seed data: loading ${this.people} people and ${this.relations} relations`);
    const timer = setInterval(() => report(this.line()), ms);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }
}

/** The same database, but every statement of its write transactions is shown to `progress`. */
export function watchRows(db: Db, progress: SeedProgress): Db {
  return new WatchedDb(db, progress);
}

class WatchedDb extends Db {
  constructor(db: Db, private readonly progress: SeedProgress) {
    super(db.driver, db.database);
  }

  override writeTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return super.writeTx((tx) => work(watchTx(tx, this.progress)), options);
  }
}

/** A Tx whose `run` tells `progress` which statement ran and how many rows it carried. */
function watchTx(tx: Tx, progress: SeedProgress): Tx {
  const run: Tx['run'] = (statement, params = {}) => {
    const rows = Array.isArray(params.rows) ? params.rows.length : 0;
    progress.begin(statement.name);
    return tx.run(statement, params).then((result) => {
      progress.note(statement.name, rows);
      return result;
    });
  };
  return new Proxy(tx, { get: (target, key) => (key === 'run' ? run : Reflect.get(target, key)) });
}
