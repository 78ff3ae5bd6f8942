/**
 * The graph repository: one method per named query in ./cypher.ts, returning plain objects.
 * Resolvers call these (directly or through per-request DataLoaders) and never see Cypher.
 */
import type { Driver } from 'neo4j-driver';
import { COUNT_BY_LABEL, COUNT_BY_TYPE, HEALTH } from './cypher.js';
import { CypherRunner, type RoundTrips } from './runner.js';

export interface HealthRow {
  version: string;
  edition: string;
  nodeCount: number;
  relationshipCount: number;
}

export class GraphRepository {
  readonly runner: CypherRunner;

  constructor(driver: Driver, database: string, roundTrips?: RoundTrips) {
    this.runner = new CypherRunner(driver, database, roundTrips);
  }

  get roundTrips(): number {
    return this.runner.roundTrips.count;
  }

  async health(): Promise<HealthRow> {
    const [row] = await this.runner.read<HealthRow & Record<string, unknown>>(HEALTH);
    if (!row) throw new Error('dbms.components() returned no kernel row');
    return row;
  }

  async countsByLabel(): Promise<Record<string, number>> {
    const rows = await this.runner.read<{ label: string; count: number }>(COUNT_BY_LABEL);
    return Object.fromEntries(rows.map((r) => [r.label, r.count]));
  }

  async countsByType(): Promise<Record<string, number>> {
    const rows = await this.runner.read<{ type: string; count: number }>(COUNT_BY_TYPE);
    return Object.fromEntries(rows.map((r) => [r.type, r.count]));
  }
}
