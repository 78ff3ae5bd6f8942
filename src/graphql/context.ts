/**
 * Per-request context: a repository bound to the shared driver (with its own round-trip counter),
 * the request's DataLoaders, and its principal (verified lazily, only when a field needs it).
 */
import type { Driver } from 'neo4j-driver';
import { GraphRepository } from '../graph/repository.js';
import type { TextParserSource } from '../ingest/nlp/parsed.js';
import { principalFrom, type Principal, type TokenVerifier } from './auth.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphContext {
  requestId: string;
  repo: GraphRepository;
  loaders: Loaders;
  principal: () => Promise<Principal | null>;
  /** The client's Idempotency-Key header, if any: mutations replay the first answer under it. */
  idempotencyKey?: string;
  /** The French NLP worker for `ingestArticle`'s relation proposals; absent on Lambda. */
  textParser?: TextParserSource;
  /** Root fields read their selection in one statement (GRAPHQL_LOOKAHEAD; ./prefetch.ts). */
  lookahead: boolean;
}

export interface ContextDeps {
  driver: Driver;
  database: string;
  /** Absent: every token is refused (UNAUTHENTICATED). */
  verifier?: TokenVerifier;
  /** Each request's time budget (REQUEST_TIMEOUT_MS); absent: no deadline. */
  requestTimeoutMs?: number;
  /** Absent: ingestion proposes no relations (and says so). */
  textParser?: TextParserSource;
  /** Absent: on (see GraphContext.lookahead). */
  lookahead?: boolean;
}

const noVerifier: TokenVerifier = () => Promise.reject(new Error('no verifier'));

/**
 * `deadline` (epoch ms) overrides the budget from deps, e.g. on Lambda, where the time the invocation
 * has left is the hard limit.
 */
export function createContext(
  deps: ContextDeps,
  requestId: string,
  authorization?: string,
  deadline?: number,
  idempotencyKey?: string,
): GraphContext {
  const budget = deps.requestTimeoutMs === undefined ? undefined : Date.now() + deps.requestTimeoutMs;
  const until = deadline === undefined ? budget : Math.min(deadline, budget ?? deadline);
  const repo = new GraphRepository(deps.driver, deps.database, undefined, { deadline: until });
  return {
    requestId,
    repo,
    loaders: createLoaders(repo),
    principal: principalFrom(deps.verifier ?? noVerifier, authorization),
    lookahead: deps.lookahead ?? true,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(deps.textParser ? { textParser: deps.textParser } : {}),
  };
}
