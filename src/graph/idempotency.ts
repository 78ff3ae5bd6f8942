/**
 * Idempotent retries: a mutation sent with a client-chosen key stores its answer under that key in
 * the same write transaction, so a client that got a timeout or SERVICE_UNAVAILABLE can send it again
 * and be told what the first one did instead of writing twice. The key is unique by constraint
 * (`idempotency_key`): of two concurrent sends, the second waits in MERGE until the first commits,
 * then finds its answer. `fingerprint` (operation and input) refuses a key reused for another write.
 *
 * Answers are kept for IDEMPOTENCY_RETENTION_MS: a retry comes seconds or minutes after its first
 * send, and a store that only grows would hold every mutation ever made. After the window a key is
 * free again (its record is reclaimed in place), and each keyed write deletes a few expired records.
 */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Expired records deleted by each keyed write: enough to keep up with any write rate, bounded. */
export const IDEMPOTENCY_PURGE_BATCH = 50;

export const CLAIM_IDEMPOTENT_WRITE = `
// CLAIM_IDEMPOTENT_WRITE
MERGE (i:IdempotentWrite {key: $key})
ON CREATE SET i.at = $at, i.fingerprint = $fingerprint
WITH i
// An expired record is claimed again in place: same lock, so two late retries still write once.
FOREACH (_ IN CASE WHEN i.at < $expiredBefore THEN [1] ELSE [] END |
  SET i.at = $at, i.fingerprint = $fingerprint, i.answer = null)
RETURN i.fingerprint AS fingerprint, i.answer AS answer
`;

export const PURGE_EXPIRED_IDEMPOTENT_WRITES = `
// PURGE_EXPIRED_IDEMPOTENT_WRITES
MATCH (i:IdempotentWrite) WHERE i.at < $expiredBefore
WITH i ORDER BY i.at LIMIT toInteger($batch)
DELETE i
`;

export const RECORD_IDEMPOTENT_ANSWER = `
// RECORD_IDEMPOTENT_ANSWER
MATCH (i:IdempotentWrite {key: $key})
SET i.answer = $answer
`;
