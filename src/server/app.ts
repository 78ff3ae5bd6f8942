/** Wires config → driver → Apollo → HTTP for the long-running local server. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { ApolloServer } from '@apollo/server';
import type { Config } from '../config.js';
import { createDriver } from '../graph/driver.js';
import { GraphRepository } from '../graph/repository.js';
import { createVerifier } from '../graphql/auth.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import { createApolloServer } from '../graphql/server.js';
import { warmUp, type WarmUpReport } from '../graphql/warm-up.js';
import { SharedNlpWorker } from '../ingest/nlp/shared-worker.js';
import type { Logger } from '../logger.js';
import { MAX_BODY_BYTES } from '../http-shared.js';
import { createHttpServer, createRequestListener } from './http.js';
import { createExplorerRoute } from './explorer.js';
import { createExportRoute } from './export-route.js';
import { serveIde } from './ide.js';

export { MAX_BODY_BYTES };

export interface App {
  driver: Driver;
  apollo: ApolloServer<GraphContext>;
  server: http.Server;
  url: string;
  /** From now on GraphQL and exports are answered (see `started` in startApp's options). */
  markReady(): void;
  /** Settles when the warm-up (option `warmUp`) has run, with its report; null without one. */
  warmedUp: Promise<WarmUpReport | null>;
  close(): Promise<void>;
}

/** How long /readyz waits for Neo4j before saying it is not ready. */
const READINESS_TIMEOUT_MS = 2_000;

export async function startApp(
  config: Config,
  logger: Logger,
  opts: {
    port?: number;
    driver?: Driver;
    /** False: answer GraphQL with a coded "starting" 503 until markReady() (npm start while seeding). */
    started?: boolean;
    /** Run each known journalist query once when ready (../graphql/warm-up.ts); default: WARM_UP. */
    warmUp?: boolean;
  } = {},
): Promise<App> {
  const driver = opts.driver ?? createDriver(config);
  const apollo = createApolloServer(config, logger);
  await apollo.start();
  let started = opts.started ?? true;
  // Started (and set up, the first time) by the first ingestArticle, not before.
  const textParser = new SharedNlpWorker({ log: (line) => logger.info(line) });
  const deps = {
    driver,
    database: config.NEO4J_DATABASE,
    verifier: createVerifier(config),
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    lookahead: config.GRAPHQL_LOOKAHEAD,
    textParser,
  };
  const readiness = {
    started: () => started,
    database: async () => {
      const repo = new GraphRepository(driver, config.NEO4J_DATABASE, undefined, {
        deadline: Date.now() + READINESS_TIMEOUT_MS,
      });
      try {
        await repo.ping();
        return null;
      } catch (e) {
        logger.warn('not ready', { reason: (e as Error).message });
        return 'the graph database does not answer';
      }
    },
  };
  const makeContext = (id: string, authorization?: string, idempotencyKey?: string) =>
    createContext(deps, id, authorization, undefined, idempotencyKey);
  // The explorer (at /) and exports only use the public API; the IDE needs introspection.
  const routes = [
    createExportRoute(apollo, makeContext),
    createExplorerRoute(),
    ...(config.introspection ? [serveIde] : []),
  ];
  const server = createHttpServer(
    createRequestListener(apollo, makeContext, {
      maxBodyBytes: MAX_BODY_BYTES,
      readiness,
      staticRoutes: async (req, res) => {
        for (const route of routes) if (await route(req, res)) return true;
        return false;
      },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let warmed: (r: WarmUpReport | null) => void = () => {};
  const warmedUp = new Promise<WarmUpReport | null>((r) => (warmed = r));
  const warm = () => {
    if (!(opts.warmUp ?? config.WARM_UP)) return warmed(null);
    void warmUp(apollo, (id) => makeContext(id), logger).then(warmed, () => warmed(null));
  };
  if (started) warm();
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  return {
    driver,
    apollo,
    server,
    url,
    markReady: () => {
      if (!started) {
        started = true;
        warm();
      }
    },
    warmedUp,
    async close() {
      // Keep-alive sockets (browsers, fetch) would hold close() open: end them all now.
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await textParser.close();
      if (!opts.driver) await driver.close();
    },
  };
}
