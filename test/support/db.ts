/** Direct Cypher access for tests that check what the graph itself holds. */
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { readDataset } from '../../src/data/dataset.js';
import { loadDataset, toGraphRows } from '../../src/data/loader.js';
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

/** Empties the test database and loads data/ into it: the seed graph, nothing else. */
export async function resetDatabase(): Promise<void> {
  const { driver, repo } = testDriver();
  try {
    const session = driver.session({ defaultAccessMode: 'WRITE' });
    try {
      // Auto-commit batches: a file may have left far more than one transaction should delete at once.
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await loadDataset(repo.runner, path.resolve('data'));
  } finally {
    await driver.close();
  }
}

/** How many nodes and relationships the seed graph has: articles, entities and claims (with ABOUT). */
export function seedGraphCounts(): { nodes: number; relationships: number } {
  const rows = toGraphRows(readDataset(path.resolve('data')));
  return {
    nodes: rows.nodes.length + rows.claims.length,
    relationships: rows.relations.length + rows.claims.length,
  };
}

/** A write straight to the database, for tests that change the graph behind the API's back. */
export async function cypherWrite(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  await driver.executeQuery(query, params, { routing: neo4j.routing.WRITE });
}
