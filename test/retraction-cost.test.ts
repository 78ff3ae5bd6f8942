/**
 * Retracted relations cost nothing where there are none: a page of relations at a node without
 * retractions does the same work (database hits, from PROFILE) however many relations were retracted
 * elsewhere in the graph, and a node with some still hides them.
 */
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';

// Four types at most: the typed plan, which reads only these types at the node and counts them from
// the degree store, and the one that counts hidden relations (past four types pages are filtered).
const TYPES = '[MEMBER_OF, HOLDS_ROLE, AMPLIFIES, CRITICIZED]';
const PAGE = `query($id: ID!) { entity(id: $id) { relations(first: 5, types: ${TYPES}) { totalCount edges { node { id } } } } }`;
const QUIET = 'person:abdelilah-benkirane';

const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + hits(c), 0);

describe('the cost of retractions', () => {
  let api: TestApi;
  let editor: string;
  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('retracting-editor');
  });
  afterAll(() => api.close());

  /** The page's statement as the API ran it, profiled: its database hits. */
  async function pageHits(id: string): Promise<number> {
    const r = await api.run(PAGE, { id });
    expect(r.errors).toBeUndefined();
    const q = r.trace.queries!.find((x) => x.cypher.includes('NODE_TREE'))!;
    // Regression: with eight types this measured the filtered plan, which has no hidden count at all.
    expect(q.cypher).toMatch(/NODE_TREE typed/);
    const session = api.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(`PROFILE ${q.cypher}`, q.params);
      return hits(res.summary.profile as ProfiledPlan);
    } finally {
      await session.close();
    }
  }
  const total = async (id: string) =>
    (await api.run<{ entity: { relations: { totalCount: number } } }>(PAGE, { id })).data!.entity.relations
      .totalCount;

  it('same work at a quiet node after 20 retractions elsewhere; hidden where they are', async () => {
    const before = await pageHits(QUIET);
    const busy = 'org:ump';
    const ids = (
      await api.run<{ entity: { relations: { edges: { node: { id: string } }[] } } }>(
        `query { entity(id: "org:ump") { relations(first: 20, types: ${TYPES}) { edges { node { id } } } } }`,
      )
    ).data!.entity.relations.edges.map((e) => e.node.id);
    const busyTotal = await total(busy);
    const NEIGHBOURS = `query($id: ID!, $when: TimeWindow) { neighbourhood(id: $id, depth: 2, limit: 500, when: $when) { edges { id } } }`;
    const edgesAround = async (id: string, when?: unknown) =>
      (
        await api.run<{ neighbourhood: { edges: { id: string }[] } }>(NEIGHBOURS, { id, when })
      ).data!.neighbourhood.edges.map((e) => e.id);
    const shownBefore = await edgesAround(busy);
    expect(shownBefore.filter((e) => ids.includes(e)).length).toBeGreaterThan(0);
    for (const id of ids) {
      const r = await api.run(
        `mutation { retractRelation(id: "${id}", reason: "cost test") { id } }`,
        {},
        editor,
      );
      expect(r.errors).toBeUndefined();
    }
    expect(await pageHits(QUIET)).toBe(before);
    expect(await total(busy)).toBe(busyTotal - ids.length);
    // The neighbourhood reads retractions only at marked nodes: it still hides every one of them,
    // with and without a date window, around the busy node and from two hops away.
    for (const when of [undefined, { since: '0001', includeUndated: true }]) {
      const after = await edgesAround(busy, when);
      expect(after.filter((e) => ids.includes(e))).toEqual([]);
      expect(after.length).toBeGreaterThan(0);
      expect((await edgesAround(QUIET, when)).filter((e) => ids.includes(e))).toEqual([]);
    }
  });

  it('counts and ranks the corpus amplification without retracted relations (count store less the retracted)', async () => {
    const q = `query { amplification(first: 50) { totalCount edges { node { id } } } }`;
    type A = { amplification: { totalCount: number; edges: { node: { id: string } }[] } };
    const before = (await api.run<A>(q)).data!.amplification;
    const gone = before.edges[0]!.node.id;
    const r = await api.run(
      `mutation { retractRelation(id: "${gone}", reason: "ranking test") { id } }`,
      {},
      editor,
    );
    expect(r.errors).toBeUndefined();
    const after = (await api.run<A>(q)).data!.amplification;
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.edges.map((e) => e.node.id)).toEqual(
      before.edges.map((e) => e.node.id).filter((id) => id !== gone),
    );
  });
});
