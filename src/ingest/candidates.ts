/**
 * Candidate new entities: what an article names that the graph does not know — capitalised name
 * spans (people, organisations), @handles and #hashtags (accounts), links and domains (websites).
 * Only proposals: they go to the review file, never straight into the graph.
 */
import { KIND_PREFIX } from '../data/model.js';
import { foldName, HONORIFICS, NAME_PARTICLES, nameInitials, slugOf } from '../data/names.js';
import type { LinkedMention } from './link.js';
import {
  excerptAt,
  isAllCaps,
  isCapitalised,
  sentenceSpans,
  tokenize,
  type Span,
  type Token,
} from './text.js';
import { COMMON_WORDS, ORGANIZATION_WORDS, TITLE_WORDS } from './words.js';

/** Name spans give people, organisations, accounts and sites; the NLP step adds events and places. */
export type CandidateKind = 'Person' | 'Organization' | 'Account' | 'Platform' | 'Event' | 'Place';

export interface Candidate {
  /** Proposed id, free in the graph: `person:jean-dupont`. */
  id: string;
  kind: CandidateKind;
  name: string;
  /** Other forms of the name found in the article (initials). */
  aliases?: string[];
  /** Subtype for the kind's dataset entry (Organization/Account/Platform `kind`). */
  subtype?: string;
  handle?: string;
  url?: string;
  /** For an account found by its link: the platform it lives on (`platform:twitter`). */
  platform?: string;
  /** Every place the article names it. */
  occurrences: Span[];
  /** The sentence of the first occurrence, verbatim. */
  excerpt: string;
  /** Why it was proposed, for the reviewer. */
  reason: string;
  /** spaCy's entity label where its NER found the name too (PER, ORG, LOC, MISC). */
  ner?: string;
  /** For an event: its date as the article gives it (ISO, possibly partial). */
  date?: string;
}

