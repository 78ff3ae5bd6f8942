/**
 * Relation fields, generated from the model: every relation type is a typed field on both of its ends
 * (forward name on the source kinds, reverse name on the target kinds), all served by one batched loader.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { z } from 'zod';
import { SOURCE_PROPERTIES, storedSources } from '../../data/facts.js';
import { enumValueName } from '../../data/property-types.js';
import {
  NODE_KINDS,
  RELATIONS,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  RELATION_TYPES,
  referenceFieldsOf,
  type PropertyType,
  type RelationProperty,
  type NodeKind,
  type RelationStatus,
  type RelationType,
} from '../../data/model.js';
import {
  otherEndOf,
  type EntityRecord,
  type EvidenceRecord,
  type RelationRecord,
  type RelationSourceRecord,
} from '../../graph/records.js';
import type { RelationPageKey } from '../../graph/repository.js';
import type {
  EvidenceResolvers,
  RelationResolvers,
  RelationSourceResolvers,
  RelationStatus as ApiStatus,
} from '../../generated/resolvers.js';
import { After, First, NodeId, OptionalDate, parseArgs, toWindow } from '../args.js';
import type { GraphContext } from '../context.js';
import { notFound } from '../errors.js';
import { connection, offsetAfter } from '../pagination.js';
import { otherEnd, prefetchedPage, referencedNode } from '../prefetched.js';

type Direction = 'OUTGOING' | 'INCOMING';

const Filter = z
  .object({
    since: OptionalDate,
    until: OptionalDate,
    includeUndated: z.boolean().nullish(),
    article: NodeId.nullish(),
    orderBy: z.enum(['WEIGHT_DESC', 'DATE_ASC', 'DATE_DESC']).nullish(),
    includeRetracted: z.boolean().nullish(),
  })
  .nullish();

const FieldArgs = z.object({
  first: First.nullish(),
  after: After,
  filter: Filter,
  direction: z.enum(['OUTGOING', 'INCOMING']).nullish(),
  types: z.array(z.enum(RELATION_TYPES)).max(RELATION_TYPES.length).nullish(),
});
type FieldArgs = z.infer<typeof FieldArgs>;

export interface PageRequest {
  id: string;
  types: readonly string[];
  direction: Direction | null;
  platform?: string | null;
  defaultOrder?: RelationPageKey['orderBy'];
  via?: RelationPageKey['via'];
}

/** Builds the loader key for a page of relations from GraphQL arguments. */
export function pageKey(req: PageRequest, rawArgs: unknown): RelationPageKey {
  const a: FieldArgs = parseArgs(FieldArgs, rawArgs);
  const f = a.filter ?? {};
  return {
    id: req.id,
    types: a.types?.length ? req.types.filter((t) => a.types?.includes(t as RelationType)) : req.types,
    direction: a.direction ?? req.direction,
    article: f.article ?? null,
    platform: req.platform ?? null,
    orderBy: f.orderBy ?? req.defaultOrder ?? 'WEIGHT_DESC',
    offset: offsetAfter(a.after),
    first: a.first ?? 20,
    window: toWindow(f.since, f.until, f.includeUndated, f.includeRetracted),
    ...(req.via ? { via: req.via } : {}),
  };
}

/**
 * A page of relations as a RelationConnection seen from node `key.id`: the page `parent` carries
 * when the root field's compiled read fetched it (../prefetched.ts), else from the loader.
 */
export async function relationConnection(ctx: GraphContext, key: RelationPageKey, parent?: EntityRecord) {
  const page = prefetchedPage(parent, key) ?? (await ctx.loaders.relations.load(key));
  return connection(page, (r: RelationRecord, cursor) => {
    return {
      cursor,
      node: r,
      other: otherEnd(r, otherEndOf(r, key.id)),
      direction: (r.sourceId === key.id ? 'OUTGOING' : 'INCOMING') as Direction,
    };
  });
}

/** What a relation field reads, less the node it is read at: its types, direction and reference. */
export type FieldRequest = Omit<PageRequest, 'id'>;

/**
 * Field name → the page it reads, for each node kind, from the model: every relation type as a
 * typed field on both of its ends, reference fields (an event's invitations) and `relations` (all
 * types unless narrowed). The resolvers and the lookahead (../lookahead.ts) both read this table.
 */
export const RELATION_FIELDS: Record<NodeKind, Record<string, FieldRequest>> = (() => {
  const all: FieldRequest = { types: RELATION_TYPES, direction: null };
  const out = Object.fromEntries(
    NODE_KINDS.map((k) => [k, { relations: all } as Record<string, FieldRequest>]),
  ) as Record<NodeKind, Record<string, FieldRequest>>;
  for (const type of RELATION_TYPES) {
    const spec = RELATIONS[type];
    for (const k of spec.from) out[k][spec.forward] = { types: [type], direction: 'OUTGOING' };
    for (const k of spec.to) out[k][spec.reverse] = { types: [type], direction: 'INCOMING' };
  }
  for (const k of NODE_KINDS)
    for (const r of referenceFieldsOf(k))
      out[k][r.field] = {
        types: [r.type],
        direction: null,
        via: { type: r.type, property: r.property },
      };
  return out;
})();

