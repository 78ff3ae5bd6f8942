/**
 * Trusted documents and HTTP caching, against the real local server (and Neo4j): the codegen
 * manifest holds every published operation; documents by hash over GET need no CSRF header and carry
 * the Cache-Control the schema's hints give; a real HTTP cache (undici's cache interceptor) in front
 * of the server answers the second GET itself; trusted-only mode refuses any other document.
 */
import { parse } from 'graphql';
import { Agent, fetch as undiciFetch, interceptors } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as explorerOperations from '../explorer/src/generated/operations.js';
import { loadConfig } from '../src/config.js';
import * as operations from '../src/generated/operations.js';
import { signToken } from '../src/graphql/auth.js';
import { trustedHashes } from '../src/graphql/trusted-documents.js';
import { createLogger } from '../src/logger.js';
import { documentHash } from '../src/sdk/document-hash.js';
import { createClient, GraphQLClientError } from '../src/sdk/client.js';
import { startApp, type App } from '../src/server/app.js';

const BENKIRANE = 'person:abdelilah-benkirane';

type Body = { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };

/** A local server whose /graphql requests are counted as they reach it. */
async function countedApp(env: Record<string, string>) {
  const app = await startApp(loadConfig({ ...process.env, ...env }), createLogger('silent'), { port: 0 });
  const counter = { n: 0 };
  app.server.on('request', (req: { url?: string }) => {
    if (req.url?.startsWith('/graphql')) counter.n++;
  });
  return { app, counter };
}

const byHashUrl = (app: App, hash: string, variables?: unknown, operationName?: string) => {
  const url = new URL(`${app.url}/graphql`);
  if (operationName) url.searchParams.set('operationName', operationName);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  return url;
};

const post = async (app: App, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    body: (await res.json()) as Body,
  };
};

