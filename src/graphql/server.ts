/** The one Apollo Server: the local HTTP server and the Lambda handlers are adapters over it. */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import { typeDefs } from '../generated/type-defs.js';
import type { Logger } from '../logger.js';
import type { GraphContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { resolvers } from './resolvers/index.js';

export function createApolloServer(config: Config, logger: Logger): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    typeDefs,
    resolvers,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    plugins: [
      // The explorer page is served by our own adapters (bundled, works offline), not Apollo's CDN one.
      ApolloServerPluginLandingPageDisabled(),
      // Federation inline tracing only ever applies to subgraphs, which this schema is not; disabling
      // it explicitly spares every cold start Apollo's dynamic import of it (and of its protobuf code).
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}
