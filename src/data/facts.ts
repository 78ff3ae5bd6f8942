/**
 * One fact, many sources. Rows that state the same relation — same type, ends and key, in one article
 * or several — are one relation with a list of sources (article, excerpt, status, date, inferred and
 * basis of each). The fact takes the most precise date its sources give and the strongest status;
 * its `article`/`excerpt` are those of its primary source, the first of `orderSources`. Stored in
 * Neo4j as one relationship with the sources as parallel list properties (`sourceArticles`, …).
 */
import { RELATION_STATUSES, TIME_PROPERTIES, type RelationStatus } from './model.js';

export interface RelationSource {
  article: string;
  excerpt: string;
  status: RelationStatus;
  /** The date (or start) this source gives, ISO, possibly partial. */
  date?: string | undefined;
  /** The excerpt does not name both ends; `basis` says how the link is read. */
  inferred: boolean;
  basis?: string | undefined;
}

/** Two partial dates agree when one contains the other (2010-01 and 2010-01-07), or one is missing. */
export function datesAgree(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/** The more precise of two agreeing dates. */
export function morePrecise(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

/** The strongest status (RELATION_STATUSES order: done, reported, announced, planned). */
export function strongestStatus(statuses: readonly RelationStatus[]): RelationStatus {
  const rank = (s: RelationStatus) => RELATION_STATUSES.indexOf(s);
  return statuses.reduce<RelationStatus>((best, s) => (rank(s) < rank(best) ? s : best), 'planned');
}

/**
 * Sources in the order clients see them: those stating the fact's own status first, then those whose
 * excerpt supports the relation before inferred ones, then the most precise date; otherwise as given.
 */
export function orderSources(sources: readonly RelationSource[]): RelationSource[] {
  const status = strongestStatus(sources.map((s) => s.status));
  const key = (s: RelationSource) => [s.status === status ? 0 : 1, s.inferred ? 1 : 0, -(s.date?.length ?? 0)];
  return sources
    .map((s, i) => ({ s, i, k: key(s) }))
    .sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]! || a.i - b.i)
    .map((x) => x.s);
}

/**
 * The stored properties that describe a fact's sources: the parallel lists, and the fact's status and
 * primary source (`article`, `excerpt`, `inferred`, `basis`) as scalars, which filters and older
 * readers use. `sources` must be non-empty.
 */
export function sourceProps(sources: readonly RelationSource[]): Record<string, unknown> {
  const ordered = orderSources(sources);
  const primary = ordered[0];
  if (!primary) throw new Error('a relation needs at least one source');
  return {
    status: strongestStatus(ordered.map((s) => s.status)),
    article: primary.article,
    excerpt: primary.excerpt,
    inferred: primary.inferred,
    ...(primary.basis ? { basis: primary.basis } : {}),
    sourceArticles: ordered.map((s) => s.article),
    sourceExcerpts: ordered.map((s) => s.excerpt),
    sourceStatuses: ordered.map((s) => s.status),
    // Neo4j lists hold no nulls: '' stands for "not given".
    sourceDates: ordered.map((s) => s.date ?? ''),
    sourceInferred: ordered.map((s) => s.inferred),
    sourceBases: ordered.map((s) => s.basis ?? ''),
  };
}

const isStatus = (s: unknown): s is RelationStatus =>
  typeof s === 'string' && (RELATION_STATUSES as readonly string[]).includes(s);

/**
 * The sources of a stored relationship. Relations written before sources were kept (or by ingestion,
 * one per mention) have a single one: their `article` and `excerpt`.
 */
/** The stored properties storedSources reads (a read of sources must fetch at least these). */
export const SOURCE_PROPERTIES = [
  'article',
  'excerpt',
  'status',
  'dateKey',
  'inferred',
  'basis',
  'sourceArticles',
  'sourceExcerpts',
  'sourceStatuses',
  'sourceDates',
  'sourceInferred',
  'sourceBases',
] as const;

export function storedSources(props: Record<string, unknown>): RelationSource[] {
  const list = <T>(k: string): T[] => (Array.isArray(props[k]) ? (props[k] as T[]) : []);
  const articles = list<string>('sourceArticles');
  if (!articles.length) {
    if (typeof props.article !== 'string') return [];
    return [
      {
        article: props.article,
        excerpt: String(props.excerpt ?? ''),
        status: isStatus(props.status) ? props.status : 'done',
        date: typeof props.dateKey === 'string' ? props.dateKey : undefined,
        inferred: props.inferred === true,
        basis: typeof props.basis === 'string' ? props.basis : undefined,
      },
    ];
  }
  const [excerpts, statuses, dates, inferred, bases] = [
    list<string>('sourceExcerpts'),
    list<string>('sourceStatuses'),
    list<string>('sourceDates'),
    list<boolean>('sourceInferred'),
    list<string>('sourceBases'),
  ];
  return articles.map((article, i) => ({
    article,
    excerpt: excerpts[i] ?? '',
    status: isStatus(statuses[i]) ? statuses[i] : 'done',
    date: dates[i] || undefined,
    inferred: inferred[i] === true,
    basis: bases[i] || undefined,
  }));
}

/** What a row of relation data carries into the merge. */
export interface FactRow {
  id: string;
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  weight?: number | undefined;
  props: Record<string, unknown>;
  source: RelationSource;
  /** Where the row is, for messages. */
  where: string;
}

export interface MergedFact<R extends FactRow> {
  /** The first row stating the fact, with the fact's most precise dates. */
  row: R;
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  sources: RelationSource[];
}

/** The details that make a relation what it is (besides type and ends): equal rows are one fact. */
export function factDetails(r: { weight?: number | undefined; props: Record<string, unknown> }): string {
  const props = Object.entries(r.props)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([r.weight ?? null, props]);
}

/**
 * Merges rows with the same id into one fact each. Rows that share an id but not their details, or
 * give dates that exclude each other, are problems: they are two relations (give one a `key`) or
 * two sources that disagree (a claim, or a correction).
 */
export function mergeFacts<R extends FactRow>(rows: readonly R[]): { facts: MergedFact<R>[]; problems: string[] } {
  const byId = new Map<string, MergedFact<R>>();
  const problems: string[] = [];
  for (const r of rows) {
    const fact = byId.get(r.id);
    if (!fact) {
      byId.set(r.id, { row: r, date: r.date, start: r.start, end: r.end, sources: [r.source] });
      continue;
    }
    if (factDetails(r) !== factDetails(fact.row)) {
      problems.push(
        `${r.where}: states the same relation as ${fact.row.where} (${r.id}) with other details ` +
          `(${factDetails(r)} vs ${factDetails(fact.row)}): give one of them a \`key\` if they are two relations`,
      );
      continue;
    }
    const clash = TIME_PROPERTIES.find((k) => !datesAgree(fact[k], r[k]));
    if (clash) {
      problems.push(
        `${r.where}: states the same relation as ${fact.row.where} (${r.id}) with a ${clash} that excludes ` +
          `the other (${r[clash]} vs ${fact[clash]}): keep one, or record the disagreement as a claim`,
      );
      continue;
    }
    fact.date = morePrecise(fact.date, r.date);
    fact.start = morePrecise(fact.start, r.start);
    fact.end = morePrecise(fact.end, r.end);
    fact.sources.push(r.source);
  }
  return { facts: [...byId.values()], problems };
}
