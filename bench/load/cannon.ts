/**
 * One autocannon run, in its own process so the load generator does not share an event loop with
 * the server under test. Input: a JSON CannonSpec as the only argument. Output: one JSON line with
 * the summary (requests/s, latency percentiles, errors of every kind).
 */
import autocannon from 'autocannon';
import { selfCpuMs } from './cpu.js';
import { CannonSpec, type CannonResult } from './load-test.js';

async function main(): Promise<void> {
  const spec = CannonSpec.parse(JSON.parse(process.argv[2] ?? '{}'));
  let graphqlErrors = 0;
  const countErrors = (_status: number, body: string) => {
    if (body.includes('"errors"')) graphqlErrors++;
  };
  const cpu0 = selfCpuMs();
  const r = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 10,
    requests: spec.bodies.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: countErrors,
    })),
  });
  const out: CannonResult = {
    connections: spec.connections,
    durationSeconds: r.duration,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.total / r.duration),
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      mean: r.latency.mean,
    },
    errors: { connection: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphql: graphqlErrors },
  };
  // Reported apart (not in CannonResult): the parent turns it into the level's per-request split.
  const loadGeneratorCpuMs = selfCpuMs() - cpu0;
  process.stdout.write(`${JSON.stringify({ ...out, loadGeneratorCpuMs })}\n`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