type FieldResolver = GraphQLFieldResolver<EntityRecord, GraphContext, Record<string, unknown>>;

/** Field name → resolver for each node kind: the page of RELATION_FIELDS at the parent node. */
export function relationFieldsByKind(): Record<NodeKind, Record<string, FieldResolver>> {
  return Object.fromEntries(
    NODE_KINDS.map((k) => [
      k,
      Object.fromEntries(
        Object.entries(RELATION_FIELDS[k]).map(([field, req]): [string, FieldResolver] => [
          field,
          (parent, args, ctx) => relationConnection(ctx, pageKey({ id: parent.id, ...req }, args), parent),
        ]),
      ),
    ]),
  ) as Record<NodeKind, Record<string, FieldResolver>>;
}

const apiStatus = (s: RelationStatus | undefined): ApiStatus => (s ?? 'done').toUpperCase() as ApiStatus;

type PropertyResolver = (r: RelationRecord, args: unknown, ctx: GraphContext) => unknown;

/**
 * Relation properties whose API value is not the stored one, by their declared type: a named enum
 * is upper-cased (accepted → ACCEPTED), a reference is the node it names. Other properties are read
 * as stored; absent ones are null.
 */
const propertyResolvers: Record<string, PropertyResolver> = Object.fromEntries(
  RELATION_PROPERTY_NAMES.map((p): [string, PropertyResolver] => {
    const t: PropertyType = RELATION_PROPERTIES[p].type;
    if (t.kind === 'enum' && t.graphql)
      return [p, (r) => (typeof r[p] === 'string' ? enumValueName(r[p]) : null)];
    if (t.kind === 'ref')
      return [
        p,
        (r, _a, ctx) => {
          if (typeof r[p] !== 'string') return null;
          const read = referencedNode(r, p);
          return read === undefined ? ctx.loaders.node.load(r[p]) : read;
        },
      ];
    return [p, (r) => r[p] ?? null];
  }),
);

export const relationResolvers = {
  type: (r) => r.type as RelationType,
  label: (r) => RELATIONS[r.type as RelationType]?.label ?? r.type,
  evidence: (r) => ({ articleId: r.article, excerpt: r.excerpt }),
  sources: (r): RelationSourceRecord[] =>
    storedSources(r).map((s) => ({
      articleId: s.article,
      excerpt: s.excerpt,
      status: s.status,
      date: s.date ?? null,
      inferred: s.inferred,
      basis: s.basis ?? null,
    })),
  status: (r) => apiStatus(r.status),
  inferred: (r) => r.inferred === true,
  basis: (r) => r.basis ?? null,
  ...(propertyResolvers as Pick<RelationResolvers<GraphContext>, RelationProperty>),
  retraction: (r) =>
    r.retractedAt
      ? { at: String(r.retractedAt), by: String(r.retractedBy), reason: String(r.retractedReason) }
      : null,
} satisfies RelationResolvers<GraphContext>;

/**
 * The stored properties each Relation field reads (a field absent here reads the property of its
 * name), so a compiled read (../lookahead.ts) fetches only what a selection needs. Typed against the
 * resolvers: a resolver added without its entry here does not compile.
 */
export const RELATION_FIELD_READS: Record<keyof typeof relationResolvers, readonly string[]> = {
  type: [],
  label: [],
  evidence: ['article', 'excerpt'],
  sources: SOURCE_PROPERTIES,
  status: ['status'],
  inferred: ['inferred'],
  basis: ['basis'],
  ...(Object.fromEntries(RELATION_PROPERTY_NAMES.map((p) => [p, [p]])) as Record<RelationProperty, string[]>),
  retraction: ['retractedAt', 'retractedBy', 'retractedReason'],
};

async function citedArticle(e: EvidenceRecord, ctx: GraphContext): Promise<EntityRecord> {
  const article = await ctx.loaders.cited.load(e.articleId);
  // Deleted since the relation was read (an editor removed it mid-request): a coded error, and the
  // relation above it resolves to null rather than failing the whole response.
  if (!article) throw notFound(`The article "${e.articleId}" cited as evidence no longer exists`);
  return article;
}

export const evidenceResolvers: EvidenceResolvers<GraphContext> = {
  article: (e, _a, ctx) => citedArticle(e, ctx),
};

export const relationSourceResolvers: RelationSourceResolvers<GraphContext> = {
  article: (s, _a, ctx) => citedArticle(s, ctx),
  status: (s) => apiStatus(s.status),
};
