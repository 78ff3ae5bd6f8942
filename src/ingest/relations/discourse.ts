/**
 * The references an article makes beyond names, resolved the way a reader would — and the way a new
 * article meets the graph: only from the article itself and the known entities (their names,
 * subtypes, event dates and related entities), never from a list of names.
 *
 * - titles: "le Roi Mohammed VI" once, then "Sa Majesté le Roi" is the same person; a role given in
 *   apposition ("X, responsable des réseaux sociaux du P") makes "le responsable des réseaux sociaux"
 *   refer to X;
 * - events: an event noun ("déjeuner", "rencontre", "forum"…) is a known event when its date or its
 *   owner matches one, the current event when it is anaphoric ("cette rencontre", "l'événement"), or
 *   a new event candidate when it is named ("forum d'X", "déjeuner du P", "une autre rencontre le 16 juin");
 * - descriptions: "le parti", "du gouvernement" are the last mentioned (or the only known)
 *   organisation of that subtype;
 * - parts of organisations: "le groupe parlementaire du P", "la Fédération numérique de l'U", "les
 *   jeunes U" are (new) organisations, members of the one they name;
 * - things: "la plateforme « X »", "son réseau social « X »", "le groupe « X »", "sa page Facebook"
 *   say what X is (a platform, a group, a page) and whose.
 */
import type { NodeKind } from '../../data/model.js';
import { foldName, nameInitials, surnameForms } from '../../data/names.js';
import { freeId, type Candidate } from '../candidates.js';
import { excerptAt, isCapitalised, type Span } from '../text.js';
import { dateIn } from './figures.js';
import {
  EVENT_NOUNS,
  ORG_DESCRIPTIONS,
  isRoleWord,
  SUBORGANIZATION_HEADS,
  THING_HEADS,
  TITLE_SYNONYMS,
} from './lexicon.js';
import type { ArticleView, EntityInfo, Ref } from './view.js';

export const ACTOR: readonly NodeKind[] = ['Person', 'Organization'];

/** A relation the discourse step itself establishes (a part of an organisation, an event's owner). */
export interface DiscourseFact {
  type: 'MEMBER_OF' | 'ORGANIZED' | 'OWNS_ACCOUNT';
  from: Ref;
  to: Ref;
  at: Span;
  rule: string;
  confidence: number;
}

const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces']);
const DEFINITE = new Set(['le', 'la', 'l', 'les', 'du', 'au', 'aux', 'de']);
const INDEFINITE = new Set(['un', 'une']);

export class Discourse {
  readonly facts: DiscourseFact[] = [];
  /** New entities the discourse proposes (events, parts of organisations, pages, groups). */
  readonly newCandidates: Candidate[] = [];
  /** Candidates whose kind the context corrected (a « La X » that is a "réseau social"). */
  readonly rekinded = new Map<string, { kind: Candidate['kind']; subtype: string }>();
  private readonly used: Set<string>;
  private readonly partsSeen = new Map<string, string>();
  private readonly sentences: readonly Span[];

  constructor(
    private readonly view: ArticleView,
    private readonly ctx: {
      articleDate?: string | undefined;
      usedIds: Set<string>;
      knownEvents: readonly EntityInfo[];
    },
  ) {
    this.used = ctx.usedIds;
    this.sentences = view.sentences;
  }

  resolve(): void {
    this.handles();
    this.titles();
    this.descriptions();
    this.roleHolders();
    this.parts();
    this.things();
    this.events();
  }

  // ——— helpers ———

  private word(i: number): string {
    return this.view.folded[i] ?? '';
  }

  /** Index after the article/preposition run at i ("de la", "de l'", "du"), or -1 when none. */
  private afterOf(i: number): number {
    const w = this.word(i);
    if (w === 'du' || w === 'des' || w === 'au' || w === 'aux') return i + 1;
    if (w === 'de' || w === 'd') {
      const n = this.word(i + 1);
      return n === 'la' || n === 'l' || n === 'le' || n === 'les' ? i + 2 : i + 1;
    }
    return -1;
  }

