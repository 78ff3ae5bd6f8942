/**
 * When sourced values exclude each other. Only functional predicates can conflict (model.ts): a
 * functional claim whose dates neither contain the other or whose counts differ, and a functional
 * relation (an event's venue) with two targets both stated as realised or both as intended — a
 * planned venue and the one the event moved to are two stages, not a disagreement.
 */
import { datesAgree } from './facts.js';
import { REALISED_STATUSES, functionalClaimKind, type RelationStatus } from './model.js';

/** Whether the values of one claim predicate conflict. */
export function claimValuesConflict(predicate: string, values: readonly string[]): boolean {
  const kind = functionalClaimKind(predicate);
  if (kind === 'number') return new Set(values.map(Number)).size > 1;
  if (kind === 'date') return values.some((a, i) => values.slice(i + 1).some((b) => !datesAgree(a, b)));
  return false;
}

/** Whether the targets of one functional relation type from one node conflict. */
export function relationTargetsConflict(
  targets: readonly { target: string; status: RelationStatus | undefined }[],
): boolean {
  const realised = (s: RelationStatus | undefined) => REALISED_STATUSES.includes(s ?? 'done');
  return [true, false].some(
    (stage) => new Set(targets.filter((t) => realised(t.status) === stage).map((t) => t.target)).size > 1,
  );
}
