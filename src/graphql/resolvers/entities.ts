/** Node and entity fields: common ones, kind-specific scalars, and the model's relation fields. */
import type { Resolvers } from '../../generated/resolvers.js';
import { NODE_KINDS, type NodeKind } from '../../data/model.js';
import type { EntityRecord } from '../../graph/records.js';
import { groupClaims } from '../claims.js';
import type { GraphContext } from '../context.js';
import { relationFieldsByKind } from './relations.js';

type Upper<K extends string> = Uppercase<K>;
const kindEnum = (e: EntityRecord) => e.nodeKind.toUpperCase() as Upper<NodeKind>;

const common = {
  kind: kindEnum,
  aliases: (e: EntityRecord) => e.aliases ?? [],
  evidence: (e: EntityRecord) =>
    (e.evidenceArticles ?? []).map((articleId, i) => ({ articleId, excerpt: e.evidenceExcerpts?.[i] ?? '' })),
  claims: async (e: EntityRecord, _a: unknown, ctx: GraphContext) => {
    const { claims, relations } = await ctx.loaders.claims.load(e.id);
    return groupClaims(e, claims, relations);
  },
};

/** Lists of nodes leave an article's text out (src/graph/cypher.ts); it is read by id when asked. */
const articleText = async (e: EntityRecord, _a: unknown, ctx: GraphContext) =>
  typeof e.text === 'string' ? e.text : ((await ctx.loaders.node.load(e.id))?.text ?? '');

/** Kind-specific scalars whose stored name differs from the schema's, or that are read on demand. */
const specific: Record<
  NodeKind,
  Record<string, (e: EntityRecord, args: unknown, ctx: GraphContext) => unknown>
> = {
  Person: { anonymous: (e) => e.anonymous === true },
  Organization: { organizationKind: (e) => e.kind },
  Platform: { platformKind: (e) => e.kind },
  Account: { accountKind: (e) => e.kind },
  Event: { eventKind: (e) => e.kind, dateInferred: (e) => e.dateInferred === true },
  Place: { placeKind: (e) => e.kind },
  Article: { text: articleText },
};

const relationFields = relationFieldsByKind();

export const entityResolvers: Resolvers = {
  Node: { __resolveType: (e) => e.nodeKind },
  Entity: { __resolveType: (e) => e.nodeKind },
  ...(Object.fromEntries(
    NODE_KINDS.map((k) => [k, { ...common, ...specific[k], ...relationFields[k] }]),
  ) as Pick<Resolvers, NodeKind>),
};
