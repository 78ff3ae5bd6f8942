/**
 * The graph repository: one method per named query in ./cypher.ts, returning plain objects.
 * Resolvers call these (directly or through per-request DataLoaders) and never see Cypher.
 */
import type { Driver } from 'neo4j-driver';
import {
  ARTICLE_RELATIONS,
  RELATIONS,
  type RelationProperty,
  RELATION_TYPES,
  type RelationType,
} from '../data/model.js';
import {
  amplification,
  ARTICLES,
  corpusTimeline,
  EVENTS,
  CLAIMS_ABOUT,
  CLAIMS_OF,
  COUNT_BY_LABEL,
  COUNT_BY_TYPE,
  HEALTH,
  NODES_BY_IDS,
  passages,
  PING,
  RELATION_BY_ID,
  search,
  shortestPaths,
  timeline,
  neighbourhood,
  type SubgraphProps,
} from './cypher.js';
import {
  nodeTree,
  planName,
  preorder,
  relationPages,
  type PageShape,
  type RelationPagePlan,
} from './relation-pages-cypher.js';
import {
  otherEndOf,
  withEnds,
  type ArticlePassagesRecord,
  type ClaimRecord,
  type EntityRecord,
  type Page,
  type PathRecord,
  type RelationEndIdsRecord,
  type RelationRecord,
  type SubgraphRecord,
} from './records.js';
import { CypherRunner, type QueryTrace, type RunnerOptions } from './runner.js';
import {
  NO_EXTRAS,
  NO_NODE_EXTRAS,
  readsNodeExtras,
  type NodeExtras,
  type RelationExtras,
} from './cypher-fragments.js';

/** What a statement reads with each relation beyond its properties (src/graphql/lookahead.ts says which). */
export { NO_EXTRAS, NO_NODE_EXTRAS, readsNodeExtras, type NodeExtras, type RelationExtras };
import { rankPassages, type PassageClaimRecord, type PassageHitRecord } from './passage-rank.js';
import {
  ARTICLE_TEXT_INDEX,
  CLAIM_EXCERPT_INDEX,
  EXCERPT_INDEX,
  FULLTEXT_INDEX,
} from './schema-statements.js';
import { RANKED_PROPERTIES, rankCandidates, type RankedHit } from './search-rank.js';

/** Full-text candidates the ranking looks at; a hit is a name the query nearly spells, so few are needed. */
const SEARCH_CANDIDATES = 200;
/** Excerpts (of relations, of claims) and article texts the passage ranking looks at. */
const PASSAGE_CANDIDATES = 300;
const PASSAGE_ARTICLES = 50;

/** Date window: full ISO bounds (see data/dates.ts) and whether undated relations pass. */
export interface Window {
  since: string | null;
  until: string | null;
  includeUndated: boolean;
  includeRetracted: boolean;
}

export interface RelationPageKey {
  id: string;
  types: readonly string[];
  direction: 'OUTGOING' | 'INCOMING' | null;
  article: string | null;
  platform: string | null;
  orderBy: 'WEIGHT_DESC' | 'DATE_ASC' | 'DATE_DESC';
  offset: number;
  first: number;
  window: Window;
  /** Instead of the node's own relations: those of `type` whose `property` names it (model listedOn). */
  via?: { type: RelationType; property: RelationProperty } | null;
}

/**
 * A page of relations a request reads under a node, and what it reads of each relation on it:
 * what a root field's selection compiles to (src/graphql/lookahead.ts), read by NODE_TREE.
 */
export interface PageRead extends Omit<PageShape, 'plan' | 'other'> {
  /** The page's key, less the id of the node it is read at (the repository plans it). */
  key: Omit<RelationPageKey, 'id'>;
  /** Read only at nodes of these kinds; null: at any. */
  kinds: readonly string[] | null;
  /** Pages read at each relation's other end. */
  other: readonly PageRead[];
}

/** What NODE_TREE read with a node beyond its properties and pages, when asked (NodeExtras). */
export type NodeExtrasRead = Pick<NodeTree, 'claims' | 'relations' | 'articles'>;

/**
 * A page NODE_TREE read, and what it read of each relation on it, in the page's order: the pages
 * at its other end, the articles it cites, the nodes it names, and what was read with its other end.
 */
