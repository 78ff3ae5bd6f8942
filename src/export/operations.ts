/**
 * The GraphQL operations behind the preset exports, as text: generated from
 * src/export/operations.graphql (typed, checked against the schema by codegen). The explorer draws its
 * network from the same documents, so what it shows is exactly what it exports.
 */
import { print } from 'graphql';
import { ExportConnectionDocument, ExportNeighbourhoodDocument } from '../generated/operations.js';

export const NEIGHBOURHOOD_EXPORT = print(ExportNeighbourhoodDocument);
export const CONNECTION_EXPORT = print(ExportConnectionDocument);

/** Variables without their undefined entries: an absent variable lets the argument's default apply. */
export function definedVariables(v: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
}
