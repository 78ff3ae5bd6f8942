/**
 * `ingestArticle`: the same ingestion as `npm run ingest`, for editors and other services. Thin: the
 * input is checked (zod, via prepareArticle), the pipeline and its repository do the work, and the
 * result's entities come from the request's DataLoader (one round trip for all of them).
 */
import { z } from 'zod';
import { INGEST_ORIGIN, IngestRepository } from '../../graph/ingest-repository.js';
import type { EntityRecord } from '../../graph/records.js';
import { MAX_TEXT_CHARS } from '../../ingest/article.js';
import { IngestInputError } from '../../ingest/errors.js';
import { ingest } from '../../ingest/pipeline.js';
import type { MentionMethod, MutationResolvers, NodeKind } from '../../generated/resolvers.js';
import { parseInput } from '../args.js';
import { requireRole } from '../auth.js';
import type { GraphContext } from '../context.js';
import { badUserInput } from '../errors.js';

const NO_NLP =
  'this API has no NLP worker (the Lambda functions never do): relations are proposed by `npm run ingest` ' +
  'or by the ingestion function deployed from a container image (README, "Ingesting articles")';

/** Shapes GraphQL already enforces, plus the size limit, checked before any work. */
const Input = z.object({
  text: z.string().max(MAX_TEXT_CHARS, { message: `must be at most ${MAX_TEXT_CHARS} characters` }),
  title: z.string().nullish(),
  url: z.string().nullish(),
  language: z.string().nullish(),
});

export const ingestMutations: Pick<MutationResolvers<GraphContext>, 'ingestArticle'> = {
  ingestArticle: async (_, args, ctx) => {
    const editor = await requireRole(ctx, 'editor');
    const { text, title, url, language } = parseInput(Input, args.input, 'input');
    const outcome = await ingest(
      new IngestRepository(ctx.repo.runner),
      {
        text,
        title: title ?? undefined,
        url: url ?? undefined,
        language: language ?? undefined,
      },
      { origin: INGEST_ORIGIN, dedupe: 'graph', by: editor.sub },
      undefined,
      ctx.textParser ?? { get: () => Promise.resolve({ unavailable: NO_NLP }) },
    ).catch((e: unknown) => {
      if (e instanceof IngestInputError) {
        const field = `input.${e.field === 'file' ? 'text' : e.field}`;
        throw badUserInput(`Invalid input "${field}": ${e.message}`, field);
      }
      throw e;
    });

    const candidates = new Map(outcome.candidates.map((c) => [c.id, c]));
    const ids = [
      outcome.articleId,
      ...new Set([
        ...outcome.linked.mentions.map((m) => m.entityId),
        ...[
          ...outcome.relations.flatMap((r) => [r.from, r.to]),
          ...outcome.claims.map((c) => c.subject),
        ].filter((id) => !candidates.has(id)),
      ]),
    ];
    const records = await ctx.loaders.node.loadMany(ids);
    const byId = new Map<string, EntityRecord>();
    ids.forEach((id, i) => {
      const r = records[i];
      if (r && !(r instanceof Error)) byId.set(id, r);
    });
    /** A proposal's end: a candidate of this result, or an entity of the graph (the article included). */
    const end = (id: string) => {
      const c = candidates.get(id);
      if (c) return { id, kind: c.kind.toUpperCase() as NodeKind, name: c.name, known: false };
      const e = byId.get(id);
      return e ? { id, kind: e.nodeKind.toUpperCase() as NodeKind, name: e.name, known: true } : null;
    };
    const article = byId.get(outcome.articleId);
    if (!article) throw new Error(`article ${outcome.articleId} vanished after ingestion`);
    return {
      status: outcome.status === 'created' ? 'CREATED' : 'UNCHANGED',
      article,
      mentions: outcome.linked.mentions.flatMap((m) => {
        const entity = byId.get(m.entityId);
        return entity
          ? [
              {
                entity,
                matched: m.matched,
                offset: m.offset,
                length: m.length,
                method: m.method.toUpperCase() as MentionMethod,
                fuzzy: m.fuzzy,
                excerpt: m.excerpt,
              },
            ]
          : [];
      }),
      candidates: outcome.candidates.map((c) => ({
        id: c.id,
        kind: c.kind.toUpperCase() as NodeKind,
        name: c.name,
        aliases: c.aliases ?? [],
        subtype: c.subtype ?? null,
        handle: c.handle ?? null,
        url: c.url ?? null,
        occurrences: c.occurrences.length,
        excerpt: c.excerpt,
        reason: c.reason,
      })),
      reviewFile: outcome.review?.yaml ?? null,
      relations: outcome.relations.flatMap((r) => {
        const from = end(r.from);
        const to = end(r.to);
        if (!from || !to) return [];
        return [
          {
            type: r.type,
            from,
            to,
            excerpt: r.excerpt,
            confidence: r.confidence,
            rule: r.rule,
            date: r.date ?? null,
            weight: r.weight ?? null,
            metric: r.props.metric ?? null,
            title: r.props.title ?? null,
            quote: r.props.quote ?? null,
            role: r.props.role ?? null,
            event: r.props.event ?? null,
          },
        ];
      }),
      claims: outcome.claims.flatMap((c) => {
        const subject = end(c.subject);
        return subject ? [{ ...c, subject }] : [];
      }),
      relationsStatus: {
        proposed: outcome.nlp.proposed,
        model: outcome.nlp.model ?? null,
        note: outcome.nlp.note ?? null,
      },
    };
  },
};
