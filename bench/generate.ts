/**
 * `npm run bench:generate -- --scale S [--seed N] [--batch-size N]`: (re)creates the benchmark
 * database of scale S (tiny, small, medium, large or a fraction of large) with the synthetic graph.
 * Always starts from an empty store, so the graph is exactly the seed's.
 */
import { z } from 'zod';
import { cliOptions, count } from './lib/args.js';
import { openBenchDb } from './lib/bench-db.js';
import { ScaleArg } from './lib/scale.js';
import { generateInto } from './generate/generate.js';
import { DEFAULT_SEED } from './generate/synthetic.js';

const USAGE = `Usage: npm run bench:generate -- --scale tiny|small|medium|large|<fraction> [--seed ${DEFAULT_SEED}] [--batch-size 10000] [--concurrency 2]`;

const opts = cliOptions(
  {
    scale: { type: 'string' },
    seed: { type: 'string' },
    'batch-size': { type: 'string' },
    concurrency: { type: 'string' },
  },
  z.object({
    scale: ScaleArg.prefault('small'),
    seed: count(0).default(DEFAULT_SEED),
    'batch-size': count(100).max(100_000).default(10_000),
    concurrency: count(1).max(8).default(2),
  }),
  USAGE,
);

const db = await openBenchDb(opts.scale, { fresh: true });
try {
  await generateInto(db, opts.scale, {
    seed: opts.seed,
    batchSize: opts['batch-size'],
    concurrency: opts.concurrency,
  });
  console.log(`Manifest: ${db.dir}/bench-manifest.json. Next: npm run bench -- --scale ${opts.scale.name}`);
} finally {
  await db.close();
}
