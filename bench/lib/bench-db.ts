/**
 * The benchmark's own Neo4j: a separate embedded instance per scale (data in .neo4j/bench/<scale>,
 * Bolt on BENCH_NEO4J_PORT, default 7697, more page cache and heap), so benchmarks never touch the
 * dev database (.neo4j/data, 7687) or the tests' throwaway ones. BENCH_NEO4J_URI uses an existing
 * Neo4j instead (nothing is started; the manifest then lives in .neo4j/bench/external).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import {
  LocalNeo4jError,
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/dev/local-neo4j.js';
import { createDriver } from '../../src/graph/driver.js';
import type { LoadStats } from '../generate/bulk-load.js';
import type { PlannedTargets } from '../generate/synthetic.js';
import { memoryFor, type Counts, type Scale } from './scale.js';

const BenchEnv = z.object({
  BENCH_NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, { message: 'must be a bolt:// or neo4j:// URI' })
    .optional(),
  BENCH_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7697),
  BENCH_NEO4J_DIR: z.string().min(1).default('.neo4j/bench'),
});

export function benchEnv(env: NodeJS.ProcessEnv = process.env): z.infer<typeof BenchEnv> {
  const r = BenchEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`Invalid ${i?.path.join('.')}: ${i?.message}`);
  }
  return r.data;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts the embedded Neo4j, waiting while the port is only held by the previous run's closed
 * connections (TIME_WAIT: the launcher binds without SO_REUSEADDR), e.g. `bench` right after
 * `bench:generate`. A port where something really listens fails at once.
 */
async function startWhenPortReleased(opts: LocalNeo4jOptions, waitMs = 120_000): Promise<LocalNeo4j> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await startLocalNeo4j(opts);
    } catch (e) {
      const taken = e instanceof LocalNeo4jError && e.message.includes('already taken');
      if (!taken || Date.now() > deadline || (await listening(opts.port))) throw e;
      await new Promise((r) => setTimeout(r, 5_000));
    }
  }
}

/** What `bench:generate` wrote, read back by `bench` (targets, counts, load throughput). */
export interface Manifest {
  scale: Scale;
  seed: number;
  counts: Counts;
  nodeTotals: Record<string, number>;
  relationTotals: Record<string, number>;
  targets: PlannedTargets;
  load: LoadStats;
  generatedAt: string;
}

export interface BenchDb {
  uri: string;
  /** Where the manifest and (for a local instance) the store live. */
  dir: string;
  config: Config;
  driver: Driver;
  neo4j?: LocalNeo4j;
  memory?: { pageCacheMb: number; heap: string };
  readManifest(): Manifest | undefined;
  writeManifest(m: Manifest): void;
  close(): Promise<void>;
}

/**
 * Opens the benchmark database of a scale: starts its embedded Neo4j (fresh: wiped first) unless a
 * URI is given. `uri` and `dir` are for tests that bring their own Neo4j.
 */
export async function openBenchDb(
  scale: Scale,
  opts: { fresh?: boolean; uri?: string; dir?: string; log?: (s: string) => void } = {},
): Promise<BenchDb> {
  const env = benchEnv();
  const log = opts.log ?? console.log;
  const external = opts.uri ?? env.BENCH_NEO4J_URI;
  const dir = path.resolve(opts.dir ?? path.join(env.BENCH_NEO4J_DIR, external ? 'external' : scale.name));
  let neo4j: LocalNeo4j | undefined;
  let memory: { pageCacheMb: number; heap: string } | undefined;
  if (!external) {
    memory = memoryFor(scale);
    log(
      `Starting the benchmark Neo4j (${path.relative(process.cwd(), dir)}, port ${env.BENCH_NEO4J_PORT}, ` +
        `page cache ${memory.pageCacheMb} MB, heap ${memory.heap})…`,
    );
    neo4j = await startWhenPortReleased({
      port: env.BENCH_NEO4J_PORT,
      dataDir: path.join(dir, 'store'),
      fresh: opts.fresh ?? false,
      ...memory,
    });
    log(`Neo4j ${neo4j.version} ready on ${neo4j.uri} in ${neo4j.startMs} ms.`);
  }
  mkdirSync(dir, { recursive: true });
  const manifestFile = path.join(dir, 'bench-manifest.json');
  // A wiped store has no graph: its old manifest must not outlive it (e.g. if generation fails).
  if (opts.fresh) rmSync(manifestFile, { force: true });
  const uri = external ?? (neo4j as LocalNeo4j).uri;
  // The product's own config and driver, pointed at the benchmark database.
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: uri,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const driver = createDriver(config);
  return {
    uri,
    dir,
    config,
    driver,
    neo4j,
    memory,
    readManifest: () =>
      existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : undefined,
    writeManifest: (m) => writeFileSync(manifestFile, `${JSON.stringify(m, null, 2)}\n`),
    async close() {
      await driver.close();
      await neo4j?.stop();
    },
  };
}
