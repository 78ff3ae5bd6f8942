/**
 * Editors' mutations and the audit trail. Inputs are validated with the dataset's own zod schemas
 * (one definition of a valid entity, relation and evidence); the repository does the rest in one
 * write transaction each.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import {
  ENTRY_PROPERTIES,
  KIND_BY_ENUM,
  KIND_PREFIX,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  functionalClaimKind,
  type NodeKind,
  type RelationType,
} from '../../data/model.js';
import { foldName } from '../../data/names.js';
import { ClaimEntry, ENTRY_BY_KIND, Evidence, RelationEntry } from '../../data/schema.js';
import { modelValueOf } from '../../data/property-types.js';
import {
  CurationError,
  CurationRepository,
  type Editor,
  type WrittenClaims,
  type WrittenNode,
} from '../../graph/curation.js';
import type { EntityRecord } from '../../graph/records.js';
import type { AddRelationInput, MutationResolvers, QueryResolvers } from '../../generated/resolvers.js';
import { After, First, NodeId, parseArgs, parseInput } from '../args.js';
import { requireRole } from '../auth.js';
import { groupClaims } from '../claims.js';
import type { GraphContext } from '../context.js';
import { badUserInput, ErrorCode, notFound } from '../errors.js';
import { connection, offsetAfter } from '../pagination.js';

/** Maps a repository CurationError to BAD_USER_INPUT or NOT_FOUND naming the field. */
export function curationErrorToGraphQL(e: unknown): never {
  if (e instanceof CurationError) {
    const message = `Invalid input "${e.field}": ${e.message}`;
    throw e.kind === 'not-found'
      ? new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, field: e.field } })
      : badUserInput(message, e.field);
  }
  throw e;
}

async function editor(ctx: GraphContext): Promise<Editor> {
  return { sub: (await requireRole(ctx, 'editor')).sub };
}

/**
 * The repository for one mutation field. The request's Idempotency-Key is scoped to the editor and
 * to the field's place in the response, so one key covers a request with several mutations and two
 * editors' keys never meet.
 */
