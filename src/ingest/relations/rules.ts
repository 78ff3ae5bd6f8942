/**
 * The relation rules: each reads one pattern of French in the parsed article — a quotation and its
 * speaker, a role in apposition, a trigger verb with its subject and objects, a list of guests, a
 * figure with what it counts — and drafts proposals between the references it finds. Every draft
 * names the rule that made it; ./propose.ts gives it its excerpt and checks it.
 */
import { AMPLIFICATION_METRICS, type RelationType } from '../../data/model.js';
import { HONORIFICS } from '../../data/names.js';
import type { RelationEntry } from '../../data/schema.js';
import type { Span } from '../text.js';
import { ACTOR, type DiscourseFact } from './discourse.js';
import { COMMON_WORDS } from '../words.js';
import { dateIn, figuresIn, type Figure } from './figures.js';
import {
  APPOINT_VERBS,
  ATTEND_VERBS,
  ATTRIBUTION,
  FOUND_VERBS,
  FOUNDER_NOUNS,
  GUEST_NOUNS,
  HOST_VERBS,
  INVITE_VERBS,
  LAUNCH_VERBS,
  MEMBER_NOUNS,
  NEGATIONS,
  ORGANIZE_VERBS,
  PERSON_PRONOUNS,
  POSSESSIVES,
  PRESENCE_PHRASES,
  isRoleWord,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from './lexicon.js';
import type { ArticleView, Ref } from './view.js';

export interface Draft {
  type: RelationType;
  from: Ref;
  to: Ref;
  props?: RelationEntry['props'];
  weight?: number;
  date?: string;
  /** The passage the evidence is in (its sentences become the excerpt). */
  at: Span;
  confidence: number;
  rule: string;
  /**
   * For a `from` end the passage does not name, the farther sentence that ties it to `to`: the
   * proposal is then inferred, with that sentence as its basis (../relations/propose.ts).
   */
  fromBasis?: Span;
}

const CLAUSE_END = new Set([',', ')', '.', ';', ':', '!', '?', '(', '«', '»', '"']);
const PREPOSITIONS = new Set(['de', 'du', 'des', 'd', 'au', 'aux', 'a', 'aupres', 'chez']);
const COPULAS = new Set(['etre', 'devenir', 'rester']);

/** A sourced figure about one entity: members, visitors, fans, a cost (a claim of the dataset). */
export interface ClaimDraft {
  subject: Ref;
  /** camelCase, like the dataset's claims: members, monthlyVisitors, cost… */
  predicate: string;
  /** The figure as the article writes it, with what it counts ("7.002 membres actifs", "500 000 €"). */
  value: string;
  at: Span;
  confidence: number;
  rule: string;
}

export class Rules {
  readonly drafts: Draft[] = [];
  readonly claims: ClaimDraft[] = [];
  private readonly speakers = new Map<number, Ref>();

  constructor(
    private readonly v: ArticleView,
    private readonly article: { id: string; date?: string | undefined },
    private readonly facts: readonly DiscourseFact[],
    private readonly owners: ReadonlyMap<string, string> = new Map(),
  ) {}

  run(): Draft[] {
    this.quotations();
    this.roles();
    this.memberships();
    this.invitations();
    this.attendance();
    this.organizing();
    this.appointments();
    this.launches();
    this.figures();
    for (const f of this.facts) this.push(f.type, f.from, f.to, f.at, f.confidence, f.rule);
    return this.drafts;
  }

  // ——— helpers ———

  private w(i: number): string {
    return this.v.folded[i] ?? '';
  }

  /** Token i is a role noun ("vice-président" and "co-fondatrice" count by their first part). */
  private isRole(i: number): boolean {
    return isRoleWord(this.w(i));
  }

  private lemma(i: number): string {
    return this.v.lemmas[i] ?? '';
  }

  private sentence(offset: number): Span {
    return this.v.sentences[this.v.sentenceOf(offset)] ?? { start: offset, end: offset };
  }

  private push(
    type: RelationType,
    from: Ref | undefined,
    to: Ref | undefined,
    at: Span,
    confidence: number,
    rule: string,
    extra: Partial<Pick<Draft, 'props' | 'weight' | 'date' | 'fromBasis'>> = {},
  ): void {
    if (!from || !to || from.id === to.id) return;
    this.drafts.push({ type, from, to, at, confidence, rule, ...extra });
  }

  private dateOf(at: Span): string | undefined {
    const d = dateIn(this.v.slice(at), this.article.date);
    return d?.iso && !d.yearInferred ? d.iso : undefined;
  }

  private articleRef(at: Span): Ref {
    return { id: this.article.id, kind: 'Article', start: at.start, end: at.end, via: 'name' };
  }

  /** Whether token i is negated ("n'ai pas assisté"). */
  private negated(i: number): boolean {
    return (
      this.v.children(i, /advmod/).some((c) => NEGATIONS.has(this.w(c))) ||
      NEGATIONS.has(this.w(i + 1)) ||
      NEGATIONS.has(this.w(i + 2))
    );
  }

  /** The reference standing for a pronoun at token i (il, elle, -t-il), or the last person before. */
  private pronounRef(i: number): Ref | undefined {
    return this.v.lastRefBefore(this.v.tokens[i]!.start, ['Person'], 3);
  }

  /** The subject of verb i as a reference: its nsubj (through xcomp/conj heads), pronouns resolved. */
  private subjectOf(i: number, kinds = ACTOR): Ref | undefined {
    for (let verb: number | undefined = i, hops = 0; verb !== undefined && hops < 3; hops++) {
      for (const c of this.v.children(verb, /^nsubj/)) {
        const r = this.refNear(c, kinds);
        if (r) return r;
        if (PERSON_PRONOUNS.has(this.w(c))) return this.pronounRef(c);
      }
      const dep: string = this.v.tokens[verb]!.dep;
      verb = /^(xcomp|conj|ccomp|advcl)/.test(dep) ? this.v.headOf(verb) : undefined;
    }
    return undefined;
  }

  /** A reference covering token i or the name its subtree heads (flat:name, nmod). */
  private refNear(i: number, kinds = ACTOR): Ref | undefined {
    return (
      this.v.refAtToken(i, kinds) ??
      this.v
        .children(i, /^(flat|nmod|appos)/)
        .map((c) => this.v.refAtToken(c, kinds))
        .find(Boolean)
    );
  }

  /** References listed from token i on: "A, B et C", "de A et de B" — until the list ends. */
  private listFrom(i: number, kinds = ACTOR, max = 12): Ref[] {
    const out: Ref[] = [];
    let j = i;
    let afterEt = false;
    while (j < this.v.tokens.length && out.length < max) {
      const r = this.v.refAtToken(j, kinds);
      if (r) {
        if (!out.some((x) => x.id === r.id)) out.push(r);
        j = this.v.tokenAt(r.end);
        // "A, B et C": the list ends with the item after "et".
        if (afterEt) break;
        continue;
      }
      if (this.w(j) === 'et') afterEt = true;
      const w = this.w(j);
      if (
        w === 'et' ||
        w === 'de' ||
        w === 'des' ||
        // "avec le groupe parlementaire du P": a determiner before the item.
        ((w === 'le' || w === 'la' || w === 'les' || w === 'l') && this.v.refAtToken(j + 1, kinds)) ||
        w.split(' ').every((x) => HONORIFICS.has(x)) ||
        this.v.tokens[j]!.text === ',' ||
        (w === 'd' && out.length)
      ) {
        j++;
        continue;
      }
      // An apposition after a name ("A, ingénieur, B, consultante"): skip to the next comma.
      if (out.length && this.v.tokens[j - 1]?.text === ',') {
        let k = j;
        while (k < this.v.tokens.length && k < j + 8 && !CLAUSE_END.has(this.v.tokens[k]!.text)) k++;
        if (this.v.tokens[k]?.text === ',') {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return out;
  }

  // ——— QUOTED ———

  private quotations(): void {
    const v = this.v;
    v.quotes.forEach((q, n) => {
      const words = v.slice(q.inner).split(/\s+/).filter(Boolean);
      if (words.length < 3) return; // scare quotes and titles: « geek », « influenceurs »
      // A name in quotation marks (« Club X », la plateforme « Les Y »), not a quotation.
      const inner = q.inner.end - q.inner.start;
      if (v.refsIn(q.inner).some((r) => (r.end - r.start) / inner > 0.6)) return;
      if (v.quotes.some((o) => o !== q && o.start < q.start && q.end <= o.end)) return;
      const s = this.sentence(q.start);
      const e = this.sentence(Math.max(q.start, q.end - 1));
      const said = this.speakerOf(q, s, e, n);
      if (!said) return;
      // A quotation from "@handle" is its owner's.
      const owner = said.ref.kind === 'Account' ? this.owners.get(said.ref.id) : undefined;
      const ownerRef = owner
        ? v.refs
            .filter((r) => r.id === owner && r.via === 'name')
            .sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0]
        : undefined;
      const found = ownerRef ? { ...said, ref: ownerRef, rule: `${said.rule}-account-owner` } : said;
      if (found.ref.kind === 'Account') return;
      this.speakers.set(n, found.ref);
      const at = { start: Math.min(s.start, found.ref.start), end: Math.max(e.end, found.ref.end) };
      this.push('QUOTED', this.articleRef(q), found.ref, at, found.confidence, found.rule, {
        props: { quote: v.slice(q.inner).slice(0, 1000) },
      });
    });
  }

  private speakerOf(
    q: { start: number; end: number },
    s: Span,
    e: Span,
    n: number,
  ): { ref: Ref; confidence: number; rule: string } | undefined {
    const v = this.v;
    const outside = (r: Ref) => !v.quoteAt(r.start);
    const after = v.tokensIn({ start: q.end, end: e.end });
    const before = v.tokensIn({ start: s.start, end: q.start });
    // « … » nous explique X / a-t-il reconnu / assure-t-il / nous confie notre source
    const trig = after
      .slice(0, 6)
      .find((i) => SPEECH_VERBS.has(this.lemma(i)) && v.tokens[i]!.pos !== 'NOUN');
    if (trig !== undefined) {
      const named = v
        .refsIn({ start: v.tokens[trig]!.end, end: e.end }, ['Person', 'Organization'])
        .filter(outside)[0];
      const near = named && v.tokenAt(named.start) - trig <= 4;
      if (named && near) return { ref: named, confidence: 0.85, rule: 'quote-then-speech-verb-then-speaker' };
      const pron = after
        .slice(Math.max(0, after.indexOf(trig) - 2), after.indexOf(trig) + 4)
        .find((i) => PERSON_PRONOUNS.has(this.w(i)));
      if (pron !== undefined) {
        const r = this.pronounRef(pron);
        if (r) return { ref: r, confidence: 0.65, rule: 'quote-then-speech-verb-then-pronoun' };
      }
      if (after.some((i) => this.w(i) === 'source')) {
        const prev = [...this.speakers.entries()].filter(([k]) => k < n).pop()?.[1];
        if (prev) return { ref: prev, confidence: 0.55, rule: 'quote-then-our-source' };
      }
      if (named) return { ref: named, confidence: 0.6, rule: 'quote-then-speech-verb-then-speaker' };
    }
    // « … » X.  (a name alone after the quotation, ending the sentence)
    const bare = v.refsIn({ start: q.end, end: e.end }, ['Person'])[0];
    if (
      bare &&
      v.tokensIn({ start: q.end, end: bare.start }).every((i) => /^[\p{P}]+$/u.test(v.tokens[i]!.text)) &&
      v.tokensIn({ start: bare.end, end: e.end }).every((i) => /^[\p{P}]+$/u.test(v.tokens[i]!.text))
    )
      return { ref: bare, confidence: 0.6, rule: 'quote-then-name' };
    // X explique : « … » / comme le signale X, « … » / selon X, « … » / en signalant qu'… « … »
    const cue = [...before]
      .reverse()
      .find(
        (i) => SPEECH_VERBS.has(this.lemma(i)) || ATTRIBUTION.has(this.w(i)) || SPEECH_NOUNS.has(this.w(i)),
      );
    if (cue !== undefined) {
      const between = v
        .refsIn({ start: v.tokens[cue]!.end, end: q.start }, ['Person', 'Organization', 'Account'])
        .filter(outside)[0];
      if (
        between &&
        (ATTRIBUTION.has(this.w(cue)) || v.tokenAt(between.start) - cue <= 6 || this.w(cue) === 'reponse')
      )
        return { ref: between, confidence: 0.8, rule: 'speaker-cue-then-quote' };
      const subj = this.subjectOf(cue, ['Person', 'Organization']);
      if (subj && outside(subj))
        return { ref: subj, confidence: 0.75, rule: 'speech-verb-subject-then-quote' };
      const poss = before.find((i) => POSSESSIVES.has(this.w(i)) && i < cue + 2 && i >= cue - 2);
      const beforeRef = v
        .refsIn({ start: s.start, end: v.tokens[cue]!.start }, ['Person'])
        .filter(outside)
        .pop();
      if (beforeRef) return { ref: beforeRef, confidence: 0.7, rule: 'speaker-then-speech-verb-then-quote' };
      if (poss !== undefined || before.slice(-4).some((i) => PERSON_PRONOUNS.has(this.w(i)))) {
        const r = v.lastRefBefore(v.tokens[cue]!.start, ['Person'], 3);
        if (r) return { ref: r, confidence: 0.55, rule: 'pronoun-speech-cue-then-quote' };
      }
    }
    // « …, indique X. … » — the attribution inside the quotation marks.
    const inside = v.tokensIn(q).find((i) => SPEECH_VERBS.has(this.lemma(i)) && v.tokens[i]!.pos === 'VERB');
    const incise = inside !== undefined ? v.refAtToken(inside + 1, ['Person']) : undefined;
    if (incise) return { ref: incise, confidence: 0.6, rule: 'speech-verb-incise-in-quote' };
    // A quotation that opens the sentence after "X explique à Y :" — the speaker of the colon.
    const prev = this.v.sentences[this.v.sentenceOf(s.start) - 1];
    if (!before.length && prev && /:\s*$/.test(v.slice(prev))) {
      const pt = v.tokensIn(prev);
      const verb = pt.find((i) => SPEECH_VERBS.has(this.lemma(i)));
      const r =
        verb !== undefined
          ? (this.subjectOf(verb, ['Person']) ?? v.refsIn(prev, ['Person']).pop())
          : undefined;
      if (r) return { ref: r, confidence: 0.55, rule: 'colon-intro-then-quote' };
    }
    // The previous quotation's speaker goes on ("«blague pas drôle», «du second degré»").
    const last = [...this.speakers.entries()].filter(([k]) => k < n).pop();
    const lastQuote = last ? v.quotes[last[0]] : undefined;
    if (
      last &&
      lastQuote &&
      v.sentenceOf(lastQuote.start) >= v.sentenceOf(s.start) - 1 &&
      !v.refsIn({ start: lastQuote.end, end: q.start }, ['Person']).length
    )
      return { ref: last[1], confidence: 0.45, rule: 'quote-continues-previous-speaker' };
    return undefined;
  }

  // ——— HOLDS_ROLE, MEMBER_OF, FOUNDED from roles ———

  /** A role phrase from token i: its title and the organisation it names, up to the clause's end. */
  private rolePhrase(i: number): { title: string; org?: Ref; end: number; roles: number } | undefined {
    const v = this.v;
    let j = i;
    let org: Ref | undefined;
    let titleEnd = i;
    let roles = 0;
    let posting = false;
    while (
      j < v.tokens.length &&
      j < i + 16 &&
      !CLAUSE_END.has(v.tokens[j]!.text) &&
      !['VERB', 'AUX'].includes(v.tokens[j]!.pos)
    ) {
      if (this.isRole(j)) roles++;
      // "ambassadeur … auprès de l'U": where the role is exercised, not whose role it is.
      if (this.w(j) === 'aupres') posting = true;
      const r = posting ? undefined : v.refAtToken(j, ['Organization', 'Platform', 'Account']);
      if (
        (r && j > i && PREPOSITIONS.has(this.w(j - 1))) ||
        (r && j > i + 1 && ['la', 'l', 'le'].includes(this.w(j - 1)) && PREPOSITIONS.has(this.w(j - 2)))
      ) {
        org = r;
        break;
      }
      titleEnd = j;
      j++;
    }
    if (!roles) return undefined;
    // The title stops before the preposition that introduces the organisation.
    let t = titleEnd;
    while (t > i && (PREPOSITIONS.has(this.w(t)) || ['la', 'l', 'le', 'les'].includes(this.w(t)))) t--;
    const title = v.slice({ start: v.tokens[i]!.start, end: v.tokens[t]!.end });
    return { title, ...(org ? { org } : {}), end: org ? v.tokenAt(org.end) : j, roles };
  }

  private holds(
    person: Ref,
    phrase: { title: string; org?: Ref; roles: number },
    people: Ref[],
    at: Span,
    rule: string,
    confidence: number,
  ): void {
    if (!phrase.org) return;
    const founder =
      FOUNDER_NOUNS.has(phrase.title.toLowerCase().replace(/^co-?/, '').split(/\s/)[0] ?? '') ||
      /fondat/i.test(phrase.title.split(/\s/)[0] ?? '');
    const date = this.dateOf(at);
    if (founder)
      this.push('FOUNDED', person, phrase.org, at, confidence, `${rule}-founder`, {
        props: { role: phrase.title },
      });
    else if (people.length > 1 && phrase.roles > 1)
      // "A et B, vice-président et trésorier du P": who holds which is not said — membership is.
      this.push('MEMBER_OF', person, phrase.org, at, confidence, 'shared-role-list');
    else
      this.push('HOLDS_ROLE', person, phrase.org, at, confidence, rule, {
        props: { title: phrase.title },
        ...(date ? { date } : {}),
      });
  }

  private roles(): void {
    const v = this.v;
    const people = v.refs.filter((r) => r.kind === 'Person');
    for (const r of people) {
      const s = this.sentence(r.start);
      const after = v.tokenAt(r.end);
      // "A, responsable des réseaux sociaux au P" (and "A et de B, …")
      if (v.tokens[after]?.text === ',') {
        let k = after + 1;
        while (
          ['le', 'la', 'l', 'nouveau', 'nouvelle', 'ancien', 'ancienne', 'actuel', 'actuelle'].includes(
            this.w(k),
          )
        )
          k++;
        const phrase = this.isRole(k) ? this.rolePhrase(k) : undefined;
        if (phrase) {
          const list = this.coordinatedBefore(r);
          for (const p of list) this.holds(p, phrase, list, s, 'role-apposition', 0.8);
          continue;
        }
      }
      const first = v.tokenAt(r.start);
      // "le nouveau chef du gouvernement, A" / "le secrétaire général du P A" / "Le secrétaire général (A)"
      if (
        v.tokens[first - 1]?.text === ',' ||
        v.tokens[first - 1]?.text === '(' ||
        this.isRole(first - 1) ||
        this.v.refAtToken(first - 1, ['Organization'])
      ) {
        const end =
          v.tokens[first - 1]?.text === ',' || v.tokens[first - 1]?.text === '(' ? first - 2 : first - 1;
        let k = end;
        while (k > 0 && end - k < 10 && !CLAUSE_END.has(v.tokens[k - 1]!.text) && !this.isRole(k)) k--;
        while (k > 0 && this.isRole(k - 1)) k--;
        // "A, co-fondatrice de X, B": the role after a comma and a name is A's, not B's.
        const det = ['le', 'la', 'l', 'nouveau', 'nouvelle', 'ancien', 'ancienne'].includes(this.w(k - 1))
          ? k - 1
          : k;
        const appositionOfAnother = v.tokens[det - 1]?.text === ',' && !!v.refAtToken(det - 2, ['Person']);
        if (this.isRole(k) && !appositionOfAnother) {
          const phrase = this.rolePhrase(k);
          if (phrase && phrase.end >= end - 1) {
            if (!phrase.org && v.tokens[first - 1]?.text === '(') {
              const org = v.lastRefBefore(v.tokens[k]!.start, ['Organization'], 6);
              if (org) this.holds(r, { ...phrase, org }, [r], s, 'role-then-name-in-brackets', 0.4);
            } else this.holds(r, phrase, [r], s, 'role-then-name', 0.75);
            continue;
          }
        }
      }
      // "A … sa qualité de secrétaire général du parti" / "A est secrétaire général du P"
      const inSentence = v.tokensIn({ start: r.end, end: s.end });
      const q = inSentence.find(
        (i) => this.w(i) === 'qualite' && this.w(i + 1) === 'de' && this.isRole(i + 2),
      );
      const cop = inSentence
        .slice(0, 3)
        .find(
          (i) =>
            (COPULAS.has(this.lemma(i)) && this.isRole(i + 1)) ||
            (COPULAS.has(this.lemma(i)) && ['le', 'la'].includes(this.w(i + 1)) && this.isRole(i + 2)),
        );
      const at =
        q !== undefined ? q + 2 : cop !== undefined ? (this.isRole(cop + 1) ? cop + 1 : cop + 2) : undefined;
      if (at !== undefined && !v.refsIn({ start: r.end, end: v.tokens[at]!.start }, ['Person']).length) {
        const phrase = this.rolePhrase(at);
        if (phrase)
          this.holds(r, phrase, [r], s, q !== undefined ? 'in-capacity-of-role' : 'copula-role', 0.7);
      }
    }
  }

  /** "A et de B" before a comma: the people a following apposition is about. */
  private coordinatedBefore(last: Ref): Ref[] {
    const v = this.v;
    const out = [last];
    let i = v.tokenAt(last.start) - 1;
    while (i > 0) {
      if (this.w(i) === 'de' || this.w(i) === 'd') i--;
      if (this.w(i) !== 'et' && v.tokens[i]?.text !== ',') break;
      const r = v.refAtToken(i - 1, ['Person']);
      if (!r) break;
      out.unshift(r);
      i = v.tokenAt(r.start) - 1;
    }
    return out;
  }

  private memberships(): void {
    const v = this.v;
    v.tokens.forEach((t, i) => {
      // "A, membre du P" / "A est militante du P"
      if (MEMBER_NOUNS.has(this.w(i))) {
        const of = PREPOSITIONS.has(this.w(i + 1)) ? i + (['la', 'l'].includes(this.w(i + 2)) ? 3 : 2) : -1;
        const org = of > 0 ? v.refAtToken(of, ['Organization']) : undefined;
        const who =
          v.refAtToken(i - 2, ACTOR) ??
          (COPULAS.has(this.lemma(i - 1)) ? v.refAtToken(i - 2, ACTOR) : undefined);
        if (org && who) this.push('MEMBER_OF', who, org, this.sentence(t.start), 0.7, 'member-noun');
      }
      // "A (P)"
      if (t.text === '(' && v.tokens[i + 2]?.text === ')') {
        const who = v.refAtToken(i - 1, ['Person']);
        const org = v.refAtToken(i + 1, ['Organization']);
        if (who && org)
          this.push('MEMBER_OF', who, org, this.sentence(t.start), 0.6, 'name-then-organisation-in-brackets');
      }
    });
  }

  // ——— INVITED ———

  /** Who invites, for the article: the subject of the first "inviter", or "une invitation … pour rencontrer X". */
  private inviter(): Ref | undefined {
    const v = this.v;
    for (let i = 0; i < v.tokens.length; i++) {
      if (
        INVITE_VERBS.has(this.lemma(i)) &&
        v.tokens[i]!.pos === 'VERB' &&
        !v.children(i, /aux:pass/).length
      ) {
        const s = this.subjectOf(i);
        if (s) return s;
      }
      if (this.w(i) === 'invitation') {
        const meet = v
          .tokensIn({ start: v.tokens[i]!.end, end: this.sentence(v.tokens[i]!.start).end })
          .find((j) => this.lemma(j) === 'rencontrer');
        const r = meet !== undefined ? v.refAtToken(meet + 1, ACTOR) : undefined;
        if (r) return r;
      }
    }
    return undefined;
  }

  private invitations(): void {
    const v = this.v;
    const host = this.inviter();
    v.tokens.forEach((t, i) => {
      const s = this.sentence(t.start);
      const event = v.refsIn(s, ['Event'])[0] ?? v.lastRefBefore(t.start, ['Event'], 6, false);
      const props = {
        response: 'unknown' as const,
        ...(event && v.entity(event.id) ? { event: event.id } : {}),
      };
      if (
        INVITE_VERBS.has(this.lemma(i)) &&
        (['VERB', 'ADJ', 'PROPN'].includes(t.pos) || t.dep === 'acl' || /^(ROOT|advcl)$/.test(t.dep))
      ) {
        // "invité(e) par X", "Invité au forum…" are passive; "a invité" (with avoir) is not.
        const participle = /^(invit|convi)ée?s?$/i.test(t.text);
        const withAvoir = v.children(i, /^aux/).some((c) => this.lemma(c) === 'avoir');
        const passive = v.children(i, /aux:pass/).length > 0 || (participle && !withAvoir);
        if (!passive) {
          const subj = this.subjectOf(i);
          const objs = v.children(i, /^(obj|iobj)/).flatMap((c) => this.listFrom(c, ACTOR));
          for (const o of objs)
            this.push('INVITED', subj, o, s, 0.7, 'invite-verb-subject-object', { props });
          return;
        }
        // "invité par X" / "Invité au forum d'X, A …"
        const by = this.w(i + 1) === 'par' ? v.refAtToken(i + 2, ACTOR) : undefined;
        const ev = v.refAtToken(i + 2, ['Event']) ?? v.refAtToken(i + 3, ['Event']);
        const inviter =
          by ?? (ev ? this.facts.find((f) => f.type === 'ORGANIZED' && f.to.id === ev.id)?.from : undefined);
        const guest =
          v.refsIn({ start: ev?.end ?? t.end, end: s.end }, ['Person']).find((r) => r.via === 'name') ??
          v.refsIn({ start: s.start, end: t.start }, ['Person']).pop();
        if (inviter && guest)
          this.push(
            'INVITED',
            inviter,
            guest,
            s,
            by ? 0.7 : 0.5,
            by ? 'invited-by' : 'invited-to-organisers-event',
            {
              props: { response: 'unknown', ...(ev ? { event: ev.id } : {}) },
            },
          );
        return;
      }
      // "Les invités de cet événement … (comme A, B, C)"
      if (GUEST_NOUNS.has(this.w(i)) && t.pos === 'NOUN' && host && i === v.tokensIn(s)[1]) {
        const guests = v.refsIn(s, ['Person']).filter((r) => r.via === 'name' && !v.quoteAt(r.start));
        for (const g of guests) this.push('INVITED', host, g, s, 0.5, 'guest-list', { props });
      }
    });
  }

  // ——— ATTENDED, HOSTED ———

  private attendance(): void {
    const v = this.v;
    const text = v.folded;
    v.tokens.forEach((t, i) => {
      const s = this.sentence(t.start);
      const event = () => v.refsIn(s, ['Event'])[0] ?? v.lastRefBefore(t.start, ['Event'], 4, false);
      // "accompagné de A et de B", "en présence de A", "aux côtés de A"
      for (const p of PRESENCE_PHRASES) {
        const words = p.split(' ');
        if (words.every((w, k) => text[i + k] === w)) {
          const ev = event();
          for (const who of this.listFrom(i + words.length, ACTOR))
            this.push('ATTENDED', who, ev, s, 0.7, 'presence-phrase');
        }
      }
      // "A assiste au déjeuner", "A a participé à la rencontre" (not "je n'ai pas assisté")
      if (ATTEND_VERBS.has(this.lemma(i)) && t.pos === 'VERB' && !this.negated(i)) {
        const subj = this.subjectOf(i);
        const ev = v.refsIn({ start: t.end, end: s.end }, ['Event'])[0] ?? event();
        this.push('ATTENDED', subj, ev, s, 0.7, 'attend-verb');
      }
      // "une rencontre … avec A et B"
      if (this.w(i) === 'avec') {
        const ev = v.refsIn({ start: s.start, end: t.start }, ['Event']).pop();
        if (ev && v.tokenAt(ev.end) >= i - 8)
          for (const who of this.listFrom(i + 1, ACTOR)) this.push('ATTENDED', who, ev, s, 0.5, 'event-with');
      }
      // "A qui les reçoit", "reçus chez A"
      if (HOST_VERBS.has(this.lemma(i)) && t.pos === 'VERB') {
        const who =
          this.subjectOf(i) ??
          (this.w(i - 2) === 'qui' || this.w(i - 1) === 'qui'
            ? v.refsIn({ start: s.start, end: t.start }, ACTOR).pop()
            : undefined);
        this.push('HOSTED', who, event(), s, 0.5, 'host-verb');
      }
    });
  }

  // ——— ORGANIZED ———

  private organizing(): void {
    const v = this.v;
    v.tokens.forEach((t, i) => {
      const s = this.sentence(t.start);
      // "A est derrière cet événement"
      if (this.w(i) === 'derriere' && COPULAS.has(this.lemma(i - 1))) {
        const ev = v.refAtToken(i + 2, ['Event']) ?? v.refAtToken(i + 1, ['Event']);
        const who = v.refsIn({ start: s.start, end: t.start }, ACTOR).find((r) => !v.quoteAt(r.start));
        this.push('ORGANIZED', who, ev, s, 0.8, 'be-behind-event');
      }
      if (ORGANIZE_VERBS.has(this.lemma(i))) {
        const by = this.w(i + 1) === 'par' ? v.refAtToken(i + 2, ACTOR) : undefined;
        const ev = v.refsIn(s, ['Event']).find((r) => Math.abs(v.tokenAt(r.start) - i) <= 6);
        if (by) this.push('ORGANIZED', by, ev, s, 0.7, 'organised-by');
        else if (t.pos === 'VERB' && !v.children(i, /aux:pass/).length)
          this.push('ORGANIZED', this.subjectOf(i), ev, s, 0.7, 'organise-verb');
      }
    });
  }

  // ——— APPOINTED ———

  private appointments(): void {
    const v = this.v;
    v.tokens.forEach((t, i) => {
      if (!APPOINT_VERBS.has(this.lemma(i)) || t.pos !== 'VERB') return;
      const s = this.sentence(t.start);
      const passive = v.children(i, /aux:pass/).length > 0 || (t.dep === 'acl' && this.w(i + 1) !== 'm');
      const by = v.tokensIn({ start: t.end, end: s.end }).find((j) => this.w(j) === 'par');
      if (passive) {
        const agent =
          by !== undefined ? (v.refAtToken(by + 1, ACTOR) ?? v.refAtToken(by + 2, ACTOR)) : undefined;
        const who =
          this.subjectOf(i, ['Person']) ?? v.refsIn({ start: s.start, end: t.start }, ['Person']).pop();
        this.push('APPOINTED', agent, who, s, 0.6, 'appointed-by');
        return;
      }
      const agent = this.subjectOf(i) ?? v.refsIn({ start: s.start, end: t.start }, ACTOR).pop();
      const people = v.refsIn({ start: t.end, end: s.end }, ['Person']).filter((r) => r.via === 'name');
      for (const p of people) {
        const k = v.tokenAt(p.end);
        const phrase = v.tokens[k]?.text === ',' && this.isRole(k + 1) ? this.rolePhrase(k + 1) : undefined;
        const date = this.dateOf(s);
        this.push('APPOINTED', agent, p, s, 0.7, 'appoint-verb', {
          ...(phrase ? { props: { title: phrase.title } } : {}),
          ...(date ? { date } : {}),
        });
      }
    });
  }

  // ——— LAUNCHED, FOUNDED ———

  private launches(): void {
    const v = this.v;
    v.tokens.forEach((t, i) => {
      const verb =
        (LAUNCH_VERBS.has(this.lemma(i)) || FOUND_VERBS.has(this.lemma(i))) &&
        (t.pos === 'VERB' || t.dep === 'acl');
      const noun = this.w(i) === 'lancement' && t.pos === 'NOUN';
      if (!verb && !noun) return;
      const type: RelationType = FOUND_VERBS.has(this.lemma(i)) ? 'FOUNDED' : 'LAUNCHED';
      const s = this.sentence(t.start);
      const thing =
        v
          .refsIn({ start: t.end, end: s.end }, ['Platform', 'Account'])
          .find((r) => v.tokenAt(r.start) - i <= 8) ??
        (t.dep === 'acl' ? v.refAtToken(v.headOf(i) ?? -1, ['Platform', 'Account']) : undefined);
      if (!thing) return;
      let agent: Ref | undefined;
      // "… et lancer officiellement sa page Facebook": without a subject, the owner the possessive names.
      const k = v.tokenAt(thing.start);
      const owner =
        POSSESSIVES.has(this.w(k)) || POSSESSIVES.has(this.w(k - 1))
          ? this.facts.find((f) => f.type === 'OWNS_ACCOUNT' && f.to.id === thing.id)?.from
          : undefined;
      if (verb && (v.children(i, /aux:pass/).length || t.dep === 'acl')) {
        const by = this.w(i + 1) === 'par' ? i + 2 : -1;
        agent = (by > 0 ? v.refAtToken(by, ACTOR) : undefined) ?? (by < 0 ? owner : undefined);
      } else if (verb) agent = this.subjectOf(i) ?? owner;
      else {
        // "le lancement de son réseau social « X », … s'enorgueillit le P" / "lancement de la plateforme X de l'U"
        const poss = v.tokensIn({ start: t.end, end: thing.start }).some((j) => POSSESSIVES.has(this.w(j)));
        const ofAfter = PREPOSITIONS.has(this.w(v.tokenAt(thing.end)))
          ? (v.refAtToken(v.tokenAt(thing.end) + 1, ['Organization']) ??
            v.refAtToken(v.tokenAt(thing.end) + 2, ['Organization']))
          : undefined;
        agent =
          ofAfter ??
          (poss
            ? (v.refsIn({ start: thing.end, end: s.end }, ['Organization', 'Person']).pop() ??
              v.lastRefBefore(t.start, ACTOR, 2))
            : undefined);
      }
      const date = dateIn(v.slice(s), this.article.date);
      // No agent in the sentence ("Première annonce : le lancement de la plateforme X"): the one
      // organisation a nearby sentence names beside the thing ("Avec « X », le parti voudrait…").
      const companion = agent ? undefined : v.companionOf(thing, ['Organization'], 6);
      this.push(
        type,
        agent ?? companion?.ref,
        thing,
        s,
        companion ? 0.4 : verb ? 0.65 : 0.55,
        companion
          ? 'launch-companion'
          : verb
            ? `${type === 'FOUNDED' ? 'found' : 'launch'}-verb`
            : 'launch-noun',
        { ...(date?.iso ? { date: date.iso } : {}), ...(companion ? { fromBasis: companion.sentence } : {}) },
      );
    });
  }

  // ——— claims (figures) ———

  /** "Avec 7.002 membres actifs, le site…", "Prix du site : 500 000 €": a figure about the thing named. */
  private figureClaim(f: Figure, s: Span): void {
    const v = this.v;
    const near = (r: Ref) => Math.min(Math.abs(r.start - f.end), Math.abs(r.end - f.start));
    const rank = (r: Ref) => ['Account', 'Platform', 'Organization', 'Event'].indexOf(r.kind);
    const inSentence = v
      .refsIn(s, ['Account', 'Platform', 'Organization', 'Event'])
      .sort((a, b) => rank(a) - rank(b) || near(a) - near(b));
    // "le site", "la plateforme" without a name: the platform the article last named.
    const described = v.tokensIn(s).some((i) => ['site', 'plateforme'].includes(this.w(i)))
      ? v.lastRefBefore(s.end, ['Platform'], 4, false)
      : undefined;
    const subject =
      inSentence.find((r) => r.kind === 'Account' || r.kind === 'Platform') ?? described ?? inSentence[0];
    if (!subject) return;
    // The figure and the words that say what it counts ("membres actifs", "visiteurs uniques", "€").
    const after = v.tokensIn({ start: f.end, end: s.end }).slice(0, 2);
    const unit = after.filter(
      (i, k) => k === 0 || (!COMMON_WORDS.has(this.w(i)) && v.tokens[i]!.pos === 'ADJ'),
    );
    const end = unit.length ? v.tokens[unit[unit.length - 1]!]!.end : f.end;
    const predicate = f.currency ? 'cost' : f.metric!.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    this.claims.push({
      subject,
      predicate,
      value: v.slice({ start: f.start, end }),
      at: s,
      confidence: subject === described ? 0.35 : 0.45,
      rule: f.currency ? 'sum-of-money' : 'figure-with-metric',
    });
  }

  // ——— AMPLIFIES (figures) ———

  private figures(): void {
    const v = this.v;
    // "le groupe « X » … sur Facebook": where the account lives, not whom it relays.
    const lives = new Map<string, Ref>();
    for (const a of v.refs.filter((r) => r.kind === 'Account')) {
      const s = this.sentence(a.start);
      const on = v
        .tokensIn({ start: a.end, end: s.end })
        .find((i) => this.w(i) === 'sur' && v.refAtToken(i + 1, ['Platform']));
      const platform = on !== undefined ? v.refAtToken(on + 1, ['Platform']) : undefined;
      if (platform && !lives.has(a.id)) {
        lives.set(a.id, platform);
        this.push('ON_PLATFORM', a, platform, s, 0.6, 'account-on-platform');
      }
    }
    for (const s of v.sentences) {
      for (const f of figuresIn(v.text, s.start, s.end)) {
        if ((f.metric || f.currency) && !v.quoteAt(f.start)) this.figureClaim(f, s);
        // Only the size of a relaying group is an AMPLIFIES weight; audiences stay claims.
        const metric = f.metric;
        if (!metric || !isAmplificationMetric(metric) || v.quoteAt(f.start)) continue;
        // The group, page or community the figure counts, nearest before the figure.
        // "… mais un groupe. Celui-ci rassemble 229 membres": the group the pronoun stands for.
        const first = v.tokensIn(s)[0];
        const pronoun =
          first !== undefined && /^(celui|celle|ceux|celles|il|elle)( ci)?$/.test(this.w(first))
            ? v.lastRefBefore(s.start, ['Account'], 1, false)
            : undefined;
        const account =
          v.refsIn({ start: s.start, end: f.start }, ['Account']).pop() ??
          pronoun ??
          v.refsIn({ start: f.end, end: s.end }, ['Account'])[0];
        if (!account) continue;
        const about =
          this.facts.find((x) => x.type === 'OWNS_ACCOUNT' && x.to.id === account.id)?.from ??
          v.refs.find(
            (r) =>
              r.id !== account.id &&
              ['Person', 'Organization', 'Platform'].includes(r.kind) &&
              r.start >= account.start &&
              r.end <= account.end,
          ) ??
          v
            .refsIn(s, ['Platform', 'Organization', 'Person'])
            .filter(
              (r) =>
                r.id !== account.id &&
                r.id !== lives.get(account.id)?.id &&
                !(r.start >= account.start && r.end <= account.end),
            )
            .pop();
        this.push('AMPLIFIES', account, about, s, 0.4, 'figure-of-group', {
          weight: f.value,
          props: { metric },
        });
      }
    }
  }
}

function isAmplificationMetric(m: string): m is (typeof AMPLIFICATION_METRICS)[number] {
  return (AMPLIFICATION_METRICS as readonly string[]).includes(m);
}
