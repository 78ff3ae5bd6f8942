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

/**
 * Edit distance between two (short) names: Levenshtein, or with `transpositions` the optimal string
 * alignment distance, where a swap of two neighbouring letters costs one edit. Exits early once the
 * distance exceeds `max` (then returns max + 1). The one edit distance of the project.
 */
export function editDistance(a: string, b: string, max = Infinity, transpositions = false): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (before[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    before = prev;
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
 * Courtesy titles that may stand before a surname ("M. Benkirane", "Mme Dati", "Dr Smith"), folded.
 * "M.M" (messieurs, as written in one article) folds to two "m" tokens.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mr',
  'mrs',
  'ms',
  'dr',
  'pr',
  'me',
  'sir',
  'monsieur',
  'madame',
  'mademoiselle',
]);

/** Lower-case words that belong inside names: "El Khalfi", "de Villepin", "Ben Ali", "van Gogh". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
  'ait',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'dos',
  'del',
]);

/**
 * Initials of a name, hyphenated parts counted separately and particles skipped:
 * "Nathalie Kosciusko-Morizet" → "nkm", "Dominique de Villepin" → "dv".
 */
export function nameInitials(name: string): string {
  return nameTokens(name)
    .filter((t) => !NAME_PARTICLES.has(t))
    .map((t) => t[0] ?? '')
    .join('');
}

/**
 * Surname forms of a person's name as folded tokens, longest first: what follows the first given name,
 * then the same without its leading particles. "Slimane El Amrani" → [["el","amrani"], ["amrani"]];
 * "Nathalie Kosciusko-Morizet" → [["kosciusko","morizet"]] (a hyphenated surname stays whole).
 * Empty for one-word names.
 */
export function surnameForms(name: string): string[][] {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  // The surname starts after the first given name, at the first particle if there is one.
  const rest = words.slice(1);
  const forms: string[][] = [nameTokens(rest.join(' '))];
  const firstParticle = rest.findIndex((w) => NAME_PARTICLES.has(foldName(w)));
  if (firstParticle === 0) {
    const withoutParticles = rest.filter((w) => !NAME_PARTICLES.has(foldName(w)));
    if (withoutParticles.length) forms.push(nameTokens(withoutParticles.join(' ')));
  }
  return forms.filter((f) => f.length > 0);
}

/** Readable slug of a name or title, for ids: "Jean Dupont" → "jean-dupont" (at most `max` chars). */
export function slugOf(s: string, max = 80): string {
  const full = foldName(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  return (cut.lastIndexOf('-') > max / 2 ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, max)).replace(/-$/, '');
}

/**
 * Spelling skeleton of a folded word, for telling a misspelling from another name: the usual variants
 * of transliterated and French names collapse ("Mustafa"/"Mustapha", "Benkiranne"/"Benkirane",
 * "Youssef"/"Yousef"): ph → f, y → i, ou → u, ck/q → k, silent h dropped, doubled letters single,
 * final e dropped.
 */
export function nameSkeleton(folded: string): string {
  return folded
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/ck|q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(?<=[^cs])h|^h/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, '');
}
