/**
 * One article as the relation rules read it: the spaCy tokens (lemma, part of speech, dependency),
 * the project's sentences, the quotations, and every reference to an entity — known mentions,
 * candidates' occurrences, and what the discourse step resolves (pronouns, titles, "cette rencontre").
 */
import type { NodeKind } from '../../data/model.js';
import { foldName } from '../../data/names.js';
import type { KnownEntity } from '../link.js';
import type { ParsedText, ParsedToken } from '../nlp/parsed.js';
import type { Span } from '../text.js';
import type { NamedEnd } from './support.js';

/** An entity the article may refer to: known (the graph's subtype, date and related ids) or a candidate. */
export interface EntityInfo extends NamedEnd, Pick<KnownEntity, 'subtype' | 'date' | 'related'> {
  known: boolean;
}

/** How a reference names its entity. */
export type RefVia = 'name' | 'pronoun' | 'title' | 'description' | 'anaphora' | 'date';

export interface Ref extends Span {
  id: string;
  kind: NodeKind;
  via: RefVia;
}

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  inner: Span;
}

/** Endings of -er verbs (folded: "indiqué" is "indique"), longest first. */
const ER_ENDINGS = [
  'eraient',
  'erait',
  'eront',
  'aient',
  'erai',
  'era',
  'ait',
  'ant',
  'ent',
  'ees',
  'ons',
  'ez',
  'ee',
  'es',
  'e',
  'a',
];
const IRREGULAR: Readonly<Record<string, string>> = {
  dit: 'dire',
  dis: 'dire',
  disent: 'dire',
  disait: 'dire',
  reconnu: 'reconnaitre',
  reconnait: 'reconnaitre',
  ecrit: 'ecrire',
  ecrivent: 'ecrire',
  admis: 'admettre',
  promis: 'promettre',
  repond: 'repondre',
  repondu: 'repondre',
  defend: 'defendre',
  defendu: 'defendre',
  conclut: 'conclure',
  reconnaissent: 'reconnaitre',
};

/**
 * The token's lemma, folded. The French model leaves some verb forms as they are ("indique",
 * "invité"): then the infinitive is guessed from the usual endings, so the verb lexicons still match.
 */