export interface TreePage {
  page: Page<RelationRecord>;
  items: {
    pages: TreePage[];
    articles: EntityRecord[];
    refs: (EntityRecord | null)[];
    otherExtras: NodeExtrasRead;
  }[];
}

interface TreePageRow {
  found: boolean;
  total: number;
  plan: string;
  items: TreeItemRow[];
}

/**
 * A relation on a NODE_TREE page: whole, or (when the selection reads no more of its ends than the
 * other one) without the end the page was read at, `other` and `outgoing` standing for both.
 */
type TreeItemRow = {
  /** Absent when the shape reads none (no pages under it, no cited articles, no references). */
  pages?: TreePageRow[];
  articles?: EntityRecord[];
  refs?: (EntityRecord | null)[];
  otherExtras?: NodeExtrasRead;
} & (
  | { relation: RelationRecord; other?: undefined }
  | {
      relation: Pick<RelationRecord, 'id' | 'type' | 'article' | 'excerpt'> & Record<string, unknown>;
      other: EntityRecord;
      outgoing: boolean;
    }
);

/** The relation of `item`, read at node `at`, with both its ends. */
function relationOf(item: TreeItemRow, at: EntityRecord): RelationRecord {
  if (item.other === undefined) return item.relation;
  const [source, target] = item.outgoing ? [at, item.other] : [item.other, at];
  return { ...item.relation, sourceId: source.id, targetId: target.id, source, target };
}

/** The parameters every plan may read of a page's key (see ./relation-pages-cypher.ts). */
const pageParams = (k: Omit<RelationPageKey, 'id'>) => ({
  types: k.types,
  direction: k.direction,
  article: k.article,
  platform: k.platform,
  orderBy: k.orderBy,
  offset: k.offset,
  first: k.first,
  since: k.window.since,
  until: k.window.until,
  includeUndated: k.window.includeUndated,
  includeRetracted: k.window.includeRetracted,
});

const pageShape = (r: PageRead): PageShape => ({
  plan: planFor(r.key),
  articles: r.articles,
  refs: r.refs,
  other: r.other.map(pageShape),
  relationProps: r.relationProps,
  endProps: r.endProps,
  otherExtras: r.otherExtras,
});

/**
 * A node as NODE_TREE reads it (null when no node has the id): the pages under it and, when asked
 * (NodeExtras), its claims and functional relations and the articles it and they cite.
 */
export interface NodeTree {
  node: EntityRecord | null;
  pages: TreePage[];
  claims?: ClaimRecord[];
  relations?: RelationRecord[];
  articles?: EntityRecord[];
}

/** What readsAt returns at a node (./relation-pages-cypher.ts): its pages as rows, and its extras. */
type NodeTreeRow = Omit<NodeTree, 'node' | 'pages'> & { pages: TreePageRow[] };

/** What CLAIMS_OF returns: a node tree without pages, with all of its extras. */
type ClaimsOfRow = Required<Omit<NodeTree, 'pages'>>;

/** Relation types that connect actors; article relations (model.ts) only count when asked for. */
export const ACTOR_RELATIONS = RELATION_TYPES.filter((t) => !ARTICLE_RELATIONS.includes(t));
export const FUNCTIONAL_RELATIONS = RELATION_TYPES.filter(
  (t) => (RELATIONS[t] as { functional?: boolean }).functional,
);

/** Typed plans name their types in the pattern; past a few types, reading all relations is as good. */
const MAX_TYPED_PLAN_TYPES = 4;

/** The plan for one page: see RelationPagePlan in ./cypher.ts. */
function planFor(k: Omit<RelationPageKey, 'id'>): RelationPagePlan {
  if (k.via) return { kind: 'referenced', ...k.via, orderBy: k.orderBy };
  const unfiltered =
    k.article === null && k.platform === null && k.window.since === null && k.window.until === null;
  if (!unfiltered) return { kind: 'filtered', orderBy: k.orderBy };
  if (
    k.types.length === 1 &&
    k.types[0] === 'AMPLIFIES' &&
    k.direction === 'INCOMING' &&
    k.orderBy === 'WEIGHT_DESC'
  )
    return { kind: 'topAmplifiers', includeRetracted: k.window.includeRetracted };
  if (k.types.length > MAX_TYPED_PLAN_TYPES) return { kind: 'filtered', orderBy: k.orderBy };
  return {
    kind: 'typed',
    types: [...k.types].sort() as RelationType[],
    direction: k.direction,
    orderBy: k.orderBy,
    includeRetracted: k.window.includeRetracted,
  };
}

