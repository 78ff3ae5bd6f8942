/**
 * Root fields that read their whole selection in one statement: the lookahead (./lookahead.ts)
 * says which pages of relations, cited articles and referenced nodes the selection will ask for, and
 * which properties of each record; the repository reads them all at once (NODE_TREE). The pages are
 * handed to the records they hang from (./prefetched.ts), and so are the referenced nodes, read with
 * only what the selection reads of them; cited articles, read whole, prime the loaders, and so do
 * the claims and cited articles read with the root's nodes, with each page's other ends and with a
 * subgraph's nodes (NodeExtras: whole records too; carryNodeTree). Root fields returning relations
 * inside other objects (timelines, paths, passages, the amplification ranking, a subgraph's edges)
 * read the same extras with each relation in their own statement and hand them on the same way
 * (carryReadWith). The response is then one round trip and one consistent read: a node that vanished
 * mid-request cannot half-appear in it.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { otherEndOf, type ClaimRecord, type EntityRecord, type RelationRecord } from '../graph/records.js';
import {
  NO_NODE_EXTRAS,
  readsNodeExtras,
  type NodeExtrasRead,
  type NodeTree,
  type PageRead,
  type RelationExtras,
  type RelationPageKey,
  type TreePage,
} from '../graph/repository.js';
import type { GraphContext } from './context.js';
import type { Loaders } from './loaders.js';
import { nodeExtrasOf, pageOfConnection, pagesUnderNodes } from './lookahead.js';
import { pageSignature, setOtherEndPages, setReferencedNodes, withPages, type Pages } from './prefetched.js';

/** The pages `reads` read at `node`, by signature; those below them go to their relations. */
function pagesAt(
  loaders: Loaders,
  node: EntityRecord,
  reads: readonly PageRead[],
  pages: readonly TreePage[],
) {
  const out: Pages = new Map();
  reads.forEach((read, i) => {
    const tree = pages[i];
    if (!tree || (read.kinds && !read.kinds.includes(node.nodeKind))) return;
    out.set(pageSignature({ id: node.id, ...read.key }), tree.page);
    tree.page.items.forEach((relation, j) => {
      const item = tree.items[j];
      if (!item) return;
      carryExtras(loaders, relation, read, item);
      const other = otherEndOf(relation, node.id);
      carryNodeExtras(loaders, other, item.otherExtras);
      setOtherEndPages(relation, pagesAt(loaders, other, read.other, item.pages));
    });
  });
  return out;
}

/**
 * Hands what a statement read with `relation` for `extras` to the request: the cited articles prime
 * the loader (an article missing from them no longer exists), and the referenced nodes, which hold
 * only what this selection reads of them, stay on the relation.
 */
function carryExtras(
  loaders: Loaders,
  relation: RelationRecord,
  extras: RelationExtras,
  read: { articles?: EntityRecord[]; refs?: (EntityRecord | null)[] },
): void {
  // Nothing read (a record carried already): the loaders answer instead.
  const { articles, refs } = read;
  if (extras.articles !== 'none' && articles)
    for (const id of [relation.article, ...(relation.sourceArticles ?? [])])
      loaders.cited.prime(id, articles.find((a) => a.id === id) ?? null);
  if (extras.refs.length && refs)
    setReferencedNodes(relation, new Map(extras.refs.map(({ property }, k) => [property, refs[k] ?? null])));
}

/**
 * For relations that came with what was read with them (paths, timelines, the corpus ranking: see
 * `RelationExtras`): moves it off each record onto the request, as carryExtras does. The relations
 * are returned, for chaining.
 */
export function carryReadWith<T extends RelationRecord>(
  loaders: Loaders,
  relations: readonly T[],
  extras: RelationExtras,
): readonly T[] {
  for (const relation of relations) {
    const { articles, refs } = relation;
    delete relation.articles;
    delete relation.refs;
    carryExtras(loaders, relation, extras, { articles, refs });
  }
  return relations;
}

