import type { Resolvers } from '../../generated/resolvers.js';
import { auditQuery, curationMutations } from './curation.js';
import { entityResolvers } from './entities.js';
import { entityResolutionMutations, entityResolutionQueries } from './entity-resolution.js';
import { healthQuery } from './health.js';
import { ingestMutations } from './ingest.js';
import { queryResolvers } from './queries.js';
import { evidenceResolvers, relationResolvers, relationSourceResolvers } from './relations.js';

export const resolvers: Resolvers = {
  Query: { ...healthQuery, ...queryResolvers, ...auditQuery, ...entityResolutionQueries },
  Mutation: { ...curationMutations, ...entityResolutionMutations, ...ingestMutations },
  ...entityResolvers,
  Relation: relationResolvers,
  Evidence: evidenceResolvers,
  RelationSource: relationSourceResolvers,
};
