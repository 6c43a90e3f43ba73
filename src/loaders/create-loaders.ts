import DataLoader from 'dataloader';
import { Db } from '../graph/run';
import * as people from '../graph/person.queries';
import * as events from '../graph/event.queries';
import * as articles from '../graph/article.queries';
import * as analysis from '../graph/analysis.queries';
import { standingsFor } from '../graph/standing';
import { FamilyLoader } from './family-loader';

/** A loader per distinct argument set: `Person.events(first: 5)` and `(first: 10)` batch separately. */
class LoaderFamily<A, L> {
  private readonly loaders = new Map<string, L>();

  constructor(private readonly make: (args: A) => L) {}

  get(args: A): L {
    const key = JSON.stringify(args);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = this.make(args);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface PageArgs {
  after: unknown[] | null;
  limit: number;
}
/** `acceptedOnly` of the family lists (see src/graph/standing.ts) */
export interface StandingArgs {
  acceptedOnly: boolean;
}
export interface EventPageArgs extends PageArgs {
  kinds: string[] | null;
}

/**
 * New loaders for every request, so that caching never outlives a request and a request's
 * round trips are bounded by the depth of its query, not the number of rows.
 */
export function createLoaders(db: Db) {
  const batch = <V>(fn: (keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>(fn, { maxBatchSize: 1000 });
  return {
    person: batch((ids) => people.findPeopleByIds(db, ids)),
    /** spouses, children and parents together: one batch serves all three fields, and reads ahead (FamilyLoader) */
    family: new LoaderFamily((a: StandingArgs) => new FamilyLoader(db, standingsFor(a.acceptedOnly))),
    possibleDuplicates: batch((ids) => people.findPossibleDuplicates(db, ids)),
    evidence: batch((ids) => people.findEvidence(db, ids)),
    event: batch((ids) => events.findEventsByIds(db, ids)),
    participants: batch((ids) => events.findParticipants(db, ids)),
    eventChild: batch((ids) => events.findEventChildren(db, ids)),
    commemorates: batch((ids) => events.findCommemorated(db, ids)),
    article: batch((ids) => articles.findArticlesByIds(db, ids)),
    mentions: batch((ids) => articles.findMentions(db, ids)),
    reportedEvents: batch((ids) => articles.findReportedEvents(db, ids)),
    quotes: batch((ids) => articles.findQuotes(db, ids)),
    eventsOfPerson: new LoaderFamily((a: EventPageArgs) =>
      batch((ids) => events.findEventsOfPeople(db, ids, a.kinds, a.after, a.limit + 1)),
    ),
    articlesMentioning: new LoaderFamily((a: PageArgs) => batch((ids) => articles.findArticlesMentioning(db, ids, a.after, a.limit + 1))),
    coMentions: new LoaderFamily((a: { limit: number }) => batch((ids) => analysis.findCoMentions(db, ids, a.limit))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
