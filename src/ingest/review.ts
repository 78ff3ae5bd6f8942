/**
 * The review file of an ingested article: everything ingestion proposes, in the dataset's own format
 * (the article's entry, new entities per entity file, and the article's facts), validated with the
 * dataset's zod schemas. An editor corrects it, sets `reviewed: true`, and accepts it into data/;
 * until then nothing in it is a fact.
 */
import { Document, isScalar, type YAMLMap } from 'yaml';
import { z } from 'zod';
import { ArticleEntry, ArticleFacts, ClaimEntry, ENTITY_FILES, RelationEntry } from '../data/schema.js';
import type { PreparedArticle } from './article.js';
import type { Candidate } from './candidates.js';
import type { KnownEntity, LinkResult } from './link.js';
import type { RelationsStatus } from './pipeline.js';
import type { ClaimProposal, RelationProposal } from './relations/propose.js';

const entitySections = Object.fromEntries(
  Object.entries(ENTITY_FILES).map(([file, schema]) => [file, z.array(schema).default([])]),
) as { [F in keyof typeof ENTITY_FILES]: z.ZodDefault<z.ZodArray<(typeof ENTITY_FILES)[F]>> };

/**
 * A relation the NLP step proposes, in the dataset's relation format plus what the reviewer needs:
 * `accept` (false until the editor says otherwise), the rule's confidence and the rule itself.
 * Only accepted proposals become relations of the article (npm run ingest:accept).
 */
export const RelationProposalEntry = RelationEntry.extend({
  accept: z.boolean(),
  confidence: z.number().min(0).max(1),
  rule: z.string().min(1),
});
export type RelationProposalEntry = z.infer<typeof RelationProposalEntry>;

/** A figure proposed as a claim, likewise: only accepted ones join `facts.claims`. */
export const ClaimProposalEntry = ClaimEntry.extend({
  accept: z.boolean(),
  confidence: z.number().min(0).max(1),
  rule: z.string().min(1),
});

export const ReviewFile = z.strictObject({
  /** Set to true by the editor once every entry below has been checked. */
  reviewed: z.boolean(),
  /** The article's entry for data/articles.yaml; its text sits next to this file. */
  article: ArticleEntry,
  /** New entities, per data/entities/ file. */
  entities: z.strictObject(entitySections),
  /** The article's facts: becomes data/relations/<slug>.yaml. */
  facts: ArticleFacts,
  /** Relation proposals: those with `accept: true` join `facts.relations` on acceptance. */
  proposals: z.array(RelationProposalEntry).default([]),
  /** Claim proposals (figures): those with `accept: true` join `facts.claims`. */
  proposedClaims: z.array(ClaimProposalEntry).default([]),
});
export type ReviewFile = z.infer<typeof ReviewFile>;
type ReviewInput = z.input<typeof ReviewFile>;

const FILE_OF_KIND: Record<Candidate['kind'], keyof typeof ENTITY_FILES> = {
  Person: 'people.yaml',
  Organization: 'organizations.yaml',
  Account: 'accounts.yaml',
  Platform: 'platforms.yaml',
  Event: 'events.yaml',
  Place: 'places.yaml',
};

function entityEntry(c: Candidate, article: string): Record<string, unknown> {
  const base = {
    id: c.id,
    name: c.name,
    aliases: c.aliases ?? [],
    evidence: [{ article, excerpt: c.excerpt }],
  };
  switch (c.kind) {
    case 'Person':
      return base;
    case 'Organization':
      return { ...base, kind: c.subtype ?? 'other' };
    case 'Account':
      return { ...base, kind: c.subtype ?? 'other', ...(c.handle ? { handle: c.handle } : {}) };
    case 'Platform':
      return { ...base, kind: c.subtype ?? 'website', ...(c.url ? { url: c.url } : {}) };
    case 'Event':
      return { ...base, kind: c.subtype ?? 'other', ...(c.date ? { date: c.date } : {}) };
    case 'Place':
      return { ...base, kind: c.subtype ?? 'other' };
  }
}

export interface ReviewParts {
  articleId: string;
  article: PreparedArticle;
  linked: LinkResult;
  candidates: readonly Candidate[];
  proposals?: readonly RelationProposal[];
  claims?: readonly ClaimProposal[];
  nlp?: RelationsStatus;
  known: ReadonlyMap<string, KnownEntity>;
}

