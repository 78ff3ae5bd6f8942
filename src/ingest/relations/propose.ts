/**
 * Relation proposals for one article: references (known mentions, candidates, what the discourse
 * resolves), the rules' drafts, then for each draft its excerpt — the sentences that hold both ends
 * named — checked by the support check and by the model (allowed ends). Pure: same inputs, same output.
 */
import { foldName } from '../../data/names.js';
import { RELATIONS, relationEndProblem, type NodeKind, type RelationType } from '../../data/model.js';
import { freeId, type Candidate } from '../candidates.js';
import type { KnownEntity, LinkedMention } from '../link.js';
import type { ParsedText } from '../nlp/parsed.js';
import { sentenceSpans, type Span } from '../text.js';
import { Discourse } from './discourse.js';
import { Rules, type Draft } from './rules.js';
import { PAGE_TAIL_HEADINGS } from './lexicon.js';
import { excerptNamesEnd, excerptSupports } from './support.js';
import { ArticleView, type EntityInfo, type Ref } from './view.js';

export interface RelationProposal {
  type: RelationType;
  from: string;
  to: string;
  date?: string;
  weight?: number;
  props: NonNullable<Draft['props']>;
  /** Verbatim passage of the article naming both ends. */
  excerpt: string;
  /** 0–1: how much the rule that made it is to be trusted (not a calibrated probability). */
  confidence: number;
  /** The rule or pattern that produced it. */
  rule: string;
  /**
   * Set when the excerpt names an end only by the phrase the discourse resolved ("cette rencontre",
   * "du gouvernement"): the dataset then needs the link declared inferred, and `basis` says how it
   * was read, so an accepted proposal passes the loader's support check as it stands.
   */
  inferred?: true;
  basis?: string;
}

/** A figure the article gives about an entity, proposed as a claim (the dataset's `claims:`). */
export interface ClaimProposal {
  subject: string;
  predicate: string;
  value: string;
  excerpt: string;
  confidence: number;
  rule: string;
}

export interface ProposalInput {
  articleId: string;
  text: string;
  articleDate?: string | undefined;
  parse: ParsedText;
  mentions: readonly LinkedMention[];
  candidates: readonly Candidate[];
  known: readonly KnownEntity[];
}

export interface ProposalResult {
  proposals: RelationProposal[];
  claims: ClaimProposal[];
  /**
   * The candidates, with the kinds the context corrected ("le réseau social « X »" is a platform, so
   * its id changes prefix), then the entities the relations need that the name spans did not give
   * (events, parts of organisations, pages and groups).
   */
  candidates: Candidate[];
}

/** Longest excerpt: a few sentences when a pronoun or title sends the name back one or two sentences. */
const MAX_EXCERPT = 1200;
const MAX_SENTENCES = 3;

