/**
 * zod schemas of the dataset files under data/. These are the single definition of what a valid
 * entity, relation, claim or evidence is: the loader, the curation mutations and the ingestion
 * review files all validate with them.
 */
import { z } from 'zod';
import {
  ACCOUNT_KINDS,
  AMPLIFICATION_METRICS,
  EVENT_KINDS,
  INVITATION_RESPONSES,
  KIND_PREFIX,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PLATFORM_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
  functionalClaimKind,
} from './model.js';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `prefix:slug` id for one node kind. */
export function idOf(prefix: string) {
  return z
    .string()
    .refine((s) => s.startsWith(`${prefix}:`) && slug.test(s.slice(prefix.length + 1)), {
      message: `must look like "${prefix}:lower-case-slug"`,
    });
}

export const EntityId = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'must look like "kind:lower-case-slug", e.g. "person:abdelilah-benkirane"',
});
export const ArticleId = idOf(KIND_PREFIX.Article);

/** ISO date, possibly partial: 2015, 2015-06 or 2015-06-13. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'must be an ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD',
  });

const text = z.string().trim().min(1, { message: 'must not be empty' });

/** A verbatim excerpt of one article; the loader checks it occurs in the article text. */
export const Evidence = z.strictObject({
  article: ArticleId,
  excerpt: text.max(2000),
});
export type Evidence = z.infer<typeof Evidence>;

const entityBase = {
  id: EntityId,
  name: text,
  aliases: z.array(text).default([]),
  description: text.optional(),
  /** Where the entity and its descriptive fields come from (at least one excerpt). */
  evidence: z.array(Evidence).min(1, { message: 'needs at least one evidence excerpt' }),
};

export const PersonEntry = z.strictObject({
  ...entityBase,
  id: idOf(KIND_PREFIX.Person),
  /** true for actors the texts refer to without a name (e.g. a blog's author). */
  anonymous: z.boolean().default(false),
  occupation: text.optional(),
});

export const OrganizationEntry = z.strictObject({
  ...entityBase,
  id: idOf(KIND_PREFIX.Organization),
  kind: z.enum(ORGANIZATION_KINDS),
  country: text.optional(),
});

export const PlatformEntry = z.strictObject({
  ...entityBase,
  id: idOf(KIND_PREFIX.Platform),
  kind: z.enum(PLATFORM_KINDS),
  url: text.optional(),
});

export const AccountEntry = z.strictObject({
  ...entityBase,
  id: idOf(KIND_PREFIX.Account),
  kind: z.enum(ACCOUNT_KINDS),
  handle: text.optional(),
});

export const EventEntry = z.strictObject({
  ...entityBase,
  id: idOf(KIND_PREFIX.Event),
  kind: z.enum(EVENT_KINDS),
  date: PartialDate.optional(),
  /** Set when the date is deduced (e.g. the year from the weekday) rather than stated. */
  dateInferred: z.boolean().default(false),
});

export const PlaceEntry = z.strictObject({
  ...entityBase,
  id: idOf(KIND_PREFIX.Place),
  kind: z.enum(PLACE_KINDS),
});

export const ArticleEntry = z.strictObject({
  id: ArticleId,
  /** Path of the text relative to data/. */
  file: z.string().regex(/^articles\/[\w.-]+\.txt$/, { message: 'must be articles/<name>.txt' }),
  title: text,
  outlet: text.optional(),
  url: text.optional(),
  authorName: text.optional(),
  date: PartialDate.optional(),
  language: z.enum(['fr', 'en', 'ar']),
});
export type ArticleEntry = z.infer<typeof ArticleEntry>;

/** Type-specific relation properties; unknown keys are rejected so typos surface. */
export const RelationProps = z.strictObject({
  title: text.optional(),
  event: idOf(KIND_PREFIX.Event).optional(),
  organization: idOf(KIND_PREFIX.Organization).optional(),
  response: z.enum(INVITATION_RESPONSES).optional(),
  reason: text.optional(),
  metric: z.enum(AMPLIFICATION_METRICS).optional(),
  quote: text.optional(),
  what: text.optional(),
  role: text.optional(),
});

/** An editor's one-line reason for a relation its excerpt does not show by itself. */
export const Basis = text.max(300).refine((s) => !/[\r\n]/.test(s), { message: 'must be one line' });

export const RelationEntry = z
  .strictObject({
    type: z.enum(RELATION_TYPES),
    from: EntityId,
    to: EntityId,
    /**
     * Tells apart two relations with the same type and ends (two quotes, two figures). Rows without
     * one, in any article, state the same relation: they are merged into one, with every source.
     */
    key: z.string().regex(slug).optional(),
    date: PartialDate.optional(),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    /** The figure the article gives (a group's members, a page's fans), for AMPLIFIES and similar. */
    weight: z.number().nonnegative().optional(),
    /** What the article says of it (see RELATION_STATUSES): done unless planned, announced or reported. */
    status: z.enum(RELATION_STATUSES).default('done'),
    /** The excerpt does not name both ends: the link is read from context, as `basis` says. */
    inferred: z.boolean().default(false),
    basis: Basis.optional(),
    props: RelationProps.default({}),
    excerpt: text.max(2000),
  })
  .refine((r) => !r.inferred || r.basis !== undefined, {
    message: 'an inferred relation needs a one-line `basis`',
    path: ['basis'],
  })
  .refine((r) => r.inferred || r.basis === undefined, {
    message: '`basis` is for inferred relations: set `inferred: true` or remove it',
    path: ['inferred'],
  });
export type RelationEntry = z.infer<typeof RelationEntry>;

/**
 * A sourced statement about one property of an entity; disagreeing claims are both kept. A
 * functional predicate (model.ts, FUNCTIONAL_CLAIMS) takes an ISO date or a number, so values compare.
 */
export const ClaimEntry = z
  .strictObject({
    subject: EntityId,
    predicate: z.string().regex(/^[a-z][a-zA-Z]*$/, { message: 'must be a camelCase property name' }),
    value: z.union([text, z.number()]),
    /** How the value was read (a deduced year, whose figure it is), when the value alone does not say. */
    note: text.max(500).optional(),
    excerpt: text.max(2000),
  })
  .superRefine((c, ctx) => {
    const kind = functionalClaimKind(c.predicate);
    if (kind === 'number' && typeof c.value !== 'number')
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a number for ${c.predicate}` });
    if (kind === 'date' && !(typeof c.value === 'string' && PartialDate.safeParse(c.value).success))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `must be an ISO date, possibly partial, for ${c.predicate} (explain it in \`note\`)`,
      });
  });
export type ClaimEntry = z.infer<typeof ClaimEntry>;

export const MentionEntry = z.strictObject({
  entity: EntityId,
  excerpt: text.max(2000),
});

/** data/relations/<article slug>.yaml: everything one article states, each with its excerpt. */
export const ArticleFacts = z.strictObject({
  article: ArticleId,
  /** What the article is, and what of it the graph records or leaves out (side matter, boilerplate). */
  description: text.max(3000).optional(),
  relations: z.array(RelationEntry).default([]),
  claims: z.array(ClaimEntry).default([]),
  mentions: z.array(MentionEntry).default([]),
});
export type ArticleFacts = z.infer<typeof ArticleFacts>;

/** The entity file for each node kind under data/entities/. */
export const ENTITY_FILES = {
  'people.yaml': PersonEntry,
  'organizations.yaml': OrganizationEntry,
  'platforms.yaml': PlatformEntry,
  'accounts.yaml': AccountEntry,
  'events.yaml': EventEntry,
  'places.yaml': PlaceEntry,
} as const;
