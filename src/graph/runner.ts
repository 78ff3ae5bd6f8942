/**
 * Runs named Cypher through managed transactions (executeRead / executeWrite, which retry transient
 * errors) and counts round trips, so tests and logs can see how many queries a request cost.
 */
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';

export interface RoundTrips {
  count: number;
}

export class CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly roundTrips: RoundTrips = { count: 0 },
  ) {}

  /** One read query in its own read transaction; returns plain record objects. */
  async read<T extends RecordShape>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips.count += 1;
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
      return await session.executeWrite((tx) => work(new WriteTx(tx, this.roundTrips)));
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(statements: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      for (const s of statements) {
        this.roundTrips.count += 1;
        await session.run(s);
      }
      this.roundTrips.count += 1;
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
  }
}

export class WriteTx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly roundTrips: RoundTrips,
  ) {}

  async run<T extends RecordShape = RecordShape>(
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<{ records: T[]; updates: number }> {
    this.roundTrips.count += 1;
    const result = await this.tx.run<T>(query, params);
    const u = result.summary.counters.updates();
    const updates = Object.values(u).reduce((a, b) => a + b, 0);
    return { records: result.records.map((r) => r.toObject()), updates };
  }
}
