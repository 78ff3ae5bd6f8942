/**
 * Leave-one-article-out evaluation of the relation proposals (`npm run ingest:eval`). Each curated
 * article is ingested as if it were new: the known entities are those the *other* articles establish,
 * with only what the other articles say of them (./../evaluate.ts `heldOutKnown`); everything else
 * must come from the article — candidates from its name spans and spaCy's NER, events and parts of
 * organisations from the discourse step.
 *
 * A proposal matches a curated relation of the article on type + both ends. A known end is its id; a
 * proposed new entity (candidate) counts as the curated entity one of whose names or aliases it
 * carries (folded, two typos allowed on long names), as a reviewer would see it. Relations are
 * compared as sets of (type, from, to): five quotations of one speaker are one QUOTED pair. The
 * article's curated relations are every fact one of whose sources is the article, not only those it
 * is the primary source of (two articles stating one fact each count it).
 */
import type { Dataset } from '../../data/dataset.js';
import type { RelationType } from '../../data/model.js';
import { alignCandidate, heldOutKnown, nameOccurrences, namedActors } from '../evaluate.js';
import type { ParsedText } from '../nlp/parsed.js';
import { analyse, Gazetteer } from '../pipeline.js';

/** The relation types the articles use most: the targets of the issue, reported one by one. */
export const TARGET_TYPES: readonly RelationType[] = [
  'QUOTED',
  'HOLDS_ROLE',
  'MEMBER_OF',
  'INVITED',
  'ATTENDED',
  'ORGANIZED',
  'APPOINTED',
  'LAUNCHED',
  'AMPLIFIES',
];

/** Types never proposed by the NLP step (provenance written by ingestion itself, or mentions). */
const NOT_PROPOSED = new Set<RelationType>([
  'MENTIONS',
  'AUTHORED',
  'PUBLISHED',
  'ON_PLATFORM',
  'COMMENTED_ON',
]);

export interface HeldOutResult {
  articleId: string;
  /** `TYPE|from|to`, ends aligned to curated ids where a candidate stands for one. */
  proposed: Set<string>;
  gold: Set<string>;
  /** Named people and organisations: curated, found by ingestion (links + candidates), found by NER alone. */
  actors: string[];
  actorsFound: Set<string>;
  actorsByNer: Set<string>;
}

export const keyOf = (type: string, from: string, to: string) => `${type}|${from}|${to}`;

export function evaluateHeldOut(ds: Dataset, articleId: string, parse: ParsedText): HeldOutResult {
  const article = ds.articles.find((a) => a.id === articleId)!;
  const g = new Gazetteer(heldOutKnown(ds, articleId));
  const { linked, candidates, relations } = analyse(article, g, { parse, articleId });
  const aligned = new Map<string, string>();
  for (const c of candidates) {
    const id = alignCandidate(c, ds.entities);
    if (id) aligned.set(c.id, id);
  }
  const end = (id: string) => aligned.get(id) ?? id;
  const proposed = new Set(relations.map((r) => keyOf(r.type, end(r.from), end(r.to))));
  const gold = new Set(
    ds.relations
      .filter((r) => r.sources.some((s) => s.article === articleId) && !NOT_PROPOSED.has(r.type))
      .map((r) => keyOf(r.type, r.from, r.to)),
  );

  const actors = namedActors(ds, articleId).map((e) => e.id);
  const actorsFound = new Set(
    [...linked.mentions.map((m) => m.entityId), ...aligned.values()].filter((id) => actors.includes(id)),
  );
  const actorsByNer = new Set(
    actors.filter((id) => {
      const e = ds.entities.find((x) => x.id === id)!;
      return nameOccurrences(article.text, [e.name, ...e.aliases]).some((o) =>
        parse.entities.some(
          (n) =>
            n.start < o.end &&
            o.start < n.end &&
            (n.label === 'PER' || n.label === 'ORG' || n.label === 'MISC' || n.label === 'LOC'),
        ),
      );
    }),
  );
  return { articleId, proposed, gold, actors, actorsFound, actorsByNer };
}

export interface TypeScore {
  type: string;
  gold: number;
  proposed: number;
  correct: number;
  precision: number;
  recall: number;
}

export function scoreTypes(results: readonly HeldOutResult[], types: readonly string[]): TypeScore[] {
  const score = (type: string | null): TypeScore => {
    const of = (s: Set<string>) =>
      [...s].filter((k) => (type ? k.startsWith(`${type}|`) : types.some((t) => k.startsWith(`${t}|`))));
    let gold = 0;
    let proposed = 0;
    let correct = 0;
    for (const r of results) {
      const g = of(r.gold);
      const p = of(r.proposed);
      gold += g.length;
      proposed += p.length;
      correct += p.filter((k) => r.gold.has(k)).length;
    }
    return {
      type: type ?? 'overall',
      gold,
      proposed,
      correct,
      precision: proposed ? correct / proposed : 0,
      recall: gold ? correct / gold : 0,
    };
  };
  return [...types.map(score), score(null)];
}