export function curation(ctx: GraphContext, by?: Editor, info?: GraphQLResolveInfo): CurationRepository {
  const client = ctx.idempotencyKey;
  if (client !== undefined && !IDEMPOTENCY_KEY.test(client)) {
    throw badUserInput(
      'Invalid header "Idempotency-Key": 1 to 200 visible ASCII characters (a UUID is a good choice)',
      'Idempotency-Key',
    );
  }
  const key = client && by && info ? `${by.sub}\u0000${client}\u0000${String(info.path.key)}` : undefined;
  return new CurationRepository(ctx.repo.runner, key);
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The written node as its write transaction read it; nested fields read on from there. */
export function writtenNode(ctx: GraphContext, { node }: WrittenNode): EntityRecord {
  ctx.loaders.node.clear(node.id).prime(node.id, node);
  ctx.loaders.claims.clear(node.id);
  return node;
}

function writtenClaims(ctx: GraphContext, w: WrittenClaims): EntityRecord {
  writtenNode(ctx, w);
  ctx.loaders.claims.prime(w.node.id, { claims: w.claims, relations: w.relations });
  return w.node;
}

/** The model's relation properties of an AddRelationInput, placed as a dataset row holds them. */
function relationEntryProperties(input: AddRelationInput) {
  const entry: Record<string, unknown> = {};
  const props: Record<string, unknown> = {};
  for (const p of RELATION_PROPERTY_NAMES) {
    const value = modelValueOf(RELATION_PROPERTIES[p], input[p]);
    if (value === undefined || value === null) continue;
    ((ENTRY_PROPERTIES as readonly string[]).includes(p) ? entry : props)[p] = value;
  }
  return { ...entry, props };
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

const slug = (s: string) =>
  foldName(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

const UpdateInput = z.strictObject({
  name: z.string().trim().min(1).max(300).nullish(),
  description: z.string().trim().min(1).max(5000).nullish(),
  subtype: z.string().trim().min(1).max(60).nullish(),
  date: z.string().nullish(),
  handle: z.string().trim().min(1).max(200).nullish(),
  url: z.string().trim().min(1).max(2000).nullish(),
});

export const curationMutations: MutationResolvers<GraphContext> = {
  createEntity: async (_, { input }, ctx, info) => {
    const by = await editor(ctx);
    const kind = KIND_BY_ENUM[input.kind];
    if (kind === 'Article')
      throw badUserInput('Invalid input "input.kind": articles are added by ingestion', 'input.kind');
    const schema = ENTRY_BY_KIND[kind];
    const candidate = defined({
      id: input.id ?? `${KIND_PREFIX[kind]}:${slug(input.name)}`,
      name: input.name,
      aliases: input.aliases ?? [],
      description: input.description,
      evidence: input.evidence,
      kind: input.subtype,
      date: input.date,
      handle: input.handle,
      url: input.url,
    });
    const entry = parseInput(schema as z.ZodType<Record<string, unknown>>, candidate, 'input', {
      kind: 'subtype',
    });
    const { id, name, aliases, description, evidence, ...props } = entry as {
      id: string;
      name: string;
      aliases: string[];
      description?: string;
      evidence: Evidence[];
    } & Record<string, string | number | boolean>;
    const written = await curation(ctx, by, info)
      .createEntity(by, { kind, id, name, aliases, description, evidence, props })
      .catch(curationErrorToGraphQL);
    return writtenNode(ctx, written);
  },

  updateEntity: async (_, args, ctx, info) => {
    const by = await editor(ctx);
    const { id } = parseArgs(z.object({ id: NodeId }), { id: args.id });
    const input = parseInput(UpdateInput, args.input, 'input');
    const current = await ctx.loaders.node.load(id);
    if (!current) throw notFound(`No node with id "${id}"`);
    // Re-validate the changed node with the dataset schema of its kind, so updates obey the same rules.
    const kind = current.nodeKind as NodeKind;
    if (kind === 'Article') throw badUserInput('Invalid input "id": articles are not edited here', 'id');
    const schema = ENTRY_BY_KIND[kind];
    const changes = defined({
      name: input.name,
      description: input.description,
      kind: input.subtype,
      date: input.date,
      handle: input.handle,
      url: input.url,
    }) as Record<string, string>;
    const partial = (schema as unknown as z.ZodObject).partial();
    parseInput(partial, changes, 'input', { kind: 'subtype' });
    const written = await curation(ctx, by, info)
      .updateEntity(by, current.id, changes)
      .catch(curationErrorToGraphQL);
    return writtenNode(ctx, written);
  },

  addAlias: async (_, args, ctx, info) => {
    const by = await editor(ctx);
    const a = parseArgs(z.object({ id: NodeId, alias: z.string().trim().min(1).max(300) }), args);
    const written = await curation(ctx, by, info).addAlias(by, a.id, a.alias).catch(curationErrorToGraphQL);
    return writtenNode(ctx, written);
  },

  addRelation: async (_, { input }, ctx, info) => {
    const by = await editor(ctx);
    const evidence = parseInput(Evidence, input.evidence, 'input.evidence');
    const entry = parseInput(
      RelationEntry,
      defined({
        type: input.type,
        from: input.from,
        to: input.to,
        status: input.status?.toLowerCase(),
        inferred: input.inferred,
        basis: input.basis,
        ...relationEntryProperties(input),
        excerpt: evidence.excerpt,
      }),
      'input',
      { props: '' },
    );
    return curation(ctx, by, info)
      .addRelation(by, {
        type: entry.type as RelationType,
        from: entry.from,
        to: entry.to,
        props: entry.props,
        weight: entry.weight,
        date: entry.date,
        start: entry.start,
        end: entry.end,
        status: entry.status,
        inferred: entry.inferred,
        basis: entry.basis,
        evidence,
      })
      .catch(curationErrorToGraphQL);
  },

  addClaim: async (_, { input }, ctx, info) => {
    const by = await editor(ctx);
    const evidence = parseInput(Evidence, input.evidence, 'input.evidence');
    // A count is a number in the dataset; the API takes every value as a string.
    const numeric =
      functionalClaimKind(input.predicate) === 'number' && /^\d+(\.\d+)?$/.test(input.value.trim());
    const claim = parseInput(
      ClaimEntry,
      defined({
        subject: input.subject,
        predicate: input.predicate,
        value: numeric ? Number(input.value) : input.value,
        note: input.note,
        excerpt: evidence.excerpt,
      }),
      'input',
    );
    const written = await curation(ctx, by, info)
      .addClaim(by, {
        subject: claim.subject,
        predicate: claim.predicate,
        value: String(claim.value),
        note: claim.note,
        evidence,
      })
      .catch(curationErrorToGraphQL);
    const subject = writtenClaims(ctx, written);
    const group = groupClaims(subject, written.claims, written.relations).find(
      (g) => g.predicate === claim.predicate,
    );
    if (!group) throw new Error(`claim on ${claim.subject} vanished after it was written`);
    return group;
  },

  retractRelation: async (_, args, ctx, info) => {
    const by = await editor(ctx);
    const a = parseArgs(
      z.object({ id: z.string().min(3).max(1000), reason: z.string().trim().min(3).max(2000) }),
      args,
    );
    return curation(ctx, by, info).retractRelation(by, a.id, a.reason).catch(curationErrorToGraphQL);
  },

  mergeEntities: async (_, args, ctx, info) => {
    const by = await editor(ctx);
    const a = parseArgs(
      z.object({ keep: NodeId, merge: NodeId, reason: z.string().trim().min(3).max(2000) }),
      args,
    );
    const written = await curation(ctx, by, info)
      .mergeEntities(by, a.keep, a.merge, a.reason)
      .catch(curationErrorToGraphQL);
    ctx.loaders.node.clear(a.merge);
    return writtenNode(ctx, written);
  },
};

export const auditQuery: Pick<QueryResolvers<GraphContext>, 'auditLog'> = {
  auditLog: async (_, args, ctx) => {
    const a = parseArgs(
      z.object({ target: z.string().max(1000).nullish(), first: First.nullish(), after: After }),
      args,
    );
    const page = await curation(ctx).auditLog(a.target ?? null, offsetAfter(a.after), a.first ?? 20);
    return connection(page, (node, cursor) => ({ cursor, node }));
  },
};
