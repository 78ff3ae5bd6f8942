/** `npm run load`: validate data/ and upsert it into Neo4j (constraints and indexes first). */
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadDataset } from '../src/data/loader.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphRepository } from '../src/graph/repository.js';
import { withLocalNeo4j } from './lib/with-neo4j.js';
import { runCli } from './lib/run-cli.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await withLocalNeo4j(config, async () => {
    const driver = createDriver(config);
    try {
      const repo = new GraphRepository(driver, config.NEO4J_DATABASE);
      const s = await loadDataset(repo.runner, path.resolve('data'), (m) => console.log(m));
      console.log(`Loaded ${s.nodes} nodes, ${s.relations} relations, ${s.claims} claims in ${s.ms} ms.`);
      console.table({ ...(await repo.countsByLabel()) });
      console.table({ ...(await repo.countsByType()) });
    } finally {
      await driver.close();
    }
  });
}

runCli(main);
