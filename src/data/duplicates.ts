/**
 * Possible duplicates: pairs of nodes of the same kind that may be one real actor, each with a score
 * and the reasons. Pure, so it is tested on its own and runs the same on the seed graph and on
 * ingested data. Names are compared after folding (accents, case, hyphens, punctuation).
 */
import { editDistance, foldName } from './names.js';

export interface DuplicateCandidateInput {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  /** Accounts the node owns (ids). */
  accounts: string[];
  /** Roles as `organizationId|folded title`. */
  roles: string[];
}

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

/** Short words acronyms skip: "Union pour un mouvement populaire" is UMP. */
const ACRONYM_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'pour', 'un', 'une', 'et', 'of', 'the', 'for', 'and']);

/** Courtesy titles dropped before comparing names. */
const TITLES = new Set(['m', 'mm', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'sm', 'pr']);

/** Web suffixes that are not part of a name ("colocataires.ma", "Créateursdepossible.com"). */
const WEB_SUFFIXES = new Set(['com', 'ma', 'fr', 'org', 'net', 'www']);

function tokens(name: string): string[] {
  return foldName(name)
    .split(' ')
    .map((t) => t.replace(/^[@#]+/, ''))
    .filter((t) => t && !TITLES.has(t) && !WEB_SUFFIXES.has(t));
}

/** Optimal-string-alignment distance: a swap of two neighbouring letters costs one edit. */
export const osaDistance = (a: string, b: string, max = Infinity) => editDistance(a, b, max, true);

interface NameMatch {
  score: number;
  reason: string;
}

/** How two single names relate, or null when they do not look alike. */
export function compareNames(x: string, y: string): NameMatch | null {
  const tx = tokens(x);
  const ty = tokens(y);
  const fx = tx.join(' ');
  const fy = ty.join(' ');
  if (!fx || !fy) return null;
  const quoted = `"${x}" ~ "${y}"`;
  if (fx === fy) return { score: 1, reason: `same name once accents, case and punctuation are folded: ${quoted}` };
  if (fx.replace(/ /g, '') === fy.replace(/ /g, '')) return { score: 0.95, reason: `same name but for spaces or hyphens: ${quoted}` };
  // Written as one word (a site name, a handle): compare without spaces and leading articles.
  const squash = (ts: string[]) => ts.filter((t, i) => !(i === 0 && ACRONYM_SKIP.has(t))).join('');
  const [qx, qy] = [squash(tx), squash(ty)];
  if ((tx.length === 1 || ty.length === 1) && Math.max(qx.length, qy.length) >= 8 && osaDistance(qx, qy) <= 1) {
    return { score: 0.85, reason: `same name written as one word: ${quoted}` };
  }
  // Abbreviated words: "Jeunes Pop" ~ "Jeunes Populaires".
  if (
    tx.length === ty.length &&
    tx.length >= 2 &&
    tx.every((t, i) => {
      const u = ty[i]!;
      return t === u || (Math.min(t.length, u.length) >= 3 && (t.startsWith(u) || u.startsWith(t)));
    })
  ) {
    return { score: 0.7, reason: `abbreviated words: ${quoted}` };
  }
  const initials = (ts: string[]) => ts.map((t) => t[0]).join('');
  const acronym = (ts: string[]) =>
    ts
      .filter((t) => !ACRONYM_SKIP.has(t))
      .map((t) => t[0])
      .join('');
  for (const [short, long] of [
    [tx, ty],
    [ty, tx],
  ] as const) {
    const s = short.join('');
    if (short.length === 1 && s.length >= 2 && s.length <= 5 && long.length >= 2 && (initials(long) === s || acronym(long) === s)) {
      return { score: 0.8, reason: `initials: ${quoted}` };
    }
  }
  const longer = Math.max(fx.length, fy.length);
  // Numbers are not typos: "élection de 2012" and "élection de 2017" are two events.
  const digits = (f: string) => f.replace(/\D+/g, ' ').trim();
  if (longer >= 6 && digits(fx) === digits(fy)) {
    const osa = osaDistance(fx, fy);
    const lev = editDistance(fx, fy, 3);
    const allowed = longer >= 12 ? 2 : 1;
    if (osa <= allowed) {
      const kind = osa < lev ? 'transposed letters' : 'misspelling';
      return { score: 0.85 - 0.05 * osa, reason: `${kind} (${osa} edit${osa > 1 ? 's' : ''}): ${quoted}` };
    }
  }
  // One name's words all appear in the other (e.g. a surname alone, or a title before it).
  const sx = new Set(tx);
  const sy = new Set(ty);
  const [small, big] = sx.size <= sy.size ? [sx, sy] : [sy, sx];
  const contained = [...small].every((t) => big.has(t));
  const longShared = [...small].some((t) => big.has(t) && t.length >= 4);
  // A single word inside a long description ("l'auteur du billet sur … Benkirane") is noise.
  if (contained && longShared && (small.size >= 2 || big.size <= 4)) {
    return { score: 0.55, reason: `"${[...small].join(' ')}" is part of the other name: ${quoted}` };
  }
  return null;
}

function blockKeys(c: DuplicateCandidateInput): Set<string> {
  const keys = new Set<string>();
  for (const n of [c.name, ...c.aliases]) {
    const ts = tokens(n);
    const joined = ts.join('');
    if (joined.length >= 3) keys.add(`p:${joined.slice(0, 3)}`);
    if (ts.length >= 2) {
      keys.add(`i:${ts.map((t) => t[0]).join('')}`);
      keys.add(`i:${ts.filter((t) => !ACRONYM_SKIP.has(t)).map((t) => t[0]).join('')}`);
    }
    if (ts.length === 1 && joined.length <= 5) keys.add(`i:${joined}`);
    for (const t of ts) if (t.length >= 4) keys.add(`t:${t}`);
    // Misspellings change a letter: block also on each token with one letter dropped, for long tokens.
    for (const t of ts) if (t.length >= 6) for (let i = 0; i < t.length; i++) keys.add(`d:${t.slice(0, i)}${t.slice(i + 1)}`);
  }
  for (const a of c.accounts) keys.add(`a:${a}`);
  return keys;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Scores every pair of same-kind nodes that share a blocking key (a name prefix, initials, a word,
 * a near-word or an account), best first. `exclude` holds pair keys (`a|b`, sorted) already judged.
 */
export function findDuplicates(
  candidates: readonly DuplicateCandidateInput[],
  opts: { minScore?: number; exclude?: ReadonlySet<string> } = {},
): DuplicatePair[] {
  const minScore = opts.minScore ?? 0.5;
  const blocks = new Map<string, DuplicateCandidateInput[]>();
  for (const c of candidates) {
    for (const k of blockKeys(c)) {
      const list = blocks.get(`${c.kind}/${k}`) ?? [];
      list.push(c);
      blocks.set(`${c.kind}/${k}`, list);
    }
  }
  const seen = new Set<string>();
  const out: DuplicatePair[] = [];
  for (const list of blocks.values()) {
    if (list.length > 200) continue; // a block that large is a common word, not evidence
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = pairKey(a.id, b.id);
        if (a.id === b.id || seen.has(key)) continue;
        seen.add(key);
        if (opts.exclude?.has(key)) continue;
        const pair = scorePair(a, b);
        if (pair && pair.score >= minScore) out.push(pair);
      }
    }
  }
  return out.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

export function scorePair(a: DuplicateCandidateInput, b: DuplicateCandidateInput): DuplicatePair | null {
  let best: NameMatch | null = null;
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const m = compareNames(x, y);
      if (m && (!best || m.score > best.score)) best = m;
    }
  }
  const reasons: string[] = best ? [best.reason] : [];
  let score = best?.score ?? 0;
  const sharedAccounts = a.accounts.filter((x) => b.accounts.includes(x));
  if (sharedAccounts.length) {
    score += 0.3;
    reasons.push(`both own ${sharedAccounts.join(', ')}`);
  }
  const sharedRoles = a.roles.filter((x) => b.roles.includes(x));
  if (sharedRoles.length) {
    score += 0.25;
    reasons.push(`same role in the same organisation: ${sharedRoles.map((r) => r.replace('|', ' as ')).join(', ')}`);
  }
  if (!reasons.length) return null;
  const [first, second] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
  return { a: first, b: second, score: Math.min(1, Math.round(score * 100) / 100), reasons };
}

export { pairKey };
