/**
 * The warm-up at start (local server and both Lambda handlers): every query of the typed SDK runs, in
 * each parameter shape Neo4j plans separately, without an error, on the seed graph,
 * before the server answers its first real call of that shape (the benchmark, bench/first-call.ts,
 * measures what it buys).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentNode } from 'graphql';
import { loadConfig } from '../src/config.js';
import * as operations from '../src/generated/operations.js';
import { NodeId } from '../src/graphql/args.js';
import { MADE_UP, knownQueries } from '../src/graphql/warm-up.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';

const sdkQueries = Object.values(operations as Record<string, unknown>)
  .filter(
    (d): d is DocumentNode => typeof d === 'object' && d !== null && (d as DocumentNode).kind === 'Document',
  )
  .flatMap((d) => d.definitions)
  .flatMap((d) =>
    d.kind === 'OperationDefinition' && d.operation === 'query' && d.name ? [d.name.value] : [],
  );

describe('warm-up at start', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0, warmUp: true });
  });
  afterAll(() => app.close());

  it('replays every query of the typed SDK', () => {
    expect(sdkQueries.length).toBeGreaterThan(10);
    expect(
      knownQueries()
        .map((q) => q.name)
        .sort(),
    ).toEqual([...new Set(sdkQueries)].sort());
  });

  it('runs each of them in every parameter shape, without an error, on ids it finds in the graph', async () => {
    const report = await app.warmedUp;
    expect(report).not.toBeNull();
    // Twice each (Neo4j caches a plan from its second run), most in several shapes, plus the seeds.
    expect(report!.operations).toBeGreaterThan(3 * knownQueries().length);
    expect(report!.failed).toEqual([]);
    expect(report!.errors).toBe(0);
    console.log(`warm-up: ${report!.operations} operations in ${report!.ms} ms`);
  }, 180_000);

  // Regression: the stand-ins once had no known kind prefix (`warm:none`), so on a graph without
  // short ids (the benchmark's) their queries were refused as BAD_USER_INPUT and never planned.
  it('stands in for a missing length class with ids the API accepts, of both classes', () => {
    const ids = [...MADE_UP];
    for (const id of ids) expect(NodeId.safeParse(id).success, id).toBe(true);
    expect(ids.filter((id) => id.length <= 10)).toHaveLength(2);
    expect(ids.filter((id) => id.length > 10)).toHaveLength(2);
  });

  it('does not warm up when asked not to', async () => {
    const quiet = await startApp(loadConfig(), createLogger('silent'), { port: 0, warmUp: false });
    try {
      expect(await quiet.warmedUp).toBeNull();
    } finally {
      await quiet.close();
    }
  });
});

describe('warm-up during the Lambda init', () => {
  afterAll(() => vi.unstubAllEnvs());

  it('warms both handlers (HTTP API and direct invocation) in every shape, without an error', async () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'influence-graph-api-test-warm-up');
    vi.stubEnv('WARM_UP', 'true');
    vi.resetModules();
    const runtime = await import('../src/lambda/runtime.js');
    try {
      const [http, direct] = await Promise.all([
        import('../src/lambda/graphql.js').then((m) => m.warmedUp),
        import('../src/lambda/invoke.js').then((m) => m.warmedUp),
      ]);
      for (const report of [http, direct]) {
        expect(report?.failed).toEqual([]);
        expect(report!.operations).toBeGreaterThan(3 * knownQueries().length);
      }
    } finally {
      await runtime.closeRuntime();
    }
  }, 180_000);
});
