/** Test helpers: the real Apollo server and driver against the test Neo4j (no mocks). */
import assert from 'node:assert/strict';
import type { ApolloServer } from '@apollo/server';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/graph/driver.js';
import type { QueryTrace } from '../../src/graph/runner.js';
import { createVerifier, signToken } from '../../src/graphql/auth.js';
import { createContext, type GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createLogger, type Logger } from '../../src/logger.js';

export interface TestApi {
  config: Config;
  apollo: ApolloServer<GraphContext>;
  driver: ReturnType<typeof createDriver>;
  /** Runs an operation; returns data, errors and the number of Cypher round trips it cost. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    /** Sent as the Authorization header, e.g. `Bearer …` from `token()`. */
    authorization?: string,
    /** Sent as the Idempotency-Key header. */
    idempotencyKey?: string,
  ): Promise<{
    data: T | null | undefined;
    errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
    roundTrips: number;
    /** What ran: statement names and the plan of each page of relations. */
    trace: QueryTrace;
  }>;
  /** A bearer header for the local HS256 secret. */
  token(sub?: string, roles?: string[], expiresIn?: string | number): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApi(
  overrides: Record<string, string> = {},
  /** Where the server logs (default: nowhere); tests of logging pass their own. */
  logger: Logger = createLogger('silent'),
): Promise<TestApi> {
  const config = loadConfig({ ...process.env, ...overrides });
  const driver = createDriver(config);
  const apollo = createApolloServer(config, logger);
  await apollo.start();
  const verifier = createVerifier(config);
  let n = 0;
  return {
    config,
    apollo,
    driver,
    async run(query, variables, authorization, idempotencyKey) {
      const ctx = createContext(
        {
          driver,
          database: config.NEO4J_DATABASE,
          verifier,
          requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
          lookahead: config.GRAPHQL_LOOKAHEAD,
        },
        `test-${++n}`,
        authorization,
        undefined,
        idempotencyKey,
      );
      // Keep each statement's text and parameters too (test/cypher.test.ts snapshots them).
      ctx.repo.trace.queries = [];
      const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
      assert.equal(res.body.kind, 'single');
      const single = res.body.kind === 'single' ? res.body.singleResult : undefined;
      return {
        data: single?.data as never,
        errors: single?.errors as never,
        roundTrips: ctx.repo.roundTrips,
        trace: ctx.repo.trace,
      };
    },
    async token(sub = 'test-editor', roles = ['editor'], expiresIn = '1h') {
      return `Bearer ${await signToken(config.jwtSecret ?? '', { sub, roles, expiresIn })}`;
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
