/**
 * Write locks for read-check-write sequences. Neo4j reads at read-committed isolation, so a
 * transaction that reads a value, decides and writes can lose a concurrent writer's update; taking
 * an exclusive lock first makes every later read in the transaction see the last committed state.
 *
 * A lock is a `WriteLock` node per key (unique by constraint `write_lock_key`): MERGE finds or
 * creates it and SET writes it, which holds its exclusive lock until the transaction ends. Keys are
 * taken in sorted order, so two transactions never wait on each other in a cycle (Neo4j would detect
 * the deadlock and the driver retry, but ordering avoids the wasted work).
 */
import type { WriteTx } from './runner.js';

export const LOCK_KEYS = `
// LOCK_KEYS
UNWIND $keys AS key
MERGE (l:WriteLock {key: key})
SET l.at = datetime()
`;

/** The lock of one node's properties and relationships (curation and the loader take it). */
export const nodeLock = (id: string): string => `node:${id}`;

/** The lock of one article text: two ingestions of the same text cannot both store it. */
export const contentLock = (hash: string): string => `article-content:${hash}`;

/** Takes the locks of `keys` (deduplicated, in sorted order) for the rest of the transaction. */
export async function lockKeys(tx: WriteTx, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length) await tx.run(LOCK_KEYS, { keys: sorted });
}
