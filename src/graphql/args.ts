/**
 * Argument validation with zod. Shapes shared with the dataset (ids, dates) come from
 * src/data/schema.ts, so "a valid id" has one definition. A bad argument becomes BAD_USER_INPUT
 * naming the argument.
 */
import { z } from 'zod';
import { lowerBound, upperBound } from '../data/dates.js';
import { kindOfId } from '../data/model.js';
import { firstProblem } from '../data/issues.js';
import { MAX_PAGE } from '../graph/limits.js';
import { EntityId, PartialDate } from '../data/schema.js';
import type { Window } from '../graph/repository.js';
import { badUserInput } from './errors.js';

export { MAX_PAGE };

export const NodeId = EntityId.refine((id) => kindOfId(id) !== undefined, {
  message: 'has an unknown kind prefix (person, org, platform, account, event, place, article)',
});
export const First = z
  .number()
  .int()
  .min(0)
  .max(MAX_PAGE, { message: `must be at most ${MAX_PAGE}` });
export const After = z.string().max(200).nullish();
export const OptionalDate = PartialDate.nullish();

/** Parses `value` or throws BAD_USER_INPUT naming the offending argument. */
export function parseArgs<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const { field, message } = firstProblem(r.error);
  throw badUserInput(`Invalid argument "${field}": ${message}`, field);
}

/** Validates an input object, reporting the first problem as BAD_USER_INPUT with the field's path. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
  rename: Record<string, string> = {},
): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const { field, message } = firstProblem(r.error, {
    prefix,
    rename,
    unknownKey: 'does not apply to this kind',
  });
  throw badUserInput(`Invalid input "${field}": ${message}`, field);
}

export function toWindow(
  since?: string | null,
  until?: string | null,
  includeUndated?: boolean | null,
  includeRetracted?: boolean | null,
): Window {
  const s = since ? lowerBound(since) : null;
  const u = until ? upperBound(until) : null;
  if (s && u && s > u) throw badUserInput('Invalid argument "since": must not be after "until"', 'since');
  return {
    since: s,
    until: u,
    includeUndated: includeUndated ?? true,
    includeRetracted: includeRetracted ?? false,
  };
}

/** `when: TimeWindow` → a Window; asOf is a one-day (or month, or year) window. */
export const TimeWindowArg = z
  .object({
    asOf: OptionalDate,
    since: OptionalDate,
    until: OptionalDate,
    includeUndated: z.boolean(),
  })
  .refine((w) => !(w.asOf && (w.since || w.until)), {
    message: 'give either asOf or since/until, not both',
    path: ['asOf'],
  })
  .nullish();

export function windowOf(when: z.infer<typeof TimeWindowArg>): Window {
  if (!when) return toWindow();
  return when.asOf
    ? toWindow(when.asOf, when.asOf, when.includeUndated)
    : toWindow(when.since, when.until, when.includeUndated);
}
