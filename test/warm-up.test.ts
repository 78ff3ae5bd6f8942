/**
 * The warm-up at start: every query of the typed SDK runs once, without an error, on the seed graph,
 * before the server answers its first real call of that shape (the benchmark, bench/first-call.ts,
 * measures what it buys).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode } from 'graphql';
import { loadConfig } from '../src/config.js';
import * as operations from '../src/generated/operations.js';
import { knownQueries } from '../src/graphql/warm-up.js';
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

  it('runs each of them once, without an error, on ids it finds in the graph', async () => {
    const report = await app.warmedUp;
    expect(report).not.toBeNull();
    expect(report!.operations).toBe(2 * knownQueries().length + 1);
    expect(report!.failed).toEqual([]);
    expect(report!.errors).toBe(0);
    console.log(`warm-up: ${report!.operations} operations in ${report!.ms} ms`);
  }, 180_000);

  it('does not warm up when asked not to', async () => {
    const quiet = await startApp(loadConfig(), createLogger('silent'), { port: 0, warmUp: false });
    try {
      expect(await quiet.warmedUp).toBeNull();
    } finally {
      await quiet.close();
    }
  });
});
