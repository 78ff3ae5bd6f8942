/**
 * Side-by-side latency measurement: every iteration runs the same parameters through the three
 * implementations, in a rotating order (so none always goes first, right after the machine was
 * idle), after a warm-up. Latency is client-side wall time: HTTP round trip and JSON parsing for
 * the two GraphQL servers, the driver round trip and record conversion for raw Cypher.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { summarize, ratio, type LatencySummary } from '../lib/stats.js';
import type { PlannedTargets } from '../generate/synthetic.js';
import { replay, type RecordedStatement } from '../load/driver-load.js';
import type { GraphqlCall, JournalistQuery, Vars } from './journalist.js';

export const IMPLS = ['raw', 'ours', 'lib'] as const;
/**
 * What is timed: the three implementations, and `statements`, the statements the API ran for the
 * same parameters replayed through the driver alone (as its repository runs them, one read
 * transaction each). ours ÷ statements is what the API adds on top of its database work (HTTP,
 * GraphQL, resolvers, JSON); statements ÷ raw is what its Cypher costs beyond the hand-written floor.
 */
export const SERIES = [...IMPLS, 'statements'] as const;
export type Impl = (typeof SERIES)[number];

export interface ImplResult {
  latency?: LatencySummary;
  errors: number;
  firstError?: string;
  /** Why it was not measured (the library cannot express the question, or it failed in warm-up). */
  skipped?: string;
  note?: string;
  /** Items in the first answer (a sanity check that the three answer alike). */
  items?: number;
  total?: number;
  /** Database round trips per request (statements run / requests). */
  roundTrips?: number;
}

export interface QueryResult {
  key: string;
  title: string;
  variants: Vars[];
  impls: Record<Impl, ImplResult>;
  /** p50 and p95 ratios: ours / raw Cypher, ours / @neo4j/graphql, and the decomposition of ours / raw. */
  ratios: {
    oursRaw: { p50: number | null; p95: number | null };
    oursLib: { p50: number | null; p95: number | null };
    /** ours / its statements alone: the API's own cost. */
    oursStatements: { p50: number | null; p95: number | null };
    /** its statements alone / raw: the Cypher's cost beyond the floor. */
    statementsRaw: { p50: number | null; p95: number | null };
  };
}

export interface Endpoints {
  driver: Driver;
  database: string;
  oursUrl: string;
  libUrl: string;
  /** Records what the API runs between start() and stop(); without it `statements` is not measured. */
  oursStatements?: { start(): void; stop(): RecordedStatement[] };
}

export interface MeasureOptions {
  iterations: number;
  warmup: number;
  /** Per-request limit; a slower answer counts as an error. */
  timeoutMs?: number;
  hooks?: {
    /** Before the warm-up (the benchmark captures which product statements run). */
    warmupStart?(q: JournalistQuery): void;
    /** Before the timed iterations. */
    timedStart?(q: JournalistQuery): void;
    /** After them: database statements each server ran meanwhile, to derive round trips per request. */
    timedEnd?(q: JournalistQuery): Partial<Record<Impl, number>>;
  };
}

const LIST_KEYS = new Set(['edges', 'items', 'nodes', 'hops', 'paths', 'connection']);

/**
 * Items and total of an answer, whatever its shape: breadth-first, the first list under a
 * list-like key (edges, items, nodes, paths…) and the first totalCount/total.
 */
export function shapeOf(answer: unknown): { items?: number; total?: number } {
  let items: number | undefined;
  let total: number | undefined;
  const queue: unknown[] = [answer];
  for (let i = 0; i < queue.length && i < 10_000 && (items === undefined || total === undefined); i++) {
    const v = queue[i];
    if (Array.isArray(v)) {
      queue.push(...v.slice(0, 3));
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    for (const [k, x] of Object.entries(v)) {
      if (LIST_KEYS.has(k) && Array.isArray(x)) items ??= x.length;
      else if ((k === 'totalCount' || k === 'total') && typeof x === 'number') total ??= x;
      queue.push(x);
    }
  }
  return { items, total };
}

/** Whole numbers as Cypher integers (LIMIT and list slices refuse floats), as a driver user writes them. */
export function integerParams(params: Vars): Vars {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v,
    ]),
  );
}

async function postGraphql(url: string, call: GraphqlCall, timeoutMs: number): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(call),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return body.data;
}

/** The statements recorded for each parameter set, replayed through the driver alone. */
function replayer(ep: Endpoints, recorded: ReadonlyMap<string, RecordedStatement[]>) {
  return async (v: Vars) => {
    const statements = recorded.get(JSON.stringify(v));
    if (!statements?.length) throw new Error('no statements recorded for these parameters');
    const session = ep.driver.session({ database: ep.database, defaultAccessMode: 'READ' });
    try {
      return await replay(session, statements);
    } finally {
      await session.close();
    }
  };
}

function caller(
  q: JournalistQuery,
  impl: (typeof IMPLS)[number],
  ep: Endpoints,
  timeoutMs: number,
): ((v: Vars) => Promise<unknown>) | null {
  if (impl === 'raw') {
    return async (v) => {
      const { cypher, params } = q.raw(v);
      const r = await ep.driver.executeQuery(cypher, integerParams(params), {
        database: ep.database,
        routing: neo4j.routing.READ,
      });
      return r.records.map((x) => x.toObject());
    };
  }
  if (impl === 'ours') return (v) => postGraphql(`${ep.oursUrl}/graphql`, q.ours(v), timeoutMs);
  const lib = q.lib;
  if ('unsupported' in lib) return null;
  return (v) => postGraphql(ep.libUrl, lib(v), timeoutMs);
}

