/**
 * spaCy's named entities (PER, ORG, LOC, MISC) joined to the name-span candidates: a span the name
 * rules also found gets the NER label (and, where the name rules only guessed, the NER's kind); a
 * span they missed becomes a candidate of its own. Known names and linked mentions stay out.
 */
import { editDistance, foldName, HONORIFICS } from '../data/names.js';
import { freeId, type Candidate, type CandidateKind } from './candidates.js';
import type { LinkedMention } from './link.js';
import type { NerSpan } from './nlp/parsed.js';
import { isRoleWord, TITLE_SYNONYMS } from './relations/lexicon.js';
import { excerptAt, isCapitalised, sentenceSpans, type Span } from './text.js';
import { COMMON_WORDS } from './words.js';

const KIND_OF_LABEL: Record<NerSpan['label'], CandidateKind> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  MISC: 'Organization',
};
const SUBTYPE: Partial<Record<CandidateKind, string>> = { Organization: 'other', Place: 'other' };

/** Reasons of the name rules that are only a guess of the kind (NER knows better). */
const WEAK_REASON = /^(capitalised word|\d capitalised words)/;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface NerContext {
  mentions: readonly LinkedMention[];
  knownIds: ReadonlySet<string>;
  knownNames: ReadonlySet<string>;
}

const isTitleWord = (w: string) => COMMON_WORDS.has(w) || !!TITLE_SYNONYMS[w] || HONORIFICS.has(w);

/**
 * "SM le Roi Mohammed VI" is Mohammed VI with his title, and "Majesté le Roi" a title alone: with the
 * parse at hand, people's names lose their leading titles, and a title alone is not a candidate.
 */
function withoutTitles(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const words = c.name.split(/\s+/);
    let k = 0;
    while (c.kind === 'Person' && k < words.length && isTitleWord(foldName(words[k]!))) k++;
    if (k === words.length) continue;
    if (k === 0) {
      out.push({ ...c, occurrences: [...c.occurrences] });
      continue;
    }
    const name = words.slice(k).join(' ');
    const cut = c.name.indexOf(name);
    const occurrences = c.occurrences.map((o) => ({ start: o.start + cut, end: o.end }));
    const same = out.find((x) => x.kind === 'Person' && foldName(x.name) === foldName(name));
    if (same) same.occurrences.push(...occurrences);
    else
      out.push({
        ...c,
        name,
        occurrences,
        reason: `${c.reason}; title "${c.name.slice(0, cut).trim()}" left out`,
      });
  }
  return out;
}

export function withNerCandidates(
  text: string,
  candidates: readonly Candidate[],
  ner: readonly NerSpan[],
  ctx: NerContext,
): Candidate[] {
  const sentences = sentenceSpans(text);
  const out = withoutTitles(candidates);
  const used = new Set([...ctx.knownIds, ...out.map((c) => c.id)]);
  const fresh = new Map<string, Candidate>();
  for (const e of ner) {
    // spaCy includes a leading article or trailing punctuation now and then.
    const raw = text.slice(e.start, e.end);
    const name = raw.replace(/^(l[ea]s?|l['’]|d['’]|du|des)\s*/i, '').replace(/[\s.,;:!?»«"')(]+$/, '');
    const at = { start: e.start + raw.indexOf(name), end: e.start + raw.indexOf(name) + name.length };
    const folded = foldName(name);
    if (name.length < 2 || !isCapitalised(name) || !/\p{L}/u.test(name)) continue;
    // Function words and titles ("Sa Majesté le Roi", "Chef du gouvernement") are not names.
    const words = folded.split(' ');
    if (
      words.every((w) => COMMON_WORDS.has(w) || TITLE_SYNONYMS[w] || HONORIFICS.has(w)) ||
      isRoleWord(words[0] ?? '')
    )
      continue;
    if (
      ctx.knownNames.has(folded) ||
      ctx.mentions.some((m) => overlaps({ start: m.offset, end: m.offset + m.length }, at))
    )
      continue;
    const same = out.find((c) => c.occurrences.some((o) => overlaps(o, at)));
    if (same) {
      same.ner ??= e.label;
      const kind = KIND_OF_LABEL[e.label];
      if (
        (e.label === 'PER' || e.label === 'ORG') &&
        kind !== same.kind &&
        WEAK_REASON.test(same.reason) &&
        !same.aliases?.length && // initials ("NKM") found for it: a person
        (same.kind === 'Person' || same.kind === 'Organization')
      ) {
        used.delete(same.id);
        same.id = freeId(kind, same.name, used);
        same.kind = kind;
        if (SUBTYPE[kind]) same.subtype = SUBTYPE[kind];
        else delete same.subtype;
        same.reason = `${same.reason}; spaCy NER says ${e.label}`;
      }
      continue;
    }
    // A surname of a proposed person ("Lancar" after "Benjamin Lancar") is that person again.
    const person = out.find(
      (c) =>
        c.kind === 'Person' && e.label === 'PER' && foldName(c.name).split(' ').slice(1).join(' ') === folded,
    );
    if (person) {
      person.occurrences.push(at);
      continue;
    }
    const existing =
      fresh.get(folded) ??
      [...fresh.values(), ...out].find(
        (c) =>
          folded.length >= 6 &&
          foldName(c.name).length >= 6 &&
          editDistance(foldName(c.name), folded, 2) <= 2,
      );
    if (existing) {
      existing.occurrences.push(at);
      // "Aljazzera" read as a place, "Aljazeera" as an organisation: one organisation, misspelt once.
      if (existing.kind === 'Place' && (e.label === 'PER' || e.label === 'ORG')) {
        const kind = KIND_OF_LABEL[e.label];
        used.delete(existing.id);
        existing.id = freeId(kind, existing.name, used);
        existing.kind = kind;
        existing.reason = `${existing.reason}; also ${e.label}`;
        if (SUBTYPE[kind]) existing.subtype = SUBTYPE[kind];
        else delete existing.subtype;
      }
      continue;
    }
    if (e.label === 'MISC' && !name.includes(' ')) continue; // a lone MISC word is mostly noise
    const kind = KIND_OF_LABEL[e.label];
    const ex = excerptAt(text, sentences, at.start, at.end);
    const c: Candidate = {
      id: freeId(kind, name, used),
      kind,
      name,
      ...(SUBTYPE[kind] ? { subtype: SUBTYPE[kind] } : {}),
      occurrences: [at],
      excerpt: text.slice(ex.start, ex.end),
      reason: `spaCy NER (${e.label})${e.label === 'MISC' ? ': check the kind' : ''}`,
      ner: e.label,
    };
    fresh.set(folded, c);
  }
  for (const c of fresh.values()) {
    if (c.occurrences.length > 1) c.reason = `${c.reason}; named ${c.occurrences.length} times`;
    out.push(c);
  }
  for (const c of out) c.occurrences.sort((a, b) => a.start - b.start);
  return out.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
}
