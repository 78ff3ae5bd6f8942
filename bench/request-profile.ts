/**
 * `npm run bench:request-profile [-- --requests 600]`: where one request's time goes on the seed
 * graph. The load test's mix runs sequentially through the API in this process (no HTTP: Apollo's
 * executeOperation, the product's context and driver) under V8's CPU profiler; self time is
 * bucketed by package, and idle time is the process waiting for Neo4j. Needs the local Neo4j with
 * the seed graph (`npm start`, or `npm run db:start` then `npm run load`). Writes
 * bench/results/request-profile.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/graphql/server.js';
import { createLogger } from '../src/logger.js';
import { cliOptions, count } from './lib/args.js';
import { finishMachineInfo, machineInfo } from './lib/machine.js';
import { seedMix } from './load/load-test.js';

const opts = cliOptions(
  { requests: { type: 'string' } },
  z.object({ requests: count(10).max(100_000).default(600) }),
  'Usage: npm run bench:request-profile -- [--requests 600]',
);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** Which part of the process a profile node's code belongs to. */
function bucketOf(n: ProfileNode): string {
  if (n.callFrame.functionName === '(idle)') return '(idle: waiting for Neo4j)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n.callFrame.url)?.[1];
  if (pkg) return pkg;
  if (n.callFrame.url.includes('/src/')) return 'this API (src/)';
  return n.callFrame.url ? 'Node internals' : n.callFrame.functionName || '(native)';
}

const machine = machineInfo();
const config = loadConfig({ ...process.env, WARM_UP: 'false' });
const driver = createDriver(config);
const apollo = createApolloServer(config, createLogger('silent'));
await apollo.start();
const deps = { driver, database: config.NEO4J_DATABASE, requestTimeoutMs: config.REQUEST_TIMEOUT_MS };
const mix = seedMix().map((m) => ({
  name: m.name,
  ...(JSON.parse(m.body) as { query: string; variables: Record<string, unknown> }),
}));
const run = async (i: number) => {
  const m = mix[i % mix.length]!;
  const res = await apollo.executeOperation(
    { query: m.query, variables: m.variables },
    { contextValue: createContext(deps, `profile-${i}`) },
  );
  if (res.body.kind === 'single' && res.body.singleResult.errors)
    throw new Error(`${m.name}: ${JSON.stringify(res.body.singleResult.errors)}`);
};

try {
  // Warm: JIT on both sides, plan cache, connection pool.
  for (let i = 0; i < 300; i++) await run(i);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < opts.requests; i++) await run(i);
  const ms = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');
  const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const buckets = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const b = bucketOf(nodes.get(id)!);
    buckets.set(b, (buckets.get(b) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  const sampled = [...buckets.values()].reduce((a, b) => a + b, 0);
  const rows = [...buckets]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(
      ([k, us]) =>
        `| ${k} | ${((us / sampled) * 100).toFixed(1)} % | ${(us / 1000 / opts.requests).toFixed(2)} |`,
    );
  const m = finishMachineInfo(machine);
  const md = [
    '# Where a request’s time goes (seed graph, `npm run bench:request-profile`)',
    '',
    `${opts.requests} requests of the load test's mix (${mix.map((x) => x.name).join(', ')}), one at a time, ` +
      `through Apollo's executeOperation in one process, after 300 warm-up requests: ` +
      `**${(ms / opts.requests).toFixed(2)} ms per request**. Measured ${new Date().toISOString()}, ` +
      `load average ${m.loadAverage.start} → ${m.loadAverage.end ?? '?'}.`,
    '',
    '| where (self time) | share | ms per request |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  console.log(md);
  const dir = path.resolve('bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'request-profile.md'), md);
  console.log(`Written: ${path.relative(process.cwd(), path.join(dir, 'request-profile.md'))}`);
} finally {
  await apollo.stop();
  await driver.close();
}
