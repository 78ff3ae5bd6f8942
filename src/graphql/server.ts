/** The one Apollo Server: the local HTTP server and the Lambda handlers are adapters over it. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
    // The explorer page is served by our own adapters (bundled, works offline), not Apollo's CDN one.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
