/** Per-request context: a repository bound to the shared driver, with its own round-trip counter. */
import type { Driver } from 'neo4j-driver';
import { GraphRepository } from '../graph/repository.js';

export interface GraphContext {
  requestId: string;
  repo: GraphRepository;
}

export interface ContextDeps {
  driver: Driver;
  database: string;
}

export function createContext(deps: ContextDeps, requestId: string): GraphContext {
  return { requestId, repo: new GraphRepository(deps.driver, deps.database) };
}
