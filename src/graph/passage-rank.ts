/**
 * Passage search, ranked: which evidence excerpts and which sentences of the articles say what the
 * query says. The full-text indexes (excerpts of relations and claims, article texts) find
 * candidates; here each passage is kept only if it holds every meaningful word of the query
 * (accents and case folded, a word of 4+ letters also as a prefix: « lancé » finds « lancement »)
 * and scored 1 when it holds the query as a phrase, else 0.9. An excerpt is one passage with every
 * relation and claim it is evidence for; a sentence of an article's text is one only when no
 * excerpt already covers it.
 */
import { foldName, nameTokens } from '../data/names.js';
import { normalizeWhitespace } from '../data/dataset.js';
import { sentenceSpans } from '../ingest/text.js';
import { COMMON_WORDS } from '../ingest/words.js';
import type { ClaimRecord, EntityRecord, RelationRecord } from './records.js';

export interface PassageClaimRecord extends ClaimRecord {
  subjectNode: EntityRecord;
}

export interface PassageHitRecord {
  article: EntityRecord;
  text: string;
  score: number;
  /** Whether the passage holds the query as a phrase. */
  phrase: boolean;
  relations: RelationRecord[];
  claims: PassageClaimRecord[];
}

/** Relations and claims a passage may list (the rest are still counted in the answer's size). */
export const MAX_SUPPORTED = 20;

const words = (s: string) => nameTokens(s);

function queryOf(text: string): { phrase: string; words: string[] } {
  const all = words(text);
  const kept = all.filter((w) => !COMMON_WORDS.has(w));
  return { phrase: all.join(' '), words: kept.length ? kept : all };
}

/** The passage's score for the query, or 0 when a meaningful word is missing. */
function scoreOf(
  q: { phrase: string; words: string[] },
  passage: string,
): { score: number; phrase: boolean } {
  const tokens = words(passage);
  const ok = q.words.every((w) => tokens.some((t) => t === w || (w.length >= 4 && t.startsWith(w))));
  if (!ok) return { score: 0, phrase: false };
  const phrase = ` ${tokens.join(' ')} `.includes(` ${q.phrase} `);
  return { score: phrase ? 1 : 0.9, phrase };
}

const folded = (s: string) => foldName(normalizeWhitespace(s));

export function rankPassages(
  text: string,
  found: { relations: RelationRecord[]; claims: PassageClaimRecord[]; articles: EntityRecord[] },
): PassageHitRecord[] {
  const q = queryOf(text);
  if (!q.words.length) return [];
  const articles = new Map(found.articles.map((a) => [a.id, a]));
  const byKey = new Map<string, PassageHitRecord>();
  const passage = (articleId: string, excerpt: string): PassageHitRecord | null => {
    const article = articles.get(articleId);
    if (!article) return null;
    const key = `${articleId}\u0000${normalizeWhitespace(excerpt)}`;
    let hit = byKey.get(key);
    if (!hit) {
      const s = scoreOf(q, excerpt);
      if (!s.score) return null;
      hit = { article, text: excerpt, ...s, relations: [], claims: [] };
      byKey.set(key, hit);
    }
    return hit;
  };
  for (const r of found.relations) {
    const ids = (r.sourceArticles as string[] | undefined) ?? [r.article];
    const excerpts = (r.sourceExcerpts as string[] | undefined) ?? [r.excerpt];
    ids.forEach((id, i) => {
      const hit = passage(id, excerpts[i] ?? '');
      if (hit && !hit.relations.some((x) => x.id === r.id)) hit.relations.push(r);
    });
  }
  for (const c of found.claims) {
    const hit = passage(c.article, c.excerpt);
    if (hit && !hit.claims.some((x) => x.id === c.id)) hit.claims.push(c);
  }
  // Sentences of the article texts that no excerpt covers (nor is covered by).
  const excerptsOf = new Map<string, string[]>();
  for (const h of byKey.values())
    excerptsOf.set(h.article.id, [...(excerptsOf.get(h.article.id) ?? []), folded(h.text)]);
  for (const a of found.articles) {
    if (typeof a.text !== 'string') continue;
    const covered = excerptsOf.get(a.id) ?? [];
    for (const span of sentenceSpans(a.text)) {
      const sentence = a.text.slice(span.start, span.end);
      const s = scoreOf(q, sentence);
      if (!s.score) continue;
      const f = folded(sentence);
      if (covered.some((e) => e.includes(f) || f.includes(e))) continue;
      byKey.set(`${a.id}\u0000${normalizeWhitespace(sentence)}`, {
        article: a,
        text: sentence,
        ...s,
        relations: [],
        claims: [],
      });
    }
  }
  const hits = [...byKey.values()];
  const support = (h: PassageHitRecord) => h.relations.length + h.claims.length;
  hits.sort(
    (x, y) =>
      y.score - x.score ||
      support(y) - support(x) ||
      String(y.article.date ?? '').localeCompare(String(x.article.date ?? '')) ||
      x.article.id.localeCompare(y.article.id) ||
      x.text.localeCompare(y.text),
  );
  for (const h of hits) {
    h.relations = h.relations.slice(0, MAX_SUPPORTED);
    h.claims = h.claims.slice(0, MAX_SUPPORTED);
  }
  return hits;
}
