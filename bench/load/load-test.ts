/**
 * Bounded loopback load test: autocannon against our GraphQL server on 127.0.0.1, one fixed-length
 * run per concurrency level, a mix of journalist queries sent round-robin. autocannon runs in a
 * child process (bench/load/cannon.ts) so it does not compete with the server's event loop.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { PlannedTargets } from '../generate/synthetic.js';
import { cpuMeter, type LevelCpu } from './cpu.js';
import { driverStretch, summarizeStretches, type RecordedRequest } from './driver-load.js';

export const CannonSpec = z.object({
  url: z.url(),
  connections: z.number().int().min(1).max(1000),
  durationSeconds: z.number().min(1).max(120),
  /** GraphQL bodies, sent round-robin by every connection. */
  bodies: z.array(z.string().min(2)).min(1),
});
export type CannonSpec = z.infer<typeof CannonSpec>;

export interface CannonResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Connection errors, timeouts, non-2xx statuses, and 200 answers carrying GraphQL errors. */
  errors: { connection: number; timeouts: number; non2xx: number; graphql: number };
  /** CPU ms per request of each process during the level (./cpu.ts). */
  cpuMsPerRequest?: LevelCpu;
}

export interface LoadTestResult {
  graph: string;
  mix: string[];
  warmupSeconds: number;
  levels: CannonResult[];
  /**
   * The same mix through neo4j-driver alone (./driver-load.ts) at each HTTP level's number of
   * connections, for as long, half before and half after it; and the statements one request of each
   * question costs.
   */
  driver?: { levels: CannonResult[]; statementsPerRequest: Record<string, number> };
}

const body = (name: string, query: string, variables: Record<string, unknown>) =>
  ({ name, body: JSON.stringify({ query, variables }) }) as const;

/** The README's journalist questions on the curated (seed) graph. */
export function seedMix(): { name: string; body: string }[] {
  return [
    body(
      'amplifiers',
      'query($of: ID!) { amplifiers(of: $of, first: 10) { totalCount edges { node { weight metric evidence { excerpt } } other { id name } } } }',
      { of: 'org:ps' },
    ),
    body(
      'event guests',
      'query($id: ID!) { event(id: $id) { attendees { edges { other { id name } node { evidence { excerpt } } } } hosts { edges { other { name } } } } }',
      { id: 'event:benkirane-influencers-lunch-2015-06-13' },
    ),
    body(
      'invitations',
      'query($id: ID!) { person(id: $id) { invited(first: 50) { edges { other { name } node { response reason event { name } } } } } }',
      { id: 'person:abdelilah-benkirane' },
    ),
    body(
      'search',
      'query($t: String!) { search(text: $t, first: 3) { edges { node { score matched node { id name } } } } }',
      { t: 'Nathalie Kociusko Morizet' },
    ),
    body(
      'path',
      'query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 4) { length hops { from { name } to { name } relation { type } } } }',
      { a: 'person:loubna-el-meskine', b: 'org:pjd' },
    ),
    body(
      'neighbourhood',
      'query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id name } edges { type source { id } target { id } } } }',
      { id: 'org:pjd' },
    ),
  ];
}

/** The same questions on the synthetic graph, with the manifest's targets. */
export function syntheticMix(t: PlannedTargets): { name: string; body: string }[] {
  const [from, to] = t.pathPairs[0] ?? ['', ''];
  return [
    body(
      'amplifiers',
      'query($of: ID!) { amplifiers(of: $of, first: 20) { totalCount edges { node { weight metric } other { id name } } } }',
      { of: t.leaders[0] },
    ),
    body(
      'event attendees',
      'query($id: ID!) { event(id: $id) { attendees(first: 50) { totalCount edges { other { id name } } } } }',
      { id: t.events[0]?.id },
    ),
    body(
      'invitations',
      'query($id: ID!) { person(id: $id) { invited(first: 50) { edges { other { name } node { response } } } } }',
      { id: t.organisers[0]?.id },
    ),
    body(
      'search',
      'query($t: String!) { search(text: $t, first: 10) { edges { node { score node { id name } } } } }',
      { t: t.searches[0]?.text },
    ),
    body('path', 'query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 6) { length } }', {
      a: from,
      b: to,
    }),
  ];
}

const CANNON = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cannon.ts');

