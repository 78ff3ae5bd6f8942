/**
 * Runs `work` against Neo4j: NEO4J_URI when set; otherwise the local embedded Neo4j — reusing one
 * that already listens on the port, or starting one for the duration of `work`.
 */
import neo4j from 'neo4j-driver';
import type { Config } from '../../src/config.js';
import { portIsFree, startLocalNeo4j, type LocalNeo4j } from '../../src/dev/local-neo4j.js';

export async function startLocalIfNeeded(
  config: Config,
  opts: { fresh?: boolean } = {},
): Promise<LocalNeo4j | undefined> {
  if (config.NEO4J_URI) return undefined;
  if (!opts.fresh && !(await portIsFree(config.NEO4J_LOCAL_PORT))) {
    // Something listens: use it if it speaks Bolt (e.g. `npm run db:start` in another terminal).
    const driver = neo4j.driver(`bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`);
    try {
      await driver.getServerInfo();
      console.log(`Using the Neo4j already running on bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}.`);
      return undefined;
    } catch {
      // Not Neo4j: startLocalNeo4j reports the taken port clearly.
    } finally {
      await driver.close();
    }
  }
  console.log('Starting the local Neo4j…');
  const db = await startLocalNeo4j({
    port: config.NEO4J_LOCAL_PORT,
    dataDir: config.NEO4J_LOCAL_DATA_DIR,
    pageCacheMb: config.NEO4J_LOCAL_PAGECACHE_MB,
    heap: config.NEO4J_LOCAL_HEAP,
    fresh: opts.fresh ?? false,
    log: (l) => console.log(`  neo4j: ${l}`),
  });
  console.log(`Neo4j ${db.version} ready on ${db.uri} in ${db.startMs} ms.`);
  return db;
}

export async function withLocalNeo4j<T>(config: Config, work: () => Promise<T>): Promise<T> {
  const db = await startLocalIfNeeded(config);
  try {
    return await work();
  } finally {
    await db?.stop();
  }
}
