/**
 * Error codes clients can rely on, and the formatter that keeps internals (stacks, Cypher, driver
 * messages) out of responses while logging them server-side with the request id.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isUnreachable } from '../graph/availability.js';
import { DeadlineExceededError } from '../graph/runner.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  /** Trusted-documents mode: the document is not one of the manifest's (src/graphql/trusted-documents.ts). */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
  });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** A request the server does not serve (a subscription, say): HTTP 400 with a code. */
export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
}

/** Codes produced by Apollo itself (parse/validation errors) are safe to pass through. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Messages echo client input (an operation name, a variable's value): never more than this back. */
export const MAX_MESSAGE_CHARS = 500;

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  SERVICE_UNAVAILABLE: 'The graph database is unavailable; try again shortly.',
  TIMEOUT: 'The request did not finish in time; ask for less (smaller pages, fewer hops) or try again.',
  INTERNAL_SERVER_ERROR: 'Internal server error',
};

/**
 * The code a client sees for an error: driver and runner failures are classified (unreachable
 * database, deadline), coded public errors keep their code, anything else is internal. The logging
 * plugin and the formatter both use it, so logs carry the code the client got.
 */
export function publicCode(formattedCode: unknown, error: unknown): ErrorCode | string {
  const original = unwrapResolverError(error);
  if (isUnreachable(original)) return ErrorCode.SERVICE_UNAVAILABLE;
  if (original instanceof DeadlineExceededError) return ErrorCode.TIMEOUT;
  // Apollo's own uncoded 400s (an unsupported persisted-query version, a hash that does not match
  // the document sent with it): the client's mistake, not an internal error.
  if (isUncodedBadRequest(original)) return ErrorCode.BAD_REQUEST;
  if (typeof formattedCode === 'string' && PUBLIC_CODES.has(formattedCode)) return formattedCode;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

function isUncodedBadRequest(e: unknown): boolean {
  if (!(e instanceof GraphQLError) || e.extensions.code !== undefined) return false;
  return (e.extensions.http as { status?: number } | undefined)?.status === 400;
}

const truncate = (m: string) =>
  m.length > MAX_MESSAGE_CHARS ? `${m.slice(0, MAX_MESSAGE_CHARS)}… (truncated)` : m;

/**
 * Masks everything but coded, public errors: clients get a code and a message, never a stack, Cypher
 * or a driver message. The request-logging plugin records the originals server-side.
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = publicCode(formatted.extensions?.code, error);
    const fixed = MESSAGES[code as ErrorCode];
    if (fixed) {
      return {
        message: fixed,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code },
      };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    void _stack;
    return { ...formatted, message: truncate(formatted.message), extensions: { ...extensions, code } };
  };
}
