import DataLoader from 'dataloader';
import { Db } from '../graph/run';
import { FamilyPlan, FamilyRecord, findFamilyTree } from '../graph/person.queries';

/**
 * Families by person id, batched per tick like every loader, and read ahead: each `load`
 * says (as a FamilyPlan) how far below it the request reads family again, the batch reads
 * the union of those plans in its one statement, and the families it reached are primed, so
 * the levels below find them cached instead of sending a statement each.
 */
export class FamilyLoader {
  private pending: FamilyPlan = [];
  /** ids loaded or primed: their plan has nothing left to fetch */
  private readonly known = new Set<string>();
  private readonly loader: DataLoader<string, FamilyRecord>;

  constructor(db: Db, standings: string[]) {
    this.loader = new DataLoader(
      async (ids) => {
        const plan = this.pending;
        this.pending = [];
        const { families, reached } = await findFamilyTree(db, ids, standings, plan);
        for (const [id, family] of reached) {
          this.known.add(id);
          this.loader.prime(id, family);
        }
        return families;
      },
      { maxBatchSize: 1000 },
    );
  }

  load(id: string, plan: FamilyPlan = []): Promise<FamilyRecord> {
    if (!this.known.has(id)) {
      this.known.add(id);
      this.pending = mergePlans(this.pending, plan);
    }
    return this.loader.load(id);
  }
}

/** Level by level, the kinds either plan follows. */
export function mergePlans(a: FamilyPlan, b: FamilyPlan): FamilyPlan {
  const levels = Math.max(a.length, b.length);
  return Array.from({ length: levels }, (_, i) => [...new Set([...(a[i] ?? []), ...(b[i] ?? [])])].sort());
}
