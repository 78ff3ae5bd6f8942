/**
 * zod schemas of the dataset files under data/. These are the single definition of what a valid
 * entity, relation, claim or evidence is: the loader, the curation mutations and the ingestion
 * review files all validate with them.
 */
import { z } from 'zod';
import {
  ENTRY_PROPERTIES,
  KINDS,
  KIND_PREFIX,
  RELATIONS,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  RELATION_STATUSES,
  RELATION_TIMES,
  RELATION_TYPES,
  functionalClaimKind,
  type NodeKind,
  type RelationProperty,
  type RelationSpec,
} from './model.js';
import { PartialDate, Text, idOf, zodShape } from './property-types.js';

export { PartialDate, idOf };

export const EntityId = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'must look like "kind:lower-case-slug", e.g. "person:abdelilah-benkirane"',
});
export const ArticleId = idOf(KIND_PREFIX.Article);

const text = Text;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

type EntityKind = Exclude<NodeKind, 'Article'>;
type Fields<K extends NodeKind> = (typeof KINDS)[K]['fields'];

/** The zod shape of a kind's own fields (model.ts, KINDS). */
function fieldsShape<K extends NodeKind, N extends keyof Fields<K> & string>(kind: K, names: readonly N[]) {
  return zodShape(KINDS[kind].fields as Fields<K>, names);
}

/** `kind`: the kind's subtype (a party, a page, a lunch), one of the values the model lists. */
function subtypeShape<K extends EntityKind>(kind: K) {
  const spec = KINDS[kind];
  const values = ('subtype' in spec ? spec.subtype.values : []) as readonly string[];
  return values.length ? { kind: z.enum(values as [string, ...string[]]) } : {};
}

/** The dataset entry of one curated kind: the common fields, its subtype, then its own fields. */
function entryOf<K extends EntityKind>(kind: K) {
  const own = Object.keys(KINDS[kind].fields) as (keyof Fields<K> & string)[];
  return z.strictObject({
    ...entityBase,
    id: idOf(KIND_PREFIX[kind]),
    ...subtypeShape(kind),
    ...fieldsShape(kind, own),
  });
}

export const ENTRY_BY_KIND = {
  Person: entryOf('Person'),
  Organization: entryOf('Organization'),
  Platform: entryOf('Platform'),
  Account: entryOf('Account'),
  Event: entryOf('Event'),
  Place: entryOf('Place'),
} satisfies Record<EntityKind, z.ZodObject>;

/** articles.yaml: an article's fields as the model declares them, its text read from `file`. */
export const ArticleEntry = z.strictObject({
  id: ArticleId,
  /** Path of the text relative to data/. */
  file: z.string().regex(/^articles\/[\w.-]+\.txt$/, { message: 'must be articles/<name>.txt' }),
  ...fieldsShape('Article', ['title', 'outlet', 'url', 'authorName', 'date', 'language']),
});
export type ArticleEntry = z.infer<typeof ArticleEntry>;

type DetailProperty = Exclude<RelationProperty, (typeof ENTRY_PROPERTIES)[number]>;
const DETAIL_PROPERTIES = RELATION_PROPERTY_NAMES.filter(
  (p): p is DetailProperty => !(ENTRY_PROPERTIES as readonly string[]).includes(p),
);

/** A relation's details (model.ts, RELATION_PROPERTIES), all optional; unknown keys are refused. */
export const RelationProps = z.strictObject(zodShape(RELATION_PROPERTIES, DETAIL_PROPERTIES));

/** Properties a relation type takes: those of its time, then its own. */
export function propertiesOf(spec: RelationSpec): readonly RelationProperty[] {
  return [...RELATION_TIMES[spec.time ?? 'point'].properties, ...(spec.properties ?? [])];
}

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
    /** Its time and figure (date, start, end, weight); its other details are under `props`. */
    ...zodShape(RELATION_PROPERTIES, ENTRY_PROPERTIES),
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
  })
  .superRefine((r, ctx) => {
    // Only the properties the model gives the type (its time, its own): a quote on an attendance,
    // or an end on a point in time, is refused where the row says it.
    const allowed = propertiesOf(RELATIONS[r.type]);
    const given = [
      ...ENTRY_PROPERTIES.filter((p) => r[p] !== undefined).map((p) => [p, [p]] as const),
      ...Object.keys(r.props).map((p) => [p, ['props', p]] as const),
    ];
    for (const [p, path] of given)
      if (!(allowed as readonly string[]).includes(p))
        ctx.addIssue({
          code: 'custom',
          path: [...path],
          message: `${r.type} takes ${allowed.join(', ')}, not ${p}`,
        });
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

/** The entity file of each curated kind under data/entities/. */
export const ENTITY_FILES = {
  'people.yaml': ENTRY_BY_KIND.Person,
  'organizations.yaml': ENTRY_BY_KIND.Organization,
  'platforms.yaml': ENTRY_BY_KIND.Platform,
  'accounts.yaml': ENTRY_BY_KIND.Account,
  'events.yaml': ENTRY_BY_KIND.Event,
  'places.yaml': ENTRY_BY_KIND.Place,
} as const satisfies Record<string, z.ZodObject>;

/** Each curated kind's entry, by name (the curation mutations validate with the same schemas). */
export const {
  Person: PersonEntry,
  Organization: OrganizationEntry,
  Platform: PlatformEntry,
  Account: AccountEntry,
  Event: EventEntry,
  Place: PlaceEntry,
} = ENTRY_BY_KIND;
