/**
 * Reads the dataset under data/, validates every file with the zod schemas, then checks what zod
 * cannot see across files: unique ids, references that resolve, relation ends of the kinds the model
 * allows, every excerpt occurring verbatim (whitespace aside) in its article, and every relation
 * supported by its excerpt or declared inferred (./support.ts). Rows that state the same relation are
 * merged into one fact with all its sources (./facts.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { mergeFacts, orderSources, strongestStatus, type FactRow, type RelationSource } from './facts.js';
import { claimIdBase, factIdBase, nthId } from './ids.js';
import { kindOfId, relationEndProblem, type NodeKind, type RelationType } from './model.js';
import {
  ArticleEntry,
  ArticleFacts,
  ENTITY_FILES,
  type ClaimEntry,
  type Evidence,
  type RelationEntry,
} from './schema.js';
import { emptySupportReport, recordSupport, supportOf, type NamedEnd, type SupportReport } from './support.js';

export class DatasetError extends Error {
  constructor(
    readonly problems: string[],
    /** The support check's counts, when the dataset got that far. */
    readonly support?: SupportReport,
  ) {
    super(
      `The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

export interface LoadedArticle extends ArticleEntry {
  text: string;
  contentHash: string;
}

export interface LoadedEntity {
  kind: Exclude<NodeKind, 'Article'>;
  id: string;
  name: string;
  aliases: string[];
  description?: string | undefined;
  evidence: Evidence[];
  /** Kind-specific scalar fields (kind, date, handle, …). */
  props: Record<string, string | number | boolean>;
}

/**
 * One relation as a fact: every row stating it, in any article, is one of its `sources`; `article`,
 * `excerpt`, `inferred` and `basis` are those of the primary source, `date`/`start`/`end` the most
 * precise the sources give and `status` the strongest (see ./facts.ts).
 */
export interface LoadedRelation extends RelationEntry {
  id: string;
  article: string;
  sources: RelationSource[];
}

export interface LoadedClaim extends ClaimEntry {
  id: string;
  article: string;
}

export interface LoadedMention {
  id: string;
  article: string;
  entity: string;
  excerpt: string;
}

export interface Dataset {
  articles: LoadedArticle[];
  entities: LoadedEntity[];
  relations: LoadedRelation[];
  claims: LoadedClaim[];
  mentions: LoadedMention[];
  /** What the support check found (every relation row, before merging). */
  support: SupportReport;
}

/** The rows a dataset becomes in the graph (the loader's input; benchmarks build them too). */
export type DatasetRows = Omit<Dataset, 'support'>;

/** Collapses every run of whitespace (including no-break spaces) to one space. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeWhitespace(text)).digest('hex');
}

const ENTITY_KIND_BY_FILE: Record<keyof typeof ENTITY_FILES, LoadedEntity['kind']> = {
  'people.yaml': 'Person',
  'organizations.yaml': 'Organization',
  'platforms.yaml': 'Platform',
  'accounts.yaml': 'Account',
  'events.yaml': 'Event',
  'places.yaml': 'Place',
};

const BASE_FIELDS = new Set(['id', 'name', 'aliases', 'description', 'evidence']);

function formatIssue(file: string, issue: z.core.$ZodIssue, list: unknown): string {
  const [index, ...rest] = issue.path;
  let where = file;
  if (typeof index === 'number' && Array.isArray(list)) {
    const entry = list[index] as { id?: unknown } | undefined;
    const label = typeof entry?.id === 'string' ? ` (${entry.id})` : '';
    where += `: entry #${index + 1}${label}`;
    if (rest.length) where += `: field "${rest.join('.')}"`;
  } else if (issue.path.length) {
    where += `: field "${issue.path.join('.')}"`;
  }
  return `${where}: ${issue.message}`;
}

