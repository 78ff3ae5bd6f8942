/**
 * Per-container state shared by the Lambda handlers: config, logger and ONE Neo4j driver, created on
 * the first import (the init phase) and reused by every invocation the container serves.
 */
import type { Context } from 'aws-lambda';
import type { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createDriver } from '../graph/driver.js';
import { createVerifier } from '../graphql/auth.js';
import type { ApolloServer } from '@apollo/server';
import { createContext, type ContextDeps, type GraphContext } from '../graphql/context.js';
import { warmUp, type WarmUpReport } from '../graphql/warm-up.js';
import { createLogger, type Logger } from '../logger.js';

/**
 * Default driver pool on Lambda. A container serves one request at a time, but one GraphQL request
 * can run a few Cypher queries in parallel (sibling fields, DataLoader batches): a handful of
 * connections is enough, and 1000 warm containers × 50 idle connections would exhaust Neo4j.
 */
export const LAMBDA_POOL_SIZE = 5;

export interface LambdaRuntime {
  config: Config;
  logger: Logger;
  driver: Driver;
  deps: ContextDeps;
}

export function isLambda(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
}

/**
 * The environment as the Lambda handlers read it: on Lambda, NEO4J_URI is required (there is no local
 * Neo4j to fall back to) and NEO4J_MAX_POOL_SIZE defaults to LAMBDA_POOL_SIZE. Pure.
 */
export function lambdaEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (!isLambda(env)) return env;
  if (!env.NEO4J_URI) {
    throw new ConfigError([
      'NEO4J_URI: required on AWS Lambda, e.g. neo4j+s://<id>.databases.neo4j.io ' +
        '(deploy with --param neo4jUri=… or an SSM parameter; see README "Deployment (AWS Lambda)")',
    ]);
  }
  return { ...env, NEO4J_MAX_POOL_SIZE: env.NEO4J_MAX_POOL_SIZE || String(LAMBDA_POOL_SIZE) };
}

export function createRuntime(env: NodeJS.ProcessEnv = process.env): LambdaRuntime {
  const config = loadConfig(lambdaEnvironment(env));
  const logger = createLogger(config.LOG_LEVEL);
  // Creating the driver opens no connection: the first query does, so init stays independent of Neo4j.
  const driver = createDriver(config);
  const deps = {
    driver,
    database: config.NEO4J_DATABASE,
    verifier: createVerifier(config),
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    lookahead: config.GRAPHQL_LOOKAHEAD,
  };
  return { config, logger, driver, deps };
}

/**
 * The warm-up of a handler's Apollo server, begun during init (../graphql/warm-up.ts): settles with
 * its report, null when WARM_UP is off; never rejects. Lambda freezes a container between
 * invocations, so a warm-up begun at init goes on during the container's first invocations.
 */
export function warmUpAtInit(
  runtime: LambdaRuntime,
  apollo: ApolloServer<GraphContext>,
): Promise<WarmUpReport | null> {
  if (!runtime.config.WARM_UP) return Promise.resolve(null);
  return warmUp(apollo, (id) => createContext(runtime.deps, id), runtime.logger);
}

/** Time kept back from the invocation's own limit, to answer (and log) before Lambda kills it. */
const LAMBDA_MARGIN_MS = 1_000;

/** The deadline of a request on Lambda: before the invocation's hard stop, whatever the config says. */
export function lambdaDeadline(
  context: Pick<Context, 'getRemainingTimeInMillis'> | undefined,
): number | undefined {
  return context ? Date.now() + context.getRemainingTimeInMillis() - LAMBDA_MARGIN_MS : undefined;
}

let current: LambdaRuntime | undefined;

/** The container's runtime, created once (both handlers share it when bundled or imported together). */
export function getRuntime(): LambdaRuntime {
  current ??= createRuntime();
  return current;
}

/** Closes the driver (tests, local tools). Lambda itself just freezes and later discards containers. */
export async function closeRuntime(): Promise<void> {
  const r = current;
  current = undefined;
  await r?.driver.close();
}
