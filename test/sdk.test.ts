import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import {
  AmplifiersDocument,
  ClaimsDocument,
  ConnectionDocument,
  EventGuestsDocument,
  HealthDocument,
  SearchDocument,
  TimelineDocument,
} from '../src/generated/operations.js';
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
