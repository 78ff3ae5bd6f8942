/**
 * Jest, only for Apollo's integration suite (test/apollo-suite/); everything else runs in vitest.
 * ts-jest compiles our ESM TypeScript to CommonJS, so the suite, @apollo/server, the Lambda
 * integration and our adapter all load the one CommonJS graphql-js.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/apollo-suite'],
  testMatch: ['**/*.suite.ts'],
  // Our sources import './x.js' (NodeNext ESM); under CommonJS the file is './x.ts'.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        // Transpile only: `npm run typecheck` type-checks these files.
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          verbatimModuleSyntax: false,
          isolatedModules: true,
        },
      },
    ],
  },
  testTimeout: 30_000,
};
