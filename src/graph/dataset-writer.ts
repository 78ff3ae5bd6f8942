/**
 * Writes a prepared dataset in one write transaction: upserts everything, then deletes what the
 * previous load of the same origin had and this one does not. A failure anywhere rolls it all back.
 *
 * Editors' changes compose with it (src/data/compose.ts): the load takes the lock of every node it
 * writes, as curation does, then reads what editors left on them, so an edit committed a moment
 * before the load is composed and one a moment after waits for it.
 */
import { composeNode, composeRelation } from '../data/compose.js';
import type { RelationType } from '../data/model.js';
import {
  DELETE_STALE_CLAIMS,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONS,
  EDITOR_OVERLAYS,
  UPSERT_CLAIMS,
  UPSERT_NODES,
  UPSERT_RELATIONS,
} from './cypher.js';
import { lockKeys, nodeLock } from './locks.js';
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

/** What a load did with editors' changes. */
export interface EditorComposition {
  /** Dataset nodes and relations that carry editors' changes, composed with the dataset's. */
  composed: number;
  /** `id.property` where data/ changed a value an editor had set: the editor's value was kept. */
  overridden: string[];
  /** Dataset ids an editor merged into another node: their relations and claims went to that node. */
  merged: string[];
}

const BATCH = 1000;
function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

interface Overlays {
  nodes: { id: string; props: Props }[];
  relations: { id: string; props: Props }[];
  redirects: { id: string; target: string }[];
}

/** The dataset's rows as they must be written given what editors did (pure). */
export function composeRows(
  rows: GraphRows,
  overlays: Overlays,
): { rows: GraphRows; report: EditorComposition } {
  const target = new Map(overlays.redirects.map((r) => [r.id, r.target]));
  const resolve = (id: string) => target.get(id) ?? id;
  const nodeOverlay = new Map(overlays.nodes.map((n) => [n.id, n.props]));
  const relationOverlay = new Map(overlays.relations.map((r) => [r.id, r.props]));
  const report: EditorComposition = { composed: 0, overridden: [], merged: [] };
  const nodes: NodeRow[] = [];
  for (const n of rows.nodes) {
    if (target.has(n.id)) {
      report.merged.push(n.id);
      continue;
    }
    const current = nodeOverlay.get(n.id) ?? null;
    const { props, overridden } = composeNode(n.props, current);
    if (current) report.composed += 1;
    report.overridden.push(...overridden.map((k) => `${n.id}.${k}`));
    nodes.push({ ...n, props });
  }
  const relations: RelationRow[] = [];
  for (const r of rows.relations) {
    const from = resolve(r.from);
    const to = resolve(r.to);
    // A relation between two nodes an editor merged into one was dropped by the merge, as a self-loop.
    if (from === to && r.from !== r.to) continue;
    const current = relationOverlay.get(r.id) ?? null;
    if (current) report.composed += 1;
    relations.push({ ...r, from, to, props: composeRelation(r.type as RelationType, r.props, current) });
  }
  const claims = rows.claims.map((c) => {
    const subject = resolve(c.subject);
    return subject === c.subject ? c : { ...c, subject, props: { ...c.props, subject } };
  });
  return { rows: { nodes, relations, claims }, report };
}

export async function replaceOrigin(
  runner: CypherRunner,
  origin: string,
  dataset: GraphRows,
): Promise<{ updates: number; editors: EditorComposition }> {
  return runner.write(async (tx) => {
    const ids = dataset.nodes.map((n) => n.id);
    await lockKeys(tx, ids.map(nodeLock));
    const [overlays] = (await tx.run<Overlays & Record<string, unknown>>(EDITOR_OVERLAYS, { ids, origin }))
      .records;
    const { rows, report } = composeRows(dataset, overlays ?? { nodes: [], relations: [], redirects: [] });
    let updates = 0;
    for (const b of batches(rows.nodes)) updates += (await tx.run(UPSERT_NODES, { rows: b })).updates;
    for (const b of batches(rows.relations)) updates += (await tx.run(UPSERT_RELATIONS, { rows: b })).updates;
    for (const b of batches(rows.claims)) updates += (await tx.run(UPSERT_CLAIMS, { rows: b })).updates;
    const keep = (xs: { id: string }[]) => xs.map((x) => x.id);
    updates += (await tx.run(DELETE_STALE_RELATIONS, { origin, keep: keep(rows.relations) })).updates;
    updates += (await tx.run(DELETE_STALE_CLAIMS, { origin, keep: keep(rows.claims) })).updates;
    updates += (await tx.run(DELETE_STALE_NODES, { origin, keep: keep(rows.nodes) })).updates;
    return { updates, editors: report };
  });
}