/** The ids of the articles claims and functional relations cite (see CLAIMS_OF). */
export const citedByClaims = (claims: readonly ClaimRecord[], relations: readonly RelationRecord[]) => [
  ...claims.map((c) => c.article),
  ...relations.flatMap((r) => [r.article, ...(r.sourceArticles ?? [])]),
];

/** Primes the cited-article loader with `articles` for `ids` (an id none of them has: the article no longer exists). */
export function primeCited(
  loaders: Loaders,
  ids: readonly string[],
  articles: readonly EntityRecord[],
): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const id of ids) loaders.cited.prime(id, byId.get(id) ?? null);
}

/** Hands a node's claims and cited articles, read with it (NodeExtras), to the loaders that serve them. */
function carryNodeExtras(loaders: Loaders, node: EntityRecord, tree: NodeExtrasRead): void {
  const { claims, relations, articles } = tree;
  if (claims && relations) loaders.claims.prime(node.id, { claims, relations });
  if (articles)
    primeCited(
      loaders,
      [...(node.evidenceArticles ?? []), ...citedByClaims(claims ?? [], relations ?? [])],
      articles,
    );
}

/**
 * `node` as a compiled read returned it (`tree`: what `reads` and its extras read at it): its claims
 * and cited articles handed to the loaders, the pages it carries.
 */
export function carryNodeTree(
  loaders: Loaders,
  node: EntityRecord,
  reads: readonly PageRead[],
  tree: NodeTree,
): EntityRecord {
  carryNodeExtras(loaders, node, tree);
  return withPages(node, pagesAt(loaders, node, reads, tree.pages));
}

/**
 * The nodes `ids` name (null for none), read with everything the field's selection asks of them in
 * one statement when it asks for relations, claims or cited articles; otherwise through the node
 * loader (batched with the request's other lookups).
 */
export async function nodesWithSelection(
  ctx: GraphContext,
  info: GraphQLResolveInfo,
  ids: readonly string[],
): Promise<(EntityRecord | null)[]> {
  const reads = ctx.lookahead ? pagesUnderNodes(info) : [];
  const extras = ctx.lookahead ? nodeExtrasOf(info) : NO_NODE_EXTRAS;
  if (!reads.length && !readsNodeExtras(extras))
    return Promise.all(ids.map((id) => ctx.loaders.node.load(id)));
  const trees = await ctx.repo.nodeTrees([...new Set(ids)], reads, extras);
  return ids.map((id) => {
    const tree = trees.get(id);
    if (!tree?.node) return null;
    ctx.loaders.node.prime(id, tree.node);
    return carryNodeTree(ctx.loaders, tree.node, reads, tree);
  });
}

/**
 * The page `key` of a root field returning a relation connection (`amplifiers`), read with what the
 * selection asks of its relations in one statement; the key's id resolved (a merged id reads from the
 * node it was merged into), and the node it is read at, carrying it. Null when no node answers to the id.
 */
export async function pageWithSelection(
  ctx: GraphContext,
  info: GraphQLResolveInfo,
  key: RelationPageKey,
): Promise<{ key: RelationPageKey; at?: EntityRecord } | null> {
  const { id, ...rest } = key;
  if (!ctx.lookahead) {
    const page = await ctx.loaders.relations.load(key);
    if (page.found) return { key };
    // Not at a node under that id: unknown, or merged (read again from the node it was merged into).
    const node = await ctx.loaders.node.load(id);
    return node ? { key: { id: node.id, ...rest } } : null;
  }
  const read = pageOfConnection(info, rest);
  const tree = (await ctx.repo.nodeTrees([id], [read])).get(id);
  if (!tree?.node) return null;
  return {
    key: { id: tree.node.id, ...rest },
    at: withPages(tree.node, pagesAt(ctx.loaders, tree.node, [read], tree.pages)),
  };
}
