/**
 * The benchmark phases, callable from the CLI (bench/run.ts, bench/load.ts) and the smoke test:
 * side-by-side journalist queries with PROFILE of what the API ran, and the loopback load test.
 */
import path from 'node:path';
import { loadDataset } from '../src/data/loader.js';
import { CypherRunner } from '../src/graph/runner.js';
import type { Logger } from '../src/logger.js';
import { startApp } from '../src/server/app.js';
import { startNeo4jGraphqlServer } from './compare/neo4j-graphql.js';
import type { PlannedTargets } from './generate/synthetic.js';
import { openBenchDb, type BenchDb } from './lib/bench-db.js';
import { recordingDriver } from './lib/recording-driver.js';
import { recordRequests, statementRecorder } from './load/driver-load.js';
import { runLoadTest, seedMix, syntheticMix, type LoadTestResult } from './load/load-test.js';
import { JOURNALIST_QUERIES, type JournalistQuery, type Vars } from './queries/journalist.js';
import { measureQuery, warmUp, type QueryResult } from './queries/measure.js';
import { profileStatements, StatementRecorder, type ProfileResult } from './queries/profile.js';

/**
 * The product's logger at `info`, as deployed, minus the terminal: each line is still serialised
 * (its cost stays in the measurement) and then dropped; warnings and errors are printed.
 */
export function benchLogger(): Logger {
  const line = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    const s = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
    if (level === 'warn' || level === 'error') process.stderr.write(`${s}\n`);
  };
  return { debug: () => {}, info: line('info'), warn: line('warn'), error: line('error') };
}

export interface QueryPhaseResult {
  neo4jVersion: string;
  /** How long @neo4j/graphql took to build its schema (start-up cost, not in the latencies). */
  libSchemaMs: number;
  queries: QueryResult[];
  profile: ProfileResult[];
}

export async function runQueryPhase(
  db: BenchDb,
  targets: PlannedTargets,
  opts: {
    iterations: number;
    warmup: number;
    /** Seconds of warm-up over all questions before the first measurement (default 30). */
    jvmWarmupSeconds?: number;
    only?: readonly string[];
    log?: (s: string) => void;
  },
): Promise<QueryPhaseResult> {
  const log = opts.log ?? console.log;
  const recorder = new StatementRecorder();
  const libCounter = new StatementRecorder();
  // What the API runs for each parameter set, replayed through the driver alone (measure.ts).
  const perRequest = statementRecorder();
  const ours = await startApp(db.config, benchLogger(), {
    port: 0,
    driver: recordingDriver(db.driver, (query, params) => {
      recorder.sink(query, params);
      perRequest.sink(query, params);
    }),
  });
  const lib = await startNeo4jGraphqlServer(db.uri, db.config.NEO4J_DATABASE, (d) =>
    recordingDriver(d, libCounter.sink),
  );
  try {
    // The API's own start-up warm-up must be over: its statements would be taken for a request's.
    await ours.warmedUp;
    const info = await db.driver.getServerInfo();
    const queries: QueryResult[] = [];
    const firstVariant = new Map<string, Vars>();
    const selected: JournalistQuery[] = JOURNALIST_QUERIES.filter(
      (q) => !opts.only || opts.only.includes(q.key),
    );
    const endpoints = {
      driver: db.driver,
      database: db.config.NEO4J_DATABASE,
      oursUrl: ours.url,
      libUrl: lib.url,
      oursStatements: perRequest,
    };
    const warmupSeconds = opts.jvmWarmupSeconds ?? 30;
    if (warmupSeconds > 0) {
      log(`  warm-up over all questions, ${warmupSeconds} s…`);
      const n = await warmUp(selected, targets, endpoints, warmupSeconds);
      log(`    ${n} requests`);
    }
    for (const q of selected) {
      log(`  ${q.title}…`);
      const r = await measureQuery(q, targets, endpoints, {
        iterations: opts.iterations,
        warmup: opts.warmup,
        hooks: {
          // Capture the product's statements during the warm-up; only count them while timing.
          warmupStart: (x) => {
            recorder.active = libCounter.active = x.key;
            recorder.capturing = true;
          },
          timedStart: (x) => {
            recorder.capturing = false;
            recorder.take(x.key);
            libCounter.take(x.key);
          },
          timedEnd: (x) => {
            recorder.active = libCounter.active = undefined;
            return { ours: recorder.take(x.key), lib: libCounter.take(x.key) };
          },
        },
      });
      firstVariant.set(q.key, r.variants[0] as Vars);
      const fmt = (i: keyof QueryResult['impls']) => {
        const x = r.impls[i];
        return x.latency ? `${x.latency.p50} ms` : 'n/a';
      };
      log(`    p50 raw ${fmt('raw')}, ours ${fmt('ours')}, @neo4j/graphql ${fmt('lib')}`);
      for (const [impl, x] of Object.entries(r.impls)) {
        if (x.skipped && !('unsupported' in q.lib && impl === 'lib')) log(`    ${impl}: ${x.skipped}`);
        if (x.errors) log(`    ${impl}: ${x.errors} errors, first: ${x.firstError}`);
      }
      queries.push(r);
    }
    log('  PROFILE of the statements the API ran…');
    const profile = await profileStatements(
      db.driver,
      db.config.NEO4J_DATABASE,
      recorder,
      selected,
      firstVariant,
    );
    return { neo4jVersion: info.agent ?? 'unknown', libSchemaMs: Math.round(lib.schemaMs), queries, profile };
  } finally {
    await lib.close();
    await ours.close();
  }
}

