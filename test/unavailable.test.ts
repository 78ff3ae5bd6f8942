import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/dev/local-neo4j.js';
import { breakerFor } from '../src/graph/availability.js';
import { SCHEMA_STATEMENTS } from '../src/graph/schema-statements.js';
import { GraphRepository } from '../src/graph/repository.js';
import type { Logger } from '../src/logger.js';
import { createTestApi, type TestApi } from './support/api.js';

/**
 * Fault recovery against a real Neo4j of this test's own (the worker's test database keeps running):
 * stop it, and after the first failure every request is refused at once with SERVICE_UNAVAILABLE
 * (circuit breaker, src/graph/availability.ts), logged with that code; start it again, the breaker's
 * probe closes the circuit by itself, and writes acknowledged before the stop are still there.
 */
describe('when Neo4j goes away', () => {
  let db: LocalNeo4j;
  let api: TestApi;
  let port: number;
  const logged: Record<string, unknown>[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-fault-'));
  const start = () => startLocalNeo4j({ port, dataDir, pageCacheMb: 64, heap: '512m' });
  const logger: Logger = {
    debug: () => {},
    info: (msg, f) => logged.push({ msg, ...f }),
    warn: (msg, f) => logged.push({ msg, ...f }),
    error: (msg, f) => logged.push({ msg, ...f }),
  };

  beforeAll(async () => {
    port = await freePort();
    db = await start();
    api = await createTestApi(
      { NEO4J_URI: db.uri, NEO4J_CONNECTION_TIMEOUT_MS: '1000', NEO4J_ACQUISITION_TIMEOUT_MS: '2000' },
      logger,
    );
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
      const firstMs = performance.now() - started;
      expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(down.errors)).not.toMatch(/bolt:|ECONNREFUSED|Neo4jError/);
      // After the first failure the circuit is open: each request is refused without waiting.
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        const r = await api.run('{ person(id: "person:acknowledged") { name } }');
        times.push(performance.now() - t);
        expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      }
      const p95 = [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.95) - 1]!;
      expect(p95).toBeLessThan(500);
      const codes = logged.filter((l) => l.msg === 'graphql error').map((l) => l.code);
      expect(new Set(codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      expect(codes.length).toBeGreaterThanOrEqual(41);

      db = await start();
      const restarted = performance.now();
      // The probe reaches the restarted database and closes the circuit: no request needed for it.
      await breakerFor(api.driver, api.config.NEO4J_DATABASE).whenClosed();
      const recoveredMs = performance.now() - restarted;
      const up = await api.run<{ health: { nodeCount: number } }>('{ health { nodeCount } }');
      expect(up.errors).toBeUndefined();
      const survivor = await api.run<{ person: { name: string } | null }>(
        '{ person(id: "person:acknowledged") { name } }',
      );
      expect(survivor.data?.person?.name).toBe('Acknowledged Writer');
      console.log(
        `neo4j down: first failure in ${Math.round(firstMs)} ms, then p95 ${p95.toFixed(1)} ms over 40 requests; ` +
          `circuit closed ${Math.round(recoveredMs)} ms after the restart completed`,
      );
    },
  );
});
