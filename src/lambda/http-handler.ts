/**
 * The project's API Gateway adapter around ANY Apollo Server: request checks (405, 413, JSON 400) as
 * integration middleware, the Lambda request id on every answer, GraphQL-shaped coded error bodies.
 * src/lambda/graphql.ts applies it to the project's server; test/apollo-suite/ applies it to the
 * servers Apollo's integration suite builds, so the suite tests exactly what is deployed.
 */
// The integration ships CommonJS typed against @apollo/server's CJS declarations; ours is the ESM
// build. Same class at runtime, two declarations for TypeScript (apollographql/apollo-server#7625).
import type { ApolloServer as CjsApolloServer } from '@apollo/server' with { 'resolution-mode': 'require' };
import type { ApolloServer, BaseContext } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { isHashOnlyGet, MAX_BODY_BYTES, PREFLIGHT_HEADER } from '../http-shared.js';
import type { Logger } from '../logger.js';
import {
  checkRequest,
  factsFromV1,
  factsFromV2,
  internalErrorResult,
  rejectionResult,
  withRequestId,
  type JsonResult,
  type RequestFacts,
} from './http-adapter.js';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;
export type RestApiHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

export interface HttpHandlerOptions<TContext extends BaseContext> {
  /** Per-request context from the invocation and what the adapter read from the event. */
  context: (args: { context: Context; facts: RequestFacts }) => Promise<TContext>;
  logger: Pick<Logger, 'error'>;
}

/** Request-level checks; a returned result short-circuits the integration (its middleware contract). */
function rejectionOf(facts: RequestFacts): JsonResult | undefined {
  const rejection = checkRequest(facts, MAX_BODY_BYTES);
  return rejection ? rejectionResult(rejection) : undefined;
}

/** Replaces the integration's bare-text 400 for errors it catches (e.g. a malformed event). */
const errorResult =
  (logger: HttpHandlerOptions<BaseContext>['logger']) =>
  (error: unknown): JsonResult => {
    logger.error('lambda integration error', {
      error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    });
    return internalErrorResult();
  };

/** A hash-only GET goes through without Apollo's preflight header (see isHashOnlyGet). */
function withHashOnlyPreflight<E extends { headers: APIGatewayProxyEvent['headers'] | undefined }>(
  event: E,
  method: string | undefined,
  search: string,
): E {
  return isHashOnlyGet(method, search)
    ? { ...event, headers: { ...event.headers, [PREFLIGHT_HEADER]: 'true' } }
    : event;
}

/** Typed as the integration expects it (see the import note above). */
const asIntegrationServer = <T extends BaseContext>(server: ApolloServer<T>) =>
  server as unknown as CjsApolloServer<T>;

/** HTTP API (payload format 2.0) handler. Starts `server` (in the background, as the integration does). */
export function createHttpApiHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  opts: HttpHandlerOptions<TContext>,
): HttpApiHandler {
  const integration = startServerAndCreateLambdaHandler(
    asIntegrationServer(server),
    { ...handlers.createAPIGatewayProxyEventV2RequestHandler(), toErrorResult: errorResult(opts.logger) },
    {
      middleware: [async (event) => rejectionOf(factsFromV2(event))],
      context: ({ event, context }) => opts.context({ context, facts: factsFromV2(event) }),
    },
  );
  return async (event, context) => {
    const checked = withHashOnlyPreflight(
      event,
      event.requestContext?.http?.method,
      event.rawQueryString ?? '',
    );
    const result = (await integration(
      checked,
      context,
      () => undefined,
    )) as APIGatewayProxyStructuredResultV2;
    return withRequestId(result, context.awsRequestId);
  };
}

/** REST API (payload format 1.0) handler; needs its own server (a server starts once). */
export function createRestApiHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  opts: HttpHandlerOptions<TContext>,
): RestApiHandler {
  const integration = startServerAndCreateLambdaHandler(
    asIntegrationServer(server),
    { ...handlers.createAPIGatewayProxyEventRequestHandler(), toErrorResult: errorResult(opts.logger) },
    {
      middleware: [async (event) => rejectionOf(factsFromV1(event))],
      context: ({ event, context }) => opts.context({ context, facts: factsFromV1(event) }),
    },
  );
  return async (event, context) => {
    const search = new URLSearchParams(
      Object.entries(event.queryStringParameters ?? {}).map(([k, v]): [string, string] => [k, v ?? '']),
    ).toString();
    const checked = withHashOnlyPreflight(event, event.httpMethod, search);
    const result = (await integration(checked, context, () => undefined)) as APIGatewayProxyResult;
    return withRequestId(result, context.awsRequestId);
  };
}
