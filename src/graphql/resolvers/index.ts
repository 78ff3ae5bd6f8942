import type { Resolvers } from '../../generated/resolvers.js';
import { entityResolvers } from './entities.js';
import { healthQuery } from './health.js';
import { queryResolvers } from './queries.js';
import { evidenceResolvers, relationResolvers } from './relations.js';

export const resolvers: Resolvers = {
  Query: { ...healthQuery, ...queryResolvers },
  ...entityResolvers,
  Relation: relationResolvers,
  Evidence: evidenceResolvers,
};
