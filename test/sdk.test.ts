import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import {
  AddAliasDocument,
  AmplificationDocument,
  AmplifiersDocument,
  ArticlesDocument,
  ClaimsDocument,
  CorpusTimelineDocument,
  EventInvitationsDocument,
  EventsDocument,
  PassagesDocument,
  SearchOrSuggestDocument,
  ConnectionDocument,
  EventGuestsDocument,
  HealthDocument,
  SearchDocument,
  TimelineDocument,
} from '../src/generated/operations.js';
import { signToken } from '../src/graphql/auth.js';
import { createLogger } from '../src/logger.js';
import { createClient, GraphQLClientError } from '../src/sdk/client.js';
import { startApp, type App } from '../src/server/app.js';

/** The README's example operations, as typed documents, over real HTTP. */
describe('typed client documents', () => {
  let app: App;
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
    client = createClient(`${app.url}/graphql`);
  });
  afterAll(() => app.close());

  it('run and return typed data', async () => {
    const health = await client.request(HealthDocument, {});
    expect(health.health.nodeCount).toBeGreaterThan(100);

    const search = await client.request(SearchDocument, { text: 'Benkirane', kinds: ['PERSON'] });
    const top = search.search.edges[0]?.node.node;
    expect(top?.id).toBe('person:abdelilah-benkirane');

    const guests = await client.request(EventGuestsDocument, {
      id: 'event:benkirane-influencers-lunch-2015-06-13',
    });
    expect(guests.event?.heldAt.edges).toHaveLength(2);

    const amp = await client.request(AmplifiersDocument, { of: 'org:ps', first: 5 });
    expect(amp.amplifiers.edges.every((e) => e.node.evidence.article.id.startsWith('article:'))).toBe(true);

    const path = await client.request(ConnectionDocument, {
      from: 'person:loubna-el-meskine',
      to: 'org:pjd',
    });
    expect(path.connection[0]?.hops.at(-1)?.to.id).toBe('org:pjd');

    const timeline = await client.request(TimelineDocument, { id: 'person:nathalie-kosciusko-morizet' });
    expect(timeline.timeline.length).toBeGreaterThan(0);

    const claims = await client.request(ClaimsDocument, {
      about: 'platform:les-createurs-de-possibles',
      onlyConflicts: true,
    });
    expect(claims.claims.some((c) => c.conflict && c.values.length >= 2)).toBe(true);
  });

  it('ask the questions that need no starting id, and find passages', async () => {
    const suggest = await client.request(SearchOrSuggestDocument, { text: 'Nicolas Hollande' });
    expect(suggest.search.edges).toEqual([]);
    expect(suggest.search.didYouMean.map((h) => h.node.id)).toContain('person:nicolas-sarkozy');

    const passages = await client.request(PassagesDocument, { text: 'excès de zèle' });
    expect(passages.passages.edges[0]?.node.relations.some((r) => r.type === 'QUOTED')).toBe(true);

    const articles = await client.request(ArticlesDocument, { filter: { language: 'fr' }, first: 2 });
    expect(articles.articles.totalCount).toBeGreaterThan(2);
    expect(articles.articles.edges).toHaveLength(2);
    expect(articles.articles.pageInfo.hasNextPage).toBe(true);

    const when = { since: '2010-01', until: '2010-01', includeUndated: false };
    const events = await client.request(EventsDocument, { when });
    // A partial date (2010) covers January too.
    expect(events.events.edges.every((e) => e.node.date?.startsWith('2010'))).toBe(true);
    expect(events.events.totalCount).toBeGreaterThan(0);

    const timeline = await client.request(CorpusTimelineDocument, { when });
    expect(timeline.timeline.length).toBeGreaterThan(0);

    const amp = await client.request(AmplificationDocument, {
      filter: { targetKinds: ['PLATFORM'] },
      first: 3,
    });
    expect(amp.amplification.edges.every((e) => e.other.kind === 'PLATFORM')).toBe(true);
    expect(amp.amplification.edges.length).toBeGreaterThan(0);

    const invitations = await client.request(EventInvitationsDocument, {
      id: 'event:benkirane-influencers-lunch-2015-06-13',
    });
    expect(invitations.event?.invitations.edges.some((e) => e.node.response === 'DECLINED')).toBe(true);
  });

  it('surface API errors with their codes', async () => {
    const attempt = client.request(ConnectionDocument, {
      from: 'person:abdelilah-benkirane',
      to: 'org:pjd',
      maxHops: 9,
    });
    await expect(attempt).rejects.toBeInstanceOf(GraphQLClientError);
    await expect(attempt).rejects.toMatchObject({ codes: ['BAD_USER_INPUT'] });
  });
});

/**
 * The typed client's retries are safe: a mutation whose write committed but whose answer was lost
 * (the proxy below swallows the first answer and says 503) is sent again with the same
 * Idempotency-Key, and the server replays the first answer instead of writing twice.
 */
describe('typed client retries of mutations', () => {
  let app: App;
  let proxy: Server;
  let proxyUrl: string;
  const keys: (string | undefined)[] = [];
  let swallow = 0;

  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
    proxy = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      keys.push(req.headers['idempotency-key'] as string | undefined);
      const upstream = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
        ) as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      const text = await upstream.text();
      if (swallow > 0) {
        swallow -= 1;
        res.writeHead(503, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({ errors: [{ message: 'lost', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
        );
      }
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(text);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((r) => proxy.close(r));
    await app.close();
  });

  it('a lost answer is retried with the same key: one write, the first answer', async () => {
    const token = `Bearer ${await signToken(loadConfig().jwtSecret ?? '', { sub: 'sdk-editor', roles: ['editor'], expiresIn: '1h' })}`;
    const client = createClient(proxyUrl, { authorization: token }, { retryDelayMs: 10 });
    const alias = `sdk retry ${Date.now()}`;
    swallow = 1;
    keys.length = 0;
    const answer = await client.request(AddAliasDocument, { id: 'person:david-assouline', alias });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(answer.addAlias.aliases.filter((a) => a === alias)).toHaveLength(1);
    // A new call is a new write, with a new key.
    keys.length = 0;
    const other = await client.request(AddAliasDocument, {
      id: 'person:david-assouline',
      alias: `${alias} 2`,
    });
    expect(keys[0]).not.toBe(undefined);
    expect(other.addAlias.aliases).toEqual(expect.arrayContaining([alias, `${alias} 2`]));
  });

  it('queries carry no key and are not retried', async () => {
    keys.length = 0;
    swallow = 1;
    const client = createClient(proxyUrl, {}, { retryDelayMs: 10 });
    await expect(client.request(HealthDocument, {})).rejects.toBeInstanceOf(GraphQLClientError);
    expect(keys).toEqual([undefined]);
  });
});
