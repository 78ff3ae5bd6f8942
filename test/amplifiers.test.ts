/**
 * The heaviest amplifiers of a node are planned two ways (src/graph/cypher.ts): a hub walks the
 * AMPLIFIES weight index from the top, other nodes read all their relations. Both must give exactly
 * the answer of the general relation pages (the same query with a date window that lets everything
 * through), page after page, ties, unweighted relations and retractions included.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher } from './support/db.js';

const ARTICLE = 'article:pourquoi-benkirane-invite-des-influenceurs-du-web';
const EXCERPT = 'Ghassan Benchiheb, responsable des réseaux sociaux au PJD, est derrière cet événement.';
/** Figures of the test hub's amplifiers: ties at several cuts, and two without a figure. */
const WEIGHTS = [90, 70, 70, 70, 50, 50, 30, 10, 10, null, null, 5];
/** No relation is dated before this: as a window it keeps everything but takes the general plan. */
const EVERYTHING = { since: '0001', includeUndated: true };

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { cursor: string; other: { id: string }; node: { id: string; weight: number | null } }[];
}

// Many requests per test: generous on a loaded two-core CI machine.
describe('amplifiers of a hub and of ordinary nodes', { timeout: 120_000 }, () => {
  let api: TestApi;
  let editor: string;
  const suffix = randomUUID().slice(0, 8);
  const hub = `org:test-hub-${suffix}`;
  let retracted = '';

  const run = async <T>(query: string, variables: Record<string, unknown>) => {
    const r = await api.run<T>(query, variables, editor);
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };

  /**
   * Every page of `amplifiers(of)`, `first` at a time, with or without the all-pass window, and the
   * plan that served each page (from the request's trace).
   */
  async function allPages(
    of: string,
    first: number,
    when?: object,
  ): Promise<{ pages: Page[]; plans: string[] }> {
    const pages: Page[] = [];
    const plans: string[] = [];
    let after: string | null = null;
    do {
      const r = await api.run<{ amplifiers: Page }>(
        `query($of: ID!, $first: Int, $after: String, $when: TimeWindow) {
           amplifiers(of: $of, first: $first, after: $after, when: $when) {
             totalCount pageInfo { endCursor hasNextPage }
             edges { cursor other { id } node { id weight } } } }`,
        { of, first, after, when: when ?? null },
        editor,
      );
      expect(r.errors).toBeUndefined();
      const amplifiers: Page = r.data!.amplifiers;
      pages.push(amplifiers);
      plans.push(...r.trace.plans);
      after = amplifiers.pageInfo.hasNextPage ? amplifiers.pageInfo.endCursor : null;
    } while (after && pages.length < 50);
    return { pages, plans };
  }

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('amplifier-tests');
    const create = (kind: string, id: string, name: string, extra: object = {}) =>
      run(`mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`, {
        i: { kind, id, name, evidence: [{ article: ARTICLE, excerpt: EXCERPT }], ...extra },
      });
    await create('ORGANIZATION', hub, `Test hub ${suffix}`, { subtype: 'party' });
    const ids: string[] = [];
    for (const [i, weight] of WEIGHTS.entries()) {
      const from = `person:test-amplifier-${suffix}-${i}`;
      await create('PERSON', from, `Amplifier ${i} ${suffix}`);
      const { addRelation } = await run<{ addRelation: { id: string } }>(
        `mutation($i: AddRelationInput!) { addRelation(input: $i) { id } }`,
        {
          i: {
            type: 'AMPLIFIES',
            from,
            to: hub,
            weight,
            metric: 'followers',
            // Test nodes are in no article: the support check wants a basis.
            inferred: true,
            basis: 'test fixture',
            evidence: { article: ARTICLE, excerpt: EXCERPT },
          },
        },
      );
      ids.push(addRelation.id);
    }
    // Retract one of the tied 70s: it leaves the count and the pages, unless asked for.
    retracted = ids[2]!;
    await run(`mutation($id: ID!) { retractRelation(id: $id, reason: "test") { id } }`, { id: retracted });
  });

  afterAll(() => api.close());

  it('gives the same pages as the general plan, for the hub and every amplified node of the seed graph', async () => {
    const targets = await cypher<{ id: string }>(
      api.driver,
      'MATCH (t:Entity) WHERE COUNT { (t)<-[:AMPLIFIES]-() } > 0 RETURN t.id AS id',
    );
    expect(targets.map((t) => t.id)).toContain(hub);
    const used = new Set<string>();
    for (const { id } of targets) {
      for (const first of [1, 2, 3, 5, 20]) {
        const planned = await allPages(id, first);
        const general = await allPages(id, first, EVERYTHING);
        expect(planned.pages, `${id}, first ${first}`).toEqual(general.pages);
        expect(new Set(general.plans)).toEqual(new Set(['filtered:WEIGHT_DESC']));
        for (const p of planned.plans) used.add(p);
      }
    }
    // Both ways of finding the heaviest ran: the weight index from the top (the hub) and the scan.
    expect([...used].sort()).toEqual(['topAmplifiers:false:index', 'topAmplifiers:false:scan']);
  });

  it('ranks heaviest first, unweighted last, ties by id, and leaves the retracted one out of the count', async () => {
    const {
      pages: [page],
    } = await allPages(hub, 20);
    const kept = WEIGHTS.length - 1;
    expect(page!.totalCount).toBe(kept);
    expect(page!.edges.map((e) => e.node.id)).not.toContain(retracted);
    const weights = page!.edges.map((e) => e.node.weight);
    expect(weights).toEqual([90, 70, 70, 50, 50, 30, 10, 10, 5, null, null]);
    const tied = page!.edges.filter((e) => e.node.weight === 70).map((e) => e.node.id);
    expect(tied).toEqual([...tied].sort());
  });

  it('shows the retracted one when asked', async () => {
    type Amplified = { totalCount: number; edges: { node: { id: string } }[] };
    const { nodes } = await run<{ nodes: { amplifiedBy: Amplified; all: Amplified }[] }>(
      `query($id: ID!) { nodes(ids: [$id]) { ... on Organization {
         amplifiedBy(first: 20) { totalCount edges { node { id } } }
         all: amplifiedBy(first: 20, filter: { includeRetracted: true }) { totalCount edges { node { id } } } } } }`,
      { id: hub },
    );
    const [org] = nodes;
    expect(org!.amplifiedBy.totalCount).toBe(WEIGHTS.length - 1);
    expect(org!.all.totalCount).toBe(WEIGHTS.length);
    expect(org!.all.edges.map((e) => e.node.id)).toContain(retracted);
    expect(org!.amplifiedBy.edges.map((e) => e.node.id)).not.toContain(retracted);
  });
});
