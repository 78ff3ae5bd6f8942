import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';
import { createTestApi, type TestApi } from './support/api.js';
import { seedGraphCounts } from './support/db.js';

describe('health against the real Neo4j', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('reports the server version and the counts the database itself gives', async () => {
    const { data, errors } = await api.run<{
      health: { ok: boolean; neo4jVersion: string; nodeCount: number; relationshipCount: number };
    }>('{ health { ok neo4jVersion neo4jEdition nodeCount relationshipCount } }');
    expect(errors).toBeUndefined();
    expect(data?.health.ok).toBe(true);
    expect(data?.health.neo4jVersion).toMatch(/^5\.26\./);
    const direct = await api.driver.executeQuery(
      'MATCH (n) WHERE n:Entity OR n:Claim RETURN count(n) AS n',
      {},
      { routing: neo4j.routing.READ },
    );
    expect(data?.health.nodeCount).toBe(direct.records[0]?.get('n'));
    expect(data?.health.nodeCount).toBe(seedGraphCounts().nodes);
    expect(data?.health.relationshipCount).toBe(seedGraphCounts().relationships);
  });
});

describe('health over HTTP', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
  });
  afterAll(() => app.close());

  it('answers POST /graphql with JSON', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { nodeCount neo4jVersion } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { health: { nodeCount: number } } };
    // This file's database holds exactly the seed graph.
    expect(body.data.health.nodeCount).toBe(seedGraphCounts().nodes);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers a malformed JSON body with 400 and a clear message', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health { ok } }${' '.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });
});
