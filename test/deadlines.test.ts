/**
 * Deadlines on both sides: a request past its deadline starts no statement (TIMEOUT, no round trip),
 * and a statement still running at the deadline is stopped by Neo4j itself (the deadline is the
 * transaction timeout), not left to grow in the database or the heap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRunner, DeadlineExceededError } from '../src/graph/runner.js';
import { createContext } from '../src/graphql/context.js';
import { createTestApi, type TestApi } from './support/api.js';

describe('deadlines', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('stops a runaway statement at the deadline, in the database', async () => {
    const runner = new CypherRunner(api.driver, api.config.NEO4J_DATABASE, undefined, {
      deadline: Date.now() + 500,
    });
    // Counting to ten billion takes minutes; the transaction timeout ends it.
    const runaway = runner.read(
      'UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
    );
    await expect(runaway).rejects.toBeInstanceOf(DeadlineExceededError);
    const [running] = (
      await api.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
        { marker: 'range(1, 10000000000)' },
      )
    ).records.map((r) => r.get('n') as number);
    expect(running).toBe(0);
  });

  it('answers a request whose deadline has passed with TIMEOUT, before any statement runs', async () => {
    const ctx = createContext(
      { driver: api.driver, database: api.config.NEO4J_DATABASE },
      'late-request',
      undefined,
      Date.now() - 1,
    );
    const res = await api.apollo.executeOperation(
      { query: '{ person(id: "person:abdelilah-benkirane") { name } }' },
      { contextValue: ctx },
    );
    const result = res.body.kind === 'single' ? res.body.singleResult : null;
    expect(result?.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect(result?.errors?.[0]?.message).toMatch(/did not finish in time/);
    expect(ctx.repo.roundTrips).toBe(0);
  });
});
