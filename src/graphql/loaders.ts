/**
 * Per-request DataLoaders: every node lookup and relation page requested in the same tick becomes one
 * Cypher round trip, so nested selections cost one query per level, whatever the number of items.
 */
import DataLoader from 'dataloader';
import type { GraphRepository, RelationPageKey } from '../graph/repository.js';
import type { ClaimRecord, EntityRecord, Page, RelationRecord } from '../graph/records.js';

export interface Loaders {
  node: DataLoader<string, EntityRecord | null>;
  relations: DataLoader<RelationPageKey, Page<RelationRecord>, string>;
  claims: DataLoader<string, { claims: ClaimRecord[]; relations: RelationRecord[] }>;
}

export function createLoaders(repo: GraphRepository): Loaders {
  return {
    node: new DataLoader(async (ids) => {
      const found = await repo.nodesByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relations: new DataLoader((keys) => repo.relationPages(keys), {
      cacheKeyFn: (k) => JSON.stringify(k),
    }),
    claims: new DataLoader(async (ids) => {
      const found = await repo.claimsAbout(ids);
      return ids.map((id) => found.get(id) ?? { claims: [], relations: [] });
    }),
  };
}