  private candidate(
    kind: Candidate['kind'],
    name: string,
    at: Span,
    reason: string,
    subtype?: string,
    date?: string,
    /** Never the same as an earlier one ("une autre rencontre"). */
    distinct = false,
  ): Candidate {
    const key = foldName(name);
    const same =
      !distinct &&
      this.newCandidates.find(
        (c) =>
          c.kind === kind && (foldName(c.name) === key || (c.aliases ?? []).some((a) => foldName(a) === key)),
      );
    if (same) {
      same.occurrences.push(at);
      return same;
    }
    const ex = excerptAt(this.view.text, this.sentences, at.start, at.end);
    const c: Candidate = {
      id: freeId(kind, name, this.used),
      kind,
      name,
      occurrences: [at],
      excerpt: this.view.slice(ex),
      reason,
      ...(subtype ? { subtype } : {}),
      ...(date ? { date } : {}),
    };
    this.newCandidates.push(c);
    this.view.entities.set(c.id, {
      id: c.id,
      kind,
      name,
      aliases: [],
      known: false,
      subtype: subtype ?? null,
      date: date ?? null,
    });
    return c;
  }

  private addAlias(id: string, alias: string): void {
    const c = this.newCandidates.find((x) => x.id === id);
    const e = this.view.entity(id);
    if (!e || e.known) return;
    if ([e.name, ...e.aliases].some((n) => foldName(n) === foldName(alias))) return;
    e.aliases = [...e.aliases, alias];
    if (c) c.aliases = [...(c.aliases ?? []), alias];
  }

  private ref(id: string, kind: NodeKind, s: Span, via: Ref['via']): Ref {
    const r: Ref = { id, kind, start: s.start, end: s.end, via };
    this.view.addRef(r);
    return r;
  }

  private span(first: number, last: number): Span {
    return { start: this.view.tokens[first]!.start, end: this.view.tokens[last]!.end };
  }

  // ——— @handles that spell a person's name ———

  /** "@NK_M" beside "Nathalie Kociusko Morizet" (initials NKM): the person's account. */
  private handles(): void {
    const v = this.view;
    const people = v.refs.filter((r) => r.kind === 'Person' && r.via === 'name');
    for (const a of v.refs.filter((r) => r.kind === 'Account')) {
      const handle = v.entity(a.id)?.handle;
      if (!handle || this.owners.has(a.id)) continue;
      const letters = foldName(handle).replace(/[^a-z]/g, '');
      const owner = [...people]
        .sort((x, y) => Math.abs(x.start - a.start) - Math.abs(y.start - a.start))
        .find((p) => {
          const name = v.entity(p.id)?.name ?? '';
          const forms = [
            nameInitials(name),
            foldName(name).replace(/[^a-z]/g, ''),
            ...surnameForms(name).map((f) => f.join('')),
          ];
          return letters.length >= 3 && forms.some((f) => f === letters);
        });
      if (!owner) continue;
      this.owners.set(a.id, owner.id);
      this.facts.push({
        type: 'OWNS_ACCOUNT',
        from: owner,
        to: a,
        at: a,
        rule: 'handle-spells-name',
        confidence: 0.6,
      });
    }
  }

  /** Accounts and the person whose name their handle spells. */
  readonly owners = new Map<string, string>();

  // ——— titles and roles ———

  private titles(): void {
    const v = this.view;
    const byTitle = new Map<string, string>();
    const byRole = new Map<string, string>();
    for (const r of v.refs.filter((x) => x.kind === 'Person' && x.via === 'name')) {
      const i = v.tokenAt(r.start);
      // "le Roi X", "SM le Roi X", "le président X"
      const title = TITLE_SYNONYMS[this.word(i - 1)];
      if (title) byTitle.set(title, r.id);
      // "X, responsable des réseaux sociaux au P" / "le responsable … du P, X"
      const after = v.tokenAt(r.end);
      if (v.tokens[after]?.text === ',' && isRoleWord(this.word(after + 1)))
        byRole.set(this.roleKey(after + 1), r.id);
    }
    v.tokens.forEach((t, i) => {
      const w = this.word(i);
      const det = this.word(i - 1);
      if (!DEFINITE.has(det) && det !== 'sa' && det !== 'son' && det !== 'sm' && det !== 'majeste') return;
      if (v.refAtToken(i, ['Person'])) return;
      const title = TITLE_SYNONYMS[w];
      const named = v.refAtToken(i + 1, ['Person']);
      if (title && byTitle.has(title) && !named) {
        // "Sa Majesté le Roi": the whole title run.
        let first = i - 1;
        while (
          first > 0 &&
          (TITLE_SYNONYMS[this.word(first - 1)] || ['sa', 'sm', 'le', 'la'].includes(this.word(first - 1)))
        )
          first--;
        const id = byTitle.get(title)!;
        const s = this.span(first, i);
        // For a candidate the title becomes an alias the reviewer sees, so it names the person.
        this.ref(id, 'Person', s, v.entity(id)?.known ? 'title' : 'name');
        this.addAlias(id, v.slice(s));
        return;
      }
      if (isRoleWord(w) && !named) {
        const id = byRole.get(this.roleKey(i));
        if (id && v.tokens[i - 1]?.text !== ',')
          this.ref(id, 'Person', this.span(i - 1, Math.min(i + 3, v.tokens.length - 1)), 'title');
      }
    });
  }

