/**
 * One ingestion, start to end: prepare the text, link the known entities it names, store the article
 * and its mentions (a no-op when the same text is already in the graph), and propose the unknown
 * names for review. The store does the database part; everything else here is pure.
 */
import { foldName } from '../data/names.js';
import { prepareArticle, type ArticleInput, type PreparedArticle } from './article.js';
import { proposeCandidates, type Candidate } from './candidates.js';
import { linkMentions, NameIndex, type KnownEntity, type LinkResult } from './link.js';
import { buildReview, type ReviewFile } from './review.js';

export interface SaveOptions {
  /** Written on every node and relation ingestion creates (default 'ingest'). */
  origin: string;
  /**
   * Which articles count as "the same text already ingested": any in the graph (the default), or
   * only those of `origin` (trial runs and tests that must not collide with the curated articles).
   */
  dedupe: 'graph' | 'origin';
  /** Who ingests, for the audit trail (`cli:<user>` or the editor's token subject). */
  by: string;
}

export interface SaveResult {
  status: 'created' | 'unchanged';
  articleId: string;
  /** MENTIONS relations written. */
  mentionsWritten: number;
}

/** The database side of ingestion (src/graph/ingest-repository.ts). */
export interface IngestStore {
  knownEntities(): Promise<KnownEntity[]>;
  saveArticle(
    article: PreparedArticle,
    mentions: LinkResult['mentions'],
    options: SaveOptions,
  ): Promise<SaveResult>;
}

export interface IngestOutcome extends SaveResult {
  article: PreparedArticle;
  /** Empty when unchanged: nothing was analysed or written. */
  linked: LinkResult;
  candidates: Candidate[];
  /** The review file (content and YAML) for a new article. */
  review?: { content: ReviewFile; yaml: string };
}

/** Known entities and their name index, built once and reused for every article of a run. */
export class Gazetteer {
  readonly index: NameIndex;
  readonly ids: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;

  constructor(readonly known: readonly KnownEntity[]) {
    this.index = new NameIndex(known);
    this.ids = new Set(known.map((e) => e.id));
    this.names = new Set(
      known.flatMap((e) => [e.name, ...e.aliases, ...(e.handle ? [e.handle] : [])]).map((n) => foldName(n)),
    );
  }
}

/** Links and proposes without writing anything (also used by `npm run ingest:eval`). */
export function analyse(article: Pick<PreparedArticle, 'text' | 'authorName'>, g: Gazetteer) {
  const linked = linkMentions(article.text, g.index);
  const candidates = proposeCandidates(article.text, {
    mentions: linked.mentions,
    knownIds: g.ids,
    knownNames: g.names,
    authorName: article.authorName,
  });
  return { linked, candidates };
}

export async function ingest(
  store: IngestStore,
  input: ArticleInput,
  options: SaveOptions,
  gazetteer?: Gazetteer,
): Promise<IngestOutcome> {
  // Input problems surface before any database work.
  const article = prepareArticle(input);
  const g = gazetteer ?? new Gazetteer(await store.knownEntities());
  const { linked, candidates } = analyse(article, g);
  const saved = await store.saveArticle(article, linked.mentions, options);
  if (saved.status === 'unchanged') {
    return { ...saved, article, linked: { mentions: [], ambiguous: [] }, candidates: [] };
  }
  const { review, yaml } = buildReview({
    articleId: saved.articleId,
    article,
    linked,
    candidates,
    known: new Map(g.known.map((e) => [e.id, e])),
  });
  return { ...saved, article, linked, candidates, review: { content: review, yaml } };
}
