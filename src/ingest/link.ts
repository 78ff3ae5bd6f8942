/**
 * Mention linking: finds the known actors an article names, by their names and aliases as the graph
 * holds them (./name-index.ts), folding accents, case and hyphens, tolerating small misspellings, and
 * reading initials ("NKM", "N. Kosciusko-Morizet") and surnames after a title ("M. Benkirane").
 *
 * Explicit names and aliases are trusted; forms the linker derives itself (a person's surname alone)
 * or matches approximately need support from the context, descriptive aliases need a related entity
 * named nearby, and a span two entities claim is given to the one the article names in full — or to
 * nobody, rather than guessing.
 */
import { HONORIFICS, NAME_PARTICLES } from '../data/names.js';
import {
  key,
  matchAt,
  type KnownEntity,
  type LinkMethod,
  type NameIndex,
  type RawMatch,
} from './name-index.js';
import { excerptAt, isCapitalised, sentenceSpans, tokenize, type Span } from './text.js';
import { COMMON_WORDS } from './words.js';

export { NameIndex, type KnownEntity, type LinkMethod } from './name-index.js';

export interface LinkedMention {
  entityId: string;
  kind: KnownEntity['kind'];
  /** Character offset of the mention in the article text, and its length. */
  offset: number;
  length: number;
  /** The mention as written. */
  matched: string;
  method: LinkMethod;
  /** True when the words match only approximately (a misspelling). */
  fuzzy: boolean;
  /** The sentence around the mention, verbatim. */
  excerpt: string;
}

export interface LinkResult {
  mentions: LinkedMention[];
  /** Spans two or more entities could claim equally: left unlinked, listed for the reviewer. */
  ambiguous: { offset: number; length: number; matched: string; entityIds: string[] }[];
}

const STRENGTH: Record<LinkMethod, number> = {
  name: 5,
  alias: 4,
  handle: 4,
  url: 4,
  initials: 3,
  surname: 1,
};

function strength(m: RawMatch): number {
  return STRENGTH[m.pattern.method] - (m.fuzzy ? 2 : 0) + (m.last - m.first) * 0.1;
}

