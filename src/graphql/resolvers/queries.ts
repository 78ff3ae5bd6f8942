/** Root query fields: validate arguments, call the repository or loaders, shape the result. */
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import {
  AMPLIFICATION_METRICS,
  KINDS,
  KIND_BY_ENUM,
  RELATION_TYPES,
  type NodeKind,
} from '../../data/model.js';
import { foldName } from '../../data/names.js';

/** The languages an article may be in (the model's). */
const LANGUAGES = KINDS.Article.fields.language.type.values;
import { luceneQuery, passageQuery } from '../../graph/lucene.js';
import { SEARCH_FLOOR } from '../../graph/search-rank.js';
import type { EntityRecord, RelationRecord } from '../../graph/records.js';
import {
  ACTOR_RELATIONS,
  NO_EXTRAS,
  NO_NODE_EXTRAS,
  type RelationExtras,
  type RelationPageKey,
} from '../../graph/repository.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { After, First, NodeId, OptionalDate, parseArgs, TimeWindowArg, toWindow, windowOf } from '../args.js';
import { groupClaims } from '../claims.js';
import {
  MAX_DEPTH,
  MAX_HOPS,
  MAX_IDS,
  MAX_NEIGHBOURHOOD_NODES,
  MAX_PATHS,
  MAX_TIMELINE,
  NEIGHBOURHOOD_EDGES_PER_NODE,
} from '../../graph/limits.js';
import type { GraphContext } from '../context.js';
import { relationExtrasAt, searchHitProps, subgraphNodeReads, subgraphProps } from '../lookahead.js';
import {
  carryNodeTree,
  carryReadWith,
  citedByClaims,
  nodesWithSelection,
  pageWithSelection,
  primeCited,
} from '../prefetch.js';
import { badUserInput, notFound } from '../errors.js';
import { connection, offsetAfter } from '../pagination.js';
import { pageKey, relationConnection } from './relations.js';

const IdArg = z.object({ id: NodeId });

/** Where a root field's selection reaches its relations (object type, field), for relationExtrasAt. */
const PATH_RELATION = [
  ['Path', 'hops'],
  ['PathHop', 'relation'],
] as const;
const TIMELINE_RELATION = [['TimelineEntry', 'relation']] as const;
const PASSAGE_RELATION = [
  ['PassageConnection', 'edges'],
  ['PassageEdge', 'node'],
  ['PassageHit', 'relations'],
] as const;
const SUBGRAPH_RELATION = [['Subgraph', 'edges']] as const;
const CONNECTION_RELATION = [
  ['RelationConnection', 'edges'],
  ['RelationEdge', 'node'],
] as const;

/** What the selection reads with each relation, so the root field's statement reads it too. */
const extrasOf = (
  ctx: GraphContext,
  info: GraphQLResolveInfo,
  steps: Parameters<typeof relationExtrasAt>[1],
): RelationExtras => (ctx.lookahead ? relationExtrasAt(info, steps) : NO_EXTRAS);

/** The node `id` found, or NOT_FOUND; `kind` also rejects an id of another kind. */
function checked(n: EntityRecord | null, id: string, kind?: NodeKind): EntityRecord {
  if (!n) throw notFound(`No node with id "${id}"`);
  if (kind && n.nodeKind !== kind) throw badUserInput(`"${id}" is a ${n.nodeKind}, not a ${kind}`, 'id');
  return n;
}

/**
 * A node by id with everything its selection asks below it, in one read (../prefetch.ts); NOT_FOUND
 * when no node answers to the id, and `kind` also rejects an id of another kind.
 */
const typedLookup =
  (kind?: NodeKind) =>
  async (_: unknown, args: unknown, ctx: GraphContext, info: GraphQLResolveInfo): Promise<EntityRecord> => {
    const { id } = parseArgs(IdArg, args);
    const [n] = await nodesWithSelection(ctx, info, [id]);
    return checked(n ?? null, id, kind);
  };

