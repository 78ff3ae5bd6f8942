/**
 * What each declared property type (./model.ts, PropertyType) is in GraphQL, in zod and in
 * TypeScript: the one mapping the generated SDL, the dataset schemas and the records share.
 */
import { z } from 'zod';
import { KIND_PREFIX, type PropertySpec, type PropertyType } from './model.js';

/** ISO date, possibly partial: 2015, 2015-06 or 2015-06-13. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'must be an ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD',
  });

export const Text = z.string().trim().min(1, { message: 'must not be empty' });

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `prefix:slug` id for one node kind. */
export function idOf(prefix: string) {
  return z
    .string()
    .refine((s) => s.startsWith(`${prefix}:`) && slug.test(s.slice(prefix.length + 1)), {
      message: `must look like "${prefix}:lower-case-slug"`,
    });
}

/** Longest text value a property takes (an excerpt has its own bound). */
const MAX_TEXT = 2000;

/** The zod schema of a value of this type (required or not is the caller's). */
export function zodOfType(t: PropertyType): z.ZodType {
  switch (t.kind) {
    case 'text':
      return Text.max(MAX_TEXT);
    case 'date':
      return PartialDate;
    case 'number':
      return t.min === undefined ? z.number() : z.number().min(t.min);
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(t.values as [string, ...string[]]);
    case 'ref':
      return idOf(KIND_PREFIX[t.to]);
  }
}

/** A declared property's zod schema: optional unless required; a required boolean defaults to false. */
export function zodOf(spec: PropertySpec): z.ZodType {
  const base = zodOfType(spec.type);
  if (spec.type.kind === 'boolean') return (base as z.ZodBoolean).default(false);
  return spec.required ? base : base.optional();
}

/** GraphQL name of an enum value of the model ('community-managers' → COMMUNITY_MANAGERS). */
export const enumValueName = (v: string) => v.toUpperCase().replace(/-/g, '_');

/** The GraphQL type of a declared property, `!` when always present. */
export function graphqlTypeOf(spec: PropertySpec): string {
  const t = spec.type;
  const named =
    t.kind === 'number'
      ? 'Float'
      : t.kind === 'boolean'
        ? 'Boolean'
        : t.kind === 'ref'
          ? t.to
          : t.kind === 'enum' && t.graphql
            ? t.graphql
            : 'String';
  return spec.required || t.kind === 'boolean' ? `${named}!` : named;
}

/** The GraphQL input type of a declared property: a reference by its `ID`, never required (the type checks). */
export function graphqlInputTypeOf(spec: PropertySpec): string {
  return spec.type.kind === 'ref' ? 'ID' : graphqlTypeOf({ ...spec, required: false }).replace(/!$/, '');
}

/** A property's value as the model stores it, from its GraphQL value (an enum name back to its value). */
export function modelValueOf(spec: PropertySpec, value: unknown): unknown {
  const t = spec.type;
  if (t.kind !== 'enum' || !t.graphql || typeof value !== 'string') return value;
  return t.values.find((v) => enumValueName(v) === value) ?? value;
}

/** The TypeScript type of a value of a declared property type. */
export type ValueOf<T extends PropertyType> = T extends { kind: 'number' }
  ? number
  : T extends { kind: 'boolean' }
    ? boolean
    : T extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : string;

/** The values of a set of declared properties, all optional (as stored). */
export type ValuesOf<P extends Readonly<Record<string, PropertySpec>>> = {
  -readonly [K in keyof P]?: ValueOf<P[K]['type']>;
};

/** The zod type of a value of a declared property type, at the type level (see zodOfType). */
export type ZodOfType<T extends PropertyType> = T extends { kind: 'number' }
  ? z.ZodNumber
  : T extends { kind: 'boolean' }
    ? z.ZodBoolean
    : T extends { kind: 'enum'; values: readonly (infer V extends string)[] }
      ? z.ZodEnum<{ [K in V]: K }>
      : z.ZodString;

/** The zod type zodOf gives a declared property, at the type level. */
export type ZodOf<S extends PropertySpec> = S['type'] extends { kind: 'boolean' }
  ? z.ZodDefault<z.ZodBoolean>
  : S extends { required: true }
    ? ZodOfType<S['type']>
    : z.ZodOptional<ZodOfType<S['type']>>;

/** A zod shape for some declared properties, typed as zodOf makes it. */
export function zodShape<P extends Readonly<Record<string, PropertySpec>>, N extends keyof P & string>(
  specs: P,
  names: readonly N[],
): { [K in N]: ZodOf<P[K]> } {
  return Object.fromEntries(names.map((n) => [n, zodOf(specs[n]!)])) as { [K in N]: ZodOf<P[K]> };
}
