/**
 * Ranking of search candidates with a confidence the client can trust. Lucene scores are not
 * comparable from one query to the next (they grow with the number of terms, fall with how common a
 * term is), so the full-text index only finds candidates and this module scores each one from 0 to 1
 * by how well its best name, alias, handle or address covers the query:
 * - 1 for an exact match of a whole name, alias, handle or address (accents, case, punctuation,
 *   `@`/`#`, `https://www.` ignored);
 * - otherwise the mean quality of the query's words (exact 1, prefix 0.85, one typo in a word of 5+
 *   letters 0.75, two in a word of 8+ 0.6, no match 0), scaled by how much of the name the query
 *   covers (an account named after an entity covers less of its own longer name), at most 0.9.
 * Below SEARCH_FLOOR a candidate is not a hit; the best of them become `didYouMean` suggestions.
 */
import { editDistance, nameTokens } from '../data/names.js';
import { COMMON_WORDS } from '../ingest/words.js';
import type { EntityRecord } from './records.js';

/** A candidate below this is noise, not a hit. */
export const SEARCH_FLOOR = 0.5;
/** Suggestions (did you mean) must reach this at least. */
export const SUGGESTION_FLOOR = 0.25;
export const MAX_SUGGESTIONS = 3;

export type MatchField = 'NAME' | 'ALIAS' | 'HANDLE' | 'URL';

export interface RankedHit {
  node: EntityRecord;
  score: number;
  matched: string;
  matchedField: MatchField;
}

/**
 * Equal keys are an exact match: an address loses its scheme, `www.` and trailing slash; then
 * accents, case, punctuation and leading `@`/`#` go (nameTokens).
 */
export function searchKey(s: string): string {
  const address = s
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
  return nameTokens(address).join(' ');
}

/** Words that carry the meaning of a query or a name: without function words, unless that is all. */
function significant(tokens: string[]): string[] {
  const kept = tokens.filter((t) => !COMMON_WORDS.has(t));
  return kept.length ? kept : tokens;
}

function wordQuality(q: string, candidate: string): number {
  if (q === candidate) return 1;
  if (q.length >= 3 && candidate.startsWith(q)) return 0.85;
  if (q.length >= 5 && editDistance(q, candidate, 1, true) <= 1) return 0.75;
  if (q.length >= 8 && editDistance(q, candidate, 2, true) <= 2) return 0.6;
  return 0;
}

/** Confidence that `text` (already tokenised) names `value`. */
export function matchScore(queryKey: string, queryWords: string[], value: string): number {
  const key = searchKey(value);
  if (!key) return 0;
  if (key === queryKey) return 1;
  const words = significant(key.split(' '));
  const covered = new Set<number>();
  let sum = 0;
  for (const q of queryWords) {
    let best = 0;
    let at = -1;
    words.forEach((w, i) => {
      const s = wordQuality(q, w);
      if (s > best) [best, at] = [s, i];
    });
    if (at >= 0) covered.add(at);
    sum += best;
  }
  const mean = sum / queryWords.length;
  return 0.9 * mean * (0.7 + (0.3 * covered.size) / words.length);
}

/** The properties the ranking reads of a candidate (candidatesOf, and ties by kind and id). */
export const RANKED_PROPERTIES = ['id', 'name', 'aliases', 'handle', 'url'] as const;

/**
 * The strings a node can be found by, each with the field it comes from: a handle or an address
 * first, so a query equal to both a name and a handle (@NK_M) says it matched the handle.
 */
function candidatesOf(n: EntityRecord): { value: string; field: MatchField }[] {
  const out: { value: string; field: MatchField }[] = [];
  if (typeof n.handle === 'string') out.push({ value: n.handle, field: 'HANDLE' });
  if (typeof n.url === 'string') out.push({ value: n.url, field: 'URL' });
  out.push({ value: n.name, field: 'NAME' });
  for (const a of n.aliases ?? []) out.push({ value: a, field: 'ALIAS' });
  return out;
}

/**
 * Ties go to actors before what they own or run: an entity outranks its own website, account or
 * the event named after it when both match equally.
 */
const KIND_RANK: Record<string, number> = {
  Person: 0,
  Organization: 1,
  Event: 2,
  Platform: 3,
  Account: 4,
  Place: 5,
  Article: 6,
};

export function rankCandidates(
  text: string,
  nodes: readonly EntityRecord[],
): { hits: RankedHit[]; suggestions: RankedHit[] } {
  const queryKey = searchKey(text);
  const queryWords = significant(queryKey.split(' ').filter(Boolean));
  const ranked = nodes.map((node) => {
    let best: RankedHit = { node, score: -1, matched: node.name, matchedField: 'NAME' };
    for (const c of candidatesOf(node)) {
      const score = matchScore(queryKey, queryWords, c.value);
      if (score > best.score) best = { node, score, matched: c.value, matchedField: c.field };
    }
    return { ...best, score: Math.round(best.score * 1000) / 1000 };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (KIND_RANK[a.node.nodeKind] ?? 9) - (KIND_RANK[b.node.nodeKind] ?? 9) ||
      a.node.id.localeCompare(b.node.id),
  );
  const hits = ranked.filter((h) => h.score >= SEARCH_FLOOR);
  const suggestions = hits.length
    ? []
    : ranked.filter((h) => h.score >= SUGGESTION_FLOOR).slice(0, MAX_SUGGESTIONS);
  return { hits, suggestions };
}
