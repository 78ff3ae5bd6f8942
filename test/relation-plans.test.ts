/**
 * Pages of relations are read by one of three plans (src/graph/cypher.ts): typed expansion for a few
 * types without filters, the amplifiers plan, and the filtered plan that tests every relation. The
 * typed plan must give exactly the filtered plan's answer — counts, order, pages — which a window
 * letting everything through forces. Checked for every node of the seed graph, both directions and
 * every order, all nodes in one request (one statement). The trace of each request
 * says which plan served every page, so a change of the routing makes this test fail rather than
 * compare a plan with itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher } from './support/db.js';

/** No relation is dated before this: as a window it keeps everything but takes the filtered plan. */
const EVERYTHING = '{ since: "0001", includeUndated: true';

interface Conn {
  totalCount: number;
  edges: { node: { id: string } }[];
}

// Many requests per test: generous on a loaded two-core CI machine.
describe('relation page plans', { timeout: 120_000 }, () => {
  let api: TestApi;
  let ids: string[];
  beforeAll(async () => {
    api = await createTestApi();
    ids = (
      await cypher<{ id: string }>(api.driver, "MATCH (n:Entity {origin: 'dataset'}) RETURN n.id AS id")
    ).map((r) => r.id);
  });
  afterAll(() => api.close());

  const typeSets = [
    // One type with several relations at some node in each direction (since restatements of one fact
    // are merged, nobody ATTENDED two events of the seed graph).
    ['CRITICIZED'],
    ['INVITED', 'ORGANIZED'],
    ['MEMBER_OF', 'HOLDS_ROLE', 'AMPLIFIES', 'MENTIONS'],
  ];

  it.each(typeSets.flatMap((types) => ['OUTGOING', 'INCOMING', null].map((dir) => [types, dir] as const)))(
    'typed %j %s: the same pages as the filtered plan in every order',
    async (types, dir) => {
      for (const order of ['WEIGHT_DESC', 'DATE_ASC', 'DATE_DESC']) {
        for (const after of [null, Buffer.from('o:1').toString('base64url')]) {
          /** Every node's page, by whichever plan the API picks for `filter`; and the plans that ran. */
          const pages = async (filter: string) => {
            const nodes: { id: string; page: Conn }[] = [];
            const plans = new Set<string>();
            // `nodes(ids)` takes up to 100 ids per request.
            for (let i = 0; i < ids.length; i += 100) {
              const r = await api.run<{ nodes: { id: string; page: Conn }[] }>(
                `query($ids: [ID!]!, $types: [RelationType!], $dir: Direction, $after: String) {
                   nodes(ids: $ids) { id ... on Entity {
                     page: relations(first: 2, after: $after, types: $types, direction: $dir, filter: ${filter} orderBy: ${order} }) { totalCount edges { node { id } } } } } }`,
                { ids: ids.slice(i, i + 100), types, dir, after },
              );
              expect(r.errors).toBeUndefined();
              // One statement: the nodes with the page of every node (src/graphql/prefetch.ts).
              expect(r.trace.statements).toHaveLength(1);
              expect(r.trace.statements[0]).toMatch(/^NODE_TREE /);
              for (const p of r.trace.plans) plans.add(p.split(':')[0]!);
              nodes.push(...r.data!.nodes);
            }
            return { nodes, plans: [...plans] };
          };
          const typed = await pages('{');
          const filtered = await pages(EVERYTHING);
          expect(typed.plans).toEqual(['typed']);
          expect(filtered.plans).toEqual(['filtered']);
          expect(typed.nodes).toHaveLength(ids.length);
          expect(typed.nodes).toEqual(filtered.nodes);
          expect(typed.nodes.some((n) => n.page.totalCount > 1)).toBe(true);
        }
      }
    },
  );
});
