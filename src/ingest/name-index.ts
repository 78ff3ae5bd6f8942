/**
 * The names to look for: every form under which the graph knows an entity (its name, aliases, handle,
 * web address, and for people their initials and surname), as patterns of folded words, and how one
 * pattern matches the words of a text — exactly, or approximately for misspelt proper names.
 */
import type { NodeKind } from '../data/model.js';
import { editDistance, NAME_PARTICLES, nameInitials, nameSkeleton, surnameForms } from '../data/names.js';
import { isAllCaps, isCapitalised, tokenize, type Token } from './text.js';
import { COMMON_WORDS } from './words.js';

export interface KnownEntity {
  id: string;
  kind: Exclude<NodeKind, 'Article'>;
  name: string;
  aliases: readonly string[];
  handle?: string | null;
  url?: string | null;
  /** Unnamed actors (an anonymous blogger): their descriptive name is not a name to look for. */
  anonymous?: boolean | null;
  /** The kind's subtype (an organisation's `party`, an event's `lunch`…), and an event's date. */
  subtype?: string | null;
  date?: string | null;
  /**
   * Ids of the entities it has relations with (directly or through an event): the story in which a
   * descriptive alias names it.
   */
  related?: readonly string[];
}

/** How a mention was recognised, strongest first. */
export type LinkMethod = 'name' | 'alias' | 'handle' | 'url' | 'initials' | 'surname';

interface PatternWord {
  folded: string;
  /** Written in capitals in the alias (an acronym such as "PS"): must be capitals in the text too. */
  caps: boolean;
  /** Starts with a capital in the alias (a proper name): only such words may match approximately. */
  proper: boolean;
  /** What separates this word from the previous one in the alias (", " in a long official name). */
  glue: string;
}

export interface Pattern {
  entity: KnownEntity;
  words: PatternWord[];
  method: LinkMethod;
  /** Derived by the linker (a surname alone): needs a title before it or the full name elsewhere. */
  weak: boolean;
  /**
   * A descriptive alias made of ordinary words ("siège du parti", "les médias"): it names the entity
   * only in the story it comes from, so it needs a related entity named in the same article.
   */
  contextual: boolean;
  /** Initial + surname: the first text word must be a single capital letter. */
  initialFirst: boolean;
  /** Leading words that must match but are not part of the mention ("du" in "du Point"). */
  lead: number;
}

export interface RawMatch {
  pattern: Pattern;
  first: number;
  last: number;
  start: number;
  end: number;
  fuzzy: boolean;
}

