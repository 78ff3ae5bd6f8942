/**
 * Runs named Cypher through managed transactions (executeRead / executeWrite, which retry transient
 * errors) and traces them: how many round trips a request cost, which statements ran and which plan
 * served each page, so tests can assert what actually ran rather than re-derive it.
 *
 * A runner may carry its request's deadline: each transaction gets the time that is left as its
 * Neo4j timeout, so a statement that runs away is stopped by the database, not by the heap, and no
 * statement starts once the deadline has passed. Calls go through the driver's circuit breaker
 * (./availability.ts): while Neo4j is unreachable they fail at once.
 */
import type { Driver, ManagedTransaction, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { breakerFor, isTimeout, type CircuitBreaker } from './availability.js';

/** The request ran out of time: before a statement started, or Neo4j stopped one at its timeout. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';
  constructor(readonly budgetMs: number | null) {
    super('The request ran past its deadline');
  }
}

export interface QueryTrace {
  /** Round trips to the database. */
  count: number;
  /** The name of each statement run, in order: its leading `// NAME` comment, else its first line. */
  statements: string[];
  /** The plan that served each page of relations (src/graph/cypher.ts reports it per row). */
  plans: string[];
  /**
   * Each statement's text and parameters, when the trace is given this list (tests snapshot them);
   * left undefined otherwise, so long-lived runners do not keep bulk-load parameters.
   */
  queries?: { cypher: string; params: Record<string, unknown> }[];
}

export const newTrace = (): QueryTrace => ({ count: 0, statements: [], plans: [] });

/** A statement's name for the trace: `// RELATION_PAGES typed:…` → `RELATION_PAGES typed:…`. */
export function statementName(query: string): string {
  const first = query.trimStart().split('\n', 1)[0] ?? '';
  return first.startsWith('//') ? first.slice(2).trim() : first.trim();
}

export interface RunnerOptions {
  /** Epoch ms after which no statement may run (the request's deadline); none: no limit. */
  deadline?: number;
}

export class CypherRunner {
  private readonly breaker: CircuitBreaker;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly trace: QueryTrace = newTrace(),
    private readonly options: RunnerOptions = {},
  ) {
    this.breaker = breakerFor(driver, database);
  }

  /** One read query in its own read transaction; returns plain record objects. */
  async read<T extends RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.guarded('READ', async (session, config) => {
      record(this.trace, query, params);
      const result: QueryResult<T> = await session.executeRead(
        (tx) => withoutCallerStack(() => tx.run<T>(query, params)),
        config,
      );
      return result.records.map((r) => r.toObject());
    });
  }

  /** Several statements in one write transaction: all of them land, or none. */
  async write<R>(work: (tx: WriteTx) => Promise<R>): Promise<R> {
    return this.guarded('WRITE', (session, config) =>
      session.executeWrite((tx) => work(new WriteTx(tx, this.trace)), config),
    );
  }

  /** A session for `run`, with the breaker checked, the deadline as the tx timeout, errors classified. */
  private async guarded<R>(
    mode: 'READ' | 'WRITE',
    run: (session: Session, config: { timeout?: number }) => Promise<R>,
  ): Promise<R> {
    this.breaker.check();
    const { deadline } = this.options;
    const left = deadline === undefined ? undefined : deadline - Date.now();
    if (left !== undefined && left <= 0) throw new DeadlineExceededError(null);
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await run(session, left === undefined ? {} : { timeout: Math.max(1, Math.floor(left)) });
    } catch (e) {
      this.breaker.failed(e);
      if (isTimeout(e)) throw new DeadlineExceededError(left ?? null);
      throw e;
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(statements: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      for (const s of [...statements, 'CALL db.awaitIndexes(300)']) {
        record(this.trace, s, {});
        await session.run(s);
      }
    } finally {
      await session.close();
    }
  }
}

/**
 * Runs `run` (a `tx.run`) with V8 capturing no stack frames. neo4j-driver captures and formats the
 * caller's stack for every result, to put it on a database error: that cost 0.15-0.4 ms of CPU per
 * statement under load (most with source maps on), a fifth of what the API spends per request
 * beyond the driver's own work. A database error is classified, and its log line names the request
 * and the GraphQL path that failed: the stack would only add the frames of the resolver on that path.
 * The limit is restored before anything else runs: the driver reads it synchronously, building the result.
 */
function withoutCallerStack<R>(run: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Long-lived runners (CLIs) keep only the latest names; a request's trace is far shorter. */
const MAX_TRACED = 500;

function record(trace: QueryTrace, query: string, params: Record<string, unknown>): void {
  trace.count += 1;
  trace.queries?.push({ cypher: query, params });
  if (trace.statements.length >= MAX_TRACED) trace.statements.shift();
  trace.statements.push(statementName(query));
}

export class WriteTx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly trace: QueryTrace,
  ) {}

  async run<T extends RecordShape = RecordShape>(
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<{ records: T[]; updates: number }> {
    record(this.trace, query, params);
    const result = await withoutCallerStack(() => this.tx.run<T>(query, params));
    const u = result.summary.counters.updates();
    const updates = Object.values(u).reduce((a, b) => a + b, 0);
    return { records: result.records.map((r) => r.toObject()), updates };
  }
}
