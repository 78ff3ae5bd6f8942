/**
 * `npm run bench:cache-hints -- --scale S`: what the Cache-Control computation costs each request.
 * Two Apollo Servers over the same schema, resolvers, driver and database differ only in it: Apollo's
 * cache-control plugin (hooks every resolved field, so Apollo wraps every resolver) and the product's
 * (src/graphql/cache-hints.ts: read from the operation, once per document). Each journalist question
 * runs through both alternately, in this process (executeOperation, no HTTP); the process's CPU time
 * and the wall time of each request are recorded, and both must give the same header. Writes
 * bench/results/cache-hints-<S>.md and .json. Run `npm run bench:generate -- --scale S` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { z } from 'zod';
import { cachePolicy } from '../src/graphql/cache-policy.js';
import { createContext, type GraphContext } from '../src/graphql/context.js';
import { executableSchema } from '../src/graphql/server.js';
import { cliOptions, count, wordList } from './lib/args.js';
import { openBenchDb } from './lib/bench-db.js';
import { finishMachineInfo, machineInfo } from './lib/machine.js';
import { ScaleArg } from './lib/scale.js';
import { ratio, summarize } from './lib/stats.js';
import { JOURNALIST_QUERIES, type GraphqlCall } from './queries/journalist.js';

const USAGE = `Usage: npm run bench:cache-hints -- [--scale medium] [--iterations 60] [--warmup 20] [--queries ${JOURNALIST_QUERIES.map((q) => q.key).join(',')}]`;
const opts = cliOptions(
  {
    scale: { type: 'string' },
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    queries: { type: 'string' },
  },
  z.object({
    scale: ScaleArg.prefault('medium'),
    iterations: count(1).max(10_000).default(60),
    warmup: count(0).max(10_000).default(20),
    queries: wordList.optional(),
  }),
  USAGE,
);

const machine = machineInfo();
const db = await openBenchDb(opts.scale);
const manifest = db.readManifest();
if (!manifest) {
  await db.close();
  console.error(
    `No synthetic graph for scale "${opts.scale.name}": run npm run bench:generate -- --scale ${opts.scale.name}`,
  );
  process.exit(1);
}

const schema = executableSchema();
const server = (cache: ApolloServerPlugin<GraphContext>[]) =>
  new ApolloServer<GraphContext>({
    schema,
    plugins: [...cache, ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
const variants = {
  "Apollo's plugin": server([ApolloServerPluginCacheControl()]),
  'read from the operation': server([cachePolicy<GraphContext>(), ApolloServerPluginCacheControlDisabled()]),
};
type Variant = keyof typeof variants;
const names = Object.keys(variants) as Variant[];
for (const s of Object.values(variants)) await s.start();
const deps = { driver: db.driver, database: db.config.NEO4J_DATABASE };

/** One request: its wall and CPU milliseconds and the header it got. */
async function request(variant: Variant, call: GraphqlCall) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const res = await variants[variant].executeOperation(call, { contextValue: createContext(deps, 'bench') });
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  if (res.body.kind !== 'single' || res.body.singleResult.errors)
    throw new Error(
      `${variant}: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : 'incremental')}`,
    );
  return {
    wall,
    cpu: (used.user + used.system) / 1000,
    header: res.http.headers.get('cache-control') ?? null,
  };
}

interface Row {
  key: string;
  title: string;
  cpu: Record<Variant, number>;
  p50: Record<Variant, number>;
  headers: Record<Variant, string | null>;
}
const rows: Row[] = [];
try {
  for (const q of JOURNALIST_QUERIES) {
    if (opts.queries && !opts.queries.includes(q.key)) continue;
    const calls = q.variants(manifest.targets).map(q.ours);
    const samples = Object.fromEntries(names.map((n) => [n, { wall: [] as number[], cpu: [] as number[] }]));
    const headers = {} as Record<Variant, string | null>;
    for (let i = 0; i < opts.warmup; i++) for (const n of names) await request(n, calls[i % calls.length]!);
    for (let i = 0; i < opts.iterations; i++) {
      // Alternate which goes first, so neither always meets a warmer cache.
      for (const n of i % 2 ? [...names].reverse() : names) {
        const r = await request(n, calls[i % calls.length]!);
        samples[n]!.wall.push(r.wall);
        samples[n]!.cpu.push(r.cpu);
        headers[n] = r.header;
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const row: Row = {
      key: q.key,
      title: q.title,
      cpu: Object.fromEntries(
        names.map((n) => [n, Math.round(mean(samples[n]!.cpu) * 100) / 100]),
      ) as Row['cpu'],
      p50: Object.fromEntries(names.map((n) => [n, summarize(samples[n]!.wall).p50])) as Row['p50'],
      headers,
    };
    rows.push(row);
    console.log(
      `${q.key}: CPU ${names.map((n) => `${n} ${row.cpu[n]} ms`).join(', ')}; ` +
        `p50 ${names.map((n) => `${n} ${row.p50[n]} ms`).join(', ')}`,
    );
  }
} finally {
  for (const s of Object.values(variants)) await s.stop();
  await db.close();
}

const [apollo, ours] = names as [Variant, Variant];
const m = finishMachineInfo(machine);
const md = [
  `# Cache-Control: Apollo's plugin or read from the operation — scale \`${opts.scale.name}\``,
  '',
  `Measured ${new Date().toISOString()} on ${m.cpus} × ${m.cpuModel}, Node ${m.node}; load average ` +
    `${m.loadAverage.start} → ${m.loadAverage.end}. ${opts.iterations} requests per question and server, ` +
    `alternating, after ${opts.warmup} warm-up requests each; executeOperation in one process (no HTTP), ` +
    `same schema, resolvers, driver and database. CPU: this process's CPU time per request (mean), ` +
    `so what Neo4j spends is not in it; wall: p50.`,
  '',
  `| question | CPU ms, ${apollo} | CPU ms, ${ours} | CPU ${ours} / ${apollo} | p50 ms, ${apollo} | p50 ms, ${ours} | p50 ratio | same Cache-Control |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.title} | ${r.cpu[apollo]} | ${r.cpu[ours]} | ${ratio(r.cpu[ours], r.cpu[apollo])}× | ` +
      `${r.p50[apollo]} | ${r.p50[ours]} | ${ratio(r.p50[ours], r.p50[apollo])}× | ` +
      `${r.headers[apollo] === r.headers[ours] ? `yes (${r.headers[ours]})` : `**no**: ${r.headers[apollo]} / ${r.headers[ours]}`} |`,
  ),
  '',
  '## Reproduce',
  '',
  '```bash',
  `npm run bench:generate -- --scale ${opts.scale.name}`,
  `npm run bench:cache-hints -- --scale ${opts.scale.name} --iterations ${opts.iterations}`,
  '```',
  '',
].join('\n');
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, `cache-hints-${opts.scale.name}.md`), md);
writeFileSync(
  path.join(dir, `cache-hints-${opts.scale.name}.json`),
  `${JSON.stringify({ machine: m, iterations: opts.iterations, rows }, null, 2)}\n`,
);
console.log(`\n${md}\nWritten: bench/results/cache-hints-${opts.scale.name}.md and .json`);
if (rows.some((r) => r.headers[apollo] !== r.headers[ours])) process.exitCode = 1;
