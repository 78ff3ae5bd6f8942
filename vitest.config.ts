import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j per worker (./test/setup/neo4j.ts), reloaded from data/ before each file (./database.ts).
    globalSetup: ['test/setup/neo4j.ts'],
    setupFiles: ['test/setup/database.ts'],
    // Two cores: two workers, each with its own Neo4j; integration tests are I/O bound.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
