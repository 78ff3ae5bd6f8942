/**
 * `npm run bench:hostile -- [--requests 2000] [--concurrency 8] [--seed 1]`: the hostile run against a
 * production-mode server (bench/hostile/run.ts) on a throwaway Neo4j loaded with data/ (or the
 * NEO4J_URI given, used as it is). Prints what each kind of request got and writes
 * bench/results/hostile.json and hostile.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { loadDataset } from '../src/data/loader.js';
import { freePort, startLocalNeo4j } from '../src/dev/local-neo4j.js';
import { createDriver } from '../src/graph/driver.js';
import { GraphRepository } from '../src/graph/repository.js';
import { cliOptions, count } from './lib/args.js';
import { runHostile, type HostileResult } from './hostile/run.js';

const opts = cliOptions(
  { requests: { type: 'string' }, concurrency: { type: 'string' }, seed: { type: 'string' } },
  z.object({
    requests: count().default(2000),
    concurrency: count().max(64).default(8),
    seed: count(0).default(1),
  }),
  'npm run bench:hostile -- [--requests 2000] [--concurrency 8] [--seed 1]',
);

export function hostileReport(r: HostileResult): string {
  const rows = r.kinds.map(
    (k) =>
      `| ${k.kind} | ${k.sent} | ${Object.entries(k.answers)
        .map(([a, n]) => `${a} ×${n}`)
        .join(', ')} |`,
  );
  return [
    `# Hostile run — ${r.requests} requests, ${r.concurrency} at a time, ${r.seconds.toFixed(1)} s`,
    '',
    `Production-mode server (NODE_ENV=production, own secret, no development tokens). ` +
      `**${r.serverErrors} HTTP 5xx, ${r.noAnswer} without an answer, ${r.crashed ? 'CRASHED' : 'no crash'}**, ` +
      `alive after: ${r.aliveAfter}. Resident memory: ${r.baselineRssMb.toFixed(0)} MB at start, ` +
      `**peak ${r.peakRssMb.toFixed(0)} MB**.`,
    '',
    '| request | sent | answers (status code × count) |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

let dataDir: string | undefined;
let stop: (() => Promise<void>) | undefined;
try {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-hostile-'));
    console.log('Starting a throwaway Neo4j and loading data/…');
    const db = await startLocalNeo4j({ port: await freePort(), dataDir, pageCacheMb: 128, heap: '768m' });
    stop = db.stop;
    uri = db.uri;
    const driver = createDriver(loadConfig({ NEO4J_URI: uri }));
    await loadDataset(new GraphRepository(driver, 'neo4j').runner, path.resolve('data'));
    await driver.close();
  }
  console.log(`Sending ${opts.requests} hostile requests, ${opts.concurrency} at a time…`);
  const result = await runHostile({ neo4jUri: uri, ...opts, log: (l) => console.log(l) });
  const md = hostileReport(result);
  console.log(`\n${md}`);
  writeFileSync(path.resolve('bench/results/hostile.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.resolve('bench/results/hostile.md'), md);
  console.log('Written to bench/results/hostile.json and hostile.md');
  process.exitCode = result.serverErrors || result.noAnswer || result.crashed ? 1 : 0;
} finally {
  await stop?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