/** A root page of relations (amplifiers) and what its selection asks of it, in one read. */
async function rootPage(ctx: GraphContext, info: GraphQLResolveInfo, key: RelationPageKey) {
  const resolved = await pageWithSelection(ctx, info, key);
  if (!resolved) throw notFound(`No node with id "${key.id}"`);
  return relationConnection(ctx, resolved.key, resolved.at);
}

const SearchArgs = z.object({
  text: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  kinds: z.array(z.enum(Object.keys(KIND_BY_ENUM) as [string, ...string[]])).nullish(),
  first: First.nullish(),
  after: After,
});

const ConnectionArgs = z.object({
  from: NodeId,
  to: NodeId,
  maxHops: z
    .number()
    .int()
    .min(1)
    .max(MAX_HOPS, { message: `must be at most ${MAX_HOPS}` }),
  relationTypes: z.array(z.enum(RELATION_TYPES)).nullish(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_PATHS, { message: `must be at most ${MAX_PATHS}` }),
  when: TimeWindowArg,
});

const NeighbourhoodArgs = z.object({
  id: NodeId,
  depth: z
    .number()
    .int()
    .min(1)
    .max(MAX_DEPTH, { message: `must be at most ${MAX_DEPTH}` }),
  relationTypes: z.array(z.enum(RELATION_TYPES)).nullish(),
  since: OptionalDate,
  until: OptionalDate,
  includeUndated: z.boolean().nullish(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_NEIGHBOURHOOD_NODES, { message: `must be at most ${MAX_NEIGHBOURHOOD_NODES}` }),
  when: TimeWindowArg,
});

const AmplifierArgs = z.object({
  of: NodeId.optional(),
  by: NodeId.optional(),
  platform: NodeId.nullish(),
  first: First.nullish(),
  after: After,
  when: TimeWindowArg,
});

const ArticlesArgs = z.object({
  mentioning: NodeId.nullish(),
  filter: z
    .object({
      outlet: z.string().trim().min(1).max(200).nullish(),
      language: z.enum(LANGUAGES).nullish(),
      when: TimeWindowArg,
    })
    .nullish(),
  first: First.nullish(),
  after: After,
});

const AmplificationArgs = z.object({
  filter: z
    .object({
      platform: NodeId.nullish(),
      targetKinds: z
        .array(
          z.enum(Object.keys(KIND_BY_ENUM) as [keyof typeof KIND_BY_ENUM, ...(keyof typeof KIND_BY_ENUM)[]]),
        )
        .nullish(),
      metric: z.enum(AMPLIFICATION_METRICS).nullish(),
      when: TimeWindowArg,
    })
    .nullish(),
  first: First.nullish(),
  after: After,
});

/** RelationFilter fields equivalent to a `when` window. */
function filterOf(when: z.infer<typeof TimeWindowArg>) {
  if (!when) return null;
  const asOf = when.asOf ?? null;
  return { since: asOf ?? when.since, until: asOf ?? when.until, includeUndated: when.includeUndated };
}

