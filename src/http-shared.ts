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
