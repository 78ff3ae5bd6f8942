/**
 * Idempotent retries: a mutation sent with a client-chosen key stores its answer under that key in
 * the same write transaction, so a client that got a timeout or SERVICE_UNAVAILABLE can send it again
 * and be told what the first one did instead of writing twice. The key is unique by constraint
 * (`idempotency_key`): of two concurrent sends, the second waits in MERGE until the first commits,
 * then finds its answer. `fingerprint` (operation and input) refuses a key reused for another write.
 */
export const CLAIM_IDEMPOTENT_WRITE = `
// CLAIM_IDEMPOTENT_WRITE
MERGE (i:IdempotentWrite {key: $key})
ON CREATE SET i.at = $at, i.fingerprint = $fingerprint
RETURN i.fingerprint AS fingerprint, i.answer AS answer
`;

export const RECORD_IDEMPOTENT_ANSWER = `
// RECORD_IDEMPOTENT_ANSWER
MATCH (i:IdempotentWrite {key: $key})
SET i.answer = $answer
`;
