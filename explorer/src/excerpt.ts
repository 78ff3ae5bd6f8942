/**
 * Finds an evidence excerpt in its article's full text, whitespace aside — the loader's own check
 * (src/data/dataset.ts normalizeWhitespace): runs of spaces, newlines and no-break spaces count as
 * one space. Returns offsets in the ORIGINAL text, so the passage is highlighted where it stands.
 */
const WS = /[\s\u00a0\u202f]/;

export interface Span {
  start: number;
  end: number;
}

export function normalizeWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function locateExcerpt(text: string, excerpt: string): Span | null {
  const needle = normalizeWhitespace(excerpt);
  if (!needle) return null;
  // The normalised text, and for each of its characters the index it came from.
  let flat = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (WS.test(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && flat.length > 0) {
      flat += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    flat += c;
    origin.push(i);
  }
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  const first = origin[at];
  const last = origin[at + needle.length - 1];
  if (first === undefined || last === undefined) return null;
  return { start: first, end: last + 1 };
}