function readYaml(file: string, problems: string[]): unknown {
  if (!existsSync(file)) {
    problems.push(`${path.relative(process.cwd(), file)}: file is missing`);
    return undefined;
  }
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** Reads and validates the whole dataset; throws DatasetError listing every problem found. */
export function readDataset(dataDir: string): Dataset {
  const problems: string[] = [];
  const rel = (f: string) => path.relative(process.cwd(), f) || f;

  // Articles and their texts.
  const articlesFile = path.join(dataDir, 'articles.yaml');
  const articles: LoadedArticle[] = [];
  const rawArticles = readYaml(articlesFile, problems);
  const parsedArticles = z.array(ArticleEntry).safeParse(rawArticles ?? []);
  if (!parsedArticles.success) {
    for (const i of parsedArticles.error.issues)
      problems.push(formatIssue(rel(articlesFile), i, rawArticles));
  } else {
    for (const a of parsedArticles.data) {
      const textFile = path.join(dataDir, a.file);
      if (!existsSync(textFile)) {
        problems.push(`${rel(articlesFile)}: ${a.id}: field "file": ${a.file} does not exist`);
        continue;
      }
      const text = readFileSync(textFile, 'utf8');
      articles.push({ ...a, text, contentHash: contentHash(text) });
    }
  }
  const articleById = new Map(articles.map((a) => [a.id, a]));

  // Entities, one file per kind.
  const entities: LoadedEntity[] = [];
  /** Ids of entries that failed validation: still known, so references to them don't cascade. */
  const invalidIds: string[] = [];
  for (const [fileName, schema] of Object.entries(ENTITY_FILES)) {
    const file = path.join(dataDir, 'entities', fileName);
    if (!existsSync(file)) continue;
    const raw = readYaml(file, problems);
    const parsed = z.array(schema as z.ZodType<Record<string, unknown>>).safeParse(raw ?? []);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(formatIssue(rel(file), i, raw));
      if (Array.isArray(raw)) {
        for (const e of raw as { id?: unknown }[]) if (typeof e?.id === 'string') invalidIds.push(e.id);
      }
      continue;
    }
    const kind = ENTITY_KIND_BY_FILE[fileName as keyof typeof ENTITY_FILES];
    for (const e of parsed.data as Array<Record<string, unknown>>) {
      const props: LoadedEntity['props'] = {};
      for (const [k, v] of Object.entries(e)) {
        if (!BASE_FIELDS.has(k) && v !== undefined) props[k] = v as string | number | boolean;
      }
      entities.push({
        kind,
        id: e.id as string,
        name: e.name as string,
        aliases: e.aliases as string[],
        description: e.description as string | undefined,
        evidence: e.evidence as Evidence[],
        props,
      });
    }
  }

  // Facts, one file per article.
  const rows: (FactRow & { entry: RelationEntry; article: string })[] = [];
  const claims: LoadedClaim[] = [];
  const mentions: LoadedMention[] = [];
  const factsDir = path.join(dataDir, 'relations');
  const factFiles = existsSync(factsDir)
    ? readdirSync(factsDir).filter((f) => f.endsWith('.yaml')).sort()
    : [];
  for (const f of factFiles) {
    const file = path.join(factsDir, f);
    const raw = readYaml(file, problems);
    const parsed = ArticleFacts.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const [section, ...rest] = i.path;
        const list = (raw as Record<string, unknown> | undefined)?.[section as string];
        problems.push(
          formatIssue(`${rel(file)}: ${String(section ?? '')}`, { ...i, path: rest }, list),
        );
      }
      continue;
    }
    const facts = parsed.data;
    const seen = new Map<string, number>();
    const uniqueId = (base: string) => {
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return nthId(base, n);
    };
    facts.relations.forEach((r, i) =>
      rows.push({
        entry: r,
        article: facts.article,
        id: factIdBase(r.type, r.from, r.to, r.key),
        date: r.date,
        start: r.start,
        end: r.end,
        weight: r.weight,
        props: r.props,
        source: {
          article: facts.article,
          excerpt: r.excerpt,
          status: r.status,
          date: r.date ?? r.start,
          inferred: r.inferred,
          basis: r.basis,
        },
        where: `${rel(file)}: relations: entry #${i + 1}`,
      }),
    );
    facts.claims.forEach((c, i) =>
      claims.push({
        ...c,
        article: facts.article,
        id: uniqueId(claimIdBase(c.subject, c.predicate, facts.article)),
        ...{ _where: `${rel(file)}: claims: entry #${i + 1}` },
      }),
    );
    facts.mentions.forEach((m, i) =>
      mentions.push({
        ...m,
        article: facts.article,
        id: uniqueId(`MENTIONS:${facts.article}>${m.entity}`),
        ...{ _where: `${rel(file)}: mentions: entry #${i + 1}` },
      }),
    );
  }

  // Cross-file checks.
  const kindById = new Map<string, NodeKind>();
  for (const a of articles) kindById.set(a.id, 'Article');
  for (const e of entities) {
    if (kindById.has(e.id)) problems.push(`entities: duplicate id ${e.id}`);
    kindById.set(e.id, e.kind);
  }
  for (const id of invalidIds) {
    const kind = kindOfId(id);
    if (kind && !kindById.has(id)) kindById.set(id, kind);
  }
  const where = (x: object) => (x as { _where?: string })._where ?? '';
  const checkExcerpt = (loc: string, articleId: string, excerpt: string) => {
    const article = articleById.get(articleId);
    if (!article) problems.push(`${loc}: unknown article ${articleId}`);
    else if (!normalizeWhitespace(article.text).includes(normalizeWhitespace(excerpt)))
      problems.push(
        `${loc}: excerpt not found in ${articleId}: "${normalizeWhitespace(excerpt).slice(0, 80)}"`,
      );
  };
  for (const e of entities) {
    if (kindOfId(e.id) !== e.kind) problems.push(`entities: ${e.id} is not a ${e.kind} id`);
    e.evidence.forEach((ev, i) =>
      checkExcerpt(`entities: ${e.id}: evidence #${i + 1}`, ev.article, ev.excerpt),
    );
  }
  // The support check needs each end's names and passages, and each article's authors.
  const named = new Map<string, NamedEnd>();
  for (const a of articles) named.set(a.id, { id: a.id, kind: 'Article', name: a.title, aliases: [] });
  for (const e of entities) named.set(e.id, namedEnd(e));
  const authors = new Map<string, Set<string>>();
  for (const r of rows)
    if (r.entry.type === 'AUTHORED') authors.set(r.entry.to, new Set([...(authors.get(r.entry.to) ?? []), r.entry.from]));
  const support = emptySupportReport();
  for (const row of rows) {
    const r = row.entry;
    const loc = row.where;
    const fromKind = kindById.get(r.from);
    const toKind = kindById.get(r.to);
    if (!fromKind) problems.push(`${loc}: field "from": unknown entity ${r.from}`);
    if (!toKind) problems.push(`${loc}: field "to": unknown entity ${r.to}`);
    const endProblem = fromKind && toKind && relationEndProblem(r.type as RelationType, r.from, fromKind, r.to, toKind);
    if (endProblem) problems.push(`${loc}: ${endProblem}`);
    for (const ref of [r.props.event, r.props.organization]) {
      if (ref && !kindById.has(ref)) problems.push(`${loc}: props refer to unknown entity ${ref}`);
    }
    checkExcerpt(loc, row.article, r.excerpt);
    const from = named.get(r.from);
    const to = named.get(r.to);
    if (from && to)
      recordSupport(
        support,
        `${loc} (${r.type} ${r.from} → ${r.to})`,
        supportOf({ ...r, article: row.article }, { from, to }, authors.get(row.article)),
      );
  }
  problems.push(...support.failing);
  const merged = mergeFacts(rows);
  problems.push(...merged.problems);
  const relations: LoadedRelation[] = merged.facts.map((f) => {
    const sources = orderSources(f.sources);
    const primary = sources[0]!;
    const { basis: _rowBasis, ...entry } = f.row.entry;
    void _rowBasis;
    return {
      ...entry,
      id: f.row.id,
      date: f.date,
      start: f.start,
      end: f.end,
      status: strongestStatus(sources.map((s) => s.status)),
      inferred: primary.inferred,
      ...(primary.basis ? { basis: primary.basis } : {}),
      article: primary.article,
      excerpt: primary.excerpt,
      sources,
    };
  });
  for (const c of claims) {
    if (!kindById.has(c.subject))
      problems.push(`${where(c)}: field "subject": unknown entity ${c.subject}`);
    checkExcerpt(where(c), c.article, c.excerpt);
  }
  for (const m of mentions) {
    if (!kindById.has(m.entity))
      problems.push(`${where(m)}: field "entity": unknown entity ${m.entity}`);
    checkExcerpt(where(m), m.article, m.excerpt);
  }
  for (const a of articles) {
    if (!factFiles.length) break;
    if (![...rows, ...mentions].some((r) => r.article === a.id))
      problems.push(`articles.yaml: ${a.id} has no relations or mentions in data/relations/`);
  }

  if (problems.length) throw new DatasetError(problems, rows.length ? support : undefined);
  const strip = <T extends object>(x: T): T => {
    const { _where, ...rest } = x as T & { _where?: string };
    void _where;
    return rest as T;
  };
  return {
    articles,
    entities,
    relations,
    claims: claims.map(strip),
    mentions: mentions.map(strip),
    support,
  };
}

/** What the support check needs to know about an entity. */
export function namedEnd(e: LoadedEntity): NamedEnd {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    handle: str(e.props.handle),
    url: str(e.props.url),
    anonymous: e.props.anonymous === true,
    passages: e.evidence,
  };
}
