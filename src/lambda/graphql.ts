/**
 * HTTP Lambda handlers: the project's Apollo Server behind API Gateway, through the project's adapter
 * (./http-handler.ts, which Apollo's integration suite also runs against).
 *
 * - `handler`: HTTP API (payload format 2.0) — what serverless.yml deploys.
 * - `restHandler`: REST API (payload format 1.0), for an existing REST API; built on first use.
 *
 * Config, logger, driver and the Apollo server live at module scope: created once per container
 * during init, reused by every request. The HTTP API's server is warmed up from init on.
 */
import type { Context } from 'aws-lambda';
import { createContext, type GraphContext } from '../graphql/context.js';
import { createApolloServer } from '../graphql/server.js';
import type { WarmUpReport } from '../graphql/warm-up.js';
import {
  createHttpApiHandler,
  createRestApiHandler,
  type HttpApiHandler,
  type HttpHandlerOptions,
  type RestApiHandler,
} from './http-handler.js';
import type { RequestFacts } from './http-adapter.js';
import { getRuntime, lambdaDeadline, warmUpAtInit } from './runtime.js';

export type { HttpApiHandler, RestApiHandler };

const runtime = getRuntime();

/** Per-request context, as the local server builds it: Lambda request id, Authorization header. */
const options: HttpHandlerOptions<GraphContext> = {
  logger: runtime.logger,
  context: ({ context, facts }: { context: Context; facts: RequestFacts }) =>
    Promise.resolve(
      createContext(
        runtime.deps,
        context.awsRequestId,
        facts.authorization,
        lambdaDeadline(context),
        facts.idempotencyKey,
      ),
    ),
};

const apollo = createApolloServer(runtime.config, runtime.logger);
// Starts the server in the background (executeOperation waits for it).
export const handler: HttpApiHandler = createHttpApiHandler(apollo, options);
// During init: each known journalist query in the shapes real calls take (../graphql/warm-up.ts).
export const warmedUp: Promise<WarmUpReport | null> = warmUpAtInit(runtime, apollo);

let restApi: RestApiHandler | undefined;

export const restHandler: RestApiHandler = (event, context) => {
  // Its own Apollo Server: the integration starts the server it is given, and a server starts once.
  restApi ??= createRestApiHandler(createApolloServer(runtime.config, runtime.logger), options);
  return restApi(event, context);
};
