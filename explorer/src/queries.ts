/**
 * The explorer's operations and the shapes of their results. The network and path views use the
 * export documents themselves (src/export/operations.ts), so a download is exactly what is drawn;
 * test/explorer.e2e.test.ts validates every document here against the schema.
 */
export { CONNECTION_EXPORT, NEIGHBOURHOOD_EXPORT } from '../../src/export/operations.js';

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
}

export interface ArticleRef {
  id: string;
  title: string;
}

export interface Evidence {
  excerpt: string;
  article: ArticleRef;
}

/** The relation fields the export documents select (RELATION_EXPORT_FIELDS). */
export interface Relation {
  id: string;
  type: string;
  label: string;
  date: string | null;
  start: string | null;
  end: string | null;
  weight: number | null;
  metric: string | null;
  title: string | null;
  source: EntityRef;
  target: EntityRef;
  evidence: Evidence;
}

export const SEARCH = `query ExplorerSearch($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    edges { node { score matched matchedField node { id kind name } } }
  }
}`;

export interface SearchHit {
  score: number;
  matched: string;
  matchedField: 'NAME' | 'ALIAS';
  node: EntityRef;
}

export interface SearchResult {
  search: { edges: { node: SearchHit }[] };
}

export const ENTITY = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    id kind name aliases description redirectedFrom
    ... on Person { occupation }
    ... on Organization { organizationKind country }
    ... on Platform { platformKind url }
    ... on Account { accountKind handle }
    ... on Event { eventKind date }
    ... on Place { placeKind }
    ... on Article { outlet authorName date }
    relations(first: 100) {
      totalCount
      edges {
        direction
        other { id kind name }
        node { id type date start end weight metric title response reason evidence { excerpt article { id title } } }
      }
    }
  }
}`;

export interface EntityRelation {
  direction: 'OUTGOING' | 'INCOMING';
  other: EntityRef;
  node: {
    id: string;
    type: string;
    date: string | null;
    start: string | null;
    end: string | null;
    weight: number | null;
    metric: string | null;
    title: string | null;
    response: string | null;
    reason: string | null;
    evidence: Evidence;
  };
}

export interface EntityDetails extends EntityRef {
  aliases: string[];
  description: string | null;
  redirectedFrom: string | null;
  occupation?: string | null;
  organizationKind?: string;
  country?: string | null;
  platformKind?: string;
  url?: string | null;
  accountKind?: string;
  handle?: string | null;
  eventKind?: string;
  date?: string | null;
  placeKind?: string;
  outlet?: string | null;
  authorName?: string | null;
  relations: { totalCount: number; edges: EntityRelation[] };
}

export interface EntityResult {
  entity: EntityDetails | null;
}

export const ENTITY_NAME = `query ExplorerEntityName($id: ID!) { entity(id: $id) { id kind name } }`;

export const HEALTH = `query ExplorerHealth { health { nodeCount relationshipCount } }`;

export const CONFLICTS = `query ExplorerConflicts($id: ID!) {
  claims(about: $id, onlyConflicts: true) {
    predicate
    conflict
    values { value node { id kind name } evidence { excerpt article { id title outlet } } }
  }
}`;

export interface ClaimGroup {
  predicate: string;
  conflict: boolean;
  values: {
    value: string;
    node: EntityRef | null;
    evidence: { excerpt: string; article: ArticleRef & { outlet: string | null } };
  }[];
}

export interface ConflictsResult {
  claims: ClaimGroup[];
}

export const ARTICLE = `query ExplorerArticle($id: ID!) {
  article(id: $id) { id title outlet url authorName date text }
}`;

export interface Article extends ArticleRef {
  outlet: string | null;
  url: string | null;
  authorName: string | null;
  date: string | null;
  text: string;
}

export interface ArticleResult {
  article: Article | null;
}

export interface NeighbourhoodResult {
  neighbourhood: { truncated: boolean; nodes: EntityRef[]; edges: Relation[] };
}

export interface PathHop {
  direction: 'FORWARD' | 'BACKWARD';
  from: { id: string };
  to: { id: string };
  relation: Relation;
}

export interface ConnectionResult {
  connection: { length: number; nodes: EntityRef[]; hops: PathHop[] }[];
}

export const AMPLIFIERS = `query ExplorerAmplifiers($of: ID!, $first: Int) {
  amplifiers(of: $of, first: $first) {
    totalCount
    edges {
      other { id kind name }
      node { id type label date start end weight metric title
        source { id kind name } target { id kind name }
        evidence { excerpt article { id title } } }
    }
  }
}`;

export interface AmplifiersResult {
  amplifiers: { totalCount: number; edges: { other: EntityRef; node: Relation }[] };
}
