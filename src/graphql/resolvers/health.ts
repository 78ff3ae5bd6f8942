import type { QueryResolvers } from '../../generated/resolvers.js';

export const healthQuery: Pick<QueryResolvers, 'health'> = {
  health: async (_parent, _args, { repo }) => {
    const h = await repo.health();
    return {
      ok: true,
      neo4jVersion: h.version,
      neo4jEdition: h.edition,
      nodeCount: h.nodeCount,
      relationshipCount: h.relationshipCount,
    };
  },
};
