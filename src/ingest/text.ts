/**
 * Words and sentences of an article, with character offsets into the stored text, so every mention
 * and excerpt can point back to the exact passage.
 */
import { foldName, HONORIFICS } from '../data/names.js';

export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** foldName of the word: lower case, no accents. */
  folded: string;
}

/** Words: runs of letters, marks and digits (hyphens and apostrophes separate words, like foldName). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], folded: foldName(m[0]) });
  }
  return out;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string) =>
  /\p{L}/u.test(word) && word === word.toUpperCase() && /^\p{Lu}/u.test(word);

/** Abbreviations after which a period does not end a sentence (folded). */
const ABBREVIATIONS = new Set([
  ...HONORIFICS,
  'st',
  'ste',
  'mgr',
  'etc',
  'cf',
  'p',
  'pp',
  'no',
  'n',
  'vol',
  'art',
  'av',
  'bd',
  'jr',
  'sr',
  'vs',
  'inc',
  'ltd',
  'co',
  'gen',
  'col',
  'lt',
  'gov',
  'sen',
  'rep',
  'prof',
]);

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence spans: a sentence ends at a line break, or at . ! ? … followed by space and a capital,
 * a digit or an opening quote — unless the period closes an abbreviation ("M.", "Dr.") or an initial.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const boundary = /\n|[.!?…]+["»”’)\]]*(?=[\s\u00a0]+[«"“(\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    if (m[0] !== '\n' && m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      if (word.length === 1 && isCapitalised(word)) continue; // an initial: "N. Kosciusko-Morizet"
      if (ABBREVIATIONS.has(foldName(word))) continue;
    }
    push(at + m[0].length);
  }
  push(text.length);
  return spans;
}

/** Longest excerpt kept: a longer sentence is cut around the mention, at word boundaries. */
const MAX_EXCERPT = 320;

/** The sentence holding [start, end), verbatim (trimmed), cut around the mention when very long. */
export function excerptAt(text: string, sentences: readonly Span[], start: number, end: number): Span {
  const s = sentences.find((x) => x.start <= start && end <= x.end) ?? { start, end };
  if (s.end - s.start <= MAX_EXCERPT) return s;
  const room = Math.max(0, Math.floor((MAX_EXCERPT - (end - start)) / 2));
  let a = Math.max(s.start, start - room);
  let b = Math.min(s.end, end + room);
  while (a > s.start && /\S/.test(text[a - 1] ?? '')) a++;
  while (b < s.end && /\S/.test(text[b] ?? '')) b--;
  a = Math.min(a, start);
  b = Math.max(b, end);
  while (a < start && /\s/.test(text[a] ?? '')) a++;
  while (b > end && /\s/.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}
