/** Builds the full-text (Lucene) query for a user's search text; the text never reaches Cypher. */
import { nameTokens } from '../data/names.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Each token matches exactly (boosted), by prefix, or within a small edit distance; tokens are OR-ed
 * so extra words do not hide a hit, and the score ranks the hits that match most words first.
 * Returns null when the text has no searchable token.
 */
export function luceneQuery(text: string): string | null {
  const tokens = nameTokens(text)
    .map((t) => t.replace(SPECIAL, ''))
    .filter(Boolean)
    .slice(0, 12);
  if (!tokens.length) return null;
  return tokens
    .map((t) => {
      if (t.length <= 2) return `${t}^2`;
      const fuzzy = t.length >= 5 ? `${t}~2` : `${t}~1`;
      return `(${t}^4 OR ${t}*^2 OR ${fuzzy})`;
    })
    .join(' OR ');
}
