/** Direct Cypher access for tests that check what the graph itself holds. */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { GraphRepository } from '../../src/graph/repository.js';

export function testDriver(): { driver: Driver; repo: GraphRepository; database: string } {
  const config = loadConfig();
  const driver = createDriver(config);
  return {
    driver,
    repo: new GraphRepository(driver, config.NEO4J_DATABASE),
    database: config.NEO4J_DATABASE,
  };
}

export async function cypher<T = Record<string, unknown>>(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const r = await driver.executeQuery(query, params, { routing: neo4j.routing.READ });
  return r.records.map((x) => x.toObject() as T);
}
