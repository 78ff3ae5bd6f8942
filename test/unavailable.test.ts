import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/dev/local-neo4j.js';
import { SCHEMA_STATEMENTS } from '../src/graph/schema-statements.js';
import { GraphRepository } from '../src/graph/repository.js';
import { createTestApi, type TestApi } from './support/api.js';

/**
 * Fault recovery against a real Neo4j of this test's own (the worker's test database keeps running):
 * stop it, requests fail fast with SERVICE_UNAVAILABLE; start it again, the same process recovers,
 * and writes acknowledged before the stop are still there.
 */
describe('when Neo4j goes away', () => {
  let db: LocalNeo4j;
  let api: TestApi;
  let port: number;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-fault-'));
  const start = () => startLocalNeo4j({ port, dataDir, pageCacheMb: 64, heap: '512m' });

  beforeAll(async () => {
    port = await freePort();
    db = await start();
    api = await createTestApi({
      NEO4J_URI: db.uri,
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
      NEO4J_ACQUISITION_TIMEOUT_MS: '2000',
    });
    await new GraphRepository(api.driver, api.config.NEO4J_DATABASE).runner.schema(SCHEMA_STATEMENTS);
    await api.driver.executeQuery(
      "CREATE (:Entity:Article {id: 'article:fault', name: 'Fault', title: 'Fault', language: 'en', text: 'Acknowledged writes survive a restart.', aliases: [], aliasText: ''})",
    );
  });
  afterAll(async () => {
    await api?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'fails fast with SERVICE_UNAVAILABLE, recovers by itself, and keeps acknowledged writes',
    { timeout: 120_000 },
    async () => {
      const editor = await api.token('fault-editor');
      const created = await api.run(
        'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
        {
          i: {
            kind: 'PERSON',
            id: 'person:acknowledged',
            name: 'Acknowledged Writer',
            evidence: [{ article: 'article:fault', excerpt: 'Acknowledged writes survive' }],
          },
        },
        editor,
      );
      expect(created.errors).toBeUndefined();

      await db.stop();
      const started = performance.now();
      const down = await api.run('{ health { nodeCount } }');
      const failMs = performance.now() - started;
      expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(down.errors)).not.toMatch(/bolt:|ECONNREFUSED|Neo4jError/);
      expect(failMs).toBeLessThan(10_000);

      // Bolt accepts connections once the launcher reports ready: the very next request succeeds.
      db = await start();
      const restarted = performance.now();
      const up = await api.run<{ health: { nodeCount: number } }>('{ health { nodeCount } }');
      expect(up.errors).toBeUndefined();
      const survivor = await api.run<{ person: { name: string } | null }>(
        '{ person(id: "person:acknowledged") { name } }',
      );
      expect(survivor.data?.person?.name).toBe('Acknowledged Writer');
      console.log(
        `neo4j down: failed in ${Math.round(failMs)} ms; recovered ${Math.round(performance.now() - restarted)} ms after the restart completed`,
      );
    },
  );
});
