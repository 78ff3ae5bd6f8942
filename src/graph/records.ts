/** Plain shapes the repository returns; GraphQL resolvers map them onto the schema types. */
import type { NodeKind, RELATION_PROPERTIES, RelationStatus } from '../data/model.js';
import type { ValuesOf } from '../data/property-types.js';

/** A relation's declared properties as stored (model.ts, RELATION_PROPERTIES; refs as ids). */
export type RelationProperties = ValuesOf<typeof RELATION_PROPERTIES>;

/** A node's stored properties plus its kind (from its label). */
export interface EntityRecord {
  id: string;
  nodeKind: NodeKind;
  name: string;
  aliases?: string[];
  description?: string;
  /** Kind-specific subtype (party, page, lunch…), as stored. */
  kind?: string;
  evidenceArticles?: string[];
  evidenceExcerpts?: string[];
  [property: string]: unknown;
}

/**
 * A relationship's stored properties, its type and the ids of its two ends: how subgraph and path
 * statements return relations (their nodes come alongside).
 */
export interface RelationEndIdsRecord extends RelationProperties {
  id: string;
  type: string;
  article: string;
  excerpt: string;
  sourceId: string;
  targetId: string;
  /** The fact's status and its primary source's inference (see data/facts.ts); the sources as lists. */
  status?: RelationStatus;
  inferred?: boolean;
  basis?: string;
  sourceArticles?: string[];
  /**
   * Read with the relation by a statement told what its selection reads (RelationExtras): the
   * articles it cites and the nodes its reference properties name. src/graphql/prefetch.ts moves them
   * off the record, onto the request.
   */
  articles?: EntityRecord[];
  refs?: (EntityRecord | null)[];
  [property: string]: unknown;
}

/** A relation with copies of both end nodes (pages of relations, lookups by id). */
export interface RelationRecord extends RelationEndIdsRecord {
  source: EntityRecord;
  target: EntityRecord;
}

/** The end of `r` seen from node `id`: its target when `id` is its source, else its source. */
export const otherEndOf = (r: RelationRecord, id: string): EntityRecord =>
  r.sourceId === id ? r.target : r.source;

export interface EvidenceRecord {
  articleId: string;
  excerpt: string;
}

/** One source of a relation, as the API shows it. */
export interface RelationSourceRecord extends EvidenceRecord {
  status: RelationStatus;
  date: string | null;
  inferred: boolean;
  basis: string | null;
}

export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
  /** For relation pages: whether the node itself exists under that id (false: unknown or merged). */
  found?: boolean;
}

export interface ClaimRecord {
  id: string;
  subject: string;
  predicate: string;
  value: string;
  article: string;
  excerpt: string;
  note?: string;
}

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

/**
 * Joins relations to their end nodes from the node list they came with. Throws if an end is
 * missing: subgraph and path statements only return relations between nodes they return.
 */
export function withEnds(
  relations: readonly RelationEndIdsRecord[],
  nodes: readonly EntityRecord[],
): RelationRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const end = (id: string) => {
    const n = byId.get(id);
    if (!n) throw new Error(`relation end ${id} is not among the returned nodes`);
    return n;
  };
  return relations.map((r) => ({ ...r, source: end(r.sourceId), target: end(r.targetId) }));
}

export interface ArticlePassagesRecord {
  article: EntityRecord;
  passages: string[];
}
