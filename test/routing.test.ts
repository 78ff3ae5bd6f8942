/**
 * The driver through the routing scheme (`neo4j://`), the code path used with Aura or a cluster: the
 * driver first fetches a routing table, then sends reads and writes where it says. The local Neo4j
 * (one instance) answers routing requests as a cluster of one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraphCounts } from './support/db.js';
import { createTestApi, type TestApi } from './support/api.js';

describe('neo4j:// routing', () => {
  let api: TestApi;
  beforeAll(async () => {
    const bolt = process.env.NEO4J_URI ?? '';
    expect(bolt).toMatch(/^bolt:\/\//);
    api = await createTestApi({ NEO4J_URI: bolt.replace(/^bolt:/, 'neo4j:') });
  });
  afterAll(() => api.close());

  it('reads the graph through a routing driver', async () => {
    expect(api.config.NEO4J_URI).toMatch(/^neo4j:\/\//);
    const r = await api.run<{ health: { nodeCount: number } }>('{ health { nodeCount } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.health.nodeCount).toBe(seedGraphCounts().nodes);
  });

  it('writes through it (routed to the writer) and reads the write back', async () => {
    const token = await api.token();
    const created = await api.run<{ addAlias: { id: string; aliases: string[] } }>(
      `mutation { addAlias(id: "person:abdelilah-benkirane", alias: "Routing Alias") { id aliases } }`,
      undefined,
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.addAlias.aliases).toContain('Routing Alias');
    const read = await api.run<{ person: { aliases: string[] } }>(
      '{ person(id: "person:abdelilah-benkirane") { aliases } }',
    );
    expect(read.data?.person.aliases).toContain('Routing Alias');
  });
});
