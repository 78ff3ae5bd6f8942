/**
 * The database side of ingestion: reads the known entities, and stores one article with its mentions
 * in a single write transaction — or nothing at all when the same text is already there.
 */
import { Neo4jError } from 'neo4j-driver';
import { relationIdBase } from '../data/ids.js';
import { articleProps, DATASET_ORIGIN } from '../data/loader.js';
import type { PreparedArticle } from '../ingest/article.js';
import type { KnownEntity, LinkedMention } from '../ingest/link.js';
import type { IngestStore, SaveOptions, SaveResult } from '../ingest/pipeline.js';
import { RECORD_AUDIT } from './curation-cypher.js';
import {
  ARTICLE_BY_HASH,
  CREATE_ARTICLE,
  CREATE_MENTIONS,
  DELETE_INGESTED,
  IDS_LIKE,
  KNOWN_ENTITIES,
} from './ingest-cypher.js';
import { contentLock, lockKeys } from './locks.js';
import type { CypherRunner, WriteTx } from './runner.js';

export const INGEST_ORIGIN = 'ingest';

/** The article node's properties, by the loader's own conventions (plus where it came from). */
function ingestedArticleProps(id: string, a: PreparedArticle, origin: string, by: string, at: string) {
  // Not in data/ (yet): no file. The review file says where it goes once accepted.
  const props = articleProps({ ...a, id }, origin);
  return {
    ...props,
    format: a.format,
    ...(a.source ? { source: a.source } : {}),
    ingestedAt: at,
    ingestedBy: by,
  };
}

function mentionRows(articleId: string, mentions: readonly LinkedMention[], origin: string) {
  return mentions.map((m) => ({
    entity: m.entityId,
    props: {
      id: relationIdBase('MENTIONS', articleId, m.entityId, articleId, `at-${m.offset}`),
      origin,
      article: articleId,
      excerpt: m.excerpt,
      offset: m.offset,
      length: m.length,
      matched: m.matched,
      method: m.method,
      fuzzy: m.fuzzy,
    },
  }));
}

const isConstraintViolation = (e: unknown) =>
  e instanceof Neo4jError && e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export class IngestRepository implements IngestStore {
  constructor(private readonly runner: CypherRunner) {}

  async knownEntities(): Promise<KnownEntity[]> {
    const rows = await this.runner.read<KnownEntity & { related: string[] }>(KNOWN_ENTITIES);
    return rows.map((r) => ({ ...r, related: [...new Set(r.related)] }));
  }

  async sameArticle(article: PreparedArticle, options: SaveOptions): Promise<string | null> {
    const origin = options.dedupe === 'origin' ? options.origin : null;
    const [same] = await this.runner.read<{ id: string }>(ARTICLE_BY_HASH, {
      hash: article.contentHash,
      origin,
    });
    return same?.id ?? null;
  }

  async saveArticle(
    article: PreparedArticle,
    mentions: readonly LinkedMention[],
    options: SaveOptions,
  ): Promise<SaveResult> {
    try {
      return await this.runner.write((tx) => this.save(tx, article, mentions, options));
    } catch (e) {
      // Two ingestions of the same text raced for the same id: the retry finds the other's article.
      if (!isConstraintViolation(e)) throw e;
      return this.runner.write((tx) => this.save(tx, article, mentions, options));
    }
  }

  private async save(
    tx: WriteTx,
    article: PreparedArticle,
    mentions: readonly LinkedMention[],
    options: SaveOptions,
  ): Promise<SaveResult> {
    const origin = options.dedupe === 'origin' ? options.origin : null;
    // A concurrent ingestion of the same text waits here until this one commits, then finds it.
    await lockKeys(tx, [contentLock(article.contentHash)]);
    const [same] = (await tx.run<{ id: string }>(ARTICLE_BY_HASH, { hash: article.contentHash, origin }))
      .records;
    if (same) return { status: 'unchanged', articleId: same.id, mentionsWritten: 0 };

    const base = `article:${article.slug}`;
    const [taken] = (await tx.run<{ ids: string[] }>(IDS_LIKE, { base })).records;
    const used = new Set(taken?.ids ?? []);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;

    const at = new Date().toISOString();
    await tx.run(CREATE_ARTICLE, {
      props: ingestedArticleProps(id, article, options.origin, options.by, at),
    });
    const rows = mentionRows(id, mentions, options.origin);
    const [written] = (await tx.run<{ written: number }>(CREATE_MENTIONS, { article: id, rows })).records;
    const mentionsWritten = Number(written?.written ?? 0);
    await tx.run(RECORD_AUDIT, {
      at,
      by: options.by,
      action: 'ingestArticle',
      targets: [id],
      details: JSON.stringify({
        title: article.title,
        contentHash: article.contentHash,
        origin: options.origin,
        mentions: mentionsWritten,
        source: article.source ?? null,
      }),
    });
    return { status: 'created', articleId: id, mentionsWritten };
  }

  /**
   * Deletes articles one ingestion origin wrote (all of them, or the `ids` given) with their mentions;
   * never the curated dataset. Returns the ids deleted.
   */
  async deleteIngested(origin: string, ids: string[] | null = null): Promise<string[]> {
    if (origin === DATASET_ORIGIN) throw new Error('The curated dataset is not removed this way');
    return this.runner.write(async (tx) => {
      const [row] = (await tx.run<{ ids: string[] }>(DELETE_INGESTED, { origin, ids })).records;
      return row?.ids ?? [];
    });
  }
}
