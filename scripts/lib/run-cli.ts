/**
 * Runs a script's main: an error the user can act on (bad configuration, an invalid dataset, a
 * local Neo4j that cannot start) prints its message alone and exits 1; anything else prints in full.
 */
import { ConfigError } from '../../src/config.js';
import { DatasetError } from '../../src/data/dataset.js';

export function runCli(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    const known =
      e instanceof ConfigError ||
      e instanceof DatasetError ||
      (e as Error | null)?.name === 'LocalNeo4jError';
    console.error(known ? (e as Error).message : e);
    process.exit(1);
  });
}
