/**
 * A zod failure as the one thing a caller tells its user: which field, and what is wrong with it.
 * Every boundary (GraphQL arguments and inputs, export parameters, ingestion options) turns the first
 * issue into its own coded error with this, so a field is named the same way everywhere.
 */
import type { z } from 'zod';

export interface FieldProblem {
  /** Dotted path of the field, after `prefix`, renames applied (`input.evidence.0.excerpt`). */
  field: string;
  message: string;
}

export interface IssueOptions {
  /** Prepended to the path (e.g. `input`). */
  prefix?: string;
  /** Names to show for path segments (a stored name the API calls otherwise: kind → subtype). */
  rename?: Record<string, string>;
  /** Says what an unknown key is (default: "is not expected here"). */
  unknownKey?: string;
  /** Only the first segment of the path (flat parameters). */
  topLevel?: boolean;
}

export function firstProblem(error: z.ZodError, opts: IssueOptions = {}): FieldProblem {
  const issue = error.issues[0];
  const unknown = issue?.code === 'unrecognized_keys';
  const raw = unknown ? [...issue.path, issue.keys[0] ?? ''] : (issue?.path ?? []);
  const path = (opts.topLevel ? raw.slice(0, 1) : raw).map((p) => opts.rename?.[String(p)] ?? String(p));
  const field = [opts.prefix, ...path].filter((p) => p !== undefined && p !== '').join('.') || 'input';
  const message = unknown ? (opts.unknownKey ?? 'is not expected here') : (issue?.message ?? 'is invalid');
  return { field, message };
}