/** What bench/load/cannon.ts prints: the summary, and the CPU autocannon itself spent on the run. */
type CannonRun = CannonResult & { loadGeneratorCpuMs: number };

function runCannon(spec: CannonSpec): Promise<CannonRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CANNON, JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as CannonRun);
      else
        reject(new Error(`autocannon failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** `CPU ms per request: this process 1.2, Neo4j 2.3, autocannon 0.4`. */
function cpuLine(c: LevelCpu): string {
  const parts = [`this process ${c.thisProcess}`];
  if (c.neo4j !== null) parts.push(`Neo4j ${c.neo4j}`);
  if (c.loadGenerator !== null) parts.push(`autocannon ${c.loadGenerator}`);
  return `CPU ms per request: ${parts.join(', ')}`;
}

export async function runLoadTest(
  url: string,
  graph: string,
  mix: { name: string; body: string }[],
  opts: {
    levels: number[];
    durationSeconds: number;
    warmupSeconds?: number;
    log?: (s: string) => void;
    /** Also replay the API's own statements through this driver at each level (the floor). */
    floor?: { driver: Driver; database: string; requests: RecordedRequest[] };
    /** The embedded Neo4j's process, whose CPU time each level then reports. */
    neo4jPid?: number;
  },
): Promise<LoadTestResult> {
  // Warm-up (JIT on both sides — a fresh JVM needs thousands of transactions —, plan cache,
  // connection pools) at the highest level, discarded.
  const warmupSeconds = opts.warmupSeconds ?? 20;
  if (warmupSeconds > 0) {
    opts.log?.(`  warm-up, ${warmupSeconds} s…`);
    await runCannon({
      url,
      connections: Math.max(...opts.levels),
      durationSeconds: warmupSeconds,
      bodies: mix.map((m) => m.body),
    });
  }
  const levels: CannonResult[] = [];
  const driverLevels: CannonResult[] = [];
  const floor = opts.floor;
  if (floor && warmupSeconds > 0)
    await driverStretch(floor.driver, floor.database, floor.requests, Math.max(...opts.levels), 5);
  for (const connections of opts.levels) {
    opts.log?.(`  ${connections} connection(s), ${opts.durationSeconds} s…`);
    // With a floor, the level runs driver, API, driver (half the time each side of the API's run):
    // Neo4j's JIT still speeds up minutes into a run, which would favour whichever side runs second.
    const driverCpu = cpuMeter(opts.neo4jPid);
    const driverRun = (seconds: number) =>
      floor
        ? driverStretch(floor.driver, floor.database, floor.requests, connections, seconds)
        : Promise.resolve(null);
    const before = await driverRun(opts.durationSeconds / 2);
    driverCpu.pause();
    const httpCpu = cpuMeter(opts.neo4jPid);
    const { loadGeneratorCpuMs, ...r } = await runCannon({
      url,
      connections,
      durationSeconds: opts.durationSeconds,
      bodies: mix.map((m) => m.body),
    });
    r.cpuMsPerRequest = httpCpu.done(r.requests, loadGeneratorCpuMs);
    const e = r.errors;
    opts.log?.(
      `    ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ` +
        `errors ${e.connection + e.timeouts + e.non2xx + e.graphql}; ${cpuLine(r.cpuMsPerRequest)}`,
    );
    levels.push(r);
    driverCpu.resume();
    const after = await driverRun(opts.durationSeconds / 2);
    if (before && after) {
      const d = summarizeStretches(connections, [before, after]);
      d.cpuMsPerRequest = driverCpu.done(d.requests);
      opts.log?.(
        `    driver alone: ${d.requestsPerSecond} req/s, p50 ${d.latencyMs.p50} ms, p99 ${d.latencyMs.p99} ms ` +
          `(API / driver: ${(r.requestsPerSecond / Math.max(1, d.requestsPerSecond)).toFixed(2)}×); ` +
          cpuLine(d.cpuMsPerRequest),
      );
      driverLevels.push(d);
    }
  }
  return {
    graph,
    mix: mix.map((m) => m.name),
    warmupSeconds,
    levels,
    ...(floor
      ? {
          driver: {
            levels: driverLevels,
            statementsPerRequest: Object.fromEntries(
              floor.requests.map((q) => [q.name, q.statements.length]),
            ),
          },
        }
      : {}),
  };
}
