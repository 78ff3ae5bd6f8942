import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../src/data/dataset.js';
import { createTestApi, type TestApi } from './support/api.js';

/**
 * No N+1: a nested selection (events → attendees → their accounts → what those amplify, with the
 * evidence article on every level) costs a fixed number of Cypher round trips, whatever the number
 * of events, attendees and accounts. Pages are small enough for demand control to let every event
 * of the seed graph through at once (src/graphql/cost.ts).
 */
const NESTED = `query($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Event {
      id
      attendees(first: 5) { edges { other {
        id
        ... on Person { accounts(first: 3) { edges { other {
          id
          ... on Account { amplifies(first: 3) { edges { other { id } node { weight evidence { excerpt article { id title } } } } } }
        } node { evidence { article { id } } } } } }
        ... on Organization { accounts(first: 3) { edges { other { id } } } }
      } node { evidence { article { title } } } } }
      organizers(first: 5) { edges { other { id ... on Person { accounts(first: 3) { edges { other { id } } } } } } }
    }
  }
}`;

describe('round trips per request', () => {
  let api: TestApi;
  let events: string[];
  beforeAll(async () => {
    api = await createTestApi();
    events = readDataset(path.resolve('data'))
      .entities.filter((e) => e.kind === 'Event')
      .map((e) => e.id);
  });
  afterAll(() => api.close());

  it('does not grow with the number of items', async () => {
    expect(events.length).toBeGreaterThanOrEqual(5);
    type R = { nodes: ({ attendees?: { edges: unknown[] } } | null)[] };
    const items = (r: { data?: R | null }) =>
      r.data?.nodes.reduce((n, e) => n + (e?.attendees?.edges.length ?? 0), 0) ?? 0;
    const singles = await Promise.all(events.map((id) => api.run<R>(NESTED, { ids: [id] })));
    const many = await api.run<R>(NESTED, { ids: events });
    expect(many.errors).toBeUndefined();
    const deepest = Math.max(...singles.map((s) => s.roundTrips));
    expect(items(many)).toBeGreaterThan(Math.max(...singles.map(items)));
    // One statement for the root field (nodes, relation pages at each depth, evidence articles),
    // however many items.
    expect(deepest).toBe(1);
    expect(many.roundTrips).toBe(1);
    console.log(
      `round trips: ${many.roundTrips} for ${events.length} events / ${items(many)} attendees; deepest single event: ${deepest}`,
    );
  });

  it('answers top amplifiers in one round trip, and still says NOT_FOUND for an unknown id', async () => {
    const q =
      'query($of: ID!) { amplifiers(of: $of, first: 20) { totalCount edges { node { weight evidence { excerpt } } other { name } } } }';
    const ok = await api.run<{ amplifiers: { totalCount: number } }>(q, {
      of: 'platform:les-createurs-de-possibles',
    });
    expect(ok.data?.amplifiers.totalCount).toBeGreaterThan(0);
    expect(ok.roundTrips).toBe(1);
    const missing = await api.run(q, { of: 'org:no-such-party' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers a path in one round trip, and still says NOT_FOUND for an unknown end', async () => {
    const q =
      'query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { length hops { relation { id } } } }';
    const ok = await api.run<{ connection: { length: number }[] }>(q, {
      from: 'person:loubna-el-meskine',
      to: 'org:pjd',
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.connection.length).toBeGreaterThan(0);
    expect(ok.roundTrips).toBe(1);
    for (const ends of [
      { from: 'person:no-such-person', to: 'org:pjd' },
      { from: 'org:pjd', to: 'person:no-such-person' },
    ]) {
      const missing = await api.run(q, ends);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toContain('person:no-such-person');
      expect(missing.roundTrips).toBe(1);
    }
  });

  it("answers a node's timeline in one round trip, and still says NOT_FOUND for an unknown id", async () => {
    const q = 'query($id: ID!) { timeline(id: $id, limit: 20) { date relation { id type } other { id } } }';
    const ok = await api.run<{ timeline: unknown[] }>(q, { id: 'person:abdelilah-benkirane' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.timeline.length).toBeGreaterThan(0);
    expect(ok.roundTrips).toBe(1);
    const missing = await api.run(q, { id: 'person:no-such-person' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.roundTrips).toBe(1);
  });

  it("answers a node's claims with their sources' articles in one round trip, and still says NOT_FOUND for an unknown id", async () => {
    const q = `query($id: ID!) { claims(about: $id) { predicate functional conflict
      values { value note node { id name } evidence { excerpt article { id title outlet } } } } }`;
    type R = { claims: { values: { evidence: { article: { id: string } } }[] }[] };
    const ok = await api.run<R>(q, { id: 'event:benkirane-influencers-lunch-2015-06-13' });
    expect(ok.errors).toBeUndefined();
    const articles = ok.data!.claims.flatMap((g) => g.values.map((v) => v.evidence.article.id));
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.every((id) => id.startsWith('article:'))).toBe(true);
    expect(ok.roundTrips).toBe(1);
    const missing = await api.run(q, { id: 'event:no-such-event' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.roundTrips).toBe(1);
  });

  it('answers the articles mentioning a node in one round trip, and still says NOT_FOUND for an unknown id', async () => {
    const q = `query($id: ID!) { articles(mentioning: $id, first: 5) { totalCount edges { node { article { id title } passages } } } }`;
    type R = { articles: { totalCount: number; edges: { node: { passages: string[] } }[] } };
    const ok = await api.run<R>(q, { id: 'person:abdelilah-benkirane' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.articles.totalCount).toBeGreaterThan(0);
    expect(ok.data!.articles.edges.some((e) => e.node.passages.length > 0)).toBe(true);
    expect(ok.roundTrips).toBe(1);
    const missing = await api.run(q, { id: 'person:no-such-person' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.roundTrips).toBe(1);
  });

  it('answers each question without a starting id in one round trip', async () => {
    for (const q of [
      '{ articles(filter: { language: "fr" }, first: 3) { totalCount edges { node { article { id title } passages } } } }',
      '{ events(when: { since: "2015", until: "2015", includeUndated: false }) { totalCount edges { node { id name date } } } }',
      '{ timeline(when: { since: "2010", until: "2010", includeUndated: false }) { date other { id name } relation { id type } } }',
      '{ amplification(first: 5) { totalCount edges { other { id name } node { weight source { id name } } } } }',
    ]) {
      const r = await api.run<Record<string, unknown>>(q);
      expect(r.errors, q).toBeUndefined();
      expect(JSON.stringify(r.data), q).toMatch(/"id":/);
      expect(r.roundTrips, q).toBe(1);
    }
  });
});
