/**
 * Scoring mention linking against the curated dataset: for one article, the entities the linker finds
 * versus the entities the article's curated MENTIONS name (precision, recall, and what differs).
 */
import type { Dataset, LoadedEntity } from '../data/dataset.js';
import { editDistance, foldName } from '../data/names.js';
import type { KnownEntity } from './link.js';
import { dateIn } from './relations/figures.js';

export interface LinkScore {
  gold: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Curated mentions the linker missed. */
  missed: string[];
  /** Entities linked that the curated mentions do not list. */
  extra: string[];
}

export function scoreLinking(found: Iterable<string>, gold: Iterable<string>): LinkScore {
  const f = new Set(found);
  const g = new Set(gold);
  const tp = [...f].filter((x) => g.has(x)).length;
  const precision = f.size ? tp / f.size : 1;
  const recall = g.size ? tp / g.size : 1;
  return {
    gold: g.size,
    found: f.size,
    truePositives: tp,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    missed: [...g].filter((x) => !f.has(x)).sort(),
    extra: [...f].filter((x) => !g.has(x)).sort(),
  };
}

/** The dataset's entities as the linker sees graph nodes (with their related entities). */
export function knownFromDataset(ds: Pick<Dataset, 'entities' | 'relations'>): KnownEntity[] {
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => related.set(a, new Set([...(related.get(a) ?? []), b]));
  for (const r of ds.relations) {
    link(r.from, r.to);
    link(r.to, r.from);
  }
  // Entities that share an event belong to the same story too.
  const withEvents = (id: string) => {
    const direct = [...(related.get(id) ?? [])];
    const viaEvents = direct
      .filter((x) => x.startsWith('event:'))
      .flatMap((x) => [...(related.get(x) ?? [])]);
    return [...new Set([...direct, ...viaEvents])].filter((x) => x !== id);
  };
  return ds.entities.map((e: LoadedEntity) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    handle: typeof e.props.handle === 'string' ? e.props.handle : null,
    url: typeof e.props.url === 'string' ? e.props.url : null,
    anonymous: e.props.anonymous === true,
    subtype: typeof e.props.kind === 'string' ? e.props.kind : null,
    date: typeof e.props.date === 'string' ? e.props.date : null,
    related: withEvents(e.id),
  }));
}

/** Entities the curated dataset says an article mentions. */
export function curatedMentions(ds: Dataset, articleId: string): Set<string> {
  return new Set(ds.mentions.filter((m) => m.article === articleId).map((m) => m.entity));
}

/**
 * The known entities a held-out article meets, as a new article would meet the graph: the entities
 * some *other* article establishes (evidence), with only what the other articles say of them — the
 * aliases their texts contain, the relations they state, an event's date when their texts give it.
 * Aliases, relations and dates learnt from the held-out article itself are left out.
 */
export function heldOutKnown(ds: Dataset, articleId: string): KnownEntity[] {
  const others = ds.articles.filter((a) => a.id !== articleId);
  const otherText = ` ${others.map((a) => foldName(a.text)).join(' \n ')} `;
  const said = (s: string) => otherText.includes(` ${foldName(s)} `);
  const elsewhere = ds.entities.filter((e) => e.evidence.some((ev) => ev.article !== articleId));
  const known = knownFromDataset({
    entities: elsewhere,
    relations: ds.relations.filter((r) => r.sources.some((s) => s.article !== articleId)),
  });
  return known.map((e) => ({
    ...e,
    aliases: e.aliases.filter(said),
    date: e.date && dateSaid(e.date, said) ? e.date : null,
  }));
}

const MONTH_NAMES =
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' ');

/** Whether a text gives an ISO date: its day and month ("13 juin"), or its year. */
function dateSaid(iso: string, said: (s: string) => boolean): boolean {
  const [y, m, d] = iso.split('-');
  if (d && m) return said(`${Number(d)} ${MONTH_NAMES[Number(m) - 1]}`);
  if (m) return said(`${MONTH_NAMES[Number(m) - 1]} ${y}`);
  return said(y ?? '');
}

/** A proposed new entity (a candidate) stands for a curated one when one of their names is the same. */
export function alignCandidate(
  c: { kind: string; name: string; aliases?: readonly string[]; date?: string | undefined },
  entities: readonly LoadedEntity[],
): string | undefined {
  const forms = [c.name, ...(c.aliases ?? [])].map((n) => foldName(n));
  const close = (a: string, b: string) =>
    a === b || (a.length >= 6 && b.length >= 6 && editDistance(a, b, 2) <= 2);
  const matches = entities.filter((e) =>
    [e.name, ...e.aliases].some((n) => forms.some((f) => close(f, foldName(n)))),
  );
  const sameKind = matches.filter((e) => e.kind === c.kind);
  const byName = (sameKind[0] ?? matches[0])?.id;
  if (byName || c.kind !== 'Event') return byName;
  // An event candidate is rarely named as the curation names it ("rencontre du 16 juin"): its day,
  // when a single curated event falls on it, says which one it is (as a reviewer would see it).
  const day = c.date && c.date.length >= 10 ? c.date.slice(5) : dateIn(c.name)?.monthDay;
  if (!day) return undefined;
  const sameDay = entities.filter(
    (e) =>
      e.kind === 'Event' &&
      typeof e.props.date === 'string' &&
      e.props.date.slice(5) === day &&
      (!c.date || c.date.length < 10 || e.props.date === c.date),
  );
  return sameDay.length === 1 ? sameDay[0]!.id : undefined;
}

/** Entities an article names with a proper name (capitalised, as written): people and organisations. */
export function namedActors(ds: Dataset, articleId: string): LoadedEntity[] {
  const article = ds.articles.find((a) => a.id === articleId);
  if (!article) return [];
  const mentioned = curatedMentions(ds, articleId);
  return ds.entities.filter(
    (e) =>
      mentioned.has(e.id) &&
      (e.kind === 'Person' || e.kind === 'Organization') &&
      e.props.anonymous !== true &&
      nameOccurrences(article.text, [e.name, ...e.aliases]).some((o) =>
        /^\p{Lu}/u.test(article.text.slice(o.start)),
      ),
  );
}

/** Where a text writes one of `names` (accents and case folded, whole words). */
export function nameOccurrences(text: string, names: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}@#]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    f: foldName(m[0]),
  }));
  for (const n of names) {
    const parts = foldName(n).split(' ').filter(Boolean);
    if (!parts.length) continue;
    for (let i = 0; i + parts.length <= words.length; i++)
      if (parts.every((p, k) => words[i + k]!.f === p))
        out.push({ start: words[i]!.start, end: words[i + parts.length - 1]!.end });
  }
  return out;
}
