/**
 * Runs named Cypher through managed transactions (executeRead / executeWrite, which retry transient
 * errors) and traces them: how many round trips a request cost, which statements ran and which plan
 * served each page, so tests can assert what actually ran rather than re-derive it.
 */
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';

export interface QueryTrace {
  /** Round trips to the database. */
  count: number;
  /** The name of each statement run, in order: its leading `// NAME` comment, else its first line. */
  statements: string[];
  /** The plan that served each page of relations (src/graph/cypher.ts reports it per row). */
  plans: string[];
}

export const newTrace = (): QueryTrace => ({ count: 0, statements: [], plans: [] });

/** A statement's name for the trace: `// RELATION_PAGES typed:…` → `RELATION_PAGES typed:…`. */
export function statementName(query: string): string {
  const first = query.trimStart().split('\n', 1)[0] ?? '';
  return first.startsWith('//') ? first.slice(2).trim() : first.trim();
}

export class CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly trace: QueryTrace = newTrace(),
  ) {}

  /** One read query in its own read transaction; returns plain record objects. */
  async read<T extends RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    record(this.trace, query);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result: QueryResult<T> = await session.executeRead((tx) => tx.run<T>(query, params));
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction: all of them land, or none. */
  async write<R>(work: (tx: WriteTx) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite((tx) => work(new WriteTx(tx, this.trace)));
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(statements: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      for (const s of [...statements, 'CALL db.awaitIndexes(300)']) {
        record(this.trace, s);
        await session.run(s);
      }
    } finally {
      await session.close();
    }
  }
}

/** Long-lived runners (CLIs) keep only the latest names; a request's trace is far shorter. */
const MAX_TRACED = 500;

function record(trace: QueryTrace, query: string): void {
  trace.count += 1;
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
    record(this.trace, query);
    const result = await this.tx.run<T>(query, params);
    const u = result.summary.counters.updates();
    const updates = Object.values(u).reduce((a, b) => a + b, 0);
    return { records: result.records.map((r) => r.toObject()), updates };
  }
}
