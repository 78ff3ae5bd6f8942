/**
 * What an export request may say, validated with zod at the HTTP route and the CLI alike (both get
 * flat string parameters). Shapes only: ranges (depth ≤ 3, maxHops ≤ 6, ids, dates) are the API's
 * to check, so its BAD_USER_INPUT messages name the argument and nothing is defined twice.
 */
import { firstProblem } from '../data/issues.js';
import { z } from 'zod';
import { RELATION_TYPES } from '../data/model.js';
import { EXPORT_FORMATS, type ExportFormat } from './formats.js';
import { CONNECTION_EXPORT, NEIGHBOURHOOD_EXPORT, definedVariables } from './operations.js';

const Int = z
  .string()
  .regex(/^-?\d+$/, { message: 'must be an integer' })
  .transform(Number);
const Bool = z.enum(['true', 'false']).transform((s) => s === 'true');
const Text = z.string().trim().min(1, { message: 'must not be empty' });
const Types = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(
    z.array(z.enum(RELATION_TYPES, { message: `must be relation types among ${RELATION_TYPES.join(', ')}` })),
  );
const Format = z.enum(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` });

export const NeighbourhoodParams = z.strictObject({
  id: Text,
  depth: Int.optional(),
  relationTypes: Types.optional(),
  since: Text.optional(),
  until: Text.optional(),
  includeUndated: Bool.optional(),
  limit: Int.optional(),
  format: Format.default('graphml'),
});

export const ConnectionParams = z.strictObject({
  from: Text,
  to: Text,
  maxHops: Int.optional(),
  relationTypes: Types.optional(),
  limit: Int.optional(),
  format: Format.default('graphml'),
});

export const QueryParams = z.strictObject({
  query: Text,
  variables: z
    .string()
    .transform((s, ctx) => {
      try {
        const v: unknown = JSON.parse(s);
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    })
    .optional(),
  operationName: Text.optional(),
  format: Format.default('graphml'),
});

export const EXPORT_KINDS = ['neighbourhood', 'connection', 'query'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A validated export: the GraphQL operation to run, and what to call the file. */
export interface ExportPlan {
  kind: ExportKind;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  format: ExportFormat;
  /** File name without extension. */
  stem: string;
}

export class ExportParamsError extends Error {
  constructor(
    message: string,
    /** The offending parameter. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'ExportParamsError';
  }
}

function parse<S extends z.ZodType>(schema: S, params: Record<string, string>): z.infer<S> {
  const r = schema.safeParse(params);
  if (r.success) return r.data;
  const { field, message } = firstProblem(r.error, {
    topLevel: true,
    unknownKey: 'is not a parameter of this export',
  });
  throw new ExportParamsError(`Invalid parameter "${field}": ${message}`, field);
}

/** Validates flat string parameters into an export plan, or throws ExportParamsError naming the field. */
export function planExport(kind: ExportKind, params: Record<string, string>): ExportPlan {
  if (kind === 'neighbourhood') {
    const { format, ...v } = parse(NeighbourhoodParams, params);
    return {
      kind,
      query: NEIGHBOURHOOD_EXPORT,
      variables: definedVariables(v),
      format,
      stem: `neighbourhood-${v.id}-depth${v.depth ?? 1}`,
    };
  }
  if (kind === 'connection') {
    const { format, ...v } = parse(ConnectionParams, params);
    return {
      kind,
      query: CONNECTION_EXPORT,
      variables: definedVariables(v),
      format,
      stem: `connection-${v.from}-${v.to}`,
    };
  }
  const { format, query, variables, operationName } = parse(QueryParams, params);
  return {
    kind,
    query,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    format,
    stem: operationName ?? 'query',
  };
}