/** The review file's content (validated) and its YAML with comments guiding the reviewer. */
export function buildReview(p: ReviewParts): { review: ReviewFile; yaml: string } {
  const { articleId, article } = p;
  const sections: Record<string, Record<string, unknown>[]> = {};
  for (const c of p.candidates) (sections[FILE_OF_KIND[c.kind]] ??= []).push(entityEntry(c, articleId));

  // One mention per linked entity (its first sentence), then one per candidate.
  const firstMention = new Map<string, string>();
  for (const m of p.linked.mentions)
    if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m.excerpt);
  const mentions = [
    ...[...firstMention].map(([entity, excerpt]) => ({ entity, excerpt })),
    ...p.candidates.map((c) => ({ entity: c.id, excerpt: c.excerpt })),
  ];

  // The byline's author wrote the article; a social link's account lives on its platform.
  const relations: z.input<typeof ArticleFacts>['relations'] = [];
  const author = article.authorName;
  if (author) {
    const byline = article.text
      .split('\n')
      .find((l) => l.includes(author))
      ?.trim();
    const who =
      p.linked.mentions.find((m) => m.kind === 'Person' && m.matched === author)?.entityId ??
      p.candidates.find((c) => c.kind === 'Person' && c.name === author)?.id;
    if (who && byline) relations.push({ type: 'AUTHORED', from: who, to: articleId, excerpt: byline });
  }
  for (const c of p.candidates) {
    if (c.kind === 'Account' && c.platform && p.known.has(c.platform))
      relations.push({ type: 'ON_PLATFORM', from: c.id, to: c.platform, excerpt: c.excerpt });
  }

  const input: ReviewInput = {
    reviewed: false,
    article: {
      id: articleId,
      file: `articles/${articleId.slice('article:'.length)}.txt`,
      title: article.title,
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.authorName ? { authorName: article.authorName } : {}),
      ...(article.date ? { date: article.date } : {}),
      language: article.language,
    },
    entities: sections,
    facts: { article: articleId, relations, claims: [], mentions },
    proposals: (p.proposals ?? []).map((r) => ({
      accept: false,
      type: r.type,
      from: r.from,
      to: r.to,
      ...(r.date ? { date: r.date } : {}),
      ...(r.weight !== undefined ? { weight: r.weight } : {}),
      ...(Object.keys(r.props).length ? { props: r.props } : {}),
      excerpt: r.excerpt,
      ...(r.inferred ? { inferred: true, basis: r.basis } : {}),
      confidence: r.confidence,
      rule: r.rule,
    })),
    proposedClaims: (p.claims ?? []).map((c) => ({ accept: false, ...c })),
  };
  const review = ReviewFile.parse(input);

  const doc = new Document(input);
  doc.commentBefore = [
    ` Review file for ${articleId} (proposed by \`npm run ingest\`; nothing here is a fact yet).`,
    ' 1. Check every entry against the article text (same folder, .txt): delete wrong candidates,',
    '    fix names, kinds and ids, add aliases, relations and claims in the dataset format.',
    ' 2. Relation proposals (`proposals:`, from the NLP step) are not facts until accepted: set',
    '    `accept: true` on each one that is right (edit its ends, type, date or excerpt if needed).',
    ' 3. Set `reviewed: true`.',
    ' 4. npm run ingest:accept -- <this file>   (validates, then adds it all to data/)',
    ' 5. npm run load                           (loads data/ into Neo4j, as always)',
  ].join('\n');
  const section = (path: (string | number)[]) =>
    doc.getIn(path, true) as { commentBefore?: string } | undefined;
  for (const [file, entries] of Object.entries(sections)) {
    entries.forEach((e, i) => {
      const c = p.candidates.find((x) => x.id === e.id);
      const node = section(['entities', file, i]);
      if (c && node) node.commentBefore = ` proposed (${c.reason})`;
    });
  }
  // Say how each known entity was recognised when it was not by its exact name or alias.
  const how = new Map<string, string>();
  for (const m of p.linked.mentions) {
    if (how.has(m.entityId)) continue;
    const note = m.fuzzy
      ? 'approximate spelling'
      : m.method === 'surname' || m.method === 'initials'
        ? m.method
        : '';
    if (note) how.set(m.entityId, ` written "${m.matched}" (${note})`);
  }
  [...firstMention.keys()].forEach((entity, i) => {
    const node = section(['facts', 'mentions', i]);
    if (node && how.has(entity)) node.commentBefore = how.get(entity);
  });
  const mentionsNode = section(['facts', 'mentions']);
  if (mentionsNode) {
    const ambiguous = p.linked.ambiguous.map(
      (a) =>
        ` "${a.matched}" at ${a.offset} could be ${a.entityIds.join(' or ')}: left out, add it if you can tell`,
    );
    mentionsNode.commentBefore = [' known entities found by name, then the proposed ones', ...ambiguous].join(
      '\n',
    );
  }
  // On the key: an empty list (`proposals: []`) cannot carry a comment of its own.
  const proposalsKey = (doc.contents as YAMLMap).items.find(
    (i) => isScalar(i.key) && i.key.value === 'proposals',
  )?.key as { commentBefore?: string } | undefined;
  if (proposalsKey)
    proposalsKey.commentBefore = p.nlp?.proposed
      ? ` relations proposed by ${p.nlp.model ?? 'the NLP pipeline'}: accept: true makes one a fact`
      : ` relations were not proposed: ${p.nlp?.note ?? 'the NLP pipeline did not run'}`;
  return { review, yaml: doc.toString({ lineWidth: 0, indentSeq: false }) };
}
