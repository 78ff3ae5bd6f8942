/**
 * The flat, tool-neutral shape of an exported subgraph, and how it is collected from any GraphQL
 * result: every object that looks like an entity (id, kind, name) becomes a node, every object that
 * looks like a relation (id, type, source.id, target.id) an edge. So the neighbourhood, a path, the
 * amplifiers list or any hand-written query export the same way, without a per-query mapping.
 * Pure (no Node APIs): the explorer bundles it to export what it shows.
 */
import {
  KIND_BY_ENUM,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  RELATION_TYPES,
  kindOfId,
  type RelationProperty,
} from '../data/model.js';

export interface ExportNode {
  id: string;
  /** GraphQL NodeKind: PERSON, ORGANIZATION, … */
  kind: string;
  name: string;
}

/**
 * The column of a relation property in exports: its name, but `start`/`end` become `dateStart`/
 * `dateEnd` (Gephi reads `start`/`end` columns as a dynamic graph's time interval).
 */
export type ExportColumn<P extends RelationProperty = RelationProperty> = P extends 'start'
  ? 'dateStart'
  : P extends 'end'
    ? 'dateEnd'
    : P;
export const exportColumn = <P extends RelationProperty>(p: P): ExportColumn<P> =>
  (p === 'start' ? 'dateStart' : p === 'end' ? 'dateEnd' : p) as ExportColumn<P>;

/** Every relation property, as exports carry it (model.ts, RELATION_PROPERTIES): a number, text, or an id. */
export type ExportProperties = { [P in RelationProperty as ExportColumn<P>]: string | number | null };

export interface ExportEdge extends ExportProperties {
  id: string;
  /** Relation type: HOLDS_ROLE, AMPLIFIES, … */
  type: string;
  /** Plain-language meaning of the type. */
  label: string;
  source: string;
  target: string;
  /** Id and title of the article the relation is cited from, and the verbatim excerpt. */
  article: string | null;
  articleTitle: string | null;
  excerpt: string | null;
}

export interface ExportSubgraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** The API's node limit cut the subgraph short (neighbourhood only). */
  truncated: boolean;
}

/** A property as a GraphQL selection: a reference by the id of the node it names. */
const selection = (p: RelationProperty) => (RELATION_PROPERTIES[p].type.kind === 'ref' ? `${p} { id }` : p);

/** The selection every exporter asks for on a relation (keeps exports complete and identical). */
export const RELATION_EXPORT_FIELDS = `id type label ${RELATION_PROPERTY_NAMES.map(selection).join(' ')}
  source { id kind name } target { id kind name }
  evidence { excerpt article { id title } }`;

const GRAPHQL_KINDS = new Set<string>(Object.keys(KIND_BY_ENUM));
const TYPES = new Set<string>(RELATION_TYPES);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** GraphQL kind of an id from its prefix (`org:pjd` → ORGANIZATION), for ends selected without kind. */
function kindFromId(id: string): string {
  return kindOfId(id)?.toUpperCase() ?? 'UNKNOWN';
}

function asNode(o: Obj): ExportNode | null {
  const id = str(o.id);
  const kind = str(o.kind);
  const name = str(o.name);
  if (id === null || kind === null || name === null || !GRAPHQL_KINDS.has(kind)) return null;
  return { id, kind, name };
}

function endId(v: unknown): string | null {
  return isObj(v) ? str(v.id) : null;
}

function asEdge(o: Obj): ExportEdge | null {
  const id = str(o.id);
  const type = str(o.type);
  const source = endId(o.source);
  const target = endId(o.target);
  if (id === null || type === null || !TYPES.has(type) || source === null || target === null) return null;
  const evidence = isObj(o.evidence) ? o.evidence : {};
  const article = isObj(evidence.article) ? evidence.article : {};
  return {
    id,
    type,
    label: str(o.label) ?? type,
    source,
    target,
    article: str(article.id),
    articleTitle: str(article.title),
    excerpt: str(evidence.excerpt),
    ...exportProperties(o),
  };
}

function exportProperties(o: Obj): ExportProperties {
  const value = (p: RelationProperty): string | number | null => {
    const v = o[p];
    if (RELATION_PROPERTIES[p].type.kind === 'ref') return endId(v);
    return typeof v === 'number' || typeof v === 'string' ? v : null;
  };
  return Object.fromEntries(
    RELATION_PROPERTY_NAMES.map((p) => [exportColumn(p), value(p)]),
  ) as ExportProperties;
}

/**
 * Collects the subgraph of a GraphQL result's `data`. Nodes and edges are deduplicated by id (a path
 * list repeats its ends); an edge end selected without `kind`/`name` still becomes a node, named by
 * its id, so every edge's ends are present (Gephi drops edges to unknown nodes).
 */
export function collectSubgraph(data: unknown): ExportSubgraph {
  const nodes = new Map<string, ExportNode>();
  const edges = new Map<string, ExportEdge>();
  let truncated = false;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (!isObj(v)) return;
    if (v.truncated === true) truncated = true;
    const node = asNode(v);
    if (node && !nodes.has(node.id)) nodes.set(node.id, node);
    const edge = asEdge(v);
    if (edge && !edges.has(edge.id)) edges.set(edge.id, edge);
    for (const x of Object.values(v)) visit(x);
  };
  visit(data);
  for (const e of edges.values()) {
    for (const id of [e.source, e.target]) {
      if (!nodes.has(id)) nodes.set(id, { id, kind: kindFromId(id), name: id });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
