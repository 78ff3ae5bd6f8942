/**
 * PROFILE of the product's queries as the API really runs them: the statements and parameters
 * recorded during the benchmark's warm-up (see recording-driver.ts) are replayed with PROFILE, and
 * each plan is checked for scans (label, type or whole-index scans: no index on a hot path) and for
 * the operator doing the most work. The floor queries are profiled too, for comparison.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { profiled } from '../../src/graph/bench-cypher.js';
import * as PRODUCT_CYPHER from '../../src/graph/cypher.js';
import type { JournalistQuery, Vars } from './journalist.js';
import { integerParams } from './measure.js';

/** Statement text → exported name in src/graph/cypher.ts. */
const PRODUCT_NAMES = new Map(
  Object.entries(PRODUCT_CYPHER)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([name, text]) => [text, name]),
);

/** Operators that read a whole label, type or index instead of seeking. */
const SCANS = new Set([
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'NodeIndexScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
]);

interface RecordedStatement {
  journalist: string;
  name: string;
  query: string;
  params: Record<string, unknown>;
}

/**
 * Collects the first call of each product statement per journalist question while `capturing`
 * (the warm-up), and counts statements per question all along (round trips per request).
 */
export class StatementRecorder {
  active: string | undefined;
  capturing = false;
  readonly recorded = new Map<string, RecordedStatement>();
  readonly counts = new Map<string, number>();

  readonly sink = (query: string, params: Record<string, unknown>): void => {
    if (!this.active) return;
    this.counts.set(this.active, (this.counts.get(this.active) ?? 0) + 1);
    if (!this.capturing) return;
    // Composed statements (pages of relations, paths) name themselves in a leading comment, after
    // the line break a template literal may start with.
    const name = PRODUCT_NAMES.get(query) ?? /^\s*\/\/ ([A-Z_]+)/.exec(query)?.[1] ?? 'unnamed statement';
    const key = `${this.active}\u0000${name}`;
    if (!this.recorded.has(key)) this.recorded.set(key, { journalist: this.active, name, query, params });
  };

  /** Statements counted for `key` since the last call (and resets the count). */
  take(key: string): number {
    const n = this.counts.get(key) ?? 0;
    this.counts.delete(key);
    return n;
  }
}

export interface PlanOperator {
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}

export interface ProfileResult {
  journalist: string;
  /** `cypher.ts` export name, or the floor query's name. */
  statement: string;
  side: 'ours' | 'raw';
  ms: number;
  dbHits: number;
  rows: number;
  indexes: string[];
  scans: PlanOperator[];
  /** The operator with the most database hits: where the time goes. */
  heaviest: PlanOperator | null;
}

interface ProfiledPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: ProfiledPlan[];
}

function walk(plan: ProfiledPlan, visit: (p: PlanOperator) => void): void {
  const details = typeof plan.arguments.Details === 'string' ? plan.arguments.Details : '';
  visit({
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: details.slice(0, 160),
    rows: Number(plan.rows),
    dbHits: Number(plan.dbHits),
  });
  for (const c of plan.children) walk(c, visit);
}

async function profileOne(
  driver: Driver,
  database: string,
  query: string,
  params: Vars,
): Promise<Omit<ProfileResult, 'journalist' | 'statement' | 'side'>> {
  const started = performance.now();
  const r = await driver.executeQuery(profiled(query), params, { database, routing: neo4j.routing.READ });
  const ms = performance.now() - started;
  const ops: PlanOperator[] = [];
  if (r.summary.profile) walk(r.summary.profile as unknown as ProfiledPlan, (p) => ops.push(p));
  const indexes = ops
    .filter((o) => /Index(Seek|ContainsScan|EndsWithScan)|ProcedureCall/.test(o.operator))
    .map((o) => `${o.operator}: ${o.details}`);
  return {
    ms: Math.round(ms * 10) / 10,
    dbHits: ops.reduce((s, o) => s + o.dbHits, 0),
    rows: ops[0]?.rows ?? 0,
    indexes: [...new Set(indexes)],
    scans: ops.filter((o) => SCANS.has(o.operator)),
    heaviest: ops.reduce<PlanOperator | null>((m, o) => (!m || o.dbHits > m.dbHits ? o : m), null),
  };
}

export async function profileStatements(
  driver: Driver,
  database: string,
  recorder: StatementRecorder,
  queries: readonly JournalistQuery[],
  variantsByKey: Map<string, Vars>,
): Promise<ProfileResult[]> {
  const out: ProfileResult[] = [];
  for (const q of queries) {
    for (const s of recorder.recorded.values()) {
      if (s.journalist !== q.key) continue;
      out.push({
        journalist: q.key,
        statement: s.name,
        side: 'ours',
        ...(await profileOne(driver, database, s.query, s.params)),
      });
    }
    const v = variantsByKey.get(q.key);
    if (v) {
      const { cypher, params } = q.raw(v);
      const floor = await profileOne(driver, database, cypher, integerParams(params));
      out.push({ journalist: q.key, statement: 'floor', side: 'raw', ...floor });
    }
  }
  return out;
}
