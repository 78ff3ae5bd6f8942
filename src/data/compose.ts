/**
 * How the curated dataset (data/) and editors' changes live side by side.
 *
 * System of record: data/ for what the dataset states; the graph for what editors did. Curation
 * marks what it changes on a dataset node or relation (the overlay below), so reloading data/
 * applies the dataset's own changes and keeps every editor change:
 * - a property an editor set (`editedProps`) keeps the editor's value, even where data/ changed it
 *   too: the load reports each such override (data/'s value differs from the one the editor
 *   replaced, kept in `editedBase`);
 * - aliases and evidence an editor added (`editorAliases`, `editorEvidence*`) are added to the
 *   dataset's own;
 * - a source an editor added to a dataset fact (`editorSourceKeys`) stays one of its sources;
 * - a retraction stays;
 * - a merged id stays merged: its dataset relations and claims attach to the node it was merged into.
 * Pure functions, so every rule is unit-tested without a database.
 */
import { morePrecise, sourceProps, storedSources, type RelationSource } from './facts.js';
import { relationTime } from './dates.js';
import { aliasIndexProps } from './loader.js';
import type { RelationType } from './model.js';

type Props = Record<string, unknown>;

/** Curation's bookkeeping on a node or relation: kept as it is by every reload. */
const BOOKKEEPING = [
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
  'mergedFrom',
  'editedProps',
  'editedBase',
  'editorAliases',
  'editorEvidenceArticles',
  'editorEvidenceExcerpts',
  'editorSourceKeys',
  'retractedAt',
  'retractedBy',
  'retractedReason',
  'hasRetractions',
] as const;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Whether curation ever touched a stored node or relation (only those need composing). */
export function editorTouched(props: Props): boolean {
  return BOOKKEEPING.some((k) => props[k] != null) || props.origin === 'curation';
}

export interface ComposedNode {
  props: Props;
  /** Properties where the dataset's value differs from the editor's, which was kept. */
  overridden: string[];
}

/** The key of an evidence or source pair, to tell pairs apart without caring about order. */
export const evidenceKey = (article: string, excerpt: string): string => `${article}\u0000${excerpt}`;

/** A dataset node's properties after a reload, given what the graph holds for it now. */
export function composeNode(dataset: Props, current: Props | null): ComposedNode {
  if (!current || !editorTouched(current)) return { props: dataset, overridden: [] };
  const props: Props = { ...dataset };
  for (const k of BOOKKEEPING) if (current[k] != null) props[k] = current[k];
  // A node an editor created keeps its origin: the dataset declaring the same id does not adopt it.
  if (current.origin === 'curation') props.origin = 'curation';
  const overridden: string[] = [];
  const base = editedBase(current);
  for (const k of strings(current.editedProps)) {
    const replaced = k in base ? base[k] : current[k];
    if (dataset[k] !== undefined && JSON.stringify(dataset[k]) !== JSON.stringify(replaced ?? undefined)) {
      overridden.push(k);
    }
    if (current[k] === undefined) delete props[k];
    else props[k] = current[k];
  }
  const name = String(props.name ?? '');
  const aliases = [...new Set([...strings(dataset.aliases), ...strings(current.editorAliases)])].filter(
    (a) => a !== name,
  );
  props.aliases = aliases;
  Object.assign(props, aliasIndexProps(name, aliases));
  const articles = strings(dataset.evidenceArticles);
  const excerpts = strings(dataset.evidenceExcerpts);
  const have = new Set(articles.map((a, i) => evidenceKey(a, excerpts[i] ?? '')));
  const extraArticles = strings(current.editorEvidenceArticles);
  const extraExcerpts = strings(current.editorEvidenceExcerpts);
  extraArticles.forEach((a, i) => {
    const x = extraExcerpts[i] ?? '';
    if (have.has(evidenceKey(a, x))) return;
    have.add(evidenceKey(a, x));
    articles.push(a);
    excerpts.push(x);
  });
  props.evidenceArticles = articles;
  props.evidenceExcerpts = excerpts;
  return { props, overridden };
}

