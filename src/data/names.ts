/** Name folding shared by the loader, search and (later) ingestion: one definition of "same name". */

/** Lower-case, accents removed, punctuation and hyphens as single spaces. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}@#]+/gu, ' ')
    .trim();
}

/** Levenshtein distance with an early exit once it exceeds `max` (names are short). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Tokens of a folded name. */
export function nameTokens(s: string): string[] {
  return foldName(s)
    .split(' ')
    .map((t) => t.replace(/^[@#]+/, ''))
    .filter(Boolean);
}

/**
 * The candidate (a node's name or alias) that best matches a free-text query: most query tokens found
 * (allowing small typos), then the smallest edit distance overall.
 */
export function bestMatch(query: string, candidates: readonly string[]): { value: string; index: number } | null {
  const q = nameTokens(query);
  const qs = q.join(' ');
  let best: { value: string; index: number; hits: number; dist: number } | null = null;
  candidates.forEach((value, index) => {
    const c = nameTokens(value);
    const hits = q.filter((t) =>
      c.some((ct) => ct === t || ct.startsWith(t) || editDistance(t, ct, t.length > 4 ? 2 : 1) <= (t.length > 4 ? 2 : 1)),
    ).length;
    const dist = editDistance(qs, c.join(' '));
    if (!best || hits > best.hits || (hits === best.hits && dist < best.dist)) best = { value, index, hits, dist };
  });
  const b = best as { value: string; index: number } | null;
  return b ? { value: b.value, index: b.index } : null;
}
