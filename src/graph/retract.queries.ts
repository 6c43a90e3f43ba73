import { Db, Statement, Tx } from './run';
import * as q from './ingest.queries';
import { logEditorialAction } from './editorial.queries';

const s = (name: string, cypher: string): Statement => ({ name: `retract.${name}`, cypher });

/**
 * The last of the article: its quotes, the possible-duplicate doubts it raised (their `from`
 * is a person it named, so they are found from its mentions), the node itself; and the
 * Retraction that remembers it, so that the url is not ingested again (ingest.ts).
 */
const DELETE_ARTICLE = s(
  'deleteArticle',
  `
MATCH (a:Article {id: $articleId})
${q.CLEAR_ARTICLE}
CALL () {
  UNWIND $mentioned AS pid
  MATCH (:Person {id: pid})-[d:POSSIBLE_DUPLICATE {articleId: $articleId}]->(:Person)
  DELETE d
}
DETACH DELETE a
CREATE (:Retraction {articleId: $articleId, url: $url, at: datetime(), reason: $reason})`,
);

const FIND_RETRACTION = s(
  'findRetraction',
  `
MATCH (x:Retraction {articleId: $articleId})
RETURN x.url AS url, toString(x.at) AS at`,
);

export interface RetractRequest {
  articleId: string;
  url: string;
  reason: string;
  /** the key's name, or its fingerprint */
  actor: string;
}

export interface RetractReport {
  articleId: string;
  evidenceRemoved: number;
  /** spouse and parent links and events left with no evidence */
  factsRemoved: number;
  peopleRemoved: number;
}

/**
 * Withdraws an article in one write transaction: what re-ingesting it would do if it stated
 * nothing (its co-mention share, commemorations, evidence, the facts left without evidence,
 * the standing of those that keep some, people left with nothing), then the article itself,
 * remembered as retracted, and the log entry. Null, with nothing written, when there is no
 * such article.
 */
export async function retractArticle(db: Db, request: RetractRequest): Promise<RetractReport | null> {
  const { articleId, url, reason, actor } = request;
  const originId = `article:${articleId}`;
  return db.writeTx(async (tx) => {
    const mentioned = await q.lockExistingArticle(tx, articleId);
    if (!mentioned) return null;
    await q.relinkCoMentions(tx, articleId, mentioned, [], []);
    await q.relinkCommemorates(tx, originId, []);
    const swept = await q.sweepStale(tx, { originId, ingestId: null });
    await q.refreshStanding(tx, swept.factIds, swept.people);
    await tx.run(DELETE_ARTICLE, { articleId, url, reason, mentioned });
    const peopleRemoved = await q.deleteOrphanPeople(tx, mentioned);
    await logEditorialAction(tx, { action: 'RETRACT_ARTICLE', actor, target: articleId, reason });
    return { articleId, evidenceRemoved: swept.evidenceRemoved, factsRemoved: swept.factsRemoved, peopleRemoved };
  });
}

/** The retraction of this article, if it was retracted: its url and when (ISO date-time). */
export async function findRetraction(tx: Tx, articleId: string): Promise<{ url: string; at: string } | null> {
  const row = (await tx.run(FIND_RETRACTION, { articleId })).records[0];
  return row ? { url: row.get('url'), at: row.get('at') } : null;
}
