/**
 * The explorer's GraphQL client: POST to the API (same origin by default; VITE_GRAPHQL_URL at build
 * time for a static deployment), errors turned into ApiError with the API's code.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

const ENDPOINT: string = import.meta.env.VITE_GRAPHQL_URL || './graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Codes worth another attempt: the database or the network blinked, the request itself was fine.
 * A timeout is not retried (the reader would wait three times as long for the same answer).
 */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'NETWORK']);
/** Waits before the retries of a transient failure (then the error is shown, with a retry button). */
const RETRY_DELAYS_MS = [400, 1500];
/** A request the server has not answered by then is reported instead of leaving a spinner forever. */
const REQUEST_TIMEOUT_MS = 30_000;

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'TimeoutError') {
      throw new ApiError(`The API did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`, 'TIMEOUT');
    }
    throw new ApiError('The API cannot be reached. Is the server running?', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    const code = res.status >= 502 && res.status <= 504 ? 'SERVICE_UNAVAILABLE' : 'BAD_RESPONSE';
    throw new ApiError(`The API answered ${res.status} without a GraphQL body`, code);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new ApiError('The API returned no data', 'BAD_RESPONSE');
  return body.data;
}

/**
 * One GraphQL operation — a typed document generated from explorer/src/operations (its result and
 * variables types come with it); transient failures are retried twice before the error reaches the page.
 */
export async function gql<T, V extends Record<string, unknown>>(
  document: DocumentTypeDecoration<T, V>,
  variables: V,
): Promise<T> {
  const query = String(document);
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await post<T>(query, variables);
    } catch (e) {
      if (!(e instanceof ApiError && TRANSIENT.has(e.code))) throw e;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return post<T>(query, variables);
}

/** A sentence for the reader, by error code. */
export function explain(e: unknown): string {
  if (!(e instanceof ApiError)) return `Something went wrong: ${String(e)}`;
  switch (e.code) {
    case 'NOT_FOUND':
      return `Not in the graph: ${e.message}`;
    case 'SERVICE_UNAVAILABLE':
      return 'The graph database is unavailable right now; try again in a moment.';
    case 'TIMEOUT':
      return `${e.message}; try again, or narrow the question (fewer hops, a date window).`;
    case 'BAD_USER_INPUT':
      return e.message;
    default:
      return e.message;
  }
}
