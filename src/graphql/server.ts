/** The one Apollo Server: the local HTTP server and the Lambda handlers are adapters over it. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { typeDefs } from '../generated/type-defs.js';
import type { Logger } from '../logger.js';
import { unauthenticated } from './auth.js';
import type { GraphContext } from './context.js';
import { demandControl } from './cost.js';
import { badRequest, createErrorFormatter, publicCode } from './errors.js';
import { resolvers } from './resolvers/index.js';
import { cachePolicy } from './cache-policy.js';
import { manifestStore, trustedDocuments } from './trusted-documents.js';

/**
 * Query limits (depth, aliases, directives) from config; rejections are coded errors. Cost is not
 * armor's: its cost limit reads literal arguments only, so `first: $n` or a default went uncounted —
 * demand control (./cost.ts) estimates with variables and defaults applied.
 */
function armor(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
    costLimit: { enabled: false },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES },
    // graphql-js enforces the token limit while parsing (a 400 GRAPHQL_PARSE_FAILED, see parseOptions);
    // armor's version throws from a plugin hook, which Apollo turns into a 500.
    maxTokens: { enabled: false },
    // Field suggestions leak the schema; keep them where introspection is allowed anyway.
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
}

/** One structured log line per request, and every error with its original cause and the request id. */
function requestLogging(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            // The code the client gets (see the formatter), so logs and responses agree.
            const code = publicCode(e.extensions?.code, e);
            const level =
              code === 'INTERNAL_SERVER_ERROR' ? 'error' : code === 'SERVICE_UNAVAILABLE' ? 'warn' : 'info';
            logger[level]('graphql error', {
              requestId: contextValue.requestId,
              code,
              message: e.message,
              path: e.path,
              cause: e.originalError
                ? { message: e.originalError.message, stack: e.originalError.stack }
                : undefined,
            });
          }
        },
        async willSendResponse() {
          logger.info('graphql request', {
            requestId: contextValue.requestId,
            operationName: request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            roundTrips: contextValue.repo.roundTrips,
          });
        },
      };
    },
  };
}

/** This API has no subscriptions (Lambda cannot hold a connection open): refused before execution. */
function noSubscriptions(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription')
            throw badRequest('Subscriptions are not supported: query the field instead.');
        },
      };
    },
  };
}

/** With AUTH_READS=authenticated, every operation needs a valid token, not only mutations. */
function authenticatedReads(config: Config): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (config.AUTH_READS !== 'authenticated') return;
          if (!(await contextValue.principal())) throw unauthenticated('This server requires a bearer token');
        },
      };
    },
  };
}

/**
 * The executable schema, built the short way: the SDL is the generated, already-validated print of
 * schema/ (codegen and the tests build it with full validation), so SDL validation and type merging
 * — most of makeExecutableSchema's time, and so of a cold start — are skipped.
 */
export function executableSchema(): GraphQLSchema {
  const ast = parse(typeDefs, { noLocation: true });
  return addResolversToSchema({ schema: buildASTSchema(ast, { assumeValidSDL: true }), resolvers });
}

export function createApolloServer(config: Config, logger: Logger): ApolloServer<GraphContext> {
  const protection = armor(config);
  return new ApolloServer<GraphContext>({
    schema: executableSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(),
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // Documents by hash are the trusted documents' (the codegen manifest, read-only): no one can
    // store a document here; an unknown hash gets PERSISTED_QUERY_NOT_FOUND.
    persistedQueries: { cache: manifestStore, ttl: null },
    // The adapters own shutdown (npm start stops the API, then Neo4j); Apollo's own signal handlers
    // would race them and re-raise the signal.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    plugins: [
      // Armor's plugins are typed against the CommonJS build of @apollo/server; they are context-agnostic.
      ...(protection.plugins as ApolloServerPlugin<GraphContext>[]),
      noSubscriptions(),
      demandControl<GraphContext>(config.GRAPHQL_MAX_RESULT_SIZE),
      requestLogging(logger),
      authenticatedReads(config),
      trustedDocuments<GraphContext>(config.GRAPHQL_DOCUMENTS),
      // Cache-Control from schema/cache.graphql's hints, read from the operation (./cache-hints.ts),
      // never for these requests. Apollo's own plugin, which reads them by hooking every resolved
      // field (and so wraps every resolver), is off.
      cachePolicy<GraphContext>(),
      ApolloServerPluginCacheControlDisabled(),
      // The IDE is served by our own adapters (bundled, works offline), not Apollo's CDN page.
      ApolloServerPluginLandingPageDisabled(),
      // Federation inline tracing only ever applies to subgraphs, which this schema is not; disabling
      // it explicitly spares every cold start Apollo's dynamic import of it (and of its protobuf code).
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}
