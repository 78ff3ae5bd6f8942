/**
 * Pure adapters between API Gateway events and the checks the local server does in src/server/http.ts
 * (method, body size, JSON syntax). Each event shape maps to the same RequestFacts; checkRequest
 * decides; rejectionResult renders a GraphQL-shaped error that both API Gateway versions accept.
 * No I/O here, so each piece is testable with a plain object.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { httpErrorBody } from '../http-shared.js';

export interface RequestFacts {
  method: string;
  contentType: string | undefined;
  authorization: string | undefined;
  /** Replays a mutation's first answer when the client retries it (src/graph/idempotency.ts). */
  idempotencyKey: string | undefined;
  body: string | undefined;
  isBase64Encoded: boolean;
}

export interface Rejection {
  status: 400 | 405 | 413;
  message: string;
  headers?: Record<string, string>;
}

/** What both the v1 (REST API) and v2 (HTTP API) structured results accept. */
export interface JsonResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export const ALLOWED_METHODS = ['GET', 'POST'] as const;

function header(headers: Record<string, string | undefined> | null | undefined, name: string) {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  // REST APIs (v1) keep the client's casing; HTTP APIs (v2) lower-case header names.
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** HTTP API (payload format 2.0). Defensive: a malformed event yields facts that fail the checks. */
export function factsFromV2(event: APIGatewayProxyEventV2): RequestFacts {
  return {
    method: (event.requestContext?.http?.method ?? '').toUpperCase(),
    contentType: header(event.headers, 'content-type'),
    authorization: header(event.headers, 'authorization'),
    idempotencyKey: header(event.headers, 'idempotency-key'),
    body: event.body ?? undefined,
    isBase64Encoded: event.isBase64Encoded === true,
  };
}

/** REST API (payload format 1.0). */
export function factsFromV1(event: APIGatewayProxyEvent): RequestFacts {
  return {
    method: (event.httpMethod ?? '').toUpperCase(),
    contentType: header(event.headers, 'content-type'),
    authorization: header(event.headers, 'authorization'),
    idempotencyKey: header(event.headers, 'idempotency-key'),
    body: event.body ?? undefined,
    isBase64Encoded: event.isBase64Encoded === true,
  };
}

/** Size of the body as the client sent it (API Gateway base64-encodes binary bodies). */
export function bodyBytes(facts: RequestFacts): number {
  if (!facts.body) return 0;
  return Buffer.byteLength(facts.body, facts.isBase64Encoded ? 'base64' : 'utf8');
}

/**
 * The request-level checks, in the order the local server applies them: method (405), size (413),
 * JSON syntax (400). Undefined means "hand over to Apollo".
 */
export function checkRequest(facts: RequestFacts, maxBodyBytes: number): Rejection | undefined {
  if (!(ALLOWED_METHODS as readonly string[]).includes(facts.method)) {
    return {
      status: 405,
      message: `Method ${facts.method || '(none)'} is not allowed: use ${ALLOWED_METHODS.join(' or ')}.`,
      headers: { allow: ALLOWED_METHODS.join(', ') },
    };
  }
  if (bodyBytes(facts) > maxBodyBytes) {
    return { status: 413, message: `Request body too large: the limit is ${maxBodyBytes} bytes.` };
  }
  // Same condition under which the integration JSON.parses the body (and would fail with a bare 400).
  if (facts.body && facts.contentType?.startsWith('application/json')) {
    const text = facts.isBase64Encoded ? Buffer.from(facts.body, 'base64').toString('utf8') : facts.body;
    try {
      JSON.parse(text);
    } catch (e) {
      return { status: 400, message: `Request body is not valid JSON: ${(e as Error).message}` };
    }
  }
  return undefined;
}

export function jsonResult(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): JsonResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function rejectionResult(r: Rejection): JsonResult {
  return jsonResult(r.status, httpErrorBody(r.message, 'BAD_REQUEST'), r.headers);
}

/** For errors the integration itself catches (malformed events, unexpected failures). */
export function internalErrorResult(): JsonResult {
  return jsonResult(500, httpErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
}

/** Adds the Lambda request id to a result, as the local server adds x-request-id. */
export function withRequestId<R extends { headers?: Record<string, string | number | boolean> }>(
  result: R,
  requestId: string,
): R {
  return { ...result, headers: { ...result.headers, 'x-request-id': requestId } };
}