function lemmaOf(t: ParsedToken): string {
  const lemma = foldName(t.lemma);
  const word = foldName(t.text);
  if (lemma !== word || !['VERB', 'AUX', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)) return lemma;
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (t.pos === 'NOUN' || (t.pos === 'PROPN' && !/e(e|es|s)?$/.test(word))) return lemma;
  const ending = ER_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? `${word.slice(0, -ending.length)}er` : lemma;
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** Quotations: « … » (nested ones inside the outer), “ … ”, and straight "…" pairs. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const stack: { open: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (top && c === OPENERS[top.open]) {
      stack.pop();
      if (!stack.length) out.push({ start: top.at, end: i + 1, inner: trimSpan(text, top.at + 1, i) });
    } else if (c in OPENERS && !(c === '"' && top?.open === '"')) {
      stack.push({ open: c, at: i });
    } else if (c === '\n') {
      stack.length = 0; // a line (paragraph, title) ends every open quote: its closing mark is missing
    }
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export class ArticleView {
  readonly tokens: readonly ParsedToken[];
  /** foldName of each token's text and lemma. */
  readonly folded: readonly string[];
  readonly lemmas: readonly string[];
  readonly quotes: readonly Quote[];
  private readonly heads: (number | undefined)[];
  private readonly refList: Ref[] = [];

  constructor(
    readonly text: string,
    parse: ParsedText,
    readonly sentences: readonly Span[],
    readonly entities: Map<string, EntityInfo>,
  ) {
    // Whitespace tokens carry nothing; heads are re-pointed into the kept list.
    const kept = new Map<number, number>();
    const tokens: ParsedToken[] = [];
    parse.tokens.forEach((t, raw) => {
      if (t.pos === 'SPACE' || !t.text.trim()) return;
      kept.set(raw, tokens.length);
      tokens.push(t);
    });
    this.tokens = tokens;
    this.heads = tokens.map((t, i) => {
      const h = kept.get(t.head);
      return h === i ? undefined : h;
    });
    this.folded = this.tokens.map((t) => foldName(t.text));
    this.lemmas = this.tokens.map((t) => lemmaOf(t));
    this.quotes = findQuotes(text);
  }

  /** Position of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token indices inside a span. */
  tokensIn(s: Span): number[] {
    const out: number[] = [];
    for (let i = this.tokenAt(s.start); i < this.tokens.length && this.tokens[i]!.start < s.end; i++)
      out.push(i);
    return out;
  }

  /** The syntactic head of token i (undefined for a root). */
  headOf(i: number): number | undefined {
    return this.heads[i];
  }

  /** Children of token i (in the kept list) with a dependency label matching `dep`. */
  children(i: number, dep: RegExp): number[] {
    const out: number[] = [];
    this.tokens.forEach((_, j) => {
      if (j !== i && this.headOf(j) === i && dep.test(this.tokens[j]!.dep)) out.push(j);
    });
    return out;
  }

  sentenceOf(offset: number): number {
    const i = this.sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return i >= 0 ? i : this.sentences.findIndex((s) => offset < s.start) - 1;
  }

  quoteAt(offset: number): Quote | undefined {
    return this.quotes.find((q) => q.start <= offset && offset < q.end);
  }

  addRef(r: Ref): void {
    if (this.refList.some((x) => x.start === r.start && x.end === r.end && x.id === r.id)) return;
    this.refList.push(r);
    this.refList.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  get refs(): readonly Ref[] {
    return this.refList;
  }

  refsIn(s: Span, kinds?: readonly NodeKind[]): Ref[] {
    return this.refList.filter(
      (r) => r.start >= s.start && r.end <= s.end && (!kinds || kinds.includes(r.kind)),
    );
  }

  /** The reference covering token i, if any (the longest). */
  refAtToken(i: number, kinds?: readonly NodeKind[]): Ref | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    return this.refList.find(
      (r) => r.start <= t.start && t.end <= r.end && (!kinds || kinds.includes(r.kind)),
    );
  }

  /** The last reference of one of `kinds` ending before `offset`, within `sentences` sentences back. */
  lastRefBefore(
    offset: number,
    kinds: readonly NodeKind[],
    sentences = 3,
    outsideQuotes = true,
  ): Ref | undefined {
    const first = this.sentences[Math.max(0, this.sentenceOf(offset) - sentences)]?.start ?? 0;
    for (let k = this.refList.length - 1; k >= 0; k--) {
      const r = this.refList[k]!;
      if (r.end > offset || r.start < first || !kinds.includes(r.kind)) continue;
      if (outsideQuotes && this.quoteAt(r.start)) continue;
      return r;
    }
    return undefined;
  }

  /**
   * The one entity of `kinds` named beside `ref`'s entity in the nearest other sentence, within
   * `window` sentences either way, that names both (outside quotes) and no other of `kinds`: whom a
   * platform goes with when the sentence at hand does not say ("Avec « X », le parti voudrait…").
   */
  companionOf(
    ref: Ref,
    kinds: readonly NodeKind[],
    window: number,
  ): { ref: Ref; sentence: Span } | undefined {
    const here = this.sentenceOf(ref.start);
    for (let d = 1; d <= window; d++)
      for (const k of [here + d, here - d]) {
        const sentence = this.sentences[k];
        if (!sentence || !this.refsIn(sentence).some((r) => r.id === ref.id)) continue;
        const others = this.refsIn(sentence, kinds).filter((r) => r.id !== ref.id && !this.quoteAt(r.start));
        if (others.length && others.every((r) => r.id === others[0]!.id))
          return { ref: others[0]!, sentence };
      }
    return undefined;
  }

  /**
   * The last person or organisation before `offset` a possessive ("sa", "son") points to: a person
   * whose title holds the organisation ("le chef du gouvernement") rather than the organisation.
   */
  lastActorBefore(offset: number, sentences = 3): Ref | undefined {
    const r = this.lastRefBefore(offset, ['Person', 'Organization'], sentences);
    if (!r || r.kind === 'Person') return r;
    return this.refList.find((p) => p.kind === 'Person' && p.start <= r.start && r.end <= p.end) ?? r;
  }

  entity(id: string): EntityInfo | undefined {
    return this.entities.get(id);
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }
}
