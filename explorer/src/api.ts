/**
 * The explorer's GraphQL client: POST to the API (same origin by default; VITE_GRAPHQL_URL at build
 * time for a static deployment), errors turned into ApiError with the API's code.
 */
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

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached. Is the server running?', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The API answered ${res.status} without a GraphQL body`, 'BAD_RESPONSE');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new ApiError('The API returned no data', 'BAD_RESPONSE');
  return body.data;
}

/** A sentence for the reader, by error code. */
export function explain(e: unknown): string {
  if (!(e instanceof ApiError)) return `Something went wrong: ${String(e)}`;
  switch (e.code) {
    case 'NOT_FOUND':
      return `Not in the graph: ${e.message}`;
    case 'SERVICE_UNAVAILABLE':
      return 'The graph database is unavailable right now; try again in a moment.';
    case 'BAD_USER_INPUT':
      return e.message;
    default:
      return e.message;
  }
}
