/**
 * Protocol corners of the HTTP server, each a regression of an anonymous request that once got a
 * 500, an INTERNAL_SERVER_ERROR, a reset connection or an echo of its own input: subscriptions,
 * unknown or malformed persisted queries, an unknown operation name on /export, an oversized chunked body, a 999 KB
 * operation name; liveness and readiness; and the coded "starting" answer while the graph loads.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { freePort } from '../src/dev/local-neo4j.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

const post = async (app: App, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body, headers: res.headers };
};

describe('protocol corners', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
  });
  afterAll(() => app.close());

  it('refuses a subscription with a coded 400', async () => {
    const r = await post(app, { query: 'subscription { health { ok } }' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(r.body.errors?.[0]?.message).toMatch(/Subscriptions are not supported/);
  });

  it('answers an unknown document hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const persistedQuery = { version: 1, sha256Hash: 'a'.repeat(64) };
    const r = await post(app, { extensions: { persistedQuery } });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // 200, as the APQ protocol has it: Apollo Client's persisted-query link then sends the document.
    expect(r.status).toBe(200);
  });

  it('registers nothing: a document sent with its hash is not found by that hash afterwards', async () => {
    const query = '{ health { ok } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const sent = await post(app, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(sent.body.data).toEqual({ health: { ok: true } });
    const byHash = await post(app, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byHash.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it.each([
    ['an unsupported persisted-query version', { version: 2, sha256Hash: 'a'.repeat(64) }],
    ['a hash that does not match the document', { version: 1, sha256Hash: 'b'.repeat(64) }],
  ])('refuses %s with a coded 400', async (_what, persistedQuery) => {
    const r = await post(app, { query: '{ health { ok } }', extensions: { persistedQuery } });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers an unknown operation name on /export like /graphql: a coded 400, not a 500', async () => {
    const viaExport = await fetch(
      `${app.url}/export?query=${encodeURIComponent('{ health { ok } }')}&operationName=Foo`,
    );
    const viaGraphql = await post(app, { query: '{ health { ok } }', operationName: 'Foo' });
    expect(viaExport.status).toBe(400);
    expect(viaGraphql.status).toBe(400);
    const body = (await viaExport.json()) as Body;
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(viaGraphql.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('does not echo a 999 KB operation name back', async () => {
    const name = `Op${'x'.repeat(999_000)}`;
    const r = await post(app, { query: '{ health { ok } }', operationName: name });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message.length).toBeLessThan(600);
    expect(r.body.errors?.[0]?.message).toMatch(/… \(truncated\)$/);
  });

  it('answers a 2 MB chunked body with 413, not a reset connection', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < 2_000_000) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ message: expect.stringMatching(/too large/) }] });
  });

  it('is live without asking the database, and ready when Neo4j answers', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });
});

describe('readiness without Neo4j, and while starting', () => {
  it('stays live but not ready when Neo4j cannot be reached', async () => {
    const nowhere = `bolt://127.0.0.1:${await freePort()}`;
    const app = await startApp(
      loadConfig({ ...process.env, NEO4J_URI: nowhere, NEO4J_MAX_RETRY_TIME_MS: '0' }),
      createLogger('silent'),
      { port: 0 },
    );
    try {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, reason: 'the graph database does not answer' });
    } finally {
      await app.close();
    }
  });

  it('answers GraphQL and exports with a coded "starting" 503 until it is marked ready', async () => {
    const app = await startApp(loadConfig(), createLogger('silent'), { port: 0, started: false });
    try {
      const early = await post(app, { query: '{ person(id: "person:abdelilah-benkirane") { name } }' });
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('2');
      expect(early.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(early.body.errors?.[0]?.message).toMatch(/starting/);
      expect((await fetch(`${app.url}/export/neighbourhood?id=org:pjd`)).status).toBe(503);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
      app.markReady();
      const later = await post(app, { query: '{ person(id: "person:abdelilah-benkirane") { name } }' });
      expect(later).toMatchObject({
        status: 200,
        body: { data: { person: { name: 'Abdelilah Benkirane' } } },
      });
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
