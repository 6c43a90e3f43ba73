/**
 * What one field costs, as data. The limits walk (limits.ts) reads these tables; a field not
 * listed costs 1 point and sends no statement of its own.
 *
 * Statements: how many Cypher statements one call of the field sends at most. Root fields
 * run once per occurrence (aliases multiply); nested fields go through a DataLoader, so a
 * selection sends one batch however many parents it has (counted once, not per parent).
 * Db enforces the same maximum at run time (src/graph/run.ts) in case an estimate is low.
 */
export interface StatementRule {
  statements: number;
  why: string;
}

export const STATEMENT_RULES: Readonly<Record<string, StatementRule>> = {
  'Query.connections': {
    statements: 6,
    why: 'family-only shortest paths, again with co-mentions when none, edges between, then the person, evidence and article loaders',
  },
  'Query.exportConnections': { statements: 6, why: 'the same statements as connections' },
  'Query.exportNeighbourhood': { statements: 5, why: 'start, up to 3 rings, edges (one read transaction)' },
  'Query.runCypher': { statements: 2, why: "the analyst's statement and its EXPLAIN (the plan check)" },
  'Query.searchPeople': { statements: 1, why: 'one full-text query' },
  'Query.timeline': { statements: 2, why: 'the people the ids name now (merge redirects), then the page with its total' },
  'Query.onThisDay': { statements: 1, why: 'the page with its total' },
  'Query.graphStats': { statements: 1, why: 'one counting statement over the whole graph' },
  'Query.topPeople': { statements: 1, why: 'one ranking statement' },
  'Query.people': { statements: 2, why: 'the page and the total' },
  'Query.articles': { statements: 2, why: 'the page and the total' },
  'Query.person': { statements: 1, why: 'person loader' },
  'Query.article': { statements: 1, why: 'article loader' },
  'Query.event': { statements: 1, why: 'event loader' },
  'Mutation.ingestArticle': { statements: 20, why: 'one write transaction of ~15 statements for an article of usual size' },
  'Mutation.ingestArticleText': { statements: 20, why: 'the same write transaction as ingestArticle' },
  'Query.reviewQueue': { statements: 2, why: 'the page and the total' },
  'Query.editorialLog': { statements: 2, why: 'the page and the total' },
  'Mutation.reviewEvidence': {
    statements: 5,
    why: 'one write transaction: decide, refresh the standing, recount the relations of its people, log',
  },
  'Mutation.mergePeople': {
    statements: 20,
    why: 'one write transaction: lock, read the facts, up to 13 applying the plan, retire, log; then the person loader',
  },
  'Mutation.updatePerson': { statements: 3, why: 'one write transaction: lock and read the person, write it, log' },
  'Mutation.retractArticle': {
    statements: 10,
    why: 'one write transaction: lock, co-mentions, commemorations, evidence, standing (2), relation counts, article, orphans, log',
  },
  'Person.spouses': { statements: 1, why: 'one loader batch' },
  'Person.children': { statements: 1, why: 'one loader batch' },
  'Person.parents': { statements: 1, why: 'one loader batch' },
  'Person.events': { statements: 1, why: 'one loader batch per argument set' },
  'Person.mentionedIn': { statements: 1, why: 'one loader batch per argument set' },
  'Person.coMentioned': { statements: 1, why: 'one loader batch per limit' },
  'Person.possibleDuplicates': { statements: 1, why: 'one loader batch' },
  'Article.mentions': { statements: 1, why: 'one loader batch' },
  'Article.events': { statements: 1, why: 'one loader batch' },
  'Article.quotes': { statements: 1, why: 'one loader batch' },
  'Quote.article': { statements: 1, why: 'one loader batch' },
  'Event.participants': { statements: 1, why: 'one loader batch (every Event type)' },
  'Event.evidence': { statements: 1, why: 'one loader batch (every Event type)' },
  'PregnancyLoss.child': { statements: 1, why: 'one loader batch' },
  'AnniversaryPost.commemorates': { statements: 1, why: 'one loader batch' },
  'SpouseLink.evidence': { statements: 1, why: 'one loader batch' },
  'KinLink.evidence': { statements: 1, why: 'one loader batch' },
  'Evidence.article': { statements: 1, why: 'one loader batch' },
};

/**
 * Extraction reads the whole text on the CPU: 1 point per 2.5 characters, so the default
 * budget of 200,000 points holds 500,000 characters, about five 100 KB articles, which the
 * extractor reads in a few seconds (EVALUATION.md: median 28 ms, slowest 611 ms per article).
 */
export const TEXT_CHARS_PER_POINT = 2.5;

/** Fields whose own cost depends on an argument: coordinate -> cost from the coerced arguments. */
export const ARGUMENT_COSTS: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  'Query.extractArticle': (args) => textCost(args.text),
  'Mutation.ingestArticleText': (args) => textCost(args.text),
};

function textCost(text: unknown): number {
  return typeof text === 'string' ? Math.ceil(text.length / TEXT_CHARS_PER_POINT) : 1;
}
