/** Builds the full-text (Lucene) query for a user's search text; the text never reaches Cypher. */
import { nameTokens } from '../data/names.js';
import { searchKey } from './search-rank.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A phrase of the raw text, analysed by the index as the fields were (handles such as NK_M). */
const phrase = (s: string) => `"${s.replace(/["\\]/g, ' ').trim()}"`;

/**
 * The indexed field holding every name and alias of a node, folded (src/data/loader.ts): the only
 * one a misspelling is looked for in. Lucene builds an edit-distance automaton per term and field,
 * and at two edits each costs Neo4j about 1.5 ms of CPU whatever the graph's size: on all five
 * fields, a three-word search spent 20 ms on them (a handle or URL is still found exactly or by prefix).
 */
const FUZZY_FIELD = 'folded';

/**
 * Each token matches exactly (boosted), by prefix, or within a small edit distance; tokens are OR-ed
 * so extra words do not hide a hit. The whole text and its address form (no scheme, no `www.`) also
 * match as phrases, so a handle or a URL finds its account or site. The index only gathers
 * candidates: src/graph/search-rank.ts scores them. Returns null when the text has no searchable token.
 */
export function luceneQuery(text: string): string | null {
  const tokens = nameTokens(text)
    .map((t) => t.replace(SPECIAL, ''))
    .filter(Boolean)
    .slice(0, 12);
  if (!tokens.length) return null;
  const words = tokens.map((t) => {
    if (t.length <= 2) return `${t}^2`;
    const fuzzy = `${FUZZY_FIELD}:${t}~${t.length >= 5 ? 2 : 1}`;
    return `(${t}^4 OR ${t}*^2 OR ${fuzzy})`;
  });
  const raw = text.trim().slice(0, 200);
  const address = raw
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
  const phrases = [...new Set([raw, address, searchKey(raw)])]
    .filter((p) => phrase(p) !== '""')
    .map((p) => `${phrase(p)}^8`);
  return [...phrases, ...words].join(' OR ');
}

/**
 * Passages: the phrase (boosted) or any of its words, exactly or, from 4 letters, as a prefix; the
 * ranking (./passage-rank.ts) then keeps the passages holding every meaningful word.
 */
export function passageQuery(text: string): string | null {
  const tokens = nameTokens(text)
    .map((t) => t.replace(SPECIAL, ''))
    .filter(Boolean)
    .slice(0, 24);
  if (!tokens.length) return null;
  const words = tokens.map((t) => (t.length >= 4 ? `(${t}^2 OR ${t}*)` : t));
  return [`${phrase(tokens.join(' '))}^8`, ...words].join(' OR ');
}
