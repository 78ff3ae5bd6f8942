/** Node and entity fields: common ones, kind-specific scalars, and the model's relation fields. */
import type { Resolvers } from '../../generated/resolvers.js';
import { NODE_KINDS, type NodeKind } from '../../data/model.js';
import type { EntityRecord } from '../../graph/records.js';
import { groupClaims } from '../claims.js';
import type { GraphContext } from '../context.js';
import { relationFieldsByKind } from './relations.js';

type Upper<K extends string> = Uppercase<K>;
const kindEnum = (e: EntityRecord) => e.nodeKind.toUpperCase() as Upper<NodeKind>;

type FieldResolver = (e: EntityRecord, args: unknown, ctx: GraphContext) => unknown;

/**
 * A resolved field and the stored properties it reads, side by side, so a compiled read
 * (../lookahead.ts) fetches what a selection needs; fields without a resolver read the property of
 * their name, relation fields none.
 */
interface Field {
  reads: readonly string[];
  resolve: FieldResolver;
}
const field = (reads: readonly string[], resolve: FieldResolver): Field => ({ reads, resolve });

const common: Record<string, Field> = {
  kind: field([], kindEnum),
  aliases: field(['aliases'], (e) => e.aliases ?? []),
  evidence: field(['evidenceArticles', 'evidenceExcerpts'], (e) =>
    (e.evidenceArticles ?? []).map((articleId, i) => ({ articleId, excerpt: e.evidenceExcerpts?.[i] ?? '' })),
  ),
  claims: field([], async (e, _a, ctx) => {
    const { claims, relations } = await ctx.loaders.claims.load(e.id);
    return groupClaims(e, claims, relations);
  }),
};

/** Lists of nodes leave an article's text out (src/graph/cypher.ts); it is read by id when asked. */
const articleText: FieldResolver = async (e, _a, ctx) =>
  typeof e.text === 'string' ? e.text : ((await ctx.loaders.node.load(e.id))?.text ?? '');

/** Kind-specific scalars whose stored name differs from the schema's, or that are read on demand. */
const specific: Record<NodeKind, Record<string, Field>> = {
  Person: { anonymous: field(['anonymous'], (e) => e.anonymous === true) },
  Organization: { organizationKind: field(['kind'], (e) => e.kind) },
  Platform: { platformKind: field(['kind'], (e) => e.kind) },
  Account: { accountKind: field(['kind'], (e) => e.kind) },
  Event: {
    eventKind: field(['kind'], (e) => e.kind),
    dateInferred: field(['dateInferred'], (e) => e.dateInferred === true),
  },
  Place: { placeKind: field(['kind'], (e) => e.kind) },
  Article: { text: field(['text'], articleText) },
};

const relationFields = relationFieldsByKind();

const fieldsOf = (k: NodeKind) => ({ ...common, ...specific[k] });

/** Per kind, the stored properties each resolved field reads (see Field); relation fields read none. */
export const ENTITY_FIELD_READS: Record<NodeKind, Record<string, readonly string[]>> = Object.fromEntries(
  NODE_KINDS.map((k) => [
    k,
    {
      ...Object.fromEntries(Object.entries(fieldsOf(k)).map(([name, f]) => [name, f.reads])),
      ...Object.fromEntries(Object.keys(relationFields[k]).map((name) => [name, []])),
    },
  ]),
) as Record<NodeKind, Record<string, readonly string[]>>;

export const entityResolvers: Resolvers = {
  Node: { __resolveType: (e) => e.nodeKind },
  Entity: { __resolveType: (e) => e.nodeKind },
  ...(Object.fromEntries(
    NODE_KINDS.map((k) => [
      k,
      {
        ...Object.fromEntries(Object.entries(fieldsOf(k)).map(([name, f]) => [name, f.resolve])),
        ...relationFields[k],
      },
    ]),
  ) as Pick<Resolvers, NodeKind>),
};
