/**
 * Trusted documents: the operations of the typed SDK, the explorer and the exports, extracted at build
 * time by GraphQL Code Generator into src/generated/persisted-documents.json (`npm run
 * codegen`). Two uses:
 *
 * - Documents by hash. Apollo's persisted-query protocol (`extensions.persistedQuery.sha256Hash`,
 *   over GET or POST) reads the manifest through `manifestStore`; nothing can be added to it at run
 *   time (a client sending a document with its hash registers nothing). An unknown hash gets
 *   PERSISTED_QUERY_NOT_FOUND.
 * - GRAPHQL_DOCUMENTS=trusted: any other document is refused with TRUSTED_DOCUMENT_REQUIRED (400),
 *   whether sent by hash or in full (a trusted document sent in full, in any formatting, is
 *   recognised by its normalised hash). Development (`any`, the default) accepts every document.
 */
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import manifestJson from '../generated/persisted-documents.json' with { type: 'json' };
import { documentHash } from '../sdk/document-hash.js';
import { ErrorCode } from './errors.js';

/** The manifest as codegen writes it: `sha256:<hex>` → normalised document. Checked at load. */
const Manifest = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

const manifest = new Map(
  Object.entries(Manifest.parse(manifestJson)).map(([key, doc]) => [key.slice('sha256:'.length), doc]),
);

/** Hashes of the trusted documents (hex SHA-256 of each normalised document). */
export function trustedHashes(): ReadonlySet<string> {
  return new Set(manifest.keys());
}

/** Apollo prefixes the keys of its persisted-query store with this (requestPipeline's APQ_CACHE_PREFIX). */
const APQ_PREFIX = 'apq:';

type PersistedQueryStore = NonNullable<
  Exclude<ApolloServerOptions<BaseContext>['persistedQueries'], false | undefined>['cache']
>;

/** The persisted-query store: the manifest, read-only. */
export const manifestStore: PersistedQueryStore = {
  get: async (key) => manifest.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key),
  set: async () => undefined,
  delete: async () => false,
};

export type DocumentsMode = 'any' | 'trusted';

export function trustedDocumentRequired(): GraphQLError {
  return new GraphQLError(
    'This server only runs trusted documents: send one of the published operations (by hash or in full).',
    { extensions: { code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED, http: { status: 400 } } },
  );
}

/** In trusted mode, refuses (before execution) a document the manifest does not hold. */
export function trustedDocuments<T extends BaseContext>(mode: DocumentsMode): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      if (mode !== 'trusted') return;
      return {
        async didResolveOperation({ queryHash, document }) {
          // By hash, or sent in full exactly as the manifest prints it: no need to print it again.
          if (manifest.has(queryHash) || manifest.has(documentHash(document))) return;
          throw trustedDocumentRequired();
        },
      };
    },
  };
}
