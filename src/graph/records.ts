/** Plain shapes the repository returns; GraphQL resolvers map them onto the schema types. */
import type { NodeKind } from '../data/model.js';

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

/** A relationship's stored properties, its type and its two ends. */
export interface RelationRecord {
  id: string;
  type: string;
  article: string;
  excerpt: string;
  sourceId: string;
  targetId: string;
  source: EntityRecord;
  target: EntityRecord;
  date?: string;
  start?: string;
  end?: string;
  weight?: number;
  metric?: string;
  title?: string;
  role?: string;
  response?: string;
  reason?: string;
  quote?: string;
  what?: string;
  event?: string;
  organization?: string;
  [property: string]: unknown;
}

export interface EvidenceRecord {
  articleId: string;
  excerpt: string;
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
}

export interface SearchRow {
  node: EntityRecord;
  score: number;
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

export interface ArticlePassagesRecord {
  article: EntityRecord;
  passages: string[];
}