const ROMAN = /^[ivxlcdm]+$/;
/** Characters allowed between the words of one name: spaces, hyphens, apostrophes, dots, quotes. */
const NAME_GLUE = /^[ \t\u00a0\u202f'’‐‑\-._«»"“”]{1,4}$/;
/** Words that open a descriptive phrase rather than a name ("les médias", "sa page Facebook"). */
const DETERMINERS = new Set(
  'le la les l un une des du au aux sa son ses leur leurs nos notre vos votre ce cette ces the a an his her its their our'.split(
    ' ',
  ),
);
/** French contractions of an article with a preposition: "du Point" for "de Le Point". */
const CONTRACTED: Record<string, string[]> = { le: ['du', 'au'], les: ['des', 'aux'] };

const glueOf = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

function patternWords(form: string): PatternWord[] {
  // A parenthesised note closing a name is not part of it: "Forum Al Jazeera (5 mai)".
  const clean = form.normalize('NFC').replace(/\s*\([^()]*\)\s*$/, '');
  const tokens = tokenize(clean);
  return tokens.map((t, i) => ({
    folded: t.folded,
    caps: t.text.length >= 2 && isAllCaps(t.text),
    proper: isCapitalised(t.text),
    glue: i === 0 ? '' : glueOf(clean.slice(tokens[i - 1]!.end, t.start)),
  }));
}

export const key = (words: readonly { folded: string }[]) => words.map((w) => w.folded).join(' ');
const word = (folded: string, proper: boolean, caps = false): PatternWord => ({
  folded,
  caps,
  proper,
  glue: ' ',
});

/** Every name form of the known entities, indexed by its first folded word. */
export class NameIndex {
  private readonly byFirst = new Map<string, Pattern[]>();
  /** Patterns that may match approximately (proper names long enough to tell apart). */
  private readonly fuzzy: Pattern[] = [];
  /** Entities per folded form, to tell unique forms from shared ones. */
  readonly owners = new Map<string, Set<string>>();
  readonly entities: ReadonlyMap<string, KnownEntity>;

  constructor(known: readonly KnownEntity[]) {
    this.entities = new Map(known.map((e) => [e.id, e]));
    for (const e of known) {
      const seen = new Set<string>();
      const add = (words: PatternWord[], method: LinkMethod, flags: Partial<Pattern> = {}) => {
        if (!words.length) return;
        const p: Pattern = {
          entity: e,
          words,
          method,
          weak: false,
          contextual: false,
          initialFirst: false,
          lead: 0,
          ...flags,
        };
        // Case matters to the key: "Monitor" (a name) and "monitor" (as written) are two forms.
        const k = `${p.initialFirst ? '^' : ''}${p.lead}:${words.map((w) => `${w.folded}/${+w.proper}${+w.caps}`).join(' ')}`;
        if (seen.has(k)) return;
        seen.add(k);
        this.byFirst.set(words[0]!.folded, [...(this.byFirst.get(words[0]!.folded) ?? []), p]);
        if (!p.initialFirst) {
          const form = key(words.slice(p.lead));
          this.owners.set(form, new Set([...(this.owners.get(form) ?? []), e.id]));
        }
        if (words.some((w) => w.proper && !w.caps && w.folded.length >= 5)) this.fuzzy.push(p);
      };
      const explicit = [...(e.anonymous ? [] : [e.name]), ...e.aliases];
      for (const [i, form] of explicit.entries()) {
        const method: LinkMethod = i === 0 && !e.anonymous ? 'name' : 'alias';
        const words = patternWords(form);
        if (!words.length) continue;
        // Descriptive: opens with a determiner and names nothing after it ("Les médias"), or, for an
        // alias, opens with a determiner or holds no capitalised word at all ("siège du parti").
        const opensWithDeterminer = DETERMINERS.has(words[0]!.folded);
        const named = words.slice(1).some((w) => (w.proper || w.caps) && !COMMON_WORDS.has(w.folded));
        const contextual =
          method === 'name'
            ? opensWithDeterminer && !named
            : opensWithDeterminer || !words.some((w) => w.proper || w.caps);
        add(words, method, { contextual });
        // "Al Jazeera" written "AlJazeera": the words run together.
        const joined = words.map((w) => w.folded).join('');
        if (words.length >= 2 && joined.length >= 6 && words.every((w) => w.proper))
          add([word(joined, true)], method, { contextual });
        for (const c of CONTRACTED[words[0]!.folded] ?? []) {
          if (words.length >= 2 && words[0]!.proper && !contextual)
            add([word(c, false), ...words.slice(1)], method, { contextual, lead: 1 });
        }
      }
      if (e.handle) add(patternWords(e.handle), 'handle');
      if (e.url) {
        const host =
          e.url
            .replace(/^[a-z]+:\/\//i, '')
            .replace(/^www\./i, '')
            .split('/')[0] ?? '';
        if (host.includes('.')) add(patternWords(host), 'url');
      }
      if (e.kind === 'Person' && !e.anonymous && patternWords(e.name).length >= 2) {
        const initials = nameInitials(e.name.replace(/\s*\([^()]*\)\s*$/, ''));
        if (initials.length >= 3) add([word(initials, true, true)], 'initials');
        const firstInitial = patternWords(e.name)[0]!.folded[0] ?? '';
        for (const form of surnameForms(e.name)) {
          const last = form[form.length - 1] ?? '';
          if (form.join('').length < 4 || ROMAN.test(last) || COMMON_WORDS.has(last)) continue;
          const words = form.map((f) => word(f, !NAME_PARTICLES.has(f)));
          add(words, 'surname', { weak: true });
          add([word(firstInitial, true, true), ...words], 'initials', { initialFirst: true });
        }
      }
    }
  }

  /** Patterns that could start at this word: exact first word, plus approximate candidates. */
  candidates(t: Token): Pattern[] {
    const exact = this.byFirst.get(t.folded) ?? [];
    if (!isCapitalised(t.text) || t.folded.length < 5) return exact;
    return [...exact, ...this.fuzzy.filter((p) => !exact.includes(p))];
  }
}

/**
 * Allowed misspelling of a proper name: the same spelling skeleton ("Mustafa" for "Mustapha"), or the
 * same first letter and one edit (two from 9 letters).
 */
function closeEnough(pattern: string, written: string): boolean {
  if (pattern.length >= 4 && nameSkeleton(pattern) === nameSkeleton(written)) return true;
  if (pattern[0] !== written[0] || pattern.length < 5) return false;
  const max = pattern.length >= 9 ? 2 : 1;
  return editDistance(pattern, written, max) <= max;
}

/** Matches `p` at word `i`, or null. Exact words everywhere, or approximate proper-name words. */
export function matchAt(text: string, tokens: readonly Token[], i: number, p: Pattern): RawMatch | null {
  let fuzzy = false;
  let exactWords = 0;
  for (let j = 0; j < p.words.length; j++) {
    const t = tokens[i + j];
    const w = p.words[j]!;
    if (!t) return null;
    if (j > 0) {
      const glue = text.slice(tokens[i + j - 1]!.end, t.start);
      if (glue.includes('\n') || (!NAME_GLUE.test(glue) && glueOf(glue) !== w.glue)) return null;
    }
    if (w.caps && !isAllCaps(t.text)) return null;
    if (j === 0 && p.initialFirst && !(t.text.length === 1 && isCapitalised(t.text))) return null;
    // A proper word of a name written in lower case is an ordinary word ("le point de vue" is not
    // Le Point, "apparu" is not Apparu); articles and particles may change case ("le Point").
    if (w.proper && !isCapitalised(t.text) && !COMMON_WORDS.has(w.folded) && !NAME_PARTICLES.has(w.folded))
      return null;
    if (t.folded === w.folded) {
      exactWords++;
      continue;
    }
    if (w.proper && !w.caps && isCapitalised(t.text) && closeEnough(w.folded, t.folded)) {
      fuzzy = true;
      continue;
    }
    return null;
  }
  // An approximate form needs one exact word when it has several, and never is a common word.
  if (fuzzy && p.words.length > 1 && exactWords === 0) return null;
  const last = tokens[i + p.words.length - 1]!;
  if (fuzzy && p.words.length === 1 && (COMMON_WORDS.has(tokens[i]!.folded) || tokens[i]!.folded.length < 6))
    return null;
  const first = i + p.lead;
  return {
    pattern: p,
    first,
    last: i + p.words.length - 1,
    start: tokens[first]!.start,
    end: last.end,
    fuzzy,
  };
}
