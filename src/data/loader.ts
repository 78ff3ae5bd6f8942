/**
 * Turns the validated dataset into graph rows and loads them: constraints and indexes first, then one
 * write transaction. Validation happens before any write, so a bad file writes nothing.
 */
import { SCHEMA_STATEMENTS } from '../graph/schema-statements.js';
import { replaceOrigin, type EditorComposition, type GraphRows } from '../graph/dataset-writer.js';
import type { CypherRunner } from '../graph/runner.js';
import { readDataset, type DatasetRows, type LoadedEntity, type LoadedRelation } from './dataset.js';
import { relationTime } from './dates.js';
import { sourceProps } from './facts.js';
import { foldName } from './names.js';

export const DATASET_ORIGIN = 'dataset';

function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

/** Stored properties of an entity node (dataset, curation and ingestion alike). */
export function entityProps(e: Omit<LoadedEntity, 'kind'>, origin: string): Record<string, unknown> {
  return definedOnly({
    ...e.props,
    id: e.id,
    origin,
    name: e.name,
    aliases: e.aliases,
    ...aliasIndexProps(e.name, e.aliases),
    description: e.description,
    evidenceArticles: e.evidence.map((x) => x.article),
    evidenceExcerpts: e.evidence.map((x) => x.excerpt),
  });
}

/**
 * What the full-text search index reads besides the name: the aliases as one text, and every name
 * folded (src/graph/schema-statements.ts). Only full-text indexes read them: a range index over a
 * list of long names would overflow its key size.
 */
export function aliasIndexProps(name: string, aliases: readonly string[]): { aliasText: string; folded: string[] } {
  return { aliasText: aliases.join(' | '), folded: [...new Set([name, ...aliases].map(foldName))] };
}

/**
 * Stored properties of a relation: its details, its sources (primary source and status as scalars,
 * every source as parallel lists: ./facts.ts) and validity interval.
 */
export function relationProps(r: Omit<LoadedRelation, 'from' | 'to' | 'key'>, origin: string): Record<string, unknown> {
  return definedOnly({
    ...r.props,
    id: r.id,
    origin,
    date: r.date,
    start: r.start,
    end: r.end,
    weight: r.weight,
    ...sourceProps(r.sources),
    ...relationTime(r.type, r),
  });
}

/** An article node's properties (the dataset's, and an ingested article's before it has a file). */
export function articleProps(
  a: Omit<DatasetRows['articles'][number], 'file'> & { file?: string },
  origin: string,
) {
  return definedOnly({
    id: a.id,
    origin,
    name: a.title,
    title: a.title,
    aliases: [],
    aliasText: '',
    folded: [foldName(a.title)],
    file: a.file,
    outlet: a.outlet,
    // What `articles(filter: {outlet})` looks into: accents and case folded.
    outletFolded: a.outlet ? foldName(a.outlet) : undefined,
    url: a.url,
    authorName: a.authorName,
    date: a.date,
    language: a.language,
    text: a.text,
    contentHash: a.contentHash,
  });
}

/** Pure: the rows the dataset becomes in the graph. */
export function toGraphRows(ds: DatasetRows, origin = DATASET_ORIGIN): GraphRows {
  const nodes: GraphRows['nodes'] = [];
  for (const a of ds.articles) nodes.push({ id: a.id, kind: 'Article', props: articleProps(a, origin) });
  for (const e of ds.entities) nodes.push({ id: e.id, kind: e.kind, props: entityProps(e, origin) });
  const relations: GraphRows['relations'] = [
    ...ds.relations.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, props: relationProps(r, origin) })),
    ...ds.mentions.map((m) => ({
      id: m.id,
      type: 'MENTIONS',
      from: m.article,
      to: m.entity,
      props: { id: m.id, origin, article: m.article, excerpt: m.excerpt },
    })),
  ];
  const claims: GraphRows['claims'] = ds.claims.map((c) => ({
    id: c.id,
    subject: c.subject,
    props: {
      id: c.id,
      origin,
      subject: c.subject,
      predicate: c.predicate,
      value: String(c.value),
      ...(c.note ? { note: c.note } : {}),
      article: c.article,
      excerpt: c.excerpt,
    },
  }));
  return { nodes, relations, claims };
}

export interface LoadSummary {
  nodes: number;
  relations: number;
  claims: number;
  updates: number;
  /** How editors' changes in the graph were composed with the dataset (src/data/compose.ts). */
  editors: EditorComposition;
  ms: number;
}

/** Validates data/ and loads it; throws DatasetError before writing anything if it is invalid. */
export async function loadDataset(
  runner: CypherRunner,
  dataDir: string,
  log: (s: string) => void = () => {},
): Promise<LoadSummary> {
  const started = Date.now();
  log('Validating the dataset…');
  const rows = toGraphRows(readDataset(dataDir));
  log(`Applying ${SCHEMA_STATEMENTS.length} constraints and indexes…`);
  await runner.schema(SCHEMA_STATEMENTS);
  log(
    `Writing ${rows.nodes.length} nodes, ${rows.relations.length} relations and ${rows.claims.length} claims in one transaction…`,
  );
  const { updates, editors } = await replaceOrigin(runner, DATASET_ORIGIN, rows);
  if (editors.composed || editors.merged.length) {
    log(
      `Kept editors' changes on ${editors.composed} dataset nodes and relations` +
        (editors.merged.length ? `; ${editors.merged.length} merged ids stay merged` : '') +
        (editors.overridden.length
          ? `; the editor's value kept over a changed dataset value for ${editors.overridden.join(', ')}`
          : ''),
    );
  }
  return {
    editors,
    nodes: rows.nodes.length,
    relations: rows.relations.length,
    claims: rows.claims.length,
    updates,
    ms: Date.now() - started,
  };
}
