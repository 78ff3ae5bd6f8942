/**
 * Typed client for other services and front ends: pass a document from src/generated/operations.ts
 * and get typed data back. Errors from the API are thrown as GraphQLClientError with their codes.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

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

export function createClient(endpoint: string, headers: Record<string, string> = {}) {
  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables?: TVariables,
    ): Promise<TResult> {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await res.json()) as { data?: TResult; errors?: ApiError[] };
      if (body.errors?.length || !body.data) {
        throw new GraphQLClientError(body.errors ?? [{ message: `HTTP ${res.status}` }], res.status);
      }
      return body.data;
    },
  };
}