  private roleKey(i: number): string {
    return [0, 1, 2].map((k) => this.word(i + k)).join(' ');
  }

  // ——— "le parti", "du gouvernement" ———

  private descriptions(): void {
    const v = this.view;
    v.tokens.forEach((_, i) => {
      const subtype = ORG_DESCRIPTIONS[this.word(i)];
      if (!subtype || !DEFINITE.has(this.word(i - 1)) || v.refAtToken(i)) return;
      // "le parti de la lampe" / "parti socialiste": a name follows, the linker's business.
      if (isCapitalised(v.tokens[i + 1]?.text ?? '')) return;
      const before = v.refs.filter(
        (r) =>
          r.kind === 'Organization' && r.end <= v.tokens[i]!.start && v.entity(r.id)?.subtype === subtype,
      );
      const target =
        before[before.length - 1]?.id ??
        unique(
          [...v.entities.values()]
            .filter((e) => e.kind === 'Organization' && e.known && e.subtype === subtype)
            .map((e) => e.id),
        );
      if (target) this.ref(target, 'Organization', this.span(i - 1, i), 'description');
    });
  }

  // ——— "le chef du gouvernement" with no name beside it ———

  /**
   * A role of an organisation given without a name ("l'initiative du chef du gouvernement", "un chef
   * de gouvernement colérique"): the one person this article names whom the graph relates to that
   * organisation holds it. Two such people, or none, and the title stays unresolved.
   */
  private roleHolders(): void {
    const v = this.view;
    const named = [
      ...new Set(v.refs.filter((r) => r.kind === 'Person' && r.via === 'name').map((r) => r.id)),
    ];
    v.tokens.forEach((_, i) => {
      if (!isRoleWord(this.word(i)) || v.refAtToken(i, ['Person'])) return;
      // "X, chef du …" and "le chef du …, X" are appositions, read by the rules with the name.
      if (v.tokens[i - 1]?.text === ',' || v.refAtToken(i - 1, ['Person'])) return;
      const of = this.afterOf(i + 1);
      const org = of >= 0 ? v.refAtToken(of, ['Organization']) : undefined;
      if (!org) return;
      const end = v.tokenAt(org.end) - 1;
      if (v.tokens[end + 1]?.text === ',' && v.refAtToken(end + 2, ['Person'])) return;
      if (v.refAtToken(end + 1, ['Person'])) return;
      const holders = named.filter((id) => v.entity(id)?.related?.includes(org.id));
      if (holders.length !== 1) return;
      const det = DEFINITE.has(this.word(i - 1)) || INDEFINITE.has(this.word(i - 1)) ? i - 1 : i;
      // Only a reference: the graph already relates them, so no HOLDS_ROLE is proposed from it.
      this.ref(holders[0]!, 'Person', this.span(det, end), 'title');
    });
  }

  // ——— parts of organisations ———

