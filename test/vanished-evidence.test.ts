/**
 * Regression: an article deleted while a request reads relations that cite it (an editor or an
 * ingestion removing it between two levels of the request) made the evidence resolver throw a bare
 * Error, answered as INTERNAL_SERVER_ERROR. The state such a race leaves is made here directly: the
 * article is gone, relations still cite it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';

const TELQUEL = 'article:pourquoi-benkirane-invite-des-influenceurs-du-web';

describe('evidence whose article vanished', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    await api.driver.executeQuery('MATCH (a:Article {id: $id}) DETACH DELETE a', { id: TELQUEL });
  });
  afterAll(() => api.close());

  it('answers NOT_FOUND naming the article, never INTERNAL_SERVER_ERROR', async () => {
    const r = await api.run<{
      person: { name: string } | null;
    }>(
      `{ person(id: "person:abdelilah-benkirane") { name
           heldRoles: relations(types: [HOLDS_ROLE], first: 50) { edges { node { evidence { article { id } } } } } } }`,
    );
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const e of r.errors ?? []) {
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(e.message).toContain(TELQUEL);
    }
    // Evidence and its article are non-null in the schema: the null reaches the nearest nullable field.
    expect(r.data).toEqual({ person: null });
    const other = await api.run<{ person: { name: string } }>(
      '{ person(id: "person:abdelilah-benkirane") { name } }',
    );
    expect(other).toMatchObject({ errors: undefined, data: { person: { name: 'Abdelilah Benkirane' } } });
  });
});
