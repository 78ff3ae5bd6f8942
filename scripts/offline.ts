/**
 * `npm run offline`: the Lambda handlers under serverless-offline (API Gateway HTTP API + Lambda
 * emulation, bundled by serverless-esbuild exactly as for deployment) against Neo4j: NEO4J_URI when
 * set, otherwise the local embedded Neo4j — started if needed and seeded like `npm start`.
 * Extra arguments go to `serverless offline`. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfig, localToolingEnv } from '../src/config.js';
import { loadDataset } from '../src/data/loader.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphRepository } from '../src/graph/repository.js';
import { startLocalIfNeeded } from './lib/with-neo4j.js';
import { SERVERLESS_BIN, SLS_ENV } from './lib/serverless.js';
import { runCli } from './lib/run-cli.js';

async function main(): Promise<void> {
  const config = loadConfig(localToolingEnv());
  const db = await startLocalIfNeeded(config);
  const uri = db?.uri ?? config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`;
  if (!config.NEO4J_URI) {
    // Our own local database: make sure it holds the graph (idempotent). A NEO4J_URI is left alone.
    const driver = createDriver(config);
    try {
      const s = await loadDataset(
        new GraphRepository(driver, config.NEO4J_DATABASE).runner,
        path.resolve('data'),
      );
      console.log(`Seeded ${s.nodes} nodes, ${s.relations} relations, ${s.claims} claims in ${s.ms} ms.`);
    } finally {
      await driver.close();
    }
  }
  const httpPort = process.env.OFFLINE_HTTP_PORT ?? '4100';
  const lambdaPort = process.env.OFFLINE_LAMBDA_PORT ?? '4102';
  console.log(`\n  GraphQL (API Gateway emulation): http://localhost:${httpPort}/graphql`);
  console.log(
    `  Direct invoke (Lambda API):      http://localhost:${lambdaPort}  (function influence-graph-api-dev-invoke)`,
  );
  console.log(`  Neo4j:                           ${uri}\n`);

  const child = spawn(SERVERLESS_BIN, ['offline', 'start', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      ...localToolingEnv(),
      ...SLS_ENV,
      NEO4J_URI: uri,
      OFFLINE_HTTP_PORT: httpPort,
      OFFLINE_LAMBDA_PORT: lambdaPort,
      // Locally, let GraphQL tools read the schema (the deployed default follows NODE_ENV=production).
      GRAPHQL_INTROSPECTION: process.env.GRAPHQL_INTROSPECTION ?? 'true',
    },
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const code = await new Promise<number>((resolve) =>
    child.on('exit', (c, sig) => resolve(c ?? (sig ? 0 : 1))),
  );
  await db?.stop();
  process.exit(code);
}

runCli(main);
