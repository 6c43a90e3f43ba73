import { encodeCursor, Page } from '../pagination';
import { ArticleRecord, EventRecord } from '../graph/records';
import { Connection } from '../schema/connection-of';
import { ArticleConnection } from '../schema/article.type';
import { EventConnection, EventInterface } from '../schema/event.type';

type CursorValues = (string | number | null)[];

/** A page as a connection; each edge's cursor carries `cursorOf(node)`, the sort values of the list. */
export function toConnection<T>(page: Page<T>, cursorOf: (node: T) => CursorValues): Connection<T> {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}

/** An EventConnection whose cursors carry `key(event)`, the sort values of the stream. */
export function eventConnection(page: Page<EventRecord>, key: (e: EventRecord) => CursorValues): EventConnection {
  return toConnection(page as unknown as Page<EventInterface>, key as unknown as (e: EventInterface) => CursorValues);
}

/** Articles newest first; the cursor is [publishedAt, id]. */
export function articleConnection(page: Page<ArticleRecord>): ArticleConnection {
  return toConnection(page, (a) => [a.publishedAt.toISOString(), a.id]);
}
