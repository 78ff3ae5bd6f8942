/**
 * Groups sourced claims by property. Values that agree once folded are one value with several
 * sources; different values make a conflict. No winner is picked.
 */
import { foldName } from '../data/names.js';
import type { ClaimRecord, EntityRecord, EvidenceRecord, RelationRecord } from '../graph/records.js';

export interface ClaimValueOut {
  value: string;
  node: EntityRecord | null;
  evidence: EvidenceRecord;
}
export interface ClaimGroupOut {
  subject: EntityRecord;
  predicate: string;
  conflict: boolean;
  values: ClaimValueOut[];
}

export function groupClaims(
  subject: EntityRecord,
  claims: ClaimRecord[],
  functional: RelationRecord[],
): ClaimGroupOut[] {
  const groups = new Map<string, { keys: Set<string>; values: ClaimValueOut[] }>();
  const add = (predicate: string, key: string, v: ClaimValueOut) => {
    const g = groups.get(predicate) ?? { keys: new Set<string>(), values: [] };
    g.keys.add(key);
    g.values.push(v);
    groups.set(predicate, g);
  };
  for (const c of claims) {
    add(c.predicate, foldName(c.value), {
      value: c.value,
      node: null,
      evidence: { articleId: c.article, excerpt: c.excerpt },
    });
  }
  for (const r of functional) {
    add(r.type, r.targetId, {
      value: r.target.name,
      node: r.target,
      evidence: { articleId: r.article, excerpt: r.excerpt },
    });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([predicate, g]) => ({ subject, predicate, conflict: g.keys.size > 1, values: g.values }));
}
