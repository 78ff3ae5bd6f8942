/**
 * The fault test, small: writers add aliases through the API while their Neo4j is killed (SIGKILL,
 * no shutdown hook, no checkpoint) and started again on the same files. Every write the API
 * acknowledged must be there afterwards; writes in flight at the kill may fail, never silently.
 * Its own Neo4j, so the worker's database is not the one killed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { loadDataset } from '../src/data/loader.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/dev/local-neo4j.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphRepository } from '../src/graph/repository.js';
import { TEST_NEO4J_MEMORY } from './setup/neo4j.js';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher } from './support/db.js';

const TARGET = 'person:david-assouline';
const WRITERS = 4;
const ACKS_BEFORE_KILL = 40;
const ACKS_AFTER_RESTART = 20;

describe('SIGKILL under write load', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fault-neo4j-'));
  let port: number;
  let db: LocalNeo4j;
  let api: TestApi;

  beforeAll(async () => {
    port = await freePort();
    db = await startLocalNeo4j({ port, dataDir, ...TEST_NEO4J_MEMORY });
    const config = loadConfig({ ...process.env, NEO4J_URI: db.uri });
    const driver = createDriver(config);
    await loadDataset(new GraphRepository(driver, config.NEO4J_DATABASE).runner, path.resolve('data'));
    await driver.close();
    // A short driver retry, so writes fail fast while the database is down.
    api = await createTestApi({ NEO4J_URI: db.uri, NEO4J_MAX_RETRY_TIME_MS: '1000' });
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged write', async () => {
    const editor = await api.token('fault-editor');
    const acknowledged: string[] = [];
    let failed = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const alias = `fault ${w}-${i}`;
        const r = await api
          .run(
            'mutation($a: String!) { addAlias(id: "person:david-assouline", alias: $a) { id } }',
            { a: alias },
            editor,
          )
          .catch(() => ({ errors: [{ message: 'transport' }] }));
        if (r.errors) {
          failed += 1;
          await sleep(100);
        } else acknowledged.push(alias);
      }
    };
    const until = async (n: number, ms: number) => {
      const end = Date.now() + ms;
      while (acknowledged.length < n && Date.now() < end) await sleep(20);
      expect(acknowledged.length).toBeGreaterThanOrEqual(n);
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await until(ACKS_BEFORE_KILL, 60_000);
    const exited = new Promise((resolve) => db.process.once('exit', resolve));
    db.process.kill('SIGKILL');
    await exited;
    const ackedAtKill = acknowledged.length;
    db = await startLocalNeo4j({ port, dataDir, ...TEST_NEO4J_MEMORY });
    await until(ackedAtKill + ACKS_AFTER_RESTART, 90_000);
    stop = true;
    await Promise.all(writers);

    const [row] = await cypher<{ aliases: string[] }>(
      api.driver,
      'MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases',
      { id: TARGET },
    );
    const present = new Set(row!.aliases);
    const lost = acknowledged.filter((a) => !present.has(a));
    console.log(
      `fault test: ${acknowledged.length} acknowledged (${ackedAtKill} before the kill), ${failed} failed while down, ${lost.length} lost`,
    );
    expect(lost).toEqual([]);
  }, 240_000);
});
