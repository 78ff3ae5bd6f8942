/** Partial ISO dates (2015, 2015-06, 2015-06-13) as comparable full-date bounds. */
import { RELATIONS, RELATION_TIMES, type RelationSpec, type RelationType } from './model.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** First day the partial date covers. */
export function lowerBound(d: string): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Last day the partial date covers. */
export function upperBound(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const month = Number(d.slice(5, 7));
    const year = Number(d.slice(0, 4));
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
    return `${d}-${String(days).padStart(2, '0')}`;
  }
  return d;
}

export const OPEN_END = '9999-12-31';

/**
 * The interval a dated relation is valid in: a point date covers itself; a start without an end
 * is still valid (open-ended); undated relations have no interval (both undefined).
 */
export function validity(r: { date?: string | undefined; start?: string | undefined; end?: string | undefined }): {
  validFrom?: string;
  validTo?: string;
} {
  const from = r.start ?? r.date;
  if (!from) return r.end ? { validFrom: '0000-01-01', validTo: upperBound(r.end) } : {};
  const to = r.end ?? (r.start ? undefined : r.date);
  return { validFrom: lowerBound(from), validTo: to ? upperBound(to) : OPEN_END };
}

type Dated = { date?: string | undefined; start?: string | undefined; end?: string | undefined };

/**
 * What a relation's time is stored as, from the properties the model gives its type (model.ts,
 * RELATION_TIMES): its validity interval, which date windows test, and its `dateKey` — the first of
 * its `sortBy` properties it has — which pages sort by and timelines list it at. Computed whenever a
 * relation is written (loader, curation), so no statement names the date properties itself.
 */
export function relationTime(type: RelationType, r: Dated): { validFrom?: string; validTo?: string; dateKey?: string } {
  const spec: RelationSpec = RELATIONS[type];
  const sortBy: readonly (keyof Dated)[] = RELATION_TIMES[spec.time ?? 'point'].sortBy;
  const dateKey = sortBy.map((p) => r[p]).find((v) => v !== undefined);
  return { ...validity(r), ...(dateKey ? { dateKey } : {}) };
}
