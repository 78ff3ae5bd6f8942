/**
 * Bulk load of the synthetic graph: batched UNWIND in write transactions over the product's own rows
 * (`toGraphRows`) and node statement (UPSERT_NODES), so what is stored is exactly what `npm run load`
 * would write for the same entities. Relations use CREATE_RELATIONS (see why in bench-cypher.ts).
 * One transaction per batch (the curated loader's single transaction would not fit millions of rows
 * in the heap); the next batch is generated while the previous one is being written.
 */
import { toGraphRows } from '../../src/data/loader.js';
import type { DatasetRows } from '../../src/data/dataset.js';
import { CREATE_RELATIONS } from '../../src/graph/bench-cypher.js';
import { UPSERT_NODES } from '../../src/graph/cypher.js';
import type { CypherRunner } from '../../src/graph/runner.js';
import { SCHEMA_STATEMENTS } from '../../src/graph/schema-statements.js';
import { progressBar } from '../lib/progress.js';
import {
  SYNTHETIC_ORIGIN,
  syntheticNodes,
  syntheticRelations,
  type Item,
  type SyntheticPlan,
} from './synthetic.js';

export interface LoadStats {
  nodes: number;
  relations: number;
  nodeMs: number;
  relationMs: number;
  nodesPerSecond: number;
  edgesPerSecond: number;
  batchSize: number;
  /** Write transactions in flight at once. */
  concurrency: number;
}

function emptyDataset(): DatasetRows {
  return { articles: [], entities: [], relations: [], claims: [], mentions: [] };
}

function* batches(items: Iterable<Item>, size: number): Generator<DatasetRows & { size: number }> {
  let ds = { ...emptyDataset(), size: 0 };
  for (const it of items) {
    if (it.t === 'article') ds.articles.push(it.v);
    else if (it.t === 'entity') ds.entities.push(it.v);
    else if (it.t === 'relation') ds.relations.push(it.v);
    else ds.mentions.push(it.v);
    if (++ds.size >= size) {
      yield ds;
      ds = { ...emptyDataset(), size: 0 };
    }
  }
  if (ds.size) yield ds;
}

async function writeAll(
  runner: CypherRunner,
  items: Iterable<Item>,
  opts: {
    batchSize: number;
    concurrency: number;
    label: string;
    unit: string;
    total: number;
    quiet: boolean;
  },
  pick: (rows: ReturnType<typeof toGraphRows>) => { statement: string; rows: unknown[] },
): Promise<{ count: number; ms: number }> {
  const bar = progressBar(opts.label, opts.unit, opts.quiet);
  const started = performance.now();
  let count = 0;
  bar.start(opts.total, 0, { rate: 0 });
  const inFlight = new Set<Promise<void>>();
  try {
    for (const batch of batches(items, opts.batchSize)) {
      const { statement, rows } = pick(toGraphRows(batch, SYNTHETIC_ORIGIN));
      while (inFlight.size >= opts.concurrency) await Promise.race(inFlight);
      const write: Promise<void> = runner
        .write((tx) => tx.run(statement, { rows }))
        .then(() => {
          inFlight.delete(write);
          count += rows.length;
          bar.update(count, { rate: Math.round(count / ((performance.now() - started) / 1000)) });
        });
      inFlight.add(write);
    }
    await Promise.all(inFlight);
  } finally {
    bar.stop();
  }
  return { count, ms: performance.now() - started };
}

/** Constraints and indexes first (MERGE by id needs the unique index), then nodes, then relations. */
export async function bulkLoad(
  runner: CypherRunner,
  plan: SyntheticPlan,
  opts: { batchSize?: number; concurrency?: number; quiet?: boolean } = {},
): Promise<LoadStats> {
  const batchSize = opts.batchSize ?? 10_000;
  const concurrency = opts.concurrency ?? 1;
  const quiet = opts.quiet ?? false;
  await runner.schema(SCHEMA_STATEMENTS);
  const nodes = await writeAll(
    runner,
    syntheticNodes(plan),
    { batchSize, concurrency, label: 'nodes', unit: 'nodes', total: plan.nodeTotal, quiet },
    (r) => ({ statement: UPSERT_NODES, rows: r.nodes }),
  );
  const relations = await writeAll(
    runner,
    syntheticRelations(plan),
    { batchSize, concurrency, label: 'relations', unit: 'edges', total: plan.relationTotal, quiet },
    (r) => ({ statement: CREATE_RELATIONS, rows: r.relations }),
  );
  await runner.schema([]);
  return {
    nodes: nodes.count,
    relations: relations.count,
    nodeMs: Math.round(nodes.ms),
    relationMs: Math.round(relations.ms),
    nodesPerSecond: Math.round(nodes.count / (nodes.ms / 1000)),
    edgesPerSecond: Math.round(relations.count / (relations.ms / 1000)),
    batchSize,
    concurrency,
  };
}
