import { encodeCursor, Page } from '../pagination';
import { ArticleRecord, EventRecord } from '../graph/records';
import { ArticleConnection } from '../schema/article.type';
import { EventConnection, EventInterface } from '../schema/event.type';

/** An EventConnection whose cursors carry `key(event)`, the sort values of the stream. */
export function eventConnection(page: Page<EventRecord>, key: (e: EventRecord) => (string | number | null)[]): EventConnection {
  const edges = page.items.map((e) => ({ cursor: encodeCursor(key(e)), node: e as unknown as EventInterface }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}

/** Articles newest first; the cursor is [publishedAt, id]. */
export function articleConnection(page: Page<ArticleRecord>): ArticleConnection {
  const edges = page.items.map((a) => ({ cursor: encodeCursor([a.publishedAt.toISOString(), a.id]), node: a }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}
