import type { Resolvers } from '../../generated/resolvers.js';
import { healthQuery } from './health.js';

export const resolvers: Resolvers = {
  Query: {
    ...healthQuery,
  },
};