export function proposeRelations(input: ProposalInput): ProposalResult {
  const sentences = sentenceSpans(input.text);
  const entities = new Map<string, EntityInfo>();
  for (const e of input.known)
    entities.set(e.id, {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      handle: e.handle ?? null,
      known: true,
      subtype: e.subtype ?? null,
      date: e.date ?? null,
      related: e.related ?? [],
    });
  for (const c of input.candidates)
    entities.set(c.id, {
      id: c.id,
      kind: c.kind,
      name: c.name,
      aliases: c.aliases ?? [],
      handle: c.handle ?? null,
      known: false,
      subtype: c.subtype ?? null,
    });
  const view = new ArticleView(input.text, input.parse, sentences, entities);
  for (const m of input.mentions)
    view.addRef({ id: m.entityId, kind: m.kind, start: m.offset, end: m.offset + m.length, via: 'name' });
  for (const c of input.candidates)
    for (const o of c.occurrences)
      view.addRef({ id: c.id, kind: c.kind, start: o.start, end: o.end, via: 'name' });

  const discourse = new Discourse(view, {
    articleDate: input.articleDate,
    usedIds: new Set([...entities.keys(), input.articleId]),
    knownEvents: [...entities.values()].filter((e) => e.kind === 'Event' && e.known),
  });
  discourse.resolve();
  const rules = new Rules(
    view,
    { id: input.articleId, date: input.articleDate },
    discourse.facts,
    discourse.owners,
  );
  // Nothing after the page's tail ("Les articles en relation", the comment form) is this article's.
  const tail = pageTailAt(input.text);
  const drafts = rules.run().filter((d) => d.at.start < tail);

  const article: EntityInfo = { id: input.articleId, kind: 'Article', name: '', aliases: [], known: true };
  const best = new Map<string, RelationProposal>();
  for (const d of drafts) {
    const from = d.from.kind === 'Article' ? article : view.entity(d.from.id);
    const to = view.entity(d.to.id);
    if (!from || !to) continue;
    if (relationEndProblem(d.type, from.id, from.kind as NodeKind, to.id, to.kind as NodeKind)) continue;
    const basisText = d.fromBasis ? view.slice(d.fromBasis) : undefined;
    // An end tied by a farther sentence: the excerpt is the passage, the basis that sentence.
    const excerpt = excerptFor(view, d.fromBasis ? { ...d, from: d.to } : d);
    if (!excerpt) continue;
    if (basisText !== undefined && !(excerptNamesEnd(excerpt, to) && excerptNamesEnd(basisText, from)))
      continue;
    // Events are rarely named, organisations often only described ("du gouvernement", "le parti").
    const refs = (r: Ref) =>
      view.refs
        .filter((x) => x.id === r.id && (r.kind === 'Event' || x.via === 'description'))
        .map((x) => view.slice(x));
    if (
      basisText === undefined &&
      !excerptSupports(excerpt, from, to, { from: refs(d.from), to: refs(d.to) })
    )
      continue;
    const basis = [
      basisText === undefined
        ? readingOf(excerpt, from, refs(d.from))
        : `« ${basisText.trim()} » is where the article names ${from.name} with ${to.name}`,
      readingOf(excerpt, to, refs(d.to)),
    ].filter(Boolean);
    const p: RelationProposal = {
      type: d.type,
      from: from.id,
      to: to.id,
      ...(d.date ? { date: d.date } : {}),
      ...(d.weight !== undefined ? { weight: d.weight } : {}),
      props: d.props ?? {},
      excerpt,
      confidence: d.confidence,
      rule: d.rule,
      ...(basis.length ? { inferred: true as const, basis: basis.join('; ').slice(0, 300) } : {}),
    };
    // One proposal per relation: quotations are told apart by their words, figures by their metric.
    const key = [p.type, p.from, p.to, p.props.quote ?? '', p.props.metric ?? '', p.weight ?? ''].join('|');
    const prev = best.get(key);
    if (!prev || prev.confidence < p.confidence) best.set(key, p);
  }
  const order = Object.keys(RELATIONS);
  const proposals = [...best.values()].sort(
    (a, b) =>
      input.text.indexOf(a.excerpt) - input.text.indexOf(b.excerpt) ||
      order.indexOf(a.type) - order.indexOf(b.type),
  );
  const claims: ClaimProposal[] = [];
  for (const c of rules.claims.filter((x) => x.at.start < tail)) {
    const subject = view.entity(c.subject.id);
    // The same excerpt rules as a relation's, with the subject at both ends.
    const excerpt = subject && excerptFor(view, { from: c.subject, to: c.subject, at: c.at });
    if (!subject || !excerpt || !excerptSupports(excerpt, subject, subject)) continue;
    if (claims.some((x) => x.subject === subject.id && x.predicate === c.predicate && x.value === c.value))
      continue;
    claims.push({
      subject: subject.id,
      predicate: c.predicate,
      value: c.value,
      excerpt,
      confidence: c.confidence,
      rule: c.rule,
    });
  }

  // A candidate the context re-kinded gets an id with its new kind's prefix, everywhere.
  const used = new Set([...entities.keys()]);
  const renamed = new Map<string, string>();
  const candidates = [...input.candidates, ...discourse.newCandidates].map((c) => {
    // Forms the discourse found for it ("SM le Roi", "Fédération numérique de l'U") are its aliases.
    const aliases = view.entity(c.id)?.aliases ?? [];
    if (aliases.length > (c.aliases?.length ?? 0)) c = { ...c, aliases: [...aliases] };
    const k = discourse.rekinded.get(c.id);
    if (!k) return c;
    const id = freeId(k.kind, c.name, used);
    renamed.set(c.id, id);
    return { ...c, id, kind: k.kind, subtype: k.subtype, reason: `${c.reason}; named as a ${k.subtype}` };
  });
  for (const p of proposals) {
    p.from = renamed.get(p.from) ?? p.from;
    p.to = renamed.get(p.to) ?? p.to;
  }
  for (const c of claims) c.subject = renamed.get(c.subject) ?? c.subject;
  return { proposals, claims, candidates };
}

/**
 * The sentences holding the draft's passage and both ends; a reference that is not a name (a pronoun,
 * a title, "cette rencontre") brings in the nearest sentence that names its entity.
 */
function excerptFor(view: ArticleView, d: Pick<Draft, 'from' | 'to' | 'at'>): string | undefined {
  const idx = (offset: number) => Math.max(0, view.sentenceOf(offset));
  let first = idx(d.at.start);
  let last = idx(Math.max(d.at.start, d.at.end - 1));
  for (const r of [d.from, d.to]) {
    if (r.kind === 'Article') continue;
    // The mention of the entity nearest the passage that names it (a pronoun or title stands for it).
    const named = view.refs.filter((x) => x.id === r.id && x.via === 'name');
    const near = (x: Ref) => Math.abs(idx(x.start) - idx(d.at.start));
    const pick = [...named].sort((a, b) => near(a) - near(b))[0];
    const own = r.via === 'name' ? r : pick;
    const use = [r, ...(pick && own && near(pick) < near(own) ? [pick] : own ? [own] : [])];
    const close = use.filter((x) => near(x) <= MAX_SENTENCES - 1);
    for (const x of close.length ? close : use.slice(0, 1)) {
      first = Math.min(first, idx(x.start));
      last = Math.max(last, idx(x.start));
    }
  }
  if (last - first + 1 > MAX_SENTENCES + 1) return undefined;
  const span: Span = { start: view.sentences[first]!.start, end: view.sentences[last]!.end };
  if (span.end - span.start > MAX_EXCERPT) return undefined;
  return view.slice(span);
}

/** Where the article's own text ends: the first line that is a page-tail heading (else the end). */
export function pageTailAt(text: string): number {
  let at = 0;
  for (const line of text.split('\n')) {
    const f = foldName(line)
      .replace(/[^a-z ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (f && PAGE_TAIL_HEADINGS.includes(f)) return at;
    at += line.length + 1;
  }
  return text.length;
}

/** How an excerpt that does not name `end` refers to it: `« du gouvernement » is Gouvernement du Maroc`. */
function readingOf(excerpt: string, end: EntityInfo, references: readonly string[]): string | undefined {
  if (end.kind === 'Article' || excerptNamesEnd(excerpt, end)) return undefined;
  const phrase = references.find((r) => excerptNamesEnd(excerpt, end, [r]));
  if (!phrase) return undefined;
  const how =
    end.kind === 'Event'
      ? 'the event the article speaks of'
      : `the ${end.subtype ?? 'organisation'} meant here`;
  return `« ${phrase} » is ${end.name} (${how})`;
}