describe('the trusted-documents manifest (codegen persisted documents)', () => {
  const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document'));
  const explorerDocuments = Object.entries(explorerOperations).filter(([name]) => name.endsWith('Document'));

  it('holds every operation of the SDK and the exports, by the hash the SDK sends', () => {
    expect(documents.length).toBeGreaterThan(5);
    const missing = documents.filter(([, doc]) => !trustedHashes().has(documentHash(doc as never)));
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('holds every operation of the explorer, as the explorer sends it (in full)', () => {
    expect(explorerDocuments.length).toBeGreaterThan(3);
    const missing = explorerDocuments.filter(
      ([, doc]) => !trustedHashes().has(documentHash(parse(String(doc)))),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('holds nothing else', () => {
    expect(trustedHashes().size).toBe(new Set([...documents, ...explorerDocuments].map(([n]) => n)).size);
  });
});

describe('trusted-only mode (GRAPHQL_DOCUMENTS=trusted)', () => {
  let app: App;
  let counter: { n: number };
  beforeAll(async () => ({ app, counter } = await countedApp({ GRAPHQL_DOCUMENTS: 'trusted' })));
  afterAll(() => app.close());

  it('serves a trusted document by hash over GET, twice: the second answer comes from the HTTP cache', async () => {
    const dispatcher = new Agent().compose(interceptors.cache());
    const seen: { cacheControl: string | null; age: string | null }[] = [];
    const cachedFetch: typeof fetch = async (input, init) => {
      const res = await undiciFetch(String(input), { ...(init as object), dispatcher });
      seen.push({ cacheControl: res.headers.get('cache-control'), age: res.headers.get('age') });
      return res as unknown as Response;
    };
    const client = createClient(`${app.url}/graphql`, {}, { fetch: cachedFetch });
    const before = counter.n;
    const first = await client.get(operations.SearchDocument, { text: 'Benkirane', first: 3 });
    expect(counter.n).toBe(before + 1);
    expect(first.search.edges[0]?.node.node.id).toBe(BENKIRANE);
    const second = await client.get(operations.SearchDocument, { text: 'Benkirane', first: 3 });
    // Same answer, and the server never saw the second request.
    expect(second).toEqual(first);
    expect(counter.n).toBe(before + 1);
    expect(seen[0]?.cacheControl).toBe('max-age=300, public');
    expect(seen[1]?.cacheControl).toBe('max-age=300, public');
    expect(seen[0]?.age).toBeNull();
    expect(seen[1]?.age).toMatch(/^\d+$/);
    // Other variables are another document instance: asked of the server.
    await client.get(operations.SearchDocument, { text: 'Benkirane', first: 2 });
    expect(counter.n).toBe(before + 2);
    await dispatcher.close();
  });

  it('needs no CSRF header for a hash-only GET, but keeps it for a GET carrying the document', async () => {
    const hash = documentHash(operations.SearchDocument);
    const byHash = await fetch(byHashUrl(app, hash, { text: 'Benkirane' }));
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as Body).data).toHaveProperty('search');
    const withText = new URL(byHashUrl(app, hash, { text: 'Benkirane' }));
    withText.searchParams.set('query', 'query Search($text: String!) { search(text: $text) { totalCount } }');
    const res = await fetch(withText);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('never caches health: no-store, and the server answers each GET', async () => {
    const dispatcher = new Agent().compose(interceptors.cache());
    const url = byHashUrl(app, documentHash(operations.HealthDocument));
    const before = counter.n;
    for (let i = 0; i < 2; i++) {
      const res = await undiciFetch(url, { dispatcher });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      await res.arrayBuffer();
    }
    expect(counter.n).toBe(before + 2);
    await dispatcher.close();
  });

  it('never caches an authenticated answer', async () => {
    const secret = loadConfig().jwtSecret ?? '';
    const token = `Bearer ${await signToken(secret, { sub: 'reader', roles: [], expiresIn: '1h' })}`;
    const res = await fetch(byHashUrl(app, documentHash(operations.SearchDocument), { text: 'Benkirane' }), {
      headers: { authorization: token },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('runs a trusted document sent in full, as the explorer sends it', async () => {
    const r = await post(app, { query: String(explorerOperations.ExplorerHealthDocument) });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('refuses any other document with TRUSTED_DOCUMENT_REQUIRED (400)', async () => {
    const r = await post(app, { query: '{ health { ok } }' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(r.body.data).toBeUndefined();
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, through the SDK too', async () => {
    const res = await fetch(byHashUrl(app, 'c'.repeat(64)));
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const client = createClient(`${app.url}/graphql`);
    const unpublished = parse('query Unpublished { health { ok } }');
    const error = await client.get(unpublished as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLClientError);
    expect((error as GraphQLClientError).codes).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('development mode (GRAPHQL_DOCUMENTS unset)', () => {
  let app: App;
  beforeAll(async () => ({ app } = await countedApp({})));
  afterAll(() => app.close());

  it('accepts any document, with the Cache-Control of the fields it reads', async () => {
    const r = await post(app, { query: `{ person(id: "${BENKIRANE}") { id name } }` });
    expect(r.body.data).toEqual({ person: { id: BENKIRANE, name: expect.any(String) } });
    expect(r.cacheControl).toBe('max-age=300, public');
    const live = await post(app, { query: `{ person(id: "${BENKIRANE}") { id } health { ok } }` });
    expect(live.cacheControl).toBe('no-store');
  });

  it.each([
    [
      'a literal',
      `{ person(id: "${BENKIRANE}") { relations(filter: { includeRetracted: true }) { totalCount } } }`,
      {},
    ],
    [
      'a variable',
      `query($f: RelationFilter) { person(id: "${BENKIRANE}") { relations(filter: $f) { totalCount } } }`,
      { f: { includeRetracted: true } },
    ],
  ])('never caches editor-visible reads (includeRetracted: true as %s)', async (_how, query, variables) => {
    const r = await post(app, { query, variables });
    expect(r.body.errors).toBeUndefined();
    expect(r.cacheControl).toBe('no-store');
    const publicView = await post(app, {
      query: query.replace('includeRetracted: true', 'includeRetracted: false'),
      variables: { f: { includeRetracted: false } },
    });
    expect(publicView.body.errors).toBeUndefined();
    expect(publicView.cacheControl).toBe('max-age=300, public');
  });

  it('never caches a mutation', async () => {
    const r = await post(app, { query: `mutation { addAlias(id: "${BENKIRANE}", alias: "x") { id } }` });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.cacheControl).toBe('no-store');
  });
});
