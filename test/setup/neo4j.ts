/**
 * Vitest global setup: one real Neo4j per worker, so no two test files ever share a database at the
 * same time (Community Edition has one user database, hence one process per worker). Each worker
 * finds its database by its pool id (test/setup/database.ts), which also reloads it from data/ before
 * every test file, so a file never sees another file's writes either.
 *
 * TEST_NEO4J_URIS (comma-separated, one per worker) runs against databases you declare disposable —
 * they are wiped. NEO4J_URI is deliberately ignored here: a developer's shell pointing at a real
 * graph must never be wiped by `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { localToolingEnv } from '../../src/config.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/dev/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the database of each worker (index = VITEST_POOL_ID - 1). */
    neo4jUris: string[];
  }
}

/** Per test database: small, since each holds the seed graph (~300 nodes) and what one file adds. */
export const TEST_NEO4J_MEMORY = { heap: '512m', pageCacheMb: 64 } as const;

const started: { db: LocalNeo4j; dataDir: string }[] = [];

async function startOne(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-test-'));
  const db = await startLocalNeo4j({ port: await freePort(), dataDir, ...TEST_NEO4J_MEMORY });
  started.push({ db, dataDir });
  return db.uri;
}

export async function setup(project: TestProject): Promise<void> {
  delete process.env.NEO4J_URI;
  process.env.NODE_ENV = 'test';
  // As the local tooling runs: tokens signed with the development secret are accepted.
  Object.assign(process.env, localToolingEnv({ ...process.env }));
  process.env.LOG_LEVEL ??= 'silent';
  // A loaded two-core CI machine can take seconds for a first query: tests are not about the
  // production deadline (10 s), except test/deadlines.test.ts, which sets its own.
  process.env.REQUEST_TIMEOUT_MS ??= '60000';
  const declared = process.env.TEST_NEO4J_URIS?.split(',').filter(Boolean) ?? [];
  const workers = project.globalConfig.maxWorkers;
  if (declared.length && declared.length < workers) {
    throw new Error(
      `TEST_NEO4J_URIS lists ${declared.length} database(s) for ${workers} workers: give one per worker or run with --maxWorkers=${declared.length}.`,
    );
  }
  const uris = declared.length ? declared : await Promise.all(Array.from({ length: workers }, startOne));
  project.provide('neo4jUris', uris);
}

export async function teardown(): Promise<void> {
  await Promise.all(started.map(({ db }) => db.stop()));
  for (const { dataDir } of started) rmSync(dataDir, { recursive: true, force: true });
}
