/** Generates and loads the synthetic graph of a scale into the benchmark database; writes the manifest. */
import { CypherRunner } from '../../src/graph/runner.js';
import type { BenchDb, Manifest } from '../lib/bench-db.js';
import type { Scale } from '../lib/scale.js';
import { bulkLoad } from './bulk-load.js';
import { SyntheticPlan } from './synthetic.js';

export async function generateInto(
  db: BenchDb,
  scale: Scale,
  opts: {
    seed: number;
    batchSize?: number;
    concurrency?: number;
    quiet?: boolean;
    log?: (s: string) => void;
  },
): Promise<Manifest> {
  const log = opts.log ?? console.log;
  const plan = new SyntheticPlan(scale, opts.seed);
  log(
    `Synthetic graph "${scale.name}" (seed ${opts.seed}): ${plan.nodeTotal.toLocaleString('en')} nodes, ` +
      `${plan.relationTotal.toLocaleString('en')} relations (${plan.counts.people.toLocaleString('en')} people, ` +
      `${plan.counts.accounts.toLocaleString('en')} accounts, ${plan.counts.amplifies.toLocaleString('en')} AMPLIFIES).`,
  );
  const runner = new CypherRunner(db.driver, db.config.NEO4J_DATABASE);
  const load = await bulkLoad(runner, plan, {
    batchSize: opts.batchSize,
    concurrency: opts.concurrency,
    quiet: opts.quiet,
  });
  const manifest: Manifest = {
    scale,
    seed: opts.seed,
    counts: plan.counts,
    nodeTotals: { ...plan.nodeTotals },
    relationTotals: { ...plan.relationTotals },
    targets: plan.plannedTargets(),
    load,
    generatedAt: new Date().toISOString(),
  };
  db.writeManifest(manifest);
  log(
    `Loaded ${load.nodes.toLocaleString('en')} nodes in ${(load.nodeMs / 1000).toFixed(1)} s ` +
      `(${load.nodesPerSecond.toLocaleString('en')} nodes/s) and ${load.relations.toLocaleString('en')} relations in ` +
      `${(load.relationMs / 1000).toFixed(1)} s (${load.edgesPerSecond.toLocaleString('en')} edges/s), batches of ${load.batchSize}, ${load.concurrency} in flight.`,
  );
  return manifest;
}
