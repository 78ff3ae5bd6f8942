/**
 * What every HTTP adapter (the local node:http server and the Lambda handlers) shares: the request
 * body limit and the GraphQL-shaped body used for errors raised before Apollo sees the request.
 */

/** Largest accepted request body (bytes, after base64 decoding); larger ones get 413. */
export const MAX_BODY_BYTES = 1_000_000;

/** Error body shaped like a GraphQL response so clients handle it the same way. */
export function httpErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * A GET naming its document by hash only (`extensions.persistedQuery.sha256Hash`, no `query`):
 * Apollo's CSRF prevention asks such a GET for a preflight header, which a CDN-cacheable link cannot
 * carry. It needs none: a hash can only name a trusted document (src/graphql/trusted-documents.ts),
 * and a GET never runs a mutation (Apollo answers 405), so the request can only read. Every other GET
 * keeps the check.
 */
export function isHashOnlyGet(method: string | undefined, search: string): boolean {
  if (method?.toUpperCase() !== 'GET') return false;
  const params = new URLSearchParams(search);
  if (params.get('query')) return false;
  try {
    const extensions = JSON.parse(params.get('extensions') ?? 'null') as {
      persistedQuery?: { sha256Hash?: unknown };
    } | null;
    return typeof extensions?.persistedQuery?.sha256Hash === 'string';
  } catch {
    return false;
  }
}

/** The header Apollo's CSRF prevention accepts as proof of a preflighted request. */
export const PREFLIGHT_HEADER = 'apollo-require-preflight';