/**
 * Warms both processes up before anything is timed: a fresh JVM needs thousands of transactions
 * before Neo4j's Bolt and transaction code is JIT-compiled (a trivial query costs ~8 ms of CPU at
 * first, ~1 ms after some 4,000 of them). Cycles through every question and implementation until
 * the time is up; answers and errors are ignored (each question still has its own warm-up).
 */
export async function warmUp(
  queries: readonly JournalistQuery[],
  targets: PlannedTargets,
  ep: Endpoints,
  seconds: number,
): Promise<number> {
  const calls = queries.flatMap((q) =>
    IMPLS.map((impl) => caller(q, impl, ep, 10_000))
      .filter((c): c is (v: Vars) => Promise<unknown> => c !== null)
      .flatMap((c) => q.variants(targets).map((v) => () => c(v))),
  );
  // Interleave the questions (a slow one must not use up the time) and drop calls that fail or
  // take over 200 ms (a hub's heaviest form gets its own warm-up later).
  const order = calls.map((_, i) => i).sort((a, b) => (a % 7) - (b % 7) || a - b);
  const slow = new Set<number>();
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  for (let k = 0; performance.now() < deadline && slow.size < calls.length; k++) {
    const i = order[k % order.length] as number;
    if (slow.has(i)) continue;
    const started = performance.now();
    const ok = await (calls[i] as () => Promise<unknown>)().then(
      () => true,
      () => false,
    );
    if (!ok || performance.now() - started > 200) slow.add(i);
    n++;
  }
  return n;
}

export async function measureQuery(
  q: JournalistQuery,
  targets: PlannedTargets,
  ep: Endpoints,
  opts: MeasureOptions,
): Promise<QueryResult> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const variants = q.variants(targets);
  const impls = {} as Record<Impl, ImplResult>;
  const calls = new Map<Impl, (v: Vars) => Promise<unknown>>();
  for (const impl of IMPLS) {
    const call = caller(q, impl, ep, timeoutMs);
    const lib = q.lib;
    impls[impl] = { errors: 0, ...(impl === 'lib' && q.libNote ? { note: q.libNote } : {}) };
    if (!call) impls[impl].skipped = 'unsupported' in lib ? lib.unsupported : 'not available';
    else calls.set(impl, call);
  }
  impls.statements = { errors: 0 };

  // Warm-up (at least one call: it captures the answer's shape); a failure here is reported, not timed.
  opts.hooks?.warmupStart?.(q);
  const warmups = Math.max(1, opts.warmup);
  for (const [impl, call] of calls) {
    for (let i = 0; i < warmups; i++) {
      try {
        const answer = await call(variants[i % variants.length] as Vars);
        if (i === 0) Object.assign(impls[impl], shapeOf(answer));
      } catch (e) {
        impls[impl].skipped = `failed in warm-up: ${(e as Error).message.slice(0, 200)}`;
        calls.delete(impl);
        break;
      }
    }
  }
  const ours = calls.get('ours');
  if (ep.oursStatements && ours) {
    // One more call per parameter set, recording what the API runs for it.
    const recorded = new Map<string, RecordedStatement[]>();
    try {
      for (const v of variants) {
        ep.oursStatements.start();
        try {
          await ours(v);
        } finally {
          recorded.set(JSON.stringify(v), ep.oursStatements.stop());
        }
      }
      const replay = replayer(ep, recorded);
      for (let i = 0; i < warmups; i++) await replay(variants[i % variants.length] as Vars);
      calls.set('statements', replay);
    } catch (e) {
      impls.statements.skipped = `failed in warm-up: ${(e as Error).message.slice(0, 200)}`;
    }
  } else impls.statements.skipped = 'not recorded';
  opts.hooks?.timedStart?.(q);

  const samples = new Map<Impl, number[]>([...calls.keys()].map((k) => [k, []]));
  const order = [...calls.keys()];
  for (let i = 0; i < opts.iterations; i++) {
    const v = variants[i % variants.length] as Vars;
    for (let j = 0; j < order.length; j++) {
      const impl = order[(i + j) % order.length] as Impl;
      const started = performance.now();
      try {
        await (calls.get(impl) as (v: Vars) => Promise<unknown>)(v);
        samples.get(impl)?.push(performance.now() - started);
      } catch (e) {
        impls[impl].errors++;
        impls[impl].firstError ??= (e as Error).message.slice(0, 200);
      }
    }
  }
  const trips = { ...opts.hooks?.timedEnd?.(q), raw: samples.get('raw')?.length ?? 0 };
  for (const [impl, xs] of samples) {
    if (!xs.length) continue;
    impls[impl].latency = summarize(xs);
    const st = trips[impl];
    if (st !== undefined) impls[impl].roundTrips = Math.round((st / xs.length) * 10) / 10;
  }

  const l = (impl: Impl) => impls[impl].latency;
  const of = (a: Impl, b: Impl) => ({ p50: ratio(l(a)?.p50, l(b)?.p50), p95: ratio(l(a)?.p95, l(b)?.p95) });
  return {
    key: q.key,
    title: q.title,
    variants,
    impls,
    ratios: {
      oursRaw: of('ours', 'raw'),
      oursLib: of('ours', 'lib'),
      oursStatements: of('ours', 'statements'),
      statementsRaw: of('statements', 'raw'),
    },
  };
}
