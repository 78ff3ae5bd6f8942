/**
 * HTTP Lambda handlers: the shared Apollo Server behind API Gateway, through @as-integrations/aws-lambda.
 *
 * - `handler`: HTTP API (payload format 2.0) — what serverless.yml deploys.
 * - `restHandler`: REST API (payload format 1.0), for an existing REST API; built on first use.
 *
 * Config, logger, driver and the Apollo server live at module scope: created once per container
 * during init, reused by every request. Request-level checks (method 405, body size 413, JSON syntax
 * 400) run as integration middleware over the pure adapters in ./http-adapter.ts, so a rejected
 * request never reaches Apollo and gets the same GraphQL-shaped error body as the local server.
 */
// The integration ships CommonJS typed against @apollo/server's CJS declarations; ours is the ESM
// build. Same class at runtime, two declarations for TypeScript (apollographql/apollo-server#7625).
import type { ApolloServer as CjsApolloServer } from '@apollo/server' with { 'resolution-mode': 'require' };
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { createContext, type GraphContext } from '../graphql/context.js';
import { createApolloServer } from '../graphql/server.js';
import { MAX_BODY_BYTES } from '../http-shared.js';
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
import { getRuntime, lambdaDeadline } from './runtime.js';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;
export type RestApiHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

const runtime = getRuntime();

/** Request-level checks; a returned result short-circuits the integration (its middleware contract). */
function rejectionOf(facts: RequestFacts): JsonResult | undefined {
  const rejection = checkRequest(facts, MAX_BODY_BYTES);
  return rejection ? rejectionResult(rejection) : undefined;
}

/** Replaces the integration's bare-text 400 for errors it catches (e.g. a malformed event). */
function errorResult(error: unknown): JsonResult {
  runtime.logger.error('lambda integration error', {
    error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
  });
  return internalErrorResult();
}

/** A fresh Apollo Server, typed as the integration expects it (see the import note above). */
function apolloServer(): CjsApolloServer<GraphContext> {
  return createApolloServer(runtime.config, runtime.logger) as unknown as CjsApolloServer<GraphContext>;
}

/** Per-request context, as the local server builds it: Lambda request id, Authorization header. */
const contextFor =
  <E>(facts: (event: E) => RequestFacts) =>
  ({ event, context }: { event: E; context: Context }): Promise<GraphContext> =>
    Promise.resolve(
      createContext(
        runtime.deps,
        context.awsRequestId,
        facts(event).authorization,
        lambdaDeadline(context),
        facts(event).idempotencyKey,
      ),
    );

const httpApi = startServerAndCreateLambdaHandler(
  apolloServer(),
  { ...handlers.createAPIGatewayProxyEventV2RequestHandler(), toErrorResult: errorResult },
  { middleware: [async (event) => rejectionOf(factsFromV2(event))], context: contextFor(factsFromV2) },
);

export const handler: HttpApiHandler = async (event, context) => {
  const result = (await httpApi(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
  return withRequestId(result, context.awsRequestId);
};

let restApi: ReturnType<typeof createRestApi> | undefined;

function createRestApi() {
  // Its own Apollo Server: the integration starts the server it is given, and a server starts once.
  return startServerAndCreateLambdaHandler(
    apolloServer(),
    { ...handlers.createAPIGatewayProxyEventRequestHandler(), toErrorResult: errorResult },
    { middleware: [async (event) => rejectionOf(factsFromV1(event))], context: contextFor(factsFromV1) },
  );
}

export const restHandler: RestApiHandler = async (event, context) => {
  restApi ??= createRestApi();
  const result = (await restApi(event, context, () => undefined)) as APIGatewayProxyResult;
  return withRequestId(result, context.awsRequestId);
};