export interface HealthRow {
  version: string;
  edition: string;
  nodeCount: number;
  relationshipCount: number;
}

export class GraphRepository {
  readonly runner: CypherRunner;

  constructor(driver: Driver, database: string, trace?: QueryTrace, options?: RunnerOptions) {
    this.runner = new CypherRunner(driver, database, trace, options);
  }

  get roundTrips(): number {
    return this.runner.trace.count;
  }

  get trace(): QueryTrace {
    return this.runner.trace;
  }

  async health(): Promise<HealthRow> {
    const [row] = await this.runner.read<HealthRow & Record<string, unknown>>(HEALTH);
    if (!row) throw new Error('dbms.components() returned no kernel row');
    return row;
  }

  /** Resolves when Neo4j answers a statement (readiness); throws as any read would. */
  async ping(): Promise<void> {
    await this.runner.read(PING);
  }

  async nodesByIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const rows = await this.runner.read<{ id: string; node: EntityRecord }>(NODES_BY_IDS, { ids });
    return new Map(rows.map((r) => [r.id, r.node]));
  }

  /** Any number of relation pages, each by the plan that suits it, in one round trip. */
  async relationPages(keys: readonly RelationPageKey[]): Promise<Page<RelationRecord>[]> {
    if (!keys.length) return [];
    const plans = new Map<string, { index: number; plan: RelationPagePlan }>();
    const params = keys.map((k, i) => {
      const plan = planFor(k);
      const name = planName(plan);
      if (!plans.has(name)) plans.set(name, { index: plans.size, plan });
      return { key: i, plan: plans.get(name)!.index, id: k.id, ...pageParams(k) };
    });
    const need = Math.max(...keys.map((k) => k.offset + k.first));
    const rows = await this.runner.read<{
      key: number;
      plan: string;
      found: boolean;
      total: number;
      items: RelationRecord[];
    }>(relationPages([...plans.values()].map((p) => p.plan)), { keys: params, need });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const r of [...rows].sort((a, b) => a.key - b.key)) this.runner.trace.plans.push(r.plan);
    return keys.map((k, i) => {
      const row = byKey.get(i);
      return {
        total: row?.total ?? 0,
        offset: k.offset,
        items: row?.items ?? [],
        found: row?.found ?? false,
      };
    });
  }

  /** The parameters of what readsAt reads (./relation-pages-cypher.ts): `$pages`, and `$functional` when claims are read. */
  private readsParams(reads: readonly PageRead[], extras: NodeExtras) {
    const all = preorder(reads);
    return {
      pages: all.map((r) => ({ kinds: r.kinds, ...pageParams(r.key), need: r.key.offset + r.key.first })),
      ...(extras.claims || all.some((r) => r.otherExtras.claims) ? { functional: FUNCTIONAL_RELATIONS } : {}),
    };
  }

  /** A page as NODE_TREE returned it, read at node `at` (the root, or the other end of the relation it hangs from). */
  private treePage(row: TreePageRow, read: PageRead, at: EntityRecord): TreePage {
    this.runner.trace.plans.push(row.plan);
    const relations = row.items.map((i) => relationOf(i, at));
    return {
      page: { found: row.found, total: row.total, offset: read.key.offset, items: relations },
      items: row.items.map((i, j) => {
        const other = otherEndOf(relations[j]!, at.id);
        return {
          pages: (i.pages ?? []).map((p, c) => this.treePage(p, read.other[c]!, other)),
          articles: i.articles ?? [],
          refs: i.refs ?? [],
          otherExtras: i.otherExtras ?? {},
        };
      }),
    };
  }

  /** What readsAt read at `node`, as a tree. */
  private nodeTreeOf(node: EntityRecord | null, row: NodeTreeRow, reads: readonly PageRead[]): NodeTree {
    const { pages, ...extras } = row;
    return { ...extras, node, pages: node ? pages.map((p, i) => this.treePage(p, reads[i]!, node)) : [] };
  }

  /**
   * Nodes by id (merged ids resolve), each with the pages `reads` selects under it, nested to any
   * depth: one statement, so the whole tree is one consistent read and one round trip.
   */
  async nodeTrees(
    ids: readonly string[],
    reads: readonly PageRead[],
    extras: NodeExtras = NO_NODE_EXTRAS,
  ): Promise<Map<string, NodeTree>> {
    const rows = await this.runner.read<NodeTreeRow & { id: string; node: EntityRecord | null }>(
      nodeTree(reads.map(pageShape), extras),
      { ids, ...this.readsParams(reads, extras) },
    );
    return new Map(rows.map(({ id, node, ...row }) => [id, this.nodeTreeOf(node, row, reads)]));
  }

  /**
   * Hits above the confidence floor, best first, a page of them; when none reaches it, the best
   * candidates below it as suggestions (./search-rank.ts).
   */
  async search(
    text: string,
    lucene: string,
    kinds: readonly string[] | null,
    offset: number,
    first: number,
    /** What the hits carry of their nodes beyond what the ranking reads (default: everything). */
    props: readonly string[] | null = null,
  ): Promise<Page<RankedHit> & { suggestions: RankedHit[] }> {
    const read = props && [...new Set([...RANKED_PROPERTIES, ...props])].sort();
    const [row] = await this.runner.read<{ candidates: EntityRecord[] }>(search(read), {
      index: FULLTEXT_INDEX,
      lucene,
      kinds,
      candidates: SEARCH_CANDIDATES,
    });
    const { hits, suggestions } = rankCandidates(text, row?.candidates ?? []);
    return { total: hits.length, offset, items: hits.slice(offset, offset + first), suggestions };
  }

  /** Passages saying what `text` says, best first, a page of them (./passage-rank.ts). */
  async passages(
    text: string,
    lucene: string,
    offset: number,
    first: number,
    extras: RelationExtras = NO_EXTRAS,
  ): Promise<Page<PassageHitRecord>> {
    const [row] = await this.runner.read<{
      relations: RelationRecord[];
      claims: PassageClaimRecord[];
      articles: EntityRecord[];
    }>(passages(extras), {
      excerptIndex: EXCERPT_INDEX,
      claimIndex: CLAIM_EXCERPT_INDEX,
      articleIndex: ARTICLE_TEXT_INDEX,
      lucene,
      candidates: PASSAGE_CANDIDATES,
      articles: PASSAGE_ARTICLES,
    });
    const hits = rankPassages(text, row ?? { relations: [], claims: [], articles: [] });
    return { total: hits.length, offset, items: hits.slice(offset, offset + first) };
  }

  /** Shortest paths, with the ids `from` and `to` resolved to (null: no node has it). */
  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly string[],
    limit: number,
    window: Window,
    /** What is read with each relation beyond it (default: nothing). */
    extras: RelationExtras = NO_EXTRAS,
  ): Promise<{ fromId: string | null; toId: string | null; paths: PathRecord[] }> {
    const [row] = await this.runner.read<{
      fromId: string | null;
      toId: string | null;
      paths: { nodes: EntityRecord[]; relations: RelationEndIdsRecord[] }[];
    }>(shortestPaths(extras), { from, to, maxHops, types, limit, window });
    return {
      fromId: row?.fromId ?? null,
      toId: row?.toId ?? null,
      paths: (row?.paths ?? []).map((p) => ({ nodes: p.nodes, relations: withEnds(p.relations, p.nodes) })),
    };
  }

  async neighbourhood(
    id: string,
    depth: number,
    types: readonly string[],
    window: Window,
    limit: number,
    maxRelations: number,
    /** What the answer carries of each node and relation (default: everything). */
    props: Omit<SubgraphProps, 'dated'> = { nodes: null, relations: null },
    /** What is read at each node beyond its properties: pages under it, its claims, cited articles. */
    reads: readonly PageRead[] = [],
    extras: NodeExtras = NO_NODE_EXTRAS,
    /** What is read with each relation (cited articles, referenced nodes): see carryReadWith. */
    edgeExtras: RelationExtras = NO_EXTRAS,
  ): Promise<(SubgraphRecord & { trees: NodeTree[] }) | null> {
    const [row] = await this.runner.read<{
      nodes: EntityRecord[];
      relations: RelationEndIdsRecord[];
      truncated: boolean;
      trees: NodeTreeRow[];
    }>(
      neighbourhood(
        { ...props, dated: window.since !== null || window.until !== null },
        reads.map(pageShape),
        extras,
        edgeExtras,
      ),
      { id, depth, types, window, limit, maxRelations, ...this.readsParams(reads, extras) },
    );
    if (!row) return null;
    const { nodes, relations, truncated, trees } = row;
    return {
      nodes,
      relations: withEnds(relations, nodes),
      truncated,
      // One per node, in order, when the selection reads more than their properties.
      trees: trees.map((t, i) => this.nodeTreeOf(nodes[i]!, t, reads)),
    };
  }

  /** A node's timeline, or null when no node (nor a merged one) has this id. */
  async timeline(
    id: string,
    window: Window,
    limit: number,
    extras: RelationExtras = NO_EXTRAS,
  ): Promise<{ date: string; relation: RelationRecord; other: EntityRecord }[] | null> {
    const [row] = await this.runner.read<{
      found: boolean;
      entries: { date: string; relation: RelationRecord; other: EntityRecord }[];
    }>(timeline(extras), { id, window, limit });
    return row?.found ? row.entries : null;
  }

  /** Articles (all, or citing node `id`), filtered; one page, newest first; null when no node has `id`. */
  async articles(
    id: string | null,
    filter: { outlet: string | null; language: string | null; window: Window },
    offset: number,
    first: number,
  ): Promise<Page<ArticlePassagesRecord> | null> {
    const [row] = await this.runner.read<{ known: boolean; total: number; items: ArticlePassagesRecord[] }>(
      ARTICLES,
      {
        id,
        outlet: filter.outlet,
        language: filter.language,
        window: filter.window,
        offset,
        first,
      },
    );
    // Null: no node (nor a merged one) has the id.
    if (row && !row.known) return null;
    return { total: row?.total ?? 0, offset, items: row?.items ?? [] };
  }

  async events(window: Window, offset: number, first: number): Promise<Page<EntityRecord>> {
    const [row] = await this.runner.read<{ total: number; items: EntityRecord[] }>(EVENTS, {
      window,
      offset,
      first,
    });
    return { total: row?.total ?? 0, offset, items: row?.items ?? [] };
  }

  async corpusTimeline(
    window: Window,
    limit: number,
    extras: RelationExtras = NO_EXTRAS,
  ): Promise<{ date: string; relation: RelationRecord; other: EntityRecord }[]> {
    return this.runner.read(corpusTimeline(extras), { window, limit });
  }

  /** Corpus-wide amplification, largest first. */
  async amplification(
    filter: {
      platform: string | null;
      kinds: readonly string[] | null;
      metric: string | null;
      window: Window;
    },
    offset: number,
    first: number,
    extras: RelationExtras = NO_EXTRAS,
  ): Promise<Page<RelationRecord>> {
    const [row] = await this.runner.read<{ total: number; items: RelationRecord[] }>(amplification(extras), {
      ...filter,
      offset,
      first,
    });
    return { total: row?.total ?? 0, offset, items: row?.items ?? [] };
  }

  /** Claims and functional relations of many nodes, in one round trip. */
  async claimsAbout(
    ids: readonly string[],
  ): Promise<Map<string, { claims: ClaimRecord[]; relations: RelationRecord[] }>> {
    const rows = await this.runner.read<{ id: string; claims: ClaimRecord[]; relations: RelationRecord[] }>(
      CLAIMS_ABOUT,
      { ids, functional: FUNCTIONAL_RELATIONS },
    );
    return new Map(rows.map((r) => [r.id, { claims: r.claims, relations: r.relations }]));
  }

  /** A node's claims and functional relations with the articles they cite, or a null node when no node has this id. */
  async claimsOf(id: string): Promise<ClaimsOfRow> {
    const [row] = await this.runner.read<ClaimsOfRow>(CLAIMS_OF, { id, functional: FUNCTIONAL_RELATIONS });
    return row ?? { node: null, claims: [], relations: [], articles: [] };
  }

  async relationById(from: string, id: string): Promise<RelationRecord | null> {
    const [row] = await this.runner.read<{ relation: RelationRecord }>(RELATION_BY_ID, { from, id });
    return row?.relation ?? null;
  }

  async countsByLabel(): Promise<Record<string, number>> {
    const rows = await this.runner.read<{ label: string; count: number }>(COUNT_BY_LABEL);
    return Object.fromEntries(rows.map((r) => [r.label, r.count]));
  }

  async countsByType(): Promise<Record<string, number>> {
    const rows = await this.runner.read<{ type: string; count: number }>(COUNT_BY_TYPE);
    return Object.fromEntries(rows.map((r) => [r.type, r.count]));
  }
}
