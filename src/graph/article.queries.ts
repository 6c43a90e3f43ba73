import { currentPersonId } from './person-ids';
import { Db, Statement } from './run';
import { shown } from './standing';
import { ArticleRecord, EventRecord, PersonRecord, inKeyOrder, toArticle, toEvent, toPerson } from './records';
import { toNumber } from './values';

const s = (name: string, cypher: string): Statement => ({ name: `article.${name}`, cypher });

const ARTICLE_PROPS = `a {.id, .url, .title, .publisher, publishedAt: toString(a.publishedAt)}`;

const ARTICLES_BY_IDS = s(
  'byIds',
  `
UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, ${ARTICLE_PROPS} AS a`,
);

/** Newest first; `after` is [publishedAt ISO, id] of the last article seen. */
const LIST_ARTICLES = s(
  'list',
  `
${currentPersonId('$mentioning', 'mentioning')}
MATCH (a:Article)
WHERE (mentioning IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Person {id: mentioning}) })
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt <= datetime($to))
  AND ($after IS NULL OR a.publishedAt < datetime($after[0]) OR (a.publishedAt = datetime($after[0]) AND a.id < $after[1]))
WITH a ORDER BY a.publishedAt DESC, a.id DESC LIMIT toInteger($limit)
RETURN ${ARTICLE_PROPS} AS a`,
);

const COUNT_ARTICLES = s(
  'count',
  `
${currentPersonId('$mentioning', 'mentioning')}
MATCH (a:Article)
WHERE (mentioning IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Person {id: mentioning}) })
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt <= datetime($to))
RETURN count(a) AS n`,
);

const ARTICLES_MENTIONING = s(
  'mentioning',
  `
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})<-[:MENTIONS]-(a:Article)
  WHERE $after IS NULL OR a.publishedAt < datetime($after[0]) OR (a.publishedAt = datetime($after[0]) AND a.id < $after[1])
  WITH a ORDER BY a.publishedAt DESC, a.id DESC LIMIT toInteger($limit)
  RETURN collect(${ARTICLE_PROPS}) AS articles
}
CALL (id) { MATCH (:Person {id: id})<-[:MENTIONS]-(a:Article) RETURN count(a) AS total }
RETURN id, articles, total`,
);

const MENTIONS = s(
  'mentions',
  `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(p:Person)
WITH id, p ORDER BY p.name
RETURN id, collect(properties(p)) AS people`,
);

const REPORTED_EVENTS = s(
  'events',
  `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:REPORTS]->(e:Event) WHERE ${shown('e')}
WITH id, e ORDER BY coalesce(e.date, ''), e.id
RETURN id, collect(properties(e)) AS events`,
);

const QUOTES = s(
  'quotes',
  `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:CONTAINS_QUOTE]->(q:Quote)
OPTIONAL MATCH (q)-[:SAID_BY]->(p:Person)
WITH id, q, p ORDER BY q.position
RETURN id, collect({text: q.text, speaker: CASE WHEN p IS NULL THEN null ELSE properties(p) END}) AS quotes`,
);

export interface ListArticlesFilter {
  mentioning: string | null;
  from: string | null;
  to: string | null;
}
export interface ArticlePageRecord {
  articles: ArticleRecord[];
  total: number;
}
export interface QuoteRecord {
  text: string;
  speaker: PersonRecord | null;
  articleId: string;
}

export async function findArticlesByIds(db: Db, ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
  const result = await db.read(ARTICLES_BY_IDS, { ids });
  return inKeyOrder(ids, new Map(result.records.map((r) => [r.get('id') as string, toArticle(r.get('a'))])), null);
}

export async function listArticles(db: Db, filter: ListArticlesFilter, after: unknown[] | null, limit: number): Promise<ArticleRecord[]> {
  const result = await db.read(LIST_ARTICLES, { ...filter, after, limit });
  return result.records.map((r) => toArticle(r.get('a')));
}

export async function countArticles(db: Db, filter: ListArticlesFilter): Promise<number> {
  const result = await db.read(COUNT_ARTICLES, { ...filter });
  return toNumber(result.records[0].get('n'));
}

/** Articles mentioning each person, newest first. */
export async function findArticlesMentioning(
  db: Db,
  ids: readonly string[],
  after: unknown[] | null,
  limit: number,
): Promise<ArticlePageRecord[]> {
  const result = await db.read(ARTICLES_MENTIONING, { ids, after, limit });
  const found = new Map(
    result.records.map((r) => [
      r.get('id') as string,
      {
        articles: (r.get('articles') as Record<string, unknown>[]).map(toArticle),
        total: toNumber(r.get('total')),
      },
    ]),
  );
  return inKeyOrder(ids, found, { articles: [], total: 0 });
}

export async function findMentions(db: Db, ids: readonly string[]): Promise<PersonRecord[][]> {
  const result = await db.read(MENTIONS, { ids });
  return inKeyOrder(
    ids,
    new Map(result.records.map((r) => [r.get('id') as string, (r.get('people') as Record<string, unknown>[]).map(toPerson)])),
    [],
  );
}

/** Events each article reports, oldest first. */
export async function findReportedEvents(db: Db, ids: readonly string[]): Promise<EventRecord[][]> {
  const result = await db.read(REPORTED_EVENTS, { ids });
  return inKeyOrder(
    ids,
    new Map(result.records.map((r) => [r.get('id') as string, (r.get('events') as Record<string, unknown>[]).map(toEvent)])),
    [],
  );
}

/** Quotes of each article in the order the article gives them. */
export async function findQuotes(db: Db, ids: readonly string[]): Promise<QuoteRecord[][]> {
  const result = await db.read(QUOTES, { ids });
  const found = new Map(
    result.records.map((r) => {
      const id = r.get('id') as string;
      const quotes = (r.get('quotes') as { text: string; speaker: Record<string, unknown> | null }[]).map((q) => ({
        text: q.text,
        speaker: q.speaker ? toPerson(q.speaker) : null,
        articleId: id,
      }));
      return [id, quotes];
    }),
  );
  return inKeyOrder(ids, found, []);
}
