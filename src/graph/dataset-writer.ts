/**
 * Writes a prepared dataset in one write transaction: upserts everything, then deletes what the
 * previous load of the same origin had and this one does not. A failure anywhere rolls it all back.
 */
import {
  DELETE_STALE_CLAIMS,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONS,
  UPSERT_CLAIMS,
  UPSERT_NODES,
  UPSERT_RELATIONS,
} from './cypher.js';
import type { CypherRunner } from './runner.js';

type Props = Record<string, unknown>;
export interface NodeRow {
  id: string;
  kind: string;
  props: Props;
}
export interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}
export interface ClaimRow {
  id: string;
  subject: string;
  props: Props;
}
export interface GraphRows {
  nodes: NodeRow[];
  relations: RelationRow[];
  claims: ClaimRow[];
}

const BATCH = 1000;
function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

export async function replaceOrigin(
  runner: CypherRunner,
  origin: string,
  rows: GraphRows,
): Promise<{ updates: number }> {
  return runner.write(async (tx) => {
    let updates = 0;
    for (const b of batches(rows.nodes)) updates += (await tx.run(UPSERT_NODES, { rows: b })).updates;
    for (const b of batches(rows.relations)) updates += (await tx.run(UPSERT_RELATIONS, { rows: b })).updates;
    for (const b of batches(rows.claims)) updates += (await tx.run(UPSERT_CLAIMS, { rows: b })).updates;
    const keep = (xs: { id: string }[]) => xs.map((x) => x.id);
    updates += (await tx.run(DELETE_STALE_RELATIONS, { origin, keep: keep(rows.relations) })).updates;
    updates += (await tx.run(DELETE_STALE_CLAIMS, { origin, keep: keep(rows.claims) })).updates;
    updates += (await tx.run(DELETE_STALE_NODES, { origin, keep: keep(rows.nodes) })).updates;
    return { updates };
  });
}
