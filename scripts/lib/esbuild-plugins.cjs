/**
 * esbuild plugins for the Lambda bundles (serverless.yml → custom.esbuild.plugins). CommonJS because
 * serverless-esbuild loads this file with require(). Each drops code that is dead for us: a smaller
 * bundle means less parsing and compiling, which is most of a cold start.
 */
'use strict';
const path = require('node:path');

/**
 * @as-integrations/aws-lambda is CommonJS and require()s @apollo/server, which would pull in Apollo's
 * CJS build next to the ESM build our code imports: two copies of Apollo Server (and of its
 * usage-reporting plugin). Point those require() calls at the ESM build instead (it only takes
 * HeaderMap from it).
 * @type {import('esbuild').Plugin}
 */
const dedupeApolloServer = {
  name: 'dedupe-apollo-server',
  setup(build) {
    build.onResolve({ filter: /^@apollo\/server$/ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      return build.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
    });
  },
};

/**
 * zod 4 re-exports every error-message locale (`z.locales`, ~250 KB minified) and only ever uses
 * English unless told otherwise. Keep `en`, drop the rest.
 * @type {import('esbuild').Plugin}
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}zod${path.sep}`)) return undefined;
      return { path: path.join(args.resolveDir, '../locales/index.js'), namespace: 'zod-locales' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * neo4j-driver loads rxjs (~160 KB minified) at start-up for its reactive API (`driver.rxSession()`;
 * rxjs is only touched inside those classes' methods). This project uses async sessions only, so rxjs
 * becomes a stub whose members throw a clear error if anything ever calls the reactive API in a
 * Lambda bundle.
 * @type {import('esbuild').Plugin}
 */
const neo4jWithoutRxjs = {
  name: 'neo4j-without-rxjs',
  setup(build) {
    build.onResolve({ filter: /^rxjs(\/operators)?$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}neo4j-driver${path.sep}`)) return undefined;
      return { path: args.path, namespace: 'rxjs-stub' };
    });
    build.onLoad({ filter: /.*/, namespace: 'rxjs-stub' }, () => ({
      loader: 'js',
      contents: `
        const unavailable = function () {
          throw new Error(
            "neo4j-driver's reactive API (rxSession) is not in this bundle: rxjs is stubbed by scripts/lib/esbuild-plugins.cjs",
          );
        };
        module.exports = new Proxy({}, {
          get: (_, key) => (typeof key === 'string' && key !== '__esModule' && key !== 'then' ? unavailable : undefined),
        });`,
    }));
  },
};

module.exports = [dedupeApolloServer, zodEnglishOnly, neo4jWithoutRxjs];
