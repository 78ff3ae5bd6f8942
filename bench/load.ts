/**
 * `npm run bench:load [-- --graph seed|<scale>] [--duration 10] [--connections 1,10,50]`: the
 * bounded loopback load test alone. `seed` (default) is the curated dataset in its own benchmark
 * database; a scale name uses that scale's synthetic graph (generate it first). Writes
 * bench/results/load-<graph>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadTestOn, loadTestSeed } from './benchmark.js';
import { cliOptions, count, intList } from './lib/args.js';
import { openBenchDb } from './lib/bench-db.js';
import { finishMachineInfo, machineInfo } from './lib/machine.js';
import { ScaleArg } from './lib/scale.js';
import type { LoadTestResult } from './load/load-test.js';

const USAGE =
  'Usage: npm run bench:load -- [--graph seed|tiny|small|medium|large|<fraction>] [--duration 10] [--connections 1,10,50]';

const opts = cliOptions(
  { graph: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string' } },
  z.object({
    graph: z.union([z.literal('seed'), ScaleArg]).default('seed'),
    duration: count(1).max(120).default(10),
    connections: intList(1000).prefault('1,10,50'),
  }),
  USAGE,
);

const machine = machineInfo();
const load = { durationSeconds: opts.duration, levels: opts.connections };
let result: LoadTestResult;
if (opts.graph === 'seed') {
  console.log('Load test on the seed graph:');
  result = await loadTestSeed(load);
} else {
  const db = await openBenchDb(opts.graph);
  try {
    const manifest = db.readManifest();
    if (!manifest) throw new Error(`No synthetic graph in ${db.dir}: run npm run bench:generate first`);
    console.log(`Load test on the synthetic graph "${opts.graph.name}":`);
    result = await loadTestOn(db, manifest.targets, load);
  } finally {
    await db.close();
  }
}
const name = opts.graph === 'seed' ? 'seed' : opts.graph.name;
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `load-${name}.json`);
writeFileSync(file, `${JSON.stringify({ machine: finishMachineInfo(machine), ...result }, null, 2)}\n`);
console.table(
  result.levels.map((l, i) => {
    const d = result.driver?.levels[i];
    return {
      connections: l.connections,
      'req/s': l.requestsPerSecond,
      'p50 ms': l.latencyMs.p50,
      'p99 ms': l.latencyMs.p99,
      errors: l.errors.connection + l.errors.timeouts + l.errors.non2xx + l.errors.graphql,
      'driver req/s': d?.requestsPerSecond ?? '—',
      'driver p99 ms': d?.latencyMs.p99 ?? '—',
      'API / driver': d ? `${(l.requestsPerSecond / Math.max(1, d.requestsPerSecond)).toFixed(2)}×` : '—',
    };
  }),
);
console.log(`Written: ${path.relative(process.cwd(), file)}`);