/** The values editors replaced, by property (stored as JSON: Neo4j properties cannot be maps). */
export function editedBase(props: Props): Props {
  return typeof props.editedBase === 'string' ? (JSON.parse(props.editedBase) as Props) : {};
}

/** A dataset relation's properties after a reload, given what the graph holds for it now. */
export function composeRelation(type: RelationType, dataset: Props, current: Props | null): Props {
  if (!current || !editorTouched(current)) return dataset;
  const props: Props = { ...dataset };
  for (const k of BOOKKEEPING) if (current[k] != null) props[k] = current[k];
  const editorKeys = new Set(strings(current.editorSourceKeys));
  if (!editorKeys.size) return props;
  const own = storedSources(dataset);
  const ownKeys = new Set(own.map((s) => evidenceKey(s.article, s.excerpt)));
  const added: RelationSource[] = storedSources(current).filter(
    (s) => editorKeys.has(evidenceKey(s.article, s.excerpt)) && !ownKeys.has(evidenceKey(s.article, s.excerpt)),
  );
  if (!added.length) return props;
  const dates = {
    date: morePrecise(dataset.date as string | undefined, current.date as string | undefined),
    start: morePrecise(dataset.start as string | undefined, current.start as string | undefined),
    end: morePrecise(dataset.end as string | undefined, current.end as string | undefined),
  };
  const { basis: _basis, ...rest } = props;
  void _basis;
  return {
    ...rest,
    ...Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== undefined)),
    ...sourceProps([...own, ...added]),
    ...relationTime(type, dates),
  };
}

/**
 * A kept node's properties when its merge is undone. Unchanged since the merge: exactly what it had
 * before. Edited since: what it has now, less what the merge brought (the merged node's names and
 * evidence, the `mergedFrom` entry), so an edit made after the merge is not lost.
 */
export function unmergedKeepProps(current: Props, before: Props, after: Props, merged: string): Props {
  if (sameProps(current, after)) return before;
  const broughtAliases = new Set(strings(after.aliases).filter((a) => !strings(before.aliases).includes(a)));
  const props: Props = { ...current };
  const aliases = strings(current.aliases).filter((a) => !broughtAliases.has(a));
  props.aliases = aliases;
  Object.assign(props, aliasIndexProps(String(props.name ?? ''), aliases));
  const editorAliases = strings(current.editorAliases).filter((a) => !broughtAliases.has(a));
  if (strings(before.editorAliases).length || editorAliases.length) props.editorAliases = editorAliases;
  else delete props.editorAliases;
  const beforeEvidence = new Set(
    strings(before.evidenceArticles).map((a, i) => evidenceKey(a, strings(before.evidenceExcerpts)[i] ?? '')),
  );
  const afterArticles = strings(after.evidenceArticles);
  const afterExcerpts = strings(after.evidenceExcerpts);
  const brought = new Set(
    afterArticles.map((a, i) => evidenceKey(a, afterExcerpts[i] ?? '')).filter((k) => !beforeEvidence.has(k)),
  );
  const articles: string[] = [];
  const excerpts: string[] = [];
  const curArticles = strings(current.evidenceArticles);
  const curExcerpts = strings(current.evidenceExcerpts);
  curArticles.forEach((a, i) => {
    if (brought.has(evidenceKey(a, curExcerpts[i] ?? ''))) return;
    articles.push(a);
    excerpts.push(curExcerpts[i] ?? '');
  });
  props.evidenceArticles = articles;
  props.evidenceExcerpts = excerpts;
  for (const k of ['editorEvidenceArticles', 'editorEvidenceExcerpts'] as const) {
    if (before[k] === undefined) delete props[k];
    else props[k] = before[k];
  }
  const mergedFrom = strings(current.mergedFrom).filter((m) => m !== merged);
  if (mergedFrom.length) props.mergedFrom = mergedFrom;
  else delete props.mergedFrom;
  return props;
}

/** Same keys and values, whatever their order. */
export function sameProps(a: Props, b: Props): boolean {
  const canon = (p: Props) => JSON.stringify(Object.keys(p).sort().map((k) => [k, p[k]]));
  return canon(a) === canon(b);
}
