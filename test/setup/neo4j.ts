/**
 * Vitest global setup: a real Neo4j for the whole run. Uses NEO4J_URI when set; otherwise starts the
 * embedded Neo4j on a free port with a throwaway data directory, loads the dataset, and stops and
 * deletes it afterwards. Workers inherit NEO4J_URI from this process's environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/loader.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/dev/local-neo4j.js';
import { createDriver } from '../../src/graph/driver.js';
import { GraphRepository } from '../../src/graph/repository.js';

let db: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-test-'));
    db = await startLocalNeo4j({ port: await freePort(), dataDir, pageCacheMb: 128, heap: '768m' });
    process.env.NEO4J_URI = db.uri;
    process.env.TEST_NEO4J_LOCAL = '1';
  }
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'silent';
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    const repo = new GraphRepository(driver, config.NEO4J_DATABASE);
    await loadDataset(repo.runner, path.resolve('data'));
  } finally {
    await driver.close();
  }
}

export async function teardown(): Promise<void> {
  await db?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