/** A proposed id free in the graph and among the ids already proposed (`used`, updated). */
export function freeId(kind: CandidateKind, slugSource: string, used: Set<string>): string {
  const base = `${KIND_PREFIX[kind]}:${slugOf(slugSource) || 'unnamed'}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Hosts whose first path segment is an account, and the platform's id in the graph. */
const SOCIAL_HOSTS: Record<string, string> = {
  'twitter.com': 'platform:twitter',
  'x.com': 'platform:twitter',
  'facebook.com': 'platform:facebook',
  'instagram.com': 'platform:instagram',
  'youtube.com': 'platform:youtube',
  'tiktok.com': 'platform:tiktok',
  'linkedin.com': 'platform:linkedin',
};
const NOT_ACCOUNT_PATHS = new Set([
  'share',
  'sharer',
  'intent',
  'hashtag',
  'search',
  'home',
  'watch',
  'pages',
  'groups',
  'events',
  'in',
  'company',
]);
const TLD = 'com|org|net|info|fr|ma|be|ch|ca|eu|io|co|tv|me|blog|news|dz|tn|sn|uk|de|es|it|us';
const URL = new RegExp(
  `https?://[^\\s<>"«»)\\]]+|(?<![\\p{L}\\p{N}])www\\.[^\\s<>"«»)\\]]+|(?<![\\p{L}\\p{N}@./-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLD})(?![\\p{L}\\p{N}]|[.-]?[\\p{L}\\p{N}-]*@)`,
  'giu',
);
const HANDLE = /(?<![\p{L}\p{N}_@./])@([A-Za-z0-9_]{2,30})\b/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&#/])#([\p{L}\p{N}_]{2,60})/gu;
/** Between the words of one name: a space or a hyphen, nothing that ends a phrase. */
const SPAN_GLUE = /^[ \u00a0-]$|^ - $|^[’']$/;

const ROMAN = /^[IVXLCDM]+$/;
const LONE_WORD = 'capitalised word: check the kind';

interface Draft {
  kind: CandidateKind;
  name: string;
  subtype?: string;
  handle?: string;
  url?: string;
  platform?: string;
  at: Span;
  reason: string;
}

function covered(mentions: readonly LinkedMention[], s: Span): boolean {
  return mentions.some((m) => m.offset < s.end && s.start < m.offset + m.length);
}

/** Capitalised word runs ("Jean-Pierre Dupont", "Rassemblement National"), particles inside allowed. */
function nameSpans(text: string, tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapitalised(t.text)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and particles followed by a capitalised word.
    while (j + 1 < tokens.length) {
      const glue = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
      if (!SPAN_GLUE.test(glue)) break;
      const next = tokens[j + 1]!;
      if (isCapitalised(next.text)) j++;
      else if (
        NAME_PARTICLES.has(next.folded) &&
        tokens[j + 2] &&
        isCapitalised(tokens[j + 2]!.text) &&
        SPAN_GLUE.test(text.slice(next.end, tokens[j + 2]!.start))
      )
        j += 2;
      else break;
    }
    let words = tokens.slice(i, j + 1);
    const prev = tokens[i - 1];
    const titled =
      !!prev &&
      HONORIFICS.has(prev.folded) &&
      isCapitalised(prev.text) &&
      /^\.?\s$/.test(text.slice(prev.end, t.start));
    // Titles, function words and sentence-initial common words are not part of a name.
    while (words.length && (COMMON_WORDS.has(words[0]!.folded) || HONORIFICS.has(words[0]!.folded)))
      words = words.slice(1);
    while (
      words.length &&
      (COMMON_WORDS.has(words[words.length - 1]!.folded) ||
        NAME_PARTICLES.has(words[words.length - 1]!.folded))
    )
      words = words.slice(0, -1);
    i = j + 1;
    if (!words.length) continue;
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const at = { start: first.start, end: last.end };
    const name = text.slice(at.start, at.end);
    const core = words.filter((w) => !NAME_PARTICLES.has(w.folded));
    const orgWord = core.map((w) => ORGANIZATION_WORDS[w.folded]).find(Boolean);
    const atSentenceStart = sentenceStarts.has(first.start);
    if (orgWord && core.length >= 2) {
      drafts.push({
        kind: 'Organization',
        name,
        subtype: orgWord,
        at,
        reason: `name with "${core.find((w) => ORGANIZATION_WORDS[w.folded])!.text}"`,
      });
    } else if (titled && core.length <= 4) {
      drafts.push({ kind: 'Person', name, at, reason: `name after the title "${prev.text}"` });
    } else if (
      core.length === 1 &&
      isAllCaps(first.text) &&
      first.text.length >= 2 &&
      first.text.length <= 6 &&
      !ROMAN.test(first.text)
    ) {
      drafts.push({ kind: 'Organization', name, subtype: 'other', at, reason: 'acronym' });
    } else if (core.length >= 2 && core.length <= 4) {
      drafts.push({ kind: 'Person', name, at, reason: `${core.length} capitalised words` });
    } else if (
      core.length === 1 &&
      !atSentenceStart &&
      first.text.length >= 3 &&
      !/\p{N}/u.test(first.text) &&
      !ORGANIZATION_WORDS[first.folded] &&
      !TITLE_WORDS.has(first.folded)
    ) {
      // In mid-sentence a capitalised word is a proper noun: an outlet, a party, a place, a surname…
      drafts.push({ kind: 'Organization', name, subtype: 'other', at, reason: LONE_WORD });
    }
  }
  return drafts;
}

function webDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(HANDLE)) {
    drafts.push({
      kind: 'Account',
      subtype: 'profile',
      name: `@${m[1]}`,
      handle: `@${m[1]}`,
      at: { start: m.index, end: m.index + m[0].length },
      reason: '@handle',
    });
  }
  for (const m of text.matchAll(HASHTAG)) {
    drafts.push({
      kind: 'Account',
      subtype: 'hashtag',
      name: `#${m[1]}`,
      handle: `#${m[1]}`,
      at: { start: m.index, end: m.index + m[0].length },
      reason: '#hashtag',
    });
  }
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(/[.,;:!?'’]+$/, '');
    const at = { start: m.index, end: m.index + raw.length };
    const parsed = (() => {
      try {
        return new globalThis.URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
      } catch {
        return null;
      }
    })();
    if (!parsed) continue;
    const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
    const segment = parsed.pathname.split('/').filter(Boolean)[0]?.replace(/^@/, '');
    if (SOCIAL_HOSTS[host] && segment && !NOT_ACCOUNT_PATHS.has(segment.toLowerCase())) {
      drafts.push({
        kind: 'Account',
        subtype: 'page',
        name: `@${segment}`,
        handle: `@${segment}`,
        url: raw,
        platform: SOCIAL_HOSTS[host],
        at,
        reason: `link to an account on ${host}`,
      });
    } else if (!SOCIAL_HOSTS[host]) {
      drafts.push({
        kind: 'Platform',
        subtype: 'website',
        name: host,
        url: host,
        at,
        reason: 'link or domain name',
      });
    }
  }
  return drafts;
}

