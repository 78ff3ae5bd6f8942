/**
 * Per-request context: a repository bound to the shared driver (with its own round-trip counter),
 * the request's DataLoaders, and its principal (verified lazily, only when a field needs it).
 */
import type { Driver } from 'neo4j-driver';
import { GraphRepository } from '../graph/repository.js';
import { principalFrom, type Principal, type TokenVerifier } from './auth.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphContext {
  requestId: string;
  repo: GraphRepository;
  loaders: Loaders;
  principal: () => Promise<Principal | null>;
}

export interface ContextDeps {
  driver: Driver;
  database: string;
  /** Absent: every token is refused (UNAUTHENTICATED). */
  verifier?: TokenVerifier;
}

const noVerifier: TokenVerifier = () => Promise.reject(new Error('no verifier'));

export function createContext(deps: ContextDeps, requestId: string, authorization?: string): GraphContext {
  const repo = new GraphRepository(deps.driver, deps.database);
  return {
    requestId,
    repo,
    loaders: createLoaders(repo),
    principal: principalFrom(deps.verifier ?? noVerifier, authorization),
  };
}
