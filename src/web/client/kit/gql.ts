// Every page reads and writes through the service's own GraphQL API, on this origin only.

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Where editorial calls get their key: the page's session storage, never sent elsewhere. */
export const EDITOR_KEY_STORAGE = 'limelight.editorKey';

/**
 * POSTs one operation to /graphql. With `key`, sends `Authorization: Bearer <key>` (the
 * editorial calls pass it on every request). The first GraphQL error is thrown with its code.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, key?: string | null): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!response.ok || !body.data) throw new GraphQLRequestError(`the service answered ${response.status}`, undefined);
  return body.data;
}