export interface LoadOptions {
  durationSeconds: number;
  levels: number[];
  /** Discarded warm-up before the levels (default 20 s). */
  warmupSeconds?: number;
  log?: (s: string) => void;
}

/**
 * The HTTP load test of `mix` against the API on `db`, and beside each level the same mix through
 * the driver alone: the statements each request cost, recorded through the API once its warm-up is
 * over.
 */
async function loadTestWithFloor(
  db: BenchDb,
  graph: string,
  mix: { name: string; body: string }[],
  opts: LoadOptions,
): Promise<LoadTestResult> {
  const recorder = statementRecorder();
  const app = await startApp(db.config, benchLogger(), {
    port: 0,
    driver: recordingDriver(db.driver, recorder.sink),
  });
  try {
    await app.warmedUp;
    const url = `${app.url}/graphql`;
    const post = async (body: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await res.text();
      if (!res.ok || text.includes('"errors"')) throw new Error(`mix request failed: ${text.slice(0, 300)}`);
    };
    const requests = await recordRequests(mix, post, recorder);
    return await runLoadTest(url, graph, mix, {
      log: console.log,
      ...opts,
      floor: { driver: db.driver, database: db.config.NEO4J_DATABASE, requests },
      ...(db.neo4j?.process.pid !== undefined ? { neo4jPid: db.neo4j.process.pid } : {}),
    });
  } finally {
    await app.close();
  }
}

/** Load test against a benchmark database that is already open (the synthetic graph). */
export async function loadTestOn(
  db: BenchDb,
  targets: PlannedTargets,
  opts: LoadOptions,
): Promise<LoadTestResult> {
  return loadTestWithFloor(db, `synthetic (${path.basename(db.dir)})`, syntheticMix(targets), opts);
}

/**
 * Load test on the seed graph (the curated dataset in data/), in its own benchmark database
 * (.neo4j/bench/seed), loaded with the product's loader.
 */
export async function loadTestSeed(opts: LoadOptions): Promise<LoadTestResult> {
  const log = opts.log ?? console.log;
  const db = await openBenchDb({ name: 'seed', fraction: 0.001 }, { log });
  try {
    await loadDataset(new CypherRunner(db.driver, db.config.NEO4J_DATABASE), path.resolve('data'));
    return await loadTestWithFloor(db, 'seed (data/)', seedMix(), { ...opts, log });
  } finally {
    await db.close();
  }
}