  private parts(): void {
    const v = this.view;
    v.tokens.forEach((t, i) => {
      const w = this.word(i);
      const subtype = SUBORGANIZATION_HEADS[w];
      if (!subtype) return;
      if (w === 'groupe' && this.word(i + 1) !== 'parlementaire') return;
      const existing = v.refAtToken(i, ['Organization']);
      // Skip adjectives ("numérique", "parlementaire", "nationale").
      let j = i + 1;
      while (j < i + 3 && v.tokens[j] && v.tokens[j]!.pos === 'ADJ') j++;
      const of = this.afterOf(j);
      const parentAt = of >= 0 ? of : w === 'jeunes' ? j : -1;
      const parent = parentAt >= 0 ? v.refAtToken(parentAt, ['Organization']) : undefined;
      if (!parent || (existing && existing.id === parent.id)) return;
      const whole = { start: existing?.start ?? t.start, end: parent.end };
      // "le groupe parlementaire du P" and, later, "… du parti": one part of one organisation.
      const key = `${v.folded.slice(i, j).join(' ')}|${parent.id}`;
      if (existing) this.addAlias(existing.id, v.slice(whole));
      const seen = this.partsSeen.get(key);
      if (seen && !existing) {
        this.addAlias(seen, v.slice(whole));
        this.newCandidates.find((c) => c.id === seen)?.occurrences.push(whole);
      }
      const part =
        existing ??
        (seen ? this.ref(seen, 'Organization', whole, 'name') : undefined) ??
        (() => {
          const c = this.candidate(
            'Organization',
            v.slice(whole),
            whole,
            `part of an organisation ("${t.text} … ${v.slice(parent)}")`,
            subtype,
          );
          this.partsSeen.set(key, c.id);
          return this.ref(c.id, 'Organization', whole, 'name');
        })();
      this.facts.push({
        type: 'MEMBER_OF',
        from: part,
        to: parent,
        at: whole,
        rule: 'part-of-organisation',
        confidence: 0.7,
      });
    });
  }

  // ——— "la plateforme « X »", "le groupe « X »", "sa page Facebook" ———

  private things(): void {
    const v = this.view;
    v.tokens.forEach((t, i) => {
      const head = THING_HEADS[this.word(i)];
      if (!head || (this.word(i) === 'groupe' && this.word(i + 1) === 'parlementaire')) return;
      let j = i + 1;
      while (v.tokens[j]?.pos === 'ADJ' || (this.word(j) === 'de' && this.word(j + 1) === 'fans'))
        j += this.word(j) === 'de' ? 2 : 1;
      if (v.tokens[j]?.text === ':') j++;
      const quote = v.quotes.find(
        (q) => q.start >= v.tokens[j - 1]!.end && q.start <= (v.tokens[j]?.start ?? -1),
      );
      const inside = quote ? v.refsIn(quote.inner).find((r) => r.via === 'name') : undefined;
      const whole = (r: Ref) => !quote || (r.end - r.start) / (quote.inner.end - quote.inner.start) > 0.6;
      const named = quote ? (inside && whole(inside) ? inside : undefined) : v.refAtToken(j);
      if (named) {
        const e = v.entity(named.id);
        if (
          e &&
          !e.known &&
          ![...this.partsSeen.values()].includes(e.id) &&
          e.kind !== head.kind &&
          ['Person', 'Organization', 'Platform', 'Account'].includes(e.kind)
        ) {
          e.kind = head.kind;
          e.subtype = head.subtype;
          this.rekinded.set(e.id, { kind: head.kind, subtype: head.subtype });
          for (const r of v.refs) if (r.id === e.id) r.kind = head.kind;
        }
        if (head.kind === 'Account' && named.kind === 'Platform' && !quote) {
          // "sa page Facebook", "la page Facebook de X": a page on that platform, whose owner is the possessor.
          const det = this.word(i - 1);
          const of = this.afterOf(j + 1);
          const owner =
            (of >= 0 ? v.refAtToken(of, ACTOR) : undefined) ??
            (det === 'sa' || det === 'son' ? v.lastActorBefore(t.start, 2) : undefined);
          const s = this.span(i - (DEFINITE.has(det) || det === 'sa' || det === 'son' ? 1 : 0), j);
          const c = this.candidate('Account', v.slice(s), s, `${t.text} on ${v.slice(named)}`, head.subtype);
          const page = this.ref(c.id, 'Account', s, 'name');
          if (owner)
            this.facts.push({
              type: 'OWNS_ACCOUNT',
              from: owner,
              to: page,
              at: s,
              rule: 'possessed-page',
              confidence: 0.5,
            });
        }
      } else if (quote && head.kind !== 'Account' && foldName(v.slice(quote.inner)).split(' ').length <= 8) {
        const c = this.candidate(
          head.kind,
          v.slice(quote.inner),
          quote.inner,
          `named as a ${t.text}`,
          head.subtype,
        );
        this.ref(c.id, head.kind, quote.inner, 'name');
      } else if (!quote && head.kind === 'Account' && INDEFINITE.has(this.word(i - 1))) {
        this.unnamedAccount(i, j - 1, head.subtype);
      } else if (quote && head.kind === 'Account') {
        const c = this.candidate(
          'Account',
          v.slice(quote.inner),
          quote.inner,
          `named as a ${t.text}`,
          head.subtype,
        );
        this.ref(c.id, 'Account', quote.inner, 'name');
      }
    });
  }

