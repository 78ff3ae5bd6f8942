/**
 * The GraphQL operations behind the preset exports. The explorer draws its network from the same
 * documents, so what it shows is exactly what it exports.
 */
import { RELATION_EXPORT_FIELDS } from './subgraph.js';

export const NEIGHBOURHOOD_EXPORT = `query ExportNeighbourhood($id: ID!, $depth: Int, $relationTypes: [RelationType!],
  $since: String, $until: String, $includeUndated: Boolean, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, relationTypes: $relationTypes, since: $since, until: $until,
    includeUndated: $includeUndated, limit: $limit) {
    truncated
    nodes { id kind name }
    edges { ${RELATION_EXPORT_FIELDS} }
  }
}`;

export const CONNECTION_EXPORT = `query ExportConnection($from: ID!, $to: ID!, $maxHops: Int,
  $relationTypes: [RelationType!], $limit: Int) {
  connection(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, limit: $limit) {
    length
    nodes { id kind name }
    hops { direction from { id } to { id } relation { ${RELATION_EXPORT_FIELDS} } }
  }
}`;

/** Variables without their undefined entries: an absent variable lets the argument's default apply. */
export function definedVariables(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
}
