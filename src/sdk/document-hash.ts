/**
 * A document's trusted-document hash, as GraphQL Code Generator's persisted documents compute it
 * (src/generated/persisted-documents.json): SHA-256 of the document printed in its
 * normalised form (definitions and selections sorted, no ignored characters). The SDK sends it; the
 * server looks documents up and recognises trusted documents sent in full by it.
 */
import { createHash } from 'node:crypto';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import type { DocumentNode } from 'graphql';

export function normalisedDocument(document: DocumentNode): string {
  return printExecutableGraphQLDocument(document);
}

export function documentHash(document: DocumentNode): string {
  return createHash('sha256').update(normalisedDocument(document)).digest('hex');
}