  /**
   * "la Coopol … a opté pour une page de fans", "X ne possède pas de fan page, mais un groupe": a page
   * or group introduced without a name is the subject's — a new account, named as a reader would
   * ("page de fans Facebook de X", after the social network the paragraph is about), owned by X.
   */
  private unnamedAccount(first: number, last: number, subtype: string): void {
    const v = this.view;
    let verb: number | undefined = v.headOf(first);
    for (let hops = 0; verb !== undefined && v.tokens[verb]!.pos !== 'VERB' && hops < 3; hops++)
      verb = v.headOf(verb);
    if (verb === undefined) return;
    const subject = v
      .children(verb, /^nsubj/)
      .map((c) => {
        // The subject's phrase: its own tokens and its dependents before the verb ("les « X »").
        let from = c;
        for (let k = c - 1; k >= 0 && k >= c - 12; k--) {
          let h: number | undefined = k;
          for (let hops = 0; h !== undefined && h !== c && hops < 6; hops++) h = v.headOf(h);
          if (h === c) from = k;
        }
        const span = v.tokensIn({ start: v.tokens[from]!.start, end: v.tokens[verb]!.start });
        return span.map((k) => v.refAtToken(k, ['Organization', 'Platform', 'Person'])).find(Boolean);
      })
      .find(Boolean);
    if (!subject) return;
    const owner = v.entity(subject.id);
    if (!owner) return;
    const phrase = this.span(first, last);
    // The social network of the paragraph: the last one named before, at most four sentences back.
    const network = v.refs
      .filter(
        (r) =>
          r.kind === 'Platform' &&
          r.end <= phrase.start &&
          v.entity(r.id)?.subtype === 'social-network' &&
          v.sentenceOf(r.start) >= v.sentenceOf(phrase.start) - 4,
      )
      .pop();
    const ownerName = owner.name.replace(/^les\s+/i, 'des ').replace(/^le\s+/i, 'du ');
    const of = /^(des|du)\s/.test(ownerName) ? ownerName : `de ${ownerName}`;
    const name = `${v.slice(phrase)}${network ? ` ${v.entity(network.id)!.name}` : ''} ${of}`;
    const c = this.candidate('Account', name, phrase, `a ${v.slice(phrase)} of ${owner.name}`, subtype);
    this.addAlias(c.id, v.slice(phrase));
    const page = this.ref(c.id, 'Account', phrase, 'name');
    this.facts.push({
      type: 'OWNS_ACCOUNT',
      from: subject,
      to: page,
      at: { start: Math.min(subject.start, phrase.start), end: phrase.end },
      rule: 'subject-has-unnamed-account',
      confidence: 0.45,
    });
  }

  // ——— events ———

