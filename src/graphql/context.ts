/** Per-request context: a repository bound to the shared driver, its round-trip counter and loaders. */
import type { Driver } from 'neo4j-driver';
import { GraphRepository } from '../graph/repository.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphContext {
  requestId: string;
  repo: GraphRepository;
  loaders: Loaders;
}

export interface ContextDeps {
  driver: Driver;
  database: string;
}

export function createContext(deps: ContextDeps, requestId: string): GraphContext {
  const repo = new GraphRepository(deps.driver, deps.database);
  return { requestId, repo, loaders: createLoaders(repo) };
}
