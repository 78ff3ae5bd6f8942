import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { normalizeWhitespace, readDataset } from '../src/data/dataset.js';
import { createTestApi, type TestApi } from './support/api.js';

const LUNCH = 'event:benkirane-influencers-lunch-2015-06-13';
const BENKIRANE = 'person:abdelilah-benkirane';
const ds = readDataset(path.resolve('data'));

interface Edge {
  other: { id: string; name: string };
  node: {
    type: string;
    weight: number | null;
    response: string | null;
    reason: string | null;
    evidence: { excerpt: string; article: { id: string; text: string } };
  };
}
const REL = '{ type weight response reason evidence { excerpt article { id text } } }';
const includesExcerpt = (e: Edge) =>
  normalizeWhitespace(e.node.evidence.article.text).includes(normalizeWhitespace(e.node.evidence.excerpt));

describe('GraphQL API against the real Neo4j', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('who attended the 13 June lunch, who hosted and organised it, with evidence', async () => {
    const { data, errors } = await api.run<{ event: Record<string, { edges: Edge[] }> }>(
      `query($id: ID!) { event(id: $id) {
        attendees { edges { other { id name } node ${REL} } }
        hosts { edges { other { id name } node ${REL} } }
        organizers { edges { other { id name } node ${REL} } } } }`,
      { id: LUNCH },
    );
    expect(errors).toBeUndefined();
    const ids = (f: string) => new Set(data?.event[f]?.edges.map((e) => e.other.id));
    expect(ids('attendees')).toEqual(new Set(['person:mustapha-el-khalfi', 'person:slimane-el-amrani']));
    expect(ids('hosts')).toContain(BENKIRANE);
    expect(ids('organizers')).toContain('person:ghassan-benchiheb');
    for (const f of ['attendees', 'hosts', 'organizers'])
      expect(data?.event[f]?.edges.every(includesExcerpt)).toBe(true);
  });

  it('who invited whom, and who declined and why', async () => {
    const { data } = await api.run<{
      person: {
        invited: { totalCount: number; edges: (Edge & { node: { event: { id: string } | null } })[] };
      };
    }>(
      `query($id: ID!) { person(id: $id) { invited(first: 50) { totalCount edges { other { id name } node { type response reason event { id } evidence { excerpt article { id text } } } } } } }`,
      { id: BENKIRANE },
    );
    const edges = data?.person.invited.edges ?? [];
    const toLunch = edges.filter((e) => e.node.event?.id === LUNCH);
    expect(toLunch.map((e) => e.other.id)).toEqual(
      expect.arrayContaining(['person:loubna-el-meskine', 'person:anas-khoumane', 'person:riad-essbai']),
    );
    const declined = toLunch.filter((e) => e.node.response === 'DECLINED');
    expect(declined.map((e) => e.other.id)).toEqual(['person:anonymous-author-dejeuner-benkirane']);
    expect(declined[0]?.node.reason).toBeTruthy();
    expect(edges.every(includesExcerpt)).toBe(true);
  });

  // Groups and pages relaying a party network or a politician (a site's own audience is a claim).
  it.each([['platform:les-createurs-de-possibles'], ['platform:la-coopol'], ['person:barack-obama']])(
    'ranks the amplifiers of %s by the figure given',
    async (of) => {
      const { data, errors } = await api.run<{ amplifiers: { totalCount: number; edges: Edge[] } }>(
        `query($of: ID!) { amplifiers(of: $of) { totalCount edges { other { id name } node ${REL} } } }`,
        { of },
      );
      expect(errors).toBeUndefined();
      const edges = data?.amplifiers.edges ?? [];
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every((e) => e.node.type === 'AMPLIFIES' && includesExcerpt(e))).toBe(true);
      const weights = edges.map((e) => e.node.weight ?? -1);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    },
  );

  it('pages amplifiers with Relay cursors', async () => {
    type R = {
      amplifiers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    const q = `query($first: Int, $after: String) { amplifiers(of: "platform:les-createurs-de-possibles", first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const all = await api.run<R>(q, { first: 100 });
    const ids = all.data!.amplifiers.edges.map((e) => e.node.id);
    expect(ids.length).toBe(all.data?.amplifiers.totalCount);
    expect(ids.length).toBeGreaterThan(1);
    // Page by page, one at a time: the same relations in the same order, then no next page.
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < ids.length; i++) {
      const page: R = (await api.run<R>(q, { first: 1, after })).data!;
      expect(page.amplifiers.edges).toHaveLength(1);
      expect(page.amplifiers.totalCount).toBe(ids.length);
      expect(page.amplifiers.pageInfo.hasNextPage).toBe(i < ids.length - 1);
      paged.push(page.amplifiers.edges[0]!.node.id);
      after = page.amplifiers.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
    const beyond = await api.run<R>(q, { first: 1, after });
    expect(beyond.data?.amplifiers.edges).toEqual([]);
  });

  it('finds the path from an invitee to Benkirane with evidence on every hop', async () => {
    const { data, errors } = await api.run<{
      connection: {
        length: number;
        hops: {
          from: { id: string };
          to: { id: string };
          direction: string;
          relation: Edge['node'] & { source: { id: string } };
        }[];
      }[];
    }>(
      `query { connection(from: "person:loubna-el-meskine", to: "${BENKIRANE}", maxHops: 3) {
        length hops { direction from { id } to { id } relation { type source { id } evidence { excerpt article { id text } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const path = data?.connection[0];
    expect(path?.hops[0]?.from.id).toBe('person:loubna-el-meskine');
    expect(path?.hops.at(-1)?.to.id).toBe(BENKIRANE);
    for (const hop of path?.hops ?? []) {
      expect(normalizeWhitespace(hop.relation.evidence.article.text)).toContain(
        normalizeWhitespace(hop.relation.evidence.excerpt),
      );
      expect(hop.direction).toBe(hop.relation.source.id === hop.from.id ? 'FORWARD' : 'BACKWARD');
    }
  });

  it.each([
    ['benkiran', BENKIRANE, 'Benkirane'],
    ['Nathalie Kociusko Morizet', 'person:nathalie-kosciusko-morizet', 'Nathalie Kociusko Morizet'],
    ['NKM', 'person:nathalie-kosciusko-morizet', 'NKM'],
    ['frederic lefebvre', 'person:frederic-lefebvre', 'Frédéric Lefebvre'],
    ['createurs de possible', 'platform:les-createurs-de-possibles', 'Les créateurs du possible'],
  ])('search "%s" finds %s first and says what matched', async (text, id, matched) => {
    const { data } = await api.run<{
      search: { edges: { node: { matched: string; node: { id: string } } }[] };
    }>(
      'query($text: String!) { search(text: $text, first: 3) { edges { node { matched matchedField node { id } } } } }',
      { text },
    );
    const top = data?.search.edges[0]?.node;
    expect(top?.node.id).toBe(id);
    expect(top?.matched).toBe(matched);
  });

  it('lists both venues of the lunch with their sources, planned and actual, as no conflict', async () => {
    type Claims = {
      claims: {
        predicate: string;
        conflict: boolean;
        values: { value: string; node: { id: string } | null; evidence: { article: { id: string } } }[];
      }[];
    };
    const { data } = await api.run<Claims>(
      `query { claims(about: "${LUNCH}") { predicate conflict values { value node { id } evidence { article { id } } } } }`,
    );
    // 001 (written before) gives the venue planned, 000 the party's headquarters it moved to.
    const venue = data?.claims.find((c) => c.predicate === 'HELD_AT');
    expect(venue?.conflict).toBe(false);
    expect(new Set(venue?.values.map((v) => v.node?.id))).toEqual(
      new Set(['place:benkirane-residence', 'place:pjd-headquarters']),
    );
    expect(new Set(venue?.values.map((v) => v.evidence.article.id)).size).toBe(2);
    const only = await api.run<Claims>(
      `query { claims(about: "${LUNCH}", onlyConflicts: true) { predicate conflict values { value } } }`,
    );
    expect(only.data?.claims).toEqual([]);
  });

  it('gives a timeline in date order and articles with their passages', async () => {
    const { data } = await api.run<{
      timeline: { date: string }[];
      articles: { totalCount: number; edges: { node: { article: { id: string }; passages: string[] } }[] };
    }>(
      `query { timeline(id: "${BENKIRANE}") { date } articles(mentioning: "${BENKIRANE}") { totalCount edges { node { article { id } passages } } } }`,
    );
    const dates = data?.timeline.map((t) => t.date) ?? [];
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort());
    // Every article the dataset cites for him, by a relation or a mention, and no other.
    const citing = new Set([
      ...ds.relations.filter((r) => r.from === BENKIRANE || r.to === BENKIRANE).map((r) => r.article),
      ...ds.mentions.filter((m) => m.entity === BENKIRANE).map((m) => m.article),
    ]);
    expect(citing.size).toBeGreaterThan(1);
    expect(data?.articles.totalCount).toBe(citing.size);
    expect(new Set(data?.articles.edges.map((e) => e.node.article.id))).toEqual(citing);
    expect(data?.articles.edges.every((e) => e.node.passages.length > 0)).toBe(true);
  });

  it('draws a neighbourhood whose edges join its nodes, filtered by date', async () => {
    type G = {
      neighbourhood: {
        nodes: { id: string }[];
        edges: { source: { id: string }; target: { id: string }; date: string | null }[];
      };
    };
    const q = `query($since: String, $until: String, $u: Boolean) { neighbourhood(id: "org:pjd", depth: 2, since: $since, until: $until, includeUndated: $u) { nodes { id } edges { date source { id } target { id } } } }`;
    const all = await api.run<G>(q);
    const ids = new Set(all.data?.neighbourhood.nodes.map((n) => n.id));
    expect(ids.size).toBeGreaterThan(5);
    expect(all.data?.neighbourhood.edges.every((e) => ids.has(e.source.id) && ids.has(e.target.id))).toBe(
      true,
    );
    const dated = await api.run<G>(q, { since: '2021', until: '2021', u: false });
    expect(dated.data?.neighbourhood.edges.length ?? 0).toBeLessThan(
      all.data?.neighbourhood.edges.length ?? 0,
    );
  });

  it('gives an article its full text wherever it appears, though lists of nodes leave it out', async () => {
    type A = { id: string; text?: string };
    const r = await api.run<{
      articles: { edges: { node: { article: A } }[] };
      neighbourhood: { nodes: A[] };
      search: { edges: { node: { node: A } }[] };
    }>(
      `query { articles(mentioning: "${BENKIRANE}") { edges { node { article { id text } } } }
         neighbourhood(id: "${BENKIRANE}", relationTypes: [MENTIONS]) { nodes { id ... on Article { text } } }
         search(text: "Benkirane", kinds: [ARTICLE]) { edges { node { node { id ... on Article { text } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const seen = [
      ...r.data!.articles.edges.map((e) => e.node.article),
      ...r.data!.neighbourhood.nodes.filter((n) => n.id.startsWith('article:')),
      ...r.data!.search.edges.map((e) => e.node.node),
    ];
    expect(new Set(seen.map((a) => a.id)).size).toBeGreaterThan(1);
    const stored = await api.run<{ nodes: A[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Article { text } } }',
      {
        ids: [...new Set(seen.map((a) => a.id))],
      },
    );
    const textOf = new Map(stored.data!.nodes.map((n) => [n.id, n.text]));
    for (const a of seen) {
      expect(a.text!.length, a.id).toBeGreaterThan(1000);
      expect(a.text).toBe(textOf.get(a.id));
    }
  });

  it('cuts a neighbourhood at `limit` nodes, says so, and keeps the centre and only edges between kept nodes', async () => {
    type G = {
      neighbourhood: {
        truncated: boolean;
        nodes: { id: string }[];
        edges: { id: string; source: { id: string }; target: { id: string } }[];
      };
    };
    const q = `query($limit: Int) { neighbourhood(id: "person:abdelilah-benkirane", depth: 3, limit: $limit) { truncated nodes { id } edges { id source { id } target { id } } } }`;
    const fetch = async (limit: number) => {
      const r = await api.run<G>(q, { limit });
      if (r.errors) throw new Error(`limit ${limit}: ${r.errors.map((e) => e.message).join('; ')}`);
      return r.data!.neighbourhood;
    };
    /** A cut and the full neighbourhood around it (nothing else writes to this file's database). */
    async function cutOf(limit: number) {
      return { full: await fetch(200), cut: await fetch(limit) };
    }
    const { full: first } = await cutOf(1);
    expect(first.truncated).toBe(false);
    expect(first.nodes.length).toBeGreaterThan(20);
    for (const limit of [1, 2, 7, first.nodes.length - 1, first.nodes.length]) {
      const { full, cut } = await cutOf(limit);
      const fullIds = new Set(full.nodes.map((n) => n.id));
      const fullEdges = new Set(full.edges.map((e) => e.id));
      const ids = cut.nodes.map((n) => n.id);
      expect(ids.length, `limit ${limit}`).toBe(Math.min(limit, fullIds.size));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids[0]).toBe('person:abdelilah-benkirane');
      expect(ids.every((id) => fullIds.has(id))).toBe(true);
      expect(cut.truncated, `limit ${limit}`).toBe(fullIds.size > limit);
      // Every edge of the full answer whose two ends were kept, and no other.
      const kept = new Set(ids);
      expect(cut.edges.map((e) => e.id).sort()).toEqual(
        full.edges
          .filter((e) => kept.has(e.source.id) && kept.has(e.target.id))
          .map((e) => e.id)
          .sort(),
      );
      expect(cut.edges.every((e) => fullEdges.has(e.id))).toBe(true);
    }
  });
});

describe('errors carry documented codes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each([
    [
      'maxHops above 6',
      `{ connection(from: "${BENKIRANE}", to: "org:ump", maxHops: 7) { length } }`,
      'maxHops',
    ],
    ['first above 100', `{ amplifiers(of: "org:ump", first: 101) { totalCount } }`, 'first'],
    ['a malformed id', `{ node(id: "Robert'); DROP") { id } }`, 'id'],
    ['depth above 3', `{ neighbourhood(id: "org:pjd", depth: 4) { truncated } }`, 'depth'],
    ['a bad date', `{ neighbourhood(id: "org:pjd", since: "yesterday") { truncated } }`, 'since'],
    ['a forged cursor', `{ amplifiers(of: "org:ump", after: "bm9wZQ") { totalCount } }`, 'after'],
  ])('%s → BAD_USER_INPUT naming the argument', async (_name, query, field) => {
    const { errors } = await api.run(query);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(field);
    expect(JSON.stringify(errors)).not.toMatch(/MATCH|stacktrace|at \//);
  });

  it('an unknown centre of a neighbourhood → NOT_FOUND (regression: an empty subgraph was returned)', async () => {
    const { errors } = await api.run('{ neighbourhood(id: "org:no-such-org") { truncated } }');
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('an unknown id → null and NOT_FOUND', async () => {
    const { data, errors } = await api.run<{ person: null }>('{ person(id: "person:nobody-at-all") { id } }');
    expect(data?.person).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