  private events(): void {
    const v = this.view;
    let current: Ref | undefined;
    const knownByOwner = (owner: string, kind: string) =>
      this.ctx.knownEvents.filter((e) => e.subtype === kind && e.related?.includes(owner));
    for (const r of v.refs.filter((x) => x.kind === 'Event')) current ??= r;
    v.tokens.forEach((t, i) => {
      const kind = EVENT_NOUNS[this.word(i)];
      if (!kind || t.pos === 'VERB' || v.quoteAt(t.start)) return;
      const linked = v.refAtToken(i, ['Event']);
      if (linked) {
        current = linked;
        return;
      }
      let d = i - 1;
      const other = this.word(d) === 'autre' || this.word(d) === 'seconde' || this.word(d) === 'nouvelle';
      while (d > 0 && (v.tokens[d]!.pos === 'ADJ' || v.tokens[d]!.pos === 'NUM')) d--;
      const det = this.word(d);
      const sentence = this.sentences[v.sentenceOf(t.start)];
      // The owner: "déjeuner de X", "forum d'X", "forum X".
      const of = this.afterOf(i + 1 < v.tokens.length && v.tokens[i + 1]!.pos === 'ADJ' ? i + 2 : i + 1);
      const ownerAt = of >= 0 ? of : isCapitalised(v.tokens[i + 1]?.text ?? '') ? i + 1 : -1;
      const owner = ownerAt >= 0 ? v.refAtToken(ownerAt, ACTOR) : undefined;
      const tail = sentence ? v.text.slice(t.end, Math.min(sentence.end, t.end + 60)) : '';
      const date = dateIn(tail, this.ctx.articleDate);
      const start =
        DEMONSTRATIVE.has(det) || DEFINITE.has(det) || INDEFINITE.has(det) || det === 'son' || det === 'sa'
          ? d
          : i;
      const np = { start: v.tokens[start]!.start, end: owner?.end ?? t.end };

      const byDate = date?.monthDay
        ? unique(
            this.ctx.knownEvents
              .filter(
                (e) =>
                  e.date?.slice(5) === date.monthDay &&
                  (!date.iso || date.yearInferred || !!e.date?.startsWith(date.iso.slice(0, 4))),
              )
              .map((e) => e.id),
          )
        : undefined;
      // The same participants: a known event related to two or more actors this sentence names.
      const named = sentence
        ? new Set(
            v
              .refsIn(sentence, ACTOR)
              .filter((r) => r.via === 'name')
              .map((r) => r.id),
          )
        : new Set<string>();
      const byParticipants = other
        ? undefined
        : unique(
            this.ctx.knownEvents
              .filter((e) => (e.related ?? []).filter((id) => named.has(id)).length >= 2)
              .map((e) => e.id),
          );
      const known = byDate ?? byParticipants;
      if (known) {
        current = this.ref(known, 'Event', np, byDate ? 'date' : 'anaphora');
        return;
      }
      if (owner && !other) {
        const known = unique(knownByOwner(owner.id, kind).map((e) => e.id));
        const target = known ?? (current && v.entity(current.id)?.subtype === kind ? current.id : undefined);
        const id =
          target ??
          this.candidate(
            'Event',
            v.slice(np).replace(/^(le|la|l’|l'|les|du|au|un|une)\s*/i, ''),
            np,
            `event named after ${v.slice(owner)}`,
            kind,
            date?.iso,
          ).id;
        if (target && !v.entity(target)?.known)
          this.addAlias(target, v.slice(np).replace(/^(le|la|l’|l'|les|du|au|un|une)\s*/i, ''));
        current = this.ref(id, 'Event', np, target && target === current?.id ? 'anaphora' : 'name');
        this.facts.push({
          type: 'ORGANIZED',
          from: owner,
          to: current,
          at: np,
          rule: 'event-named-after-actor',
          confidence: 0.5,
        });
        return;
      }
      if ((DEMONSTRATIVE.has(det) || DEFINITE.has(det)) && !other && current && !date) {
        this.ref(current.id, 'Event', np, 'anaphora');
        return;
      }
      if (
        other ||
        date ||
        (!current &&
          (INDEFINITE.has(det) || DEFINITE.has(det) || DEMONSTRATIVE.has(det)) &&
          !/s$/.test(this.word(i)))
      ) {
        // Its name: the noun and the nouns that qualify it ("rencontre blogueurs"), and the day.
        let last = i;
        while (v.tokens[last + 1] && ['NOUN', 'ADJ'].includes(v.tokens[last + 1]!.pos) && last < i + 2)
          last++;
        const name = `${v.slice({ start: t.start, end: v.tokens[last]!.end })}${date?.written ? ` du ${date.written}` : ''}`;
        const c = this.candidate(
          'Event',
          name,
          { start: np.start, end: Math.max(np.end, v.tokens[last]!.end) },
          other ? 'another event' : date ? 'dated event' : 'first event the article speaks of',
          kind,
          date?.iso,
          other,
        );
        // "une autre rencontre" is a side event: later "cet événement" still means the main one.
        const r = this.ref(c.id, 'Event', np, 'name');
        if (!other || !current) current = r;
      }
    });
  }
}

function unique(ids: readonly string[]): string | undefined {
  const s = new Set(ids);
  return s.size === 1 ? [...s][0] : undefined;
}
