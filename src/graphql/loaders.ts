/**
 * Per-request DataLoaders: every node lookup and relation page requested in the same tick becomes one
 * Cypher round trip, so nested selections cost one query per level, whatever the number of items.
 * A root field that read its whole selection in one statement (./prefetch.ts) primes `node` with the
 * (whole) nodes it was asked for and `cited` with the articles it read; its pages and referenced
 * nodes, read with only what the selection needs, travel on their records instead.
 */
import DataLoader from 'dataloader';
import type { GraphRepository, RelationPageKey } from '../graph/repository.js';
import type { ClaimRecord, EntityRecord, Page, RelationRecord } from '../graph/records.js';

export interface Loaders {
  node: DataLoader<string, EntityRecord | null>;
  /**
   * Articles cited as evidence. Apart from `node` because a prefetched cited article may come
   * without its text (Article.text then reads it by id through `node`).
   */
  cited: DataLoader<string, EntityRecord | null>;
  relations: DataLoader<RelationPageKey, Page<RelationRecord>, string>;
  claims: DataLoader<string, { claims: ClaimRecord[]; relations: RelationRecord[] }>;
}

export function createLoaders(repo: GraphRepository): Loaders {
  const nodes = async (ids: readonly string[]) => {
    const found = await repo.nodesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  };
  return {
    node: new DataLoader(nodes),
    cited: new DataLoader(nodes),
    relations: new DataLoader((keys) => repo.relationPages(keys), {
      cacheKeyFn: (k) => JSON.stringify(k),
    }),
    claims: new DataLoader(async (ids) => {
      const found = await repo.claimsAbout(ids);
      return ids.map((id) => found.get(id) ?? { claims: [], relations: [] });
    }),
  };
}
