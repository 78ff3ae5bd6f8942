/**
 * Scoring mention linking against the curated dataset: for one article, the entities the linker finds
 * versus the entities the article's curated MENTIONS name (precision, recall, and what differs).
 */
import type { Dataset, LoadedEntity } from '../data/dataset.js';
import type { KnownEntity } from './link.js';

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
    related: withEvents(e.id),
  }));
}

/** Entities the curated dataset says an article mentions. */
export function curatedMentions(ds: Dataset, articleId: string): Set<string> {
  return new Set(ds.mentions.filter((m) => m.article === articleId).map((m) => m.entity));
}