export interface CandidateContext {
  /** Mentions already linked to known entities: their spans are not new names. */
  mentions: readonly LinkedMention[];
  /** Ids in use (to keep proposed ids free) and every known name, folded. */
  knownIds: ReadonlySet<string>;
  knownNames: ReadonlySet<string>;
  /** Byline found in the article's metadata, proposed when it is nobody known. */
  authorName?: string | undefined;
}

/** Candidates in order of first appearance; each unknown name once, with all its occurrences. */
export function proposeCandidates(text: string, ctx: CandidateContext): Candidate[] {
  const tokens = tokenize(text);
  const sentences = sentenceSpans(text);
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const web = webDrafts(text);
  // Words of a handle or a link ("NK" in "@NK_M") are not names of their own.
  const names = nameSpans(text, tokens, sentenceStarts).filter(
    (d) => !web.some((w) => w.at.start < d.at.end && d.at.start < w.at.end),
  );
  const drafts = [...names, ...web];
  if (ctx.authorName && !ctx.knownNames.has(foldName(ctx.authorName))) {
    const at = text.indexOf(ctx.authorName);
    if (at >= 0)
      drafts.push({
        kind: 'Person',
        name: ctx.authorName,
        at: { start: at, end: at + ctx.authorName.length },
        reason: 'byline',
      });
  }

  const byKey = new Map<string, Draft[]>();
  for (const d of drafts.sort((a, b) => a.at.start - b.at.start)) {
    if (ctx.knownNames.has(foldName(d.name)) || (d.handle && ctx.knownNames.has(foldName(d.handle))))
      continue;
    // A handle the linker resolved is known, and so is a name overlapping a known mention. A link is
    // judged by its address alone (the linker may have recognised the platform's host inside it).
    if (!d.url && covered(ctx.mentions, d.at)) continue;
    const k = d.handle ? `${d.subtype}:${foldName(d.handle)}` : `name:${foldName(d.name)}`;
    const group = byKey.get(k) ?? [];
    // The same name proposed twice (a byline and a capitalised word): a person, found several times.
    if (group[0] && d.kind === 'Person' && group[0].kind !== 'Person') group.unshift(d);
    else group.push(d);
    byKey.set(k, group);
  }
  // A lone capitalised word is a weak hint: kept when it is a proposed person's surname (counted
  // with that person) or when the article repeats it.
  const named = [...byKey.values()].filter((g) => g[0]!.kind === 'Person' && g[0]!.name.includes(' '));
  for (const [k, group] of byKey) {
    if (group[0]!.reason !== LONE_WORD) continue;
    const surname = foldName(group[0]!.name);
    const person = named.find((g) => foldName(g[0]!.name).split(' ').slice(1).includes(surname));
    if (person) person.push(...group);
    if (person || group.length < 2) byKey.delete(k);
  }

  const used = new Set(ctx.knownIds);
  const out: Candidate[] = [];
  for (const group of byKey.values()) {
    const d = group[0]!;
    const id = freeId(
      d.kind,
      d.handle ? d.handle.replace(/^[@#]/, '') + (d.subtype === 'hashtag' ? '-hashtag' : '') : d.name,
      used,
    );
    const ex = excerptAt(text, sentences, d.at.start, d.at.end);
    out.push({
      id,
      kind: d.kind,
      name: d.name,
      ...(d.subtype ? { subtype: d.subtype } : {}),
      ...(d.handle ? { handle: d.handle } : {}),
      ...(d.url ? { url: d.url } : {}),
      ...(d.platform ? { platform: d.platform } : {}),
      occurrences: group.map((g) => g.at).sort((a, b) => a.start - b.start),
      excerpt: text.slice(ex.start, ex.end),
      reason: group.length > 1 ? `${d.reason}; named ${group.length} times` : d.reason,
    });
  }
  // "NKM" beside "Nathalie Kociusko Morizet": the acronym is the person's initials, not an organisation.
  const people = out.filter((c) => c.kind === 'Person');
  return out.filter((c) => {
    if (c.kind !== 'Organization' || !c.reason.startsWith('acronym')) return true;
    const person = people.find(
      (p) => nameInitials(p.name) === foldName(c.name) && nameInitials(p.name).length >= 3,
    );
    if (!person) return true;
    person.aliases = [...(person.aliases ?? []), c.name];
    person.occurrences.push(...c.occurrences);
    return false;
  });
}
