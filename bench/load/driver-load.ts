/**
 * The load test's floor, measured in the same run: the statements the API ran for each request of
 * the mix (recorded once, through the API itself), replayed through neo4j-driver alone by as many
 * concurrent callers as the HTTP level has connections, round-robin, for as long. The ratio of the
 * two throughputs is what HTTP, GraphQL parsing, validation, resolvers and JSON cost on top of the
 * database work, which both sides share.
 */
import type { Driver, Session } from 'neo4j-driver';
import type { CannonResult } from './load-test.js';

/** One statement the API ran, with its parameters. */
export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** One request of the mix as the API ran it: its statements, in order. */
export interface RecordedRequest {
  name: string;
  statements: RecordedStatement[];
}

/** Runs `statements` as the repository does: one read transaction each, in order. */
export async function replay(session: Session, statements: readonly RecordedStatement[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const s of statements)
    out.push(await session.executeRead(async (tx) => (await tx.run(s.cypher, s.params)).records));
  return out;
}

/**
 * Records the statements each mix body costs: `post` sends one body to the API while `sink`, the
 * recording driver's, collects what runs (the API's warm-up must be over, or it would be recorded too).
 */
export async function recordRequests(
  mix: readonly { name: string; body: string }[],
  post: (body: string) => Promise<void>,
  recorder: { start(): void; stop(): RecordedStatement[] },
): Promise<RecordedRequest[]> {
  const out: RecordedRequest[] = [];
  for (const m of mix) {
    recorder.start();
    await post(m.body);
    out.push({ name: m.name, statements: recorder.stop() });
  }
  return out;
}

/** A sink for ../lib/recording-driver.ts that keeps statements only between start() and stop(). */
export function statementRecorder() {
  let current: RecordedStatement[] | null = null;
  return {
    sink: (cypher: string, params: Record<string, unknown>) => current?.push({ cypher, params }),
    start: () => void (current = []),
    stop: () => {
      const got = current ?? [];
      current = null;
      return got;
    },
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/** One stretch of driver load: each request's latency, the errors, how long it ran. */
export interface DriverStretch {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** `connections` callers replaying `requests` round-robin through the driver for `durationSeconds`. */
export async function driverStretch(
  driver: Driver,
  database: string,
  requests: readonly RecordedRequest[],
  connections: number,
  durationSeconds: number,
): Promise<DriverStretch> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const until = started + durationSeconds * 1000;
  const caller = async () => {
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      while (performance.now() < until) {
        const req = requests[next++ % requests.length]!;
        const t0 = performance.now();
        try {
          await replay(session, req.statements);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

/** The summary of one or more stretches at `connections`, as autocannon's (./cannon.ts). */
export function summarizeStretches(connections: number, stretches: readonly DriverStretch[]): CannonResult {
  const latencies = stretches.flatMap((x) => x.latencies);
  const seconds = stretches.reduce((a, x) => a + x.seconds, 0);
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    connections,
    durationSeconds: round(seconds),
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / seconds),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? 0),
      mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
    },
    errors: { connection: stretches.reduce((a, x) => a + x.errors, 0), timeouts: 0, non2xx: 0, graphql: 0 },
  };
}
