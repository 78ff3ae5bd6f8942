/**
 * `npm start`: local Neo4j (unless NEO4J_URI is set) → constraints + dataset → API and explorer.
 * `npm start -- --fresh` wipes the local database first. Ctrl-C stops the API and Neo4j.
 */
import path from 'node:path';
import { loadConfig, localToolingEnv } from '../src/config.js';
import { loadDataset } from '../src/data/loader.js';
import { GraphRepository } from '../src/graph/repository.js';
import { createLogger } from '../src/logger.js';
import { startApp } from '../src/server/app.js';
import { ensureExplorerBuilt } from './lib/explorer-build.js';
import { startLocalIfNeeded } from './lib/with-neo4j.js';
import { runCli } from './lib/run-cli.js';

async function main(): Promise<void> {
  const config = loadConfig(localToolingEnv());
  const logger = createLogger(config.LOG_LEVEL);
  const db = await startLocalIfNeeded(config, { fresh: process.argv.includes('--fresh') });
  await ensureExplorerBuilt((m) => console.log(m));
  // Listening at once (the URL works), but GraphQL answers a coded "starting" 503 until the graph is
  // seeded: no early client gets NOT_FOUND for an entity that is about to be loaded.
  const app = await startApp(config, logger, { started: false });
  const repo = new GraphRepository(app.driver, config.NEO4J_DATABASE);
  const s = await loadDataset(repo.runner, path.resolve('data'), (m) => console.log(m));
  app.markReady();
  console.log(`Seeded ${s.nodes} nodes, ${s.relations} relations, ${s.claims} claims in ${s.ms} ms.`);
  console.log(
    `\n  Explorer:     ${app.url}/   (search, networks, paths, amplifiers, exports; works offline)`,
  );
  console.log(`  GraphQL API:  ${app.url}/graphql`);
  console.log(`  GraphQL IDE:  ${app.url}/ide   (GraphiQL, works offline)`);
  console.log(
    `  Neo4j (Bolt): ${db?.uri ?? config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`}\n`,
  );
  console.log('Ctrl-C stops the API and the local Neo4j.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    // Never hang on the way out: whatever is still pending after 45 s is abandoned.
    setTimeout(() => {
      console.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, 45_000).unref();
    await app.close().catch((e: unknown) => console.error('API close failed:', e));
    await db?.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

runCli(main);
