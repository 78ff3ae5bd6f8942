/**
 * Typed client for other services and front ends: pass a document from src/generated/operations.ts
 * and get typed data back. Errors from the API are thrown as GraphQLClientError with their codes.
 *
 * Mutations are safe to retry: each one is sent with an Idempotency-Key (a fresh UUID unless the
 * caller gives one), and a send that failed in transit or met SERVICE_UNAVAILABLE is sent again with
 * the same key, so the server replays the first answer instead of writing twice.
 *
 * `get` sends a query by its hash only, over GET (a trusted document: src/graphql/trusted-documents.ts),
 * so the answer can come from an HTTP cache or a CDN.
 */
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { documentHash } from './document-hash.js';

export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [k: string]: unknown };
}

export class GraphQLClientError extends Error {
  constructor(
    readonly errors: ApiError[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'GraphQLClientError';
  }
  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'ERROR');
  }
}

export interface ClientOptions {
  /** Sends of a mutation after the first, when it failed in transit or the service was unavailable. */
  retries?: number;
  /** Pause before the first retry, doubled for each next one. */
  retryDelayMs?: number;
  /** The fetch to use (default: the global one), e.g. one going through an HTTP cache. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** The key a mutation is sent with (default: a fresh UUID per call, kept across its retries). */
  idempotencyKey?: string;
}

const retriable = (e: unknown) =>
  !(e instanceof GraphQLClientError) || e.status === 503 || e.codes.includes('SERVICE_UNAVAILABLE');

export function createClient(
  endpoint: string,
  headers: Record<string, string> = {},
  { retries = 2, retryDelayMs = 200, fetch: fetchFn = fetch }: ClientOptions = {},
) {
  async function send<TResult>(body: string, extra: Record<string, string>): Promise<TResult> {
    const res = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers, ...extra },
      body,
    });
    return resultOf<TResult>(res);
  }

  async function resultOf<TResult>(res: Response): Promise<TResult> {
    const parsed = (await res.json()) as { data?: TResult; errors?: ApiError[] };
    if (parsed.errors?.length || !parsed.data) {
      throw new GraphQLClientError(parsed.errors ?? [{ message: `HTTP ${res.status}` }], res.status);
    }
    return parsed.data;
  }

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables?: TVariables,
      options: RequestOptions = {},
    ): Promise<TResult> {
      const body = JSON.stringify({ query: print(document), variables });
      if (getOperationAST(document)?.operation !== 'mutation') return send<TResult>(body, {});
      const key = { 'idempotency-key': options.idempotencyKey ?? randomUUID() };
      for (let attempt = 0; ; attempt++) {
        try {
          return await send<TResult>(body, key);
        } catch (e) {
          if (attempt >= retries || !retriable(e)) throw e;
          await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** attempt));
        }
      }
    },

    /** A published query by hash over GET: cacheable. */
    async get<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables?: TVariables,
    ): Promise<TResult> {
      const url = new URL(endpoint);
      const operationName = getOperationAST(document)?.name?.value;
      if (operationName) url.searchParams.set('operationName', operationName);
      if (variables) url.searchParams.set('variables', JSON.stringify(variables));
      url.searchParams.set(
        'extensions',
        JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(document) } }),
      );
      const res = await fetchFn(url, { method: 'GET', headers: { accept: 'application/json', ...headers } });
      return resultOf<TResult>(res);
    },
  };
}