export const queryResolvers: Omit<QueryResolvers<GraphContext>, 'health'> = {
  node: typedLookup(),
  entity: typedLookup(),
  person: typedLookup('Person'),
  organization: typedLookup('Organization'),
  event: typedLookup('Event'),
  article: typedLookup('Article'),

  nodes: async (_, args, ctx, info) => {
    const { ids } = parseArgs(z.object({ ids: z.array(NodeId).max(MAX_IDS) }), args);
    return nodesWithSelection(ctx, info, ids);
  },

  search: async (_, args, ctx, info) => {
    const a = parseArgs(SearchArgs, args);
    const lucene = luceneQuery(a.text);
    if (!lucene) throw badUserInput('Invalid argument "text": nothing searchable in it', 'text');
    const kinds = a.kinds?.map((k) => KIND_BY_ENUM[k as keyof typeof KIND_BY_ENUM] as string) ?? null;
    // With the lookahead, the candidates carry only what the ranking and the selection read.
    const props = ctx.lookahead ? searchHitProps(info) : null;
    const page = await ctx.repo.search(a.text, lucene, kinds, offsetAfter(a.after), a.first ?? 10, props);
    return {
      ...connection(page, (hit, cursor) => ({ cursor, node: hit })),
      floor: SEARCH_FLOOR,
      didYouMean: page.suggestions,
    };
  },

  passages: async (_, args, ctx, info) => {
    const a = parseArgs(SearchArgs.omit({ kinds: true }), args);
    const lucene = passageQuery(a.text);
    if (!lucene) throw badUserInput('Invalid argument "text": nothing searchable in it', 'text');
    const extras = extrasOf(ctx, info, PASSAGE_RELATION);
    const page = await ctx.repo.passages(a.text, lucene, offsetAfter(a.after), a.first ?? 10, extras);
    // A relation may support several passages: each record is carried once.
    carryReadWith(ctx.loaders, [...new Set(page.items.flatMap((hit) => hit.relations))], extras);
    return connection(page, (hit, cursor) => ({
      cursor,
      node: {
        ...hit,
        claims: hit.claims.map((c) => ({ subject: c.subjectNode, predicate: c.predicate, value: c.value })),
      },
    }));
  },

  amplifiers: async (_, args, ctx, info) => {
    const a = parseArgs(AmplifierArgs.required({ of: true }), args);
    const key = pageKey(
      { id: a.of, types: ['AMPLIFIES'], direction: 'INCOMING', platform: a.platform ?? null },
      { first: a.first, after: a.after, filter: filterOf(a.when) },
    );
    return rootPage(ctx, info, key);
  },

  amplified: async (_, args, ctx, info) => {
    const a = parseArgs(AmplifierArgs.required({ by: true }), args);
    const key = pageKey(
      { id: a.by, types: ['AMPLIFIES'], direction: 'OUTGOING' },
      { first: a.first, after: a.after, filter: filterOf(a.when) },
    );
    return rootPage(ctx, info, key);
  },

  connection: async (_, args, ctx, info) => {
    const a = parseArgs(ConnectionArgs, args);
    if (a.from === a.to) throw badUserInput('Invalid argument "to": must differ from "from"', 'to');
    const types = a.relationTypes?.length ? a.relationTypes : ACTOR_RELATIONS;
    // One read: the statement resolves both ids (merged ids included) and says which it found, and
    // reads with each hop's relation the articles and nodes the selection asks of it.
    const extras = extrasOf(ctx, info, PATH_RELATION);
    const found = await ctx.repo.shortestPaths(
      a.from,
      a.to,
      a.maxHops,
      types,
      a.limit,
      windowOf(a.when),
      extras,
    );
    if (!found.fromId) throw notFound(`No node with id "${a.from}"`);
    if (!found.toId) throw notFound(`No node with id "${a.to}"`);
    if (found.fromId === found.toId)
      throw badUserInput('Invalid argument "to": it was merged into "from"', 'to');
    for (const p of found.paths) carryReadWith(ctx.loaders, p.relations, extras);
    return found.paths.map((p) => ({
      length: p.relations.length,
      nodes: p.nodes,
      hops: p.relations.map((relation, i) => {
        const from = p.nodes[i] as EntityRecord;
        const to = p.nodes[i + 1] as EntityRecord;
        return {
          from,
          to,
          relation,
          direction: relation.sourceId === from.id ? ('FORWARD' as const) : ('BACKWARD' as const),
        };
      }),
    }));
  },

  neighbourhood: async (_, args, ctx, info) => {
    const a = parseArgs(NeighbourhoodArgs, args);
    const types = a.relationTypes?.length ? a.relationTypes : RELATION_TYPES;
    const window = a.when ? windowOf(a.when) : toWindow(a.since, a.until, a.includeUndated);
    // One read: a merged id reads from the node it was merged into; the subgraph always holds its
    // centre, so no node means no node answers to the id.
    // With the lookahead, the pages, claims and cited articles selected under its nodes too.
    const reads = ctx.lookahead ? subgraphNodeReads(info) : { pages: [], extras: NO_NODE_EXTRAS };
    const edgeExtras = extrasOf(ctx, info, SUBGRAPH_RELATION);
    const g = await ctx.repo.neighbourhood(
      a.id,
      a.depth,
      types,
      window,
      a.limit,
      a.limit * NEIGHBOURHOOD_EDGES_PER_NODE,
      ctx.lookahead ? subgraphProps(info) : undefined,
      reads.pages,
      reads.extras,
      edgeExtras,
    );
    if (!g?.nodes.length) throw notFound(`No node with id "${a.id}"`);
    const nodes = g.trees.length
      ? g.nodes.map((n, i) => carryNodeTree(ctx.loaders, n, reads.pages, g.trees[i]!))
      : g.nodes;
    carryReadWith(ctx.loaders, g.relations, edgeExtras);
    return { nodes, edges: g.relations, truncated: g.truncated };
  },

  timeline: async (_, args, ctx, info) => {
    const a = parseArgs(
      z.object({
        id: NodeId.nullish(),
        when: TimeWindowArg,
        limit: z
          .number()
          .int()
          .min(1)
          .max(MAX_TIMELINE, { message: `must be at most ${MAX_TIMELINE}` }),
      }),
      args,
    );
    const window = windowOf(a.when);
    const extras = extrasOf(ctx, info, TIMELINE_RELATION);
    const carried = (rows: readonly { relation: RelationRecord }[]) =>
      carryReadWith(
        ctx.loaders,
        rows.map((e) => e.relation),
        extras,
      );
    if (!a.id) {
      const rows = await ctx.repo.corpusTimeline(window, a.limit, extras);
      carried(rows);
      return rows;
    }
    // One read: the statement resolves the id (merged ids included) and says when nothing has it.
    const rows = await ctx.repo.timeline(a.id, window, a.limit, extras);
    if (!rows) throw notFound(`No node with id "${a.id}"`);
    carried(rows);
    return rows;
  },

  articles: async (_, args, ctx) => {
    const a = parseArgs(ArticlesArgs, args);
    const f = a.filter ?? {};
    // One read: the statement resolves the id (merged ids included) and says when nothing has it.
    const page = await ctx.repo.articles(
      a.mentioning ?? null,
      {
        outlet: f.outlet ? foldName(f.outlet) : null,
        language: f.language ?? null,
        window: windowOf(f.when),
      },
      offsetAfter(a.after),
      a.first ?? 20,
    );
    if (!page) throw notFound(`No node with id "${a.mentioning}"`);
    return connection(page, (item, cursor) => ({ cursor, node: item }));
  },

  events: async (_, args, ctx) => {
    const a = parseArgs(z.object({ when: TimeWindowArg, first: First.nullish(), after: After }), args);
    const page = await ctx.repo.events(windowOf(a.when), offsetAfter(a.after), a.first ?? 20);
    return connection(page, (node, cursor) => ({ cursor, node }));
  },

  amplification: async (_, args, ctx, info) => {
    const a = parseArgs(AmplificationArgs, args);
    const f = a.filter ?? {};
    const extras = extrasOf(ctx, info, CONNECTION_RELATION);
    const page = await ctx.repo.amplification(
      {
        platform: f.platform ?? null,
        kinds: f.targetKinds?.map((k) => KIND_BY_ENUM[k]) ?? null,
        metric: f.metric ?? null,
        window: windowOf(f.when),
      },
      offsetAfter(a.after),
      a.first ?? 20,
      extras,
    );
    carryReadWith(ctx.loaders, page.items, extras);
    // Seen from the amplifier: `other` is the amplified target.
    return connection(page, (r, cursor) => ({
      cursor,
      node: r,
      other: r.target,
      direction: 'OUTGOING' as const,
    }));
  },

  claims: async (_, args, ctx) => {
    const a = parseArgs(z.object({ about: NodeId, onlyConflicts: z.boolean().nullish() }), args);
    // One read: the node (merged ids resolved), its claims, and the articles they cite.
    const found = await ctx.repo.claimsOf(a.about);
    const subject = checked(found.node, a.about);
    ctx.loaders.node.prime(a.about, subject);
    primeCited(
      ctx.loaders,
      [...(subject.evidenceArticles ?? []), ...citedByClaims(found.claims, found.relations)],
      found.articles,
    );
    const groups = groupClaims(subject, found.claims, found.relations);
    return a.onlyConflicts ? groups.filter((g) => g.conflict) : groups;
  },
};
