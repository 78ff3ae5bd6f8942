/** Duplicate suggestions, editors' judgements, and undoing merges. */
import { z } from 'zod';
import { findDuplicates } from '../../data/duplicates.js';
import { KIND_BY_ENUM } from '../../data/model.js';
import { CurationRepository } from '../../graph/curation.js';
import type { EntityRecord } from '../../graph/records.js';
import type { MutationResolvers, QueryResolvers } from '../../generated/resolvers.js';
import { NodeId, parseArgs } from '../args.js';
import { requireRole } from '../auth.js';
import type { GraphContext } from '../context.js';
import { curation, curationErrorToGraphQL, writtenNode } from './curation.js';

const verdictOut = (v: string) => (v === 'same' ? ('SAME' as const) : ('DIFFERENT' as const));

export const entityResolutionQueries: Pick<
  QueryResolvers<GraphContext>,
  'possibleDuplicates' | 'duplicateJudgements' | 'merges'
> = {
  possibleDuplicates: async (_, args, ctx) => {
    const a = parseArgs(
      z.object({
        kinds: z.array(z.enum(Object.keys(KIND_BY_ENUM) as [string, ...string[]])).nullish(),
        minScore: z.number().min(0).max(1).nullish(),
        first: z.number().int().min(1).max(500).nullish(),
      }),
      args,
    );
    const repo = new CurationRepository(ctx.repo.runner);
    const kinds = a.kinds?.map((k) => KIND_BY_ENUM[k as keyof typeof KIND_BY_ENUM]) ?? null;
    const [candidates, judged] = await Promise.all([
      repo.duplicateCandidates(kinds),
      repo.judgements(100_000),
    ]);
    const pairs = findDuplicates(candidates, {
      minScore: a.minScore ?? 0.5,
      exclude: new Set(judged.map((j) => j.key)),
    }).slice(0, a.first ?? 50);
    const nodes = await ctx.loaders.node.loadMany(pairs.flatMap((p) => [p.a, p.b]));
    const byId = new Map(
      nodes.filter((n): n is EntityRecord => !!n && !(n instanceof Error)).map((n) => [n.id, n]),
    );
    return pairs
      .filter((p) => byId.has(p.a) && byId.has(p.b))
      .map((p) => ({ a: byId.get(p.a)!, b: byId.get(p.b)!, score: p.score, reasons: p.reasons }));
  },

  duplicateJudgements: async (_, args, ctx) => {
    const { first } = parseArgs(z.object({ first: z.number().int().min(1).max(500).nullish() }), args);
    const rows = await new CurationRepository(ctx.repo.runner).judgements(first ?? 50);
    return rows.map((j) => ({ ...j, verdict: verdictOut(j.verdict) }));
  },

  merges: async (_, args, ctx) => {
    const { id } = parseArgs(z.object({ id: NodeId }), args);
    return new CurationRepository(ctx.repo.runner).merges(id);
  },
};

export const entityResolutionMutations: Pick<
  MutationResolvers<GraphContext>,
  'judgeDuplicate' | 'unmergeEntity'
> = {
  judgeDuplicate: async (_, args, ctx, info) => {
    const by = await requireRole(ctx, 'editor');
    const a = parseArgs(
      z.object({
        a: NodeId,
        b: NodeId,
        verdict: z.enum(['SAME', 'DIFFERENT']),
        note: z.string().max(2000).nullish(),
      }),
      args,
    );
    const j = await curation(ctx, by, info)
      .judgeDuplicate(by, a.a, a.b, a.verdict === 'SAME' ? 'same' : 'different', a.note ?? null)
      .catch(curationErrorToGraphQL);
    return { ...j, verdict: verdictOut(j.verdict) };
  },

  unmergeEntity: async (_, args, ctx, info) => {
    const by = await requireRole(ctx, 'editor');
    const a = parseArgs(z.object({ id: NodeId, reason: z.string().trim().min(3).max(2000) }), args);
    const written = await curation(ctx, by, info)
      .unmergeEntity(by, a.id, a.reason)
      .catch(curationErrorToGraphQL);
    // Relations of both nodes changed: nothing cached before the write holds.
    ctx.loaders.relations.clearAll();
    return written.map((w) => writtenNode(ctx, w));
  },
};