/** Links the mentions of known entities in `text`. Pure: same text and index, same result. */
export function linkMentions(text: string, index: NameIndex): LinkResult {
  const tokens = tokenize(text);
  const sentences = sentenceSpans(text);
  let raw: RawMatch[] = [];
  tokens.forEach((t, i) => {
    for (const p of index.candidates(t)) {
      const m = matchAt(text, tokens, i, p);
      if (m) raw.push(m);
    }
  });

  // Entities the article names in full (several words, or initials): they win shared short forms.
  const namedInFull = new Set(
    raw
      .filter(
        (m) =>
          !m.pattern.weak && !m.pattern.contextual && (m.last > m.first || m.pattern.method === 'initials'),
      )
      .map((m) => m.pattern.entity.id),
  );
  /** Words some non-person match covers ("Club" in "Club Villepin"), so they are not unknown names. */
  const coveredByOthers = (i: number, self: RawMatch) =>
    raw.some(
      (m) => m !== self && m.first <= i && i <= m.last && m.pattern.entity.id !== self.pattern.entity.id,
    );
  const isUnknownName = (i: number, self: RawMatch) => {
    const t = tokens[i];
    return (
      !!t &&
      isCapitalised(t.text) &&
      t.text.length > 1 &&
      !COMMON_WORDS.has(t.folded) &&
      !HONORIFICS.has(t.folded) &&
      !NAME_PARTICLES.has(t.folded) &&
      !coveredByOthers(i, self)
    );
  };
  const glued = (a: number, b: number) =>
    !!tokens[a] && !!tokens[b] && /^[ \t\u00a0]{1,2}$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  const afterHonorific = (m: RawMatch) => {
    const prev = tokens[m.first - 1];
    return (
      !!prev &&
      HONORIFICS.has(prev.folded) &&
      isCapitalised(prev.text) &&
      /^\.?\s{1,2}$|^\.$/.test(text.slice(prev.end, m.start))
    );
  };

  // Entities named outright (not by a descriptive phrase): the context descriptive aliases need.
  const anchors = new Set(raw.filter((m) => !m.pattern.contextual).map((m) => m.pattern.entity.id));
  raw = raw.filter((m) => {
    const e = m.pattern.entity;
    if (m.pattern.contextual && !(e.related ?? []).some((id) => anchors.has(id))) return false;
    const oneWord = m.first === m.last;
    if (e.kind === 'Person' && oneWord && m.pattern.method !== 'initials') {
      // "Youssef Amrani" is not "Amrani" (Slimane El Amrani) when Youssef is nobody we know.
      if (glued(m.first - 1, m.first) && isUnknownName(m.first - 1, m)) return false;
      if (glued(m.last, m.last + 1) && isUnknownName(m.last + 1, m)) return false;
    }
    if (m.pattern.weak) {
      const unique = (index.owners.get(key(m.pattern.words))?.size ?? 0) === 1;
      return afterHonorific(m) || namedInFull.has(e.id) || (unique && !m.fuzzy);
    }
    return true;
  });

  // Same span, several entities: the one named in full, else the strongest form, else nobody.
  const ambiguous: LinkResult['ambiguous'] = [];
  const bySpan = new Map<string, RawMatch[]>();
  for (const m of raw) {
    const k = `${m.start}:${m.end}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), m]);
  }
  const chosen: RawMatch[] = [];
  for (const group of bySpan.values()) {
    const ids = new Set(group.map((m) => m.pattern.entity.id));
    const best = (ms: RawMatch[]) => [...ms].sort((a, b) => strength(b) - strength(a));
    if (ids.size === 1) {
      chosen.push(best(group)[0]!);
      continue;
    }
    let pool = group.filter((m) => namedInFull.has(m.pattern.entity.id));
    if (!pool.length) pool = group;
    const top = Math.max(...pool.map(strength));
    pool = pool.filter((m) => strength(m) === top);
    if (new Set(pool.map((m) => m.pattern.entity.id)).size === 1) chosen.push(pool[0]!);
    else
      ambiguous.push({
        offset: group[0]!.start,
        length: group[0]!.end - group[0]!.start,
        matched: text.slice(group[0]!.start, group[0]!.end),
        entityIds: [...new Set(pool.map((m) => m.pattern.entity.id))].sort(),
      });
  }

  // Overlaps: longest first. A shorter mention inside a longer one survives only when it names
  // another entity, explicitly, inside something that is not a person's name ("Page Facebook
  // d'Abdelilah Benkirane" mentions Facebook and Benkirane; "Youssef Amrani" does not mention Amrani).
  chosen.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || strength(b) - strength(a) || a.start - b.start,
  );
  const kept: RawMatch[] = [];
  for (const m of chosen) {
    const clash = kept.some((k) => {
      if (m.end <= k.start || k.end <= m.start) return false;
      const inside = k.start <= m.start && m.end <= k.end;
      if (!inside) return true;
      return (
        k.pattern.entity.id === m.pattern.entity.id ||
        k.pattern.entity.kind === 'Person' ||
        m.pattern.weak ||
        m.fuzzy
      );
    });
    if (!clash) kept.push(m);
  }

  const mentions = kept
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m): LinkedMention => {
      const ex: Span = excerptAt(text, sentences, m.start, m.end);
      return {
        entityId: m.pattern.entity.id,
        kind: m.pattern.entity.kind,
        offset: m.start,
        length: m.end - m.start,
        matched: text.slice(m.start, m.end),
        method: m.pattern.method,
        fuzzy: m.fuzzy,
        excerpt: text.slice(ex.start, ex.end),
      };
    });
  return { mentions, ambiguous: ambiguous.sort((a, b) => a.offset - b.offset) };
}
