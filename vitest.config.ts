import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql-js in the process, as under Node and in the bundle: Vite would give our sources the
    // package's ESM build while Apollo loads its CommonJS build, and graphql-js refuses to mix the two
    // ("Cannot use GraphQLInterfaceType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j per worker (./test/setup/neo4j.ts), reloaded from data/ before each file (./database.ts).
    globalSetup: ['test/setup/neo4j.ts'],
    setupFiles: ['test/setup/database.ts'],
    // Two cores: two workers, each with its own Neo4j; integration tests are I/O bound.
    maxWorkers: 2,
    // No warm-up queries in the background of every server a test starts; test/warm-up.test.ts
    // turns it on where it is what is tested.
    env: { WARM_UP: 'false' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
