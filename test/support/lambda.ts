/**
 * Lambda test fixtures: API Gateway events and a Lambda context modelled on AWS's documented shapes
 * (test/fixtures/*.json), with per-test overrides. No mocks: the handlers run for real.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';

const FIXTURES = path.resolve('test/fixtures');

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

/** A Lambda context as the Node.js runtime passes it: the JSON fields plus its methods. */
export function lambdaContext(overrides: Partial<Context> = {}): Context {
  const deadline = Date.now() + 15_000;
  return {
    ...fixture<Omit<Context, 'getRemainingTimeInMillis' | 'done' | 'fail' | 'succeed'>>(
      'lambda-context.json',
    ),
    awsRequestId: randomUUID(),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
    ...overrides,
  };
}

export interface HttpEventOptions {
  method?: string;
  body?: string | null;
  headers?: Record<string, string>;
  rawQueryString?: string;
  isBase64Encoded?: boolean;
}

/** HTTP API (payload format 2.0) event for /graphql, from the fixture. */
export function httpApiEvent(opts: HttpEventOptions = {}): APIGatewayProxyEventV2 {
  const event = fixture<APIGatewayProxyEventV2>('apigw-http-api-v2-post-graphql.json');
  const method = opts.method ?? 'POST';
  event.requestContext.http.method = method;
  event.routeKey = event.requestContext.routeKey = `${method} /graphql`;
  if (opts.rawQueryString !== undefined) event.rawQueryString = opts.rawQueryString;
  if (opts.headers) event.headers = { ...event.headers, ...opts.headers };
  if (opts.body !== undefined) {
    if (opts.body === null) delete event.body;
    else event.body = opts.body;
    event.headers['content-length'] = String(Buffer.byteLength(opts.body ?? ''));
  }
  if (opts.isBase64Encoded !== undefined) event.isBase64Encoded = opts.isBase64Encoded;
  return event;
}

/** REST API (payload format 1.0) event for /graphql, from the fixture. */
export function restApiEvent(body?: string): APIGatewayProxyEvent {
  const event = fixture<APIGatewayProxyEvent>('apigw-rest-api-v1-post-graphql.json');
  if (body !== undefined) event.body = body;
  return event;
}
