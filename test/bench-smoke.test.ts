/**
 * Smoke test of the benchmark (npm run bench:generate / bench / bench:load) at a tiny scale, in its
 * own throwaway Neo4j so the synthetic graph never mixes with the test dataset. It checks the
 * pipeline and the shape of its output, never timings: the three implementations answer the same
 * questions alike, PROFILE covers what the API ran, the load test counts requests and errors, and
 * the report renders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTestOn, runQueryPhase } from '../bench/benchmark.js';
import { generateInto } from '../bench/generate/generate.js';
import { DEFAULT_SEED } from '../bench/generate/synthetic.js';
import { openBenchDb, type BenchDb } from '../bench/lib/bench-db.js';
import { machineInfo } from '../bench/lib/machine.js';
import { JOURNALIST_QUERIES } from '../bench/queries/journalist.js';
import { evaluateGoals, renderMarkdown, type BenchReport } from '../bench/report.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/dev/local-neo4j.js';

/** A fifth of `tiny`: ~65 people, 200 accounts, 1,000 AMPLIFIES — seconds to load. */
const SCALE = { name: 'smoke', fraction: 0.0002 };
const quiet = () => {};

let dir: string;
let neo4j: LocalNeo4j | undefined;
let db: BenchDb | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-bench-'));
  neo4j = await startLocalNeo4j({
    port: await freePort(),
    dataDir: path.join(dir, 'store'),
    pageCacheMb: 64,
    heap: '512m',
  });
  db = await openBenchDb(SCALE, { uri: neo4j.uri, dir, log: quiet });
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('benchmark smoke run (tiny scale, own Neo4j)', () => {
  it('generates the graph, measures raw / ours / @neo4j/graphql side by side, profiles, load-tests and reports', async () => {
    const bench = db as BenchDb;
    const manifest = await generateInto(bench, SCALE, { seed: DEFAULT_SEED, quiet: true, log: quiet });
    const planned = Object.values(manifest.relationTotals).reduce((a, b) => a + b, 0);
    expect(manifest.load.relations).toBe(planned);
    expect(manifest.load.nodes).toBe(Object.values(manifest.nodeTotals).reduce((a, b) => a + b, 0));

    const phase = await runQueryPhase(bench, manifest.targets, {
      iterations: 3,
      warmup: 1,
      jvmWarmupSeconds: 0,
      log: quiet,
    });
    expect(phase.queries.map((q) => q.key)).toEqual(JOURNALIST_QUERIES.map((q) => q.key));
    for (const q of phase.queries) {
      // The product's API works unchanged on the synthetic graph, as does the floor.
      // …and so do the API's own statements replayed through the driver alone.
      for (const impl of ['raw', 'ours', 'statements'] as const) {
        expect(q.impls[impl].skipped, `${q.key} ${impl}`).toBeUndefined();
        expect(q.impls[impl].errors, `${q.key} ${impl}`).toBe(0);
        expect(q.impls[impl].latency?.n, `${q.key} ${impl}`).toBe(3);
      }
      expect(q.ratios.oursRaw.p50).toBeGreaterThan(0);
      expect(q.ratios.oursStatements.p50).toBeGreaterThan(0);
      expect(q.ratios.statementsRaw.p50).toBeGreaterThan(0);
    }
    const byKey = new Map(phase.queries.map((q) => [q.key, q]));
    expect(byKey.get('path')?.impls.lib.skipped).toMatch(/shortest-path/);
    // Same data through three paths: the top-20 amplifiers of the hub agree in size and total.
    const hub = byKey.get('amplifiers-hub')?.impls;
    expect(hub?.raw.items).toBe(20);
    expect([hub?.ours.items, hub?.lib.items]).toEqual([20, 20]);
    expect([hub?.ours.total, hub?.lib.total]).toEqual([hub?.raw.total, hub?.raw.total]);
    expect(hub?.lib.latency?.n).toBe(3);
    // Round trips: the floor is one statement, and so is the API (one per root field).
    expect(hub?.raw.roundTrips).toBe(1);
    expect(hub?.ours.roundTrips).toBe(1);

    // PROFILE covers every question, on both sides, with the product's statement names.
    const profiled = new Set(phase.profile.map((p) => `${p.journalist}/${p.side}`));
    for (const q of JOURNALIST_QUERIES) {
      expect(profiled.has(`${q.key}/ours`), q.key).toBe(true);
      expect(profiled.has(`${q.key}/raw`), q.key).toBe(true);
    }
    expect(phase.profile.map((p) => p.statement)).toContain('NODE_TREE');
    for (const q of phase.queries) expect(q.impls.ours.roundTrips, q.key).toBe(1);

    const loadTest = await loadTestOn(bench, manifest.targets, {
      durationSeconds: 1,
      warmupSeconds: 0,
      levels: [2],
      log: quiet,
    });
    expect(loadTest.levels).toHaveLength(1);
    expect(loadTest.levels[0]?.requests).toBeGreaterThan(0);
    expect(loadTest.levels[0]?.errors).toEqual({ connection: 0, timeouts: 0, non2xx: 0, graphql: 0 });
    // The floor beside it: the same mix's statements (one per request) through the driver alone.
    expect(Object.keys(loadTest.driver?.statementsPerRequest ?? {})).toEqual(loadTest.mix);
    expect(Object.values(loadTest.driver?.statementsPerRequest ?? {}).every((n) => n === 1)).toBe(true);
    expect(loadTest.driver?.levels[0]?.requests).toBeGreaterThan(0);
    expect(loadTest.driver?.levels[0]?.errors.connection).toBe(0);

    const partial: Omit<BenchReport, 'goals'> = {
      scale: SCALE,
      measuredAt: new Date().toISOString(),
      machine: machineInfo(),
      neo4j: { version: phase.neo4jVersion },
      graph: { ...manifest },
      settings: { iterations: 3, warmup: 1, resultBudget: bench.config.GRAPHQL_MAX_RESULT_SIZE },
      libSchemaMs: phase.libSchemaMs,
      queries: phase.queries,
      profile: phase.profile,
      loadTest,
      coldStart: { status: 'skipped' },
    };
    const report: BenchReport = { ...partial, goals: evaluateGoals(partial) };
    expect(report.goals.map((g) => g.status)).toContain('n/a at this scale');
    const md = renderMarkdown(report);
    console.log(md);
    expect(md).toContain("| query | raw Cypher | ours | ours' statements | @neo4j/graphql |");
    for (const q of JOURNALIST_QUERIES) expect(md).toContain(q.title);
    expect(md).toMatch(/no shortest-path operation/);
    expect(md).toMatch(/driver alone: req\/s/);
    expect(report.goals.map((g) => g.goal)).toContain(
      'API throughput ≥ 0.7× the driver alone on the same mix',
    );
    // ~25 s alone; a loaded CI machine (the rest of the suite on two cores) can take several times that.
  }, 240_000);
});
