/**
 * Groups sourced claims by property, every value with its own evidence; no winner is picked. A group
 * is in conflict only when its predicate is functional and two values exclude each other
 * (src/data/conflicts.ts); complementary statements are listed together, unflagged.
 */
import { claimValuesConflict, relationTargetsConflict } from '../data/conflicts.js';
import { functionalClaimKind } from '../data/model.js';
import type { ClaimRecord, EntityRecord, EvidenceRecord, RelationRecord } from '../graph/records.js';

export interface ClaimValueOut {
  value: string;
  note: string | null;
  node: EntityRecord | null;
  evidence: EvidenceRecord;
}
export interface ClaimGroupOut {
  subject: EntityRecord;
  predicate: string;
  functional: boolean;
  conflict: boolean;
  values: ClaimValueOut[];
}

export function groupClaims(
  subject: EntityRecord,
  claims: ClaimRecord[],
  functional: RelationRecord[],
): ClaimGroupOut[] {
  const groups: ClaimGroupOut[] = [];
  const byPredicate = new Map<string, ClaimRecord[]>();
  for (const c of claims) byPredicate.set(c.predicate, [...(byPredicate.get(c.predicate) ?? []), c]);
  for (const [predicate, cs] of byPredicate) {
    groups.push({
      subject,
      predicate,
      functional: functionalClaimKind(predicate) !== undefined,
      conflict: claimValuesConflict(
        predicate,
        cs.map((c) => c.value),
      ),
      values: cs.map((c) => ({
        value: c.value,
        note: c.note ?? null,
        node: null,
        evidence: { articleId: c.article, excerpt: c.excerpt },
      })),
    });
  }
  const byType = new Map<string, RelationRecord[]>();
  for (const r of functional) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  for (const [type, rs] of byType) {
    groups.push({
      subject,
      predicate: type,
      functional: true,
      conflict: relationTargetsConflict(rs.map((r) => ({ target: r.targetId, status: r.status }))),
      values: rs.map((r) => ({
        value: r.target.name,
        note: r.status && r.status !== 'done' ? r.status : null,
        node: r.target,
        evidence: { articleId: r.article, excerpt: r.excerpt },
      })),
    });
  }
  return groups.sort((a, b) => a.predicate.localeCompare(b.predicate));
}
