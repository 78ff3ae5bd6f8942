/**
 * `npm run bench -- --scale S`: the journalist questions side by side (raw Cypher, this API,
 * @neo4j/graphql) on the synthetic graph of scale S, PROFILE of what the API ran, the loopback load
 * test on the seed graph and the Lambda cold start; prints the tables and writes
 * bench/results/<S>.json and .md. Run `npm run bench:generate -- --scale S` first.
 */
import path from 'node:path';
import { z } from 'zod';
import { loadTestSeed, runQueryPhase, type QueryPhaseResult } from './benchmark.js';
import { cliOptions, count, intList, wordList } from './lib/args.js';
import { openBenchDb } from './lib/bench-db.js';
import { measureColdStart, type ColdStartResult } from './lib/cold-start.js';
import { finishMachineInfo, machineInfo } from './lib/machine.js';
import { ScaleArg } from './lib/scale.js';
import type { LoadTestResult } from './load/load-test.js';
import { JOURNALIST_QUERIES } from './queries/journalist.js';
import { evaluateGoals, renderMarkdown, writeReport, type BenchReport } from './report.js';

const PHASES = ['queries', 'load', 'cold-start'] as const;
const USAGE = `Usage: npm run bench -- --scale tiny|small|medium|large|<fraction>
  [--iterations 100] [--warmup 20] [--jvm-warmup 30] [--skip load,cold-start] [--queries ${JOURNALIST_QUERIES.map((q) => q.key).join(',')}]
  [--duration 10] [--connections 1,10,50] [--out bench/results]`;

const opts = cliOptions(
  {
    scale: { type: 'string' },
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    'jvm-warmup': { type: 'string' },
    skip: { type: 'string' },
    queries: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    out: { type: 'string' },
  },
  z.object({
    scale: ScaleArg.prefault('small'),
    iterations: count(1).max(100_000).default(100),
    warmup: count(0).max(10_000).default(20),
    'jvm-warmup': count(0).max(600).default(30),
    skip: wordList.pipe(z.array(z.enum(PHASES))).prefault(''),
    queries: wordList
      .pipe(z.array(z.enum(JOURNALIST_QUERIES.map((q) => q.key) as [string, ...string[]])))
      .optional(),
    duration: count(1).max(120).default(10),
    connections: intList(1000).prefault('1,10,50'),
    out: z.string().default('bench/results'),
  }),
  USAGE,
);

const machine = machineInfo();
const runs = (p: (typeof PHASES)[number]) => !opts.skip.includes(p);

const db = await openBenchDb(opts.scale);
const manifest = db.readManifest();
if (!manifest) {
  await db.close();
  console.error(
    `No synthetic graph for scale "${opts.scale.name}" in ${db.dir}: run npm run bench:generate -- --scale ${opts.scale.name}`,
  );
  process.exit(1);
}
let phase: QueryPhaseResult | undefined;
try {
  if (runs('queries')) {
    console.log(`\nJournalist queries (${opts.iterations} iterations, ${opts.warmup} warm-up):`);
    phase = await runQueryPhase(db, manifest.targets, {
      iterations: opts.iterations,
      warmup: opts.warmup,
      jvmWarmupSeconds: opts['jvm-warmup'],
      only: opts.queries,
    });
  }
} finally {
  await db.close();
}

let loadTest: LoadTestResult | null = null;
if (runs('load')) {
  console.log('\nLoad test on the seed graph:');
  loadTest = await loadTestSeed({ durationSeconds: opts.duration, levels: opts.connections });
}

let coldStart: ColdStartResult = { status: 'skipped' };
if (runs('cold-start')) {
  console.log('\nCold start (npm run bench:cold-start)…');
  coldStart = measureColdStart();
}

const partial: Omit<BenchReport, 'goals'> = {
  scale: opts.scale,
  measuredAt: new Date().toISOString(),
  machine: finishMachineInfo(machine),
  neo4j: { version: phase?.neo4jVersion ?? 'Neo4j', ...db.memory },
  graph: {
    seed: manifest.seed,
    counts: manifest.counts,
    nodeTotals: manifest.nodeTotals,
    relationTotals: manifest.relationTotals,
    load: manifest.load,
    generatedAt: manifest.generatedAt,
  },
  settings: {
    iterations: opts.iterations,
    warmup: opts.warmup,
    jvmWarmupSeconds: opts['jvm-warmup'],
    resultBudget: db.config.GRAPHQL_MAX_RESULT_SIZE,
    nodeEnv: process.env.NODE_ENV ?? 'unset',
  },
  libSchemaMs: phase?.libSchemaMs,
  queries: phase?.queries ?? null,
  profile: phase?.profile ?? null,
  loadTest,
  coldStart,
};
const report: BenchReport = { ...partial, goals: evaluateGoals(partial) };
const files = writeReport(report, path.resolve(opts.out));
console.log(`\n${renderMarkdown(report)}`);
console.log(
  `Written: ${path.relative(process.cwd(), files.md)}, ${path.relative(process.cwd(), files.json)}`,
);
