/**
 * `npm run db:start` runs the local embedded Neo4j in the foreground (Ctrl-C stops it cleanly);
 * `npm run db:reset` wipes its data directory; `npm run db:build` only builds the launcher.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { ensureLauncherBuilt, startLocalNeo4j } from '../src/dev/local-neo4j.js';
import { runCli } from './lib/run-cli.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const command = process.argv[2] ?? 'start';
  if (command === 'build') {
    ensureLauncherBuilt();
    return;
  }
  if (command === 'reset') {
    const dir = path.resolve(config.NEO4J_LOCAL_DATA_DIR);
    rmSync(dir, { recursive: true, force: true });
    console.log(`Wiped the local Neo4j data in ${dir}. The next start begins empty.`);
    return;
  }
  if (config.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${config.NEO4J_URI}): nothing to start.`);
    return;
  }
  const db = await startLocalNeo4j({
    port: config.NEO4J_LOCAL_PORT,
    dataDir: config.NEO4J_LOCAL_DATA_DIR,
    pageCacheMb: config.NEO4J_LOCAL_PAGECACHE_MB,
    heap: config.NEO4J_LOCAL_HEAP,
    fresh: process.argv.includes('--fresh'),
  });
  console.log(`Neo4j ${db.version} ready on ${db.uri} (started in ${db.startMs} ms). Ctrl-C stops it.`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runCli(main);
