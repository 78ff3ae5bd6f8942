/**
 * The synthetic influence graph: parties and their leaders, people, platforms, accounts with skewed
 * (power-law) follower counts and amplification degrees, events with invitations and attendance,
 * articles with publishers, authors, quotes and mentions. Every relation cites an article with an
 * excerpt, like the curated graph.
 *
 * It produces the dataset's own shapes (LoadedEntity, LoadedRelation, …), which the product's
 * `toGraphRows` turns into rows with origin 'synthetic': labels, id slugs and relation properties
 * (id, article, excerpt, weight, metric, validFrom/validTo) are exactly the curated graph's, so the
 * API works on it unchanged. Deterministic: one seed, one graph; items are streamed, never all held.
 */
import type { LoadedArticle, LoadedEntity, LoadedMention, LoadedRelation } from '../../src/data/dataset.js';
import { contentHash } from '../../src/data/dataset.js';
import type { NodeKind, RelationType } from '../../src/data/model.js';
import { hash32, int, pareto, stream, unit, zipf, zipfRank } from '../lib/random.js';
import { countsFor, type Counts, type Scale } from '../lib/scale.js';
import {
  accountName,
  eventName,
  mediaName,
  partyName,
  personName,
  placeName,
  platformName,
  slugify,
} from './names.js';

export const SYNTHETIC_ORIGIN = 'synthetic';
export const DEFAULT_SEED = 20150613;

export type Item =
  | { t: 'article'; v: LoadedArticle }
  | { t: 'entity'; v: LoadedEntity }
  | { t: 'relation'; v: LoadedRelation }
  | { t: 'mention'; v: LoadedMention };

/** Same shape as the dataset's relation ids (TYPE:from>to@article#key), so the API parses them alike. */
/** A synthetic relation is stated by one article, as done and supported. */
const oneSource = (article: string, excerpt: string) => ({
  status: 'done' as const,
  inferred: false,
  sources: [{ article, excerpt, status: 'done' as const, inferred: false }],
});
const relationId = (type: string, from: string, to: string, article: string, key?: string) =>
  `${type}:${from}>${to}@${article}${key ? `#${key}` : ''}`;

const ACCOUNT_KINDS = ['profile', 'page', 'fan-page', 'group', 'community', 'hashtag'] as const;
const METRIC_BY_ACCOUNT_KIND = {
  profile: 'followers',
  page: 'fans',
  'fan-page': 'fans',
  group: 'members',
  community: 'members',
  hashtag: 'followers',
} as const;
const EVENT_KINDS = ['lunch', 'meeting', 'forum', 'launch', 'summit'] as const;
const ROLE_TITLES = ['secrétaire général', 'président', 'porte-parole', 'trésorier', 'vice-président'];
const DECLINE_REASONS = [
  'refuse de servir de caution',
  'indisponible ce jour-là',
  'désaccord avec la ligne du parti',
  'invitation reçue trop tard',
];

export interface PlannedTargets {
  /** The most amplified leader (rank 0 of the amplification ranking). */
  hubLeader: string;
  /** Leaders with a typical (median-ish) number of amplifiers. */
  leaders: string[];
  /** Leaders organising the most events, hence sending the most invitations. */
  organisers: { id: string; invitations: number }[];
  /** The events with the most attendees. */
  events: { id: string; attendees: number }[];
  /** Ordinary people, paired far apart for shortest paths. */
  pathPairs: [string, string][];
  /** Ordinary members with accounts: centres of 2-hop neighbourhoods. */
  centres: string[];
  /** Misspelled names of ordinary people, with the id each should find. */
  searches: { text: string; id: string }[];
}

/**
 * Everything decided up front (degrees, event sizes, memberships) so the exact totals are known
 * before writing (the progress bar) and the benchmark knows its targets without querying.
 */
export class SyntheticPlan {
  readonly counts: Counts;
  readonly leaders: number;
  /** Amplification targets: leaders and parties interleaved, other leaders, platforms, then people. */
  readonly targets: number;
  readonly outDegree: Int32Array;
  readonly eventSize: Int32Array;
  readonly eventExtraInvites: Int32Array;
  readonly eventOrganiser: Int32Array;
  /** In-degree of each amplification target, filled while relations are generated. */
  readonly inDegree: Int32Array;
  readonly nodeTotals: Partial<Record<NodeKind, number>> = {};
  readonly relationTotals: Partial<Record<RelationType, number>> = {};

  constructor(
    readonly scale: Scale,
    readonly seed: number,
  ) {
    const c = (this.counts = countsFor(scale));
    this.leaders = c.parties * c.leadersPerParty;
    this.targets = this.leaders + c.parties + c.platforms + (c.people - this.leaders);
    this.inDegree = new Int32Array(this.targets);

    // Amplification out-degree per account: Pareto weights scaled to the exact total.
    const rng = stream(seed, 'out-degree');
    const weights = new Float64Array(c.accounts);
    let sum = 0;
    for (let a = 0; a < c.accounts; a++) sum += weights[a] = pareto(rng, 1, 1.3);
    const cap = Math.min(this.targets - 1, 20_000);
    this.outDegree = new Int32Array(c.accounts);
    let total = 0;
    for (let a = 0; a < c.accounts; a++) {
      const d = Math.min(cap, Math.max(1, Math.round((c.amplifies * (weights[a] as number)) / sum)));
      this.outDegree[a] = d;
      total += d;
    }
    // Rounding drift: nudge degrees by one, account after account, until the total is exact.
    for (let a = 0; total !== c.amplifies; a = (a + 1) % c.accounts) {
      const d = this.outDegree[a] as number;
      const step = total < c.amplifies ? (d < cap ? 1 : 0) : d > 1 ? -1 : 0;
      this.outDegree[a] = d + step;
      total += step;
    }

    // Events: heavy-tailed audiences, organised mostly by a few leaders.
    const ev = stream(seed, 'events');
    const ordinary = c.people - this.leaders;
    this.eventSize = new Int32Array(c.events);
    this.eventExtraInvites = new Int32Array(c.events);
    this.eventOrganiser = new Int32Array(c.events);
    for (let e = 0; e < c.events; e++) {
      const n = Math.min(Math.floor(pareto(ev, 8, 1.4)), 2_000, Math.floor(ordinary / 3));
      this.eventSize[e] = n;
      this.eventExtraInvites[e] = Math.floor(n / 2);
      this.eventOrganiser[e] = this.organiserLeader(zipf(ev, this.leaders, 1));
    }

    const members = this.countWhere(c.people, (i) => this.partyOf(i) >= 0);
    const owned = this.countWhere(c.accounts, (a) => this.ownerOf(a) >= 0);
    const quoted = this.countWhere(c.articles, (a) => this.quotes(a));
    let mentions = 0;
    for (let a = 0; a < c.articles; a++) mentions += this.mentionCount(a);
    const attended = this.eventSize.reduce((s, n) => s + n, 0);
    const extra = this.eventExtraInvites.reduce((s, n) => s + n, 0);
    const partyOrganised = this.countWhere(c.events, (e) => e % 2 === 0);

    Object.assign(this.nodeTotals, {
      Article: c.articles,
      Organization: c.parties + c.media,
      Platform: c.platforms,
      Place: c.places,
      Person: c.people,
      Account: c.accounts,
      Event: c.events,
    });
    Object.assign(this.relationTotals, {
      HOLDS_ROLE: this.leaders,
      MEMBER_OF: members,
      PUBLISHED: c.articles,
      AUTHORED: c.articles,
      QUOTED: quoted,
      MENTIONS: mentions,
      ON_PLATFORM: c.accounts,
      OWNS_ACCOUNT: owned,
      AMPLIFIES: c.amplifies,
      ORGANIZED: c.events + partyOrganised,
      HOSTED: c.events,
      SPOKE_AT: c.events,
      HELD_AT: c.events,
      ATTENDED: attended,
      INVITED: attended + extra,
    });
  }

  get nodeTotal(): number {
    return Object.values(this.nodeTotals).reduce((s, n) => s + n, 0);
  }

  get relationTotal(): number {
    return Object.values(this.relationTotals).reduce((s, n) => s + n, 0);
  }

  private countWhere(n: number, f: (i: number) => boolean): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (f(i)) k++;
    return k;
  }

  // --- Pure per-index attributes -------------------------------------------------------------

  /** Party a person belongs to, or -1; leaders always belong to theirs. ~30% of people are members. */
  partyOf(i: number): number {
    if (i < this.leaders) return Math.floor(i / this.counts.leadersPerParty);
    const h = hash32(i, 0x9a27);
    return h % 10 < 3 ? zipfRank(unit(hash32(i, 0x9a28)), this.counts.parties, 0.8) : -1;
  }

  /** Person owning an account, or -1 (half the accounts are fan pages, groups, hashtags). */
  ownerOf(a: number): number {
    return hash32(a, 0x0a) % 2 === 0 ? hash32(a, 0x0b) % this.counts.people : -1;
  }

  /** Leader a ranking position maps to: the top organisers are not exactly the top amplified. */
  organiserLeader(rank: number): number {
    return (rank * 7 + 3) % this.leaders;
  }

  quotes(article: number): boolean {
    return hash32(article, 0x40) % 2 === 0;
  }

  mentionCount(article: number): number {
    return 3 + (hash32(article, 0x41) % 6);
  }

  publisherOf(article: number): number {
    return hash32(article, 0x42) % this.counts.media;
  }

  accountKind(a: number): (typeof ACCOUNT_KINDS)[number] {
    return ACCOUNT_KINDS[hash32(a, 0xa1) % ACCOUNT_KINDS.length] as (typeof ACCOUNT_KINDS)[number];
  }

  /** The figure an amplifying account reports: a heavy-tailed audience. */
  followers(a: number): number {
    const u = unit(hash32(a, 0xf0));
    return Math.min(10_000_000, Math.floor(20 / Math.pow(1 - u, 1 / 1.1)));
  }

  articleDate(a: number): string {
    return `${2010 + (a % 10)}-${String(1 + (hash32(a, 0xda) % 12)).padStart(2, '0')}`;
  }

  /** Article that states relation number `seq` (spread evenly, deterministic). */
  articleOf(seq: number, salt: number): number {
    return hash32(seq, salt) % this.counts.articles;
  }

  // --- Ids ------------------------------------------------------------------------------------

  private readonly personIds: (string | undefined)[] = [];
  /** Memoised: people are referenced by millions of relations. */
  personId = (i: number): string => (this.personIds[i] ??= `person:${slugify(personName(i))}-${i + 1}`);
  partyId = (p: number) => `org:${slugify(partyName(p))}`;
  mediaId = (m: number) => `org:${slugify(mediaName(m))}`;
  platformId = (k: number) => `platform:${slugify(platformName(k))}`;
  placeId = (k: number) => `place:${slugify(placeName(k))}`;
  accountId = (a: number) => `account:${slugify(this.accountName(a))}-${a + 1}`;
  eventId = (e: number) => `event:${slugify(this.eventName(e))}`;
  articleId = (a: number) => `article:${slugify(mediaName(this.publisherOf(a)))}-${a + 1}`;

  accountName(a: number): string {
    const owner = this.ownerOf(a);
    return accountName(a, personName(owner >= 0 ? owner : hash32(a, 0x0c) % this.counts.people));
  }

  eventName(e: number): string {
    return eventName(e, placeName(this.placeOfEvent(e)));
  }

  placeOfEvent(e: number): number {
    return hash32(e, 0xe1) % this.counts.places;
  }

  /** Amplification target by popularity rank. */
  targetId(rank: number): string {
    const { parties, platforms } = this.counts;
    let r = rank;
    if (r < 2 * parties) return r % 2 === 0 ? this.personId(r / 2) : this.partyId((r - 1) / 2);
    r -= 2 * parties;
    if (r < this.leaders - parties) return this.personId(parties + r);
    r -= this.leaders - parties;
    if (r < platforms) return this.platformId(r);
    return this.personId(this.leaders + r - platforms);
  }

  /** Rank of leader l in the amplification ranking (inverse of targetId for leaders). */
  leaderRank(l: number): number {
    const { parties } = this.counts;
    return l < parties ? 2 * l : 2 * parties + (l - parties);
  }

  /** What the benchmark queries; degrees are exact once relations have been generated. */
  plannedTargets(): PlannedTargets {
    const c = this.counts;
    const byDegree = Array.from({ length: this.leaders }, (_, l) => ({
      l,
      d: this.inDegree[this.leaderRank(l)] ?? 0,
    })).sort((x, y) => y.d - x.d || x.l - y.l);
    const mid = Math.floor(byDegree.length / 2);
    const invitations = new Map<number, number>();
    for (let e = 0; e < c.events; e++) {
      const o = this.eventOrganiser[e] as number;
      const n = (this.eventSize[e] as number) + (this.eventExtraInvites[e] as number);
      invitations.set(o, (invitations.get(o) ?? 0) + n);
    }
    const organisers = [...invitations.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, 3)
      .map(([l, n]) => ({ id: this.personId(l), invitations: n }));
    const events = Array.from(this.eventSize, (n, e) => ({ e, n }))
      .sort((x, y) => y.n - x.n || x.e - y.e)
      .slice(0, 5)
      .map(({ e, n }) => ({ id: this.eventId(e), attendees: n }));

    // Ordinary people, from a fixed stream, members of a party and owning nothing in particular.
    const rng = stream(this.seed, 'bench-targets');
    const ordinary = () => this.leaders + int(rng, c.people - this.leaders);
    const members: number[] = [];
    for (let k = 0; members.length < 5 && k < 10_000; k++) {
      const i = ordinary();
      if (this.partyOf(i) >= 0) members.push(i);
    }
    const pathPairs: [string, string][] = [];
    for (let k = 0; k < 5; k++) pathPairs.push([this.personId(ordinary()), this.personId(ordinary())]);
    const searches = Array.from({ length: 5 }, () => {
      const i = ordinary();
      return { text: misspell(personName(i), hash32(i, 0x5e)), id: this.personId(i) };
    });
    return {
      hubLeader: this.personId(byDegree[0]?.l ?? 0),
      leaders: byDegree.slice(Math.max(0, mid - 2), mid + 3).map((x) => this.personId(x.l)),
      organisers,
      events,
      pathPairs,
      centres: members.map((i) => this.personId(i)),
      searches,
    };
  }
}

/** A plausible typo: one letter dropped from the surname (search must still find the person). */
export function misspell(name: string, h: number): string {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1);
  if (last.length < 5) return name.toLowerCase();
  const k = 1 + (h % (last.length - 2));
  return `${name.slice(0, space + 1)}${last.slice(0, k)}${last.slice(k + 1)}`;
}

const evidence = (article: string, excerpt: string) => [{ article, excerpt }];

/** Nodes first (relations MATCH their ends), in a fixed order. */
export function* syntheticNodes(plan: SyntheticPlan): Generator<Item> {
  const c = plan.counts;
  for (let a = 0; a < c.articles; a++) {
    const outlet = mediaName(plan.publisherOf(a));
    const title = `${outlet} : les réseaux des partis, enquête n° ${a + 1}`;
    const text = `${title}. Article synthétique du banc d'essai, daté de ${plan.articleDate(a)}.`;
    yield {
      t: 'article',
      v: {
        id: plan.articleId(a),
        file: `articles/synthetic-${a + 1}.txt`,
        title,
        outlet,
        date: plan.articleDate(a),
        language: 'fr',
        text,
        contentHash: contentHash(text),
      },
    };
  }
  const cite = (i: number, salt: number, what: string) =>
    evidence(plan.articleId(hash32(i, salt) % c.articles), `${what} est cité dans cet article.`);
  for (let p = 0; p < c.parties; p++) {
    const name = partyName(p);
    yield {
      t: 'entity',
      v: {
        kind: 'Organization',
        id: plan.partyId(p),
        name,
        aliases: [
          name
            .split(' ')
            .map((w) => w.charAt(0).toUpperCase())
            .join(''),
        ],
        evidence: cite(p, 0x61, name),
        props: { kind: 'party', country: 'Maroc' },
      },
    };
  }
  for (let m = 0; m < c.media; m++) {
    const name = mediaName(m);
    yield {
      t: 'entity',
      v: {
        kind: 'Organization',
        id: plan.mediaId(m),
        name,
        aliases: [],
        evidence: cite(m, 0x62, name),
        props: { kind: 'media' },
      },
    };
  }
  for (let k = 0; k < c.platforms; k++) {
    const name = platformName(k);
    yield {
      t: 'entity',
      v: {
        kind: 'Platform',
        id: plan.platformId(k),
        name,
        aliases: [],
        evidence: cite(k, 0x63, name),
        props: { kind: 'social-network' },
      },
    };
  }
  for (let k = 0; k < c.places; k++) {
    const name = placeName(k);
    yield {
      t: 'entity',
      v: {
        kind: 'Place',
        id: plan.placeId(k),
        name,
        aliases: [],
        evidence: cite(k, 0x64, name),
        props: { kind: 'city' },
      },
    };
  }
  for (let i = 0; i < c.people; i++) {
    const name = personName(i);
    const leader = i < plan.leaders;
    yield {
      t: 'entity',
      v: {
        kind: 'Person',
        id: plan.personId(i),
        name,
        aliases: leader ? [name.split(' ').slice(-1)[0] as string] : [],
        evidence: cite(i, 0x65, name),
        props: { anonymous: false, ...(leader ? { occupation: 'dirigeant politique' } : {}) },
      },
    };
  }
  for (let a = 0; a < c.accounts; a++) {
    const name = plan.accountName(a);
    yield {
      t: 'entity',
      v: {
        kind: 'Account',
        id: plan.accountId(a),
        name,
        aliases: [],
        evidence: cite(a, 0x66, name),
        props: { kind: plan.accountKind(a), handle: `@${slugify(name).replace(/-/g, '')}${a + 1}` },
      },
    };
  }
  for (let e = 0; e < c.events; e++) {
    const name = plan.eventName(e);
    const year = 2010 + (e % 10);
    const date = `${year}-${String(1 + (hash32(e, 0xe2) % 12)).padStart(2, '0')}-${String(1 + (hash32(e, 0xe3) % 28)).padStart(2, '0')}`;
    yield {
      t: 'entity',
      v: {
        kind: 'Event',
        id: plan.eventId(e),
        name,
        aliases: [],
        evidence: cite(e, 0x67, name),
        props: {
          kind: EVENT_KINDS[hash32(e, 0xe4) % EVENT_KINDS.length] as string,
          date,
          dateInferred: false,
        },
      },
    };
  }
}

/** Relations, type by type. Updates plan.inDegree as AMPLIFIES are drawn. */
export function* syntheticRelations(plan: SyntheticPlan): Generator<Item> {
  const c = plan.counts;
  let seq = 0;
  const rel = (
    type: RelationType,
    from: string,
    to: string,
    excerpt: string,
    extra: Partial<Pick<LoadedRelation, 'date' | 'start' | 'weight' | 'props'>> & { key?: string } = {},
  ): Item => {
    const a = plan.articleOf(seq++, 0x77);
    const article = plan.articleId(a);
    const { key, ...rest } = extra;
    return {
      t: 'relation',
      v: {
        type,
        from,
        to,
        id: relationId(type, from, to, article, key),
        article,
        excerpt,
        date: extra.start ? undefined : plan.articleDate(a),
        props: {},
        ...rest,
        ...oneSource(article, excerpt),
      },
    };
  };

  // Party structure.
  for (let l = 0; l < plan.leaders; l++) {
    const p = plan.partyOf(l);
    yield rel('HOLDS_ROLE', plan.personId(l), plan.partyId(p), `${personName(l)} dirige ${partyName(p)}.`, {
      start: String(2005 + (l % 10)),
      props: { title: ROLE_TITLES[l % ROLE_TITLES.length] as string },
    });
  }
  for (let i = 0; i < c.people; i++) {
    const p = plan.partyOf(i);
    if (p >= 0)
      yield rel(
        'MEMBER_OF',
        plan.personId(i),
        plan.partyId(p),
        `${personName(i)}, militant de ${partyName(p)}.`,
      );
  }

  // Articles: publisher, author, quote, mentions.
  const mentionRng = stream(plan.seed, 'mentions');
  for (let a = 0; a < c.articles; a++) {
    const article = plan.articleId(a);
    const date = plan.articleDate(a);
    const m = plan.publisherOf(a);
    const cite = (type: RelationType, from: string, to: string, excerpt: string, props = {}): Item => ({
      t: 'relation',
      v: {
        type,
        from,
        to,
        id: relationId(type, from, to, article),
        article,
        excerpt,
        date,
        props,
        ...oneSource(article, excerpt),
      },
    });
    yield cite('PUBLISHED', plan.mediaId(m), article, `Publié par ${mediaName(m)}.`);
    const author = hash32(a, 0x43) % c.people;
    yield cite('AUTHORED', plan.personId(author), article, `Par ${personName(author)}.`);
    if (plan.quotes(a)) {
      const l = zipf(mentionRng, plan.leaders, 1);
      yield cite('QUOTED', article, plan.personId(l), `« Nous parlons à tous », affirme ${personName(l)}.`, {
        quote: 'Nous parlons à tous',
      });
    }
    const seen = new Set<string>();
    const wanted = plan.mentionCount(a);
    while (seen.size < wanted) {
      const roll = mentionRng();
      const entity =
        roll < 0.4
          ? plan.personId(zipf(mentionRng, plan.leaders, 1))
          : roll < 0.55
            ? plan.partyId(zipf(mentionRng, c.parties, 1))
            : roll < 0.7
              ? plan.eventId(int(mentionRng, c.events))
              : plan.personId(plan.leaders + int(mentionRng, c.people - plan.leaders));
      if (seen.has(entity)) continue;
      seen.add(entity);
      yield {
        t: 'mention',
        v: { id: `MENTIONS:${article}>${entity}`, article, entity, excerpt: `L'article évoque ${entity}.` },
      };
    }
  }

  // Accounts: platform, owner, amplification (distinct targets per account, power-law ranks).
  const ampRng = stream(plan.seed, 'amplifies');
  for (let a = 0; a < c.accounts; a++) {
    const account = plan.accountId(a);
    const name = plan.accountName(a);
    const k = zipf(ampRng, c.platforms, 1);
    yield rel('ON_PLATFORM', account, plan.platformId(k), `${name} est hébergé sur ${platformName(k)}.`);
    const owner = plan.ownerOf(a);
    if (owner >= 0)
      yield rel('OWNS_ACCOUNT', plan.personId(owner), account, `${personName(owner)} anime ${name}.`);
    const d = plan.outDegree[a] as number;
    const chosen = new Set<number>();
    const followers = plan.followers(a);
    const metric = METRIC_BY_ACCOUNT_KIND[plan.accountKind(a)];
    for (let j = 0; j < d; j++) {
      let r = zipf(ampRng, plan.targets, 0.9);
      while (chosen.has(r)) r = (r + 1) % plan.targets;
      chosen.add(r);
      plan.inDegree[r] = (plan.inDegree[r] ?? 0) + 1;
      yield rel(
        'AMPLIFIES',
        account,
        plan.targetId(r),
        `${name} relaie ses messages auprès de ${followers} ${metric}.`,
        {
          weight: followers,
          props: { metric },
        },
      );
    }
  }

  // Events: organiser (and its party), host, venue, speaker, invitations and attendance.
  const evRng = stream(plan.seed, 'event-guests');
  const ordinary = c.people - plan.leaders;
  for (let e = 0; e < c.events; e++) {
    const event = plan.eventId(e);
    const ename = plan.eventName(e);
    const o = plan.eventOrganiser[e] as number;
    const organiser = plan.personId(o);
    yield rel('ORGANIZED', organiser, event, `${personName(o)} organise ${ename}.`);
    if (e % 2 === 0) {
      const p = plan.partyOf(o);
      yield rel('ORGANIZED', plan.partyId(p), event, `${partyName(p)} est derrière ${ename}.`);
    }
    yield rel('HOSTED', organiser, event, `${personName(o)} reçoit les invités.`);
    const speaker = (o + 1) % plan.leaders;
    yield rel('SPOKE_AT', plan.personId(speaker), event, `${personName(speaker)} prend la parole.`);
    const place = plan.placeOfEvent(e);
    yield rel('HELD_AT', event, plan.placeId(place), `${ename} se tient à ${placeName(place)}.`);
    const size = plan.eventSize[e] as number;
    const invited = size + (plan.eventExtraInvites[e] as number);
    const guests = new Set<number>();
    while (guests.size < invited) {
      let g = plan.leaders + zipf(evRng, ordinary, 0.6);
      while (guests.has(g)) g = plan.leaders + ((g - plan.leaders + 1) % ordinary);
      guests.add(g);
    }
    let n = 0;
    for (const g of guests) {
      const guest = plan.personId(g);
      const attends = n++ < size;
      const declined = !attends && hash32(g, e) % 3 !== 0;
      yield rel('INVITED', organiser, guest, `${personName(g)} a été invité à ${ename}.`, {
        key: slugify(ename),
        props: {
          event,
          response: attends ? 'accepted' : declined ? 'declined' : 'unknown',
          ...(declined
            ? { reason: DECLINE_REASONS[hash32(g, e + 1) % DECLINE_REASONS.length] as string }
            : {}),
        },
      });
      if (attends) yield rel('ATTENDED', guest, event, `${personName(g)} était présent à ${ename}.`);
    }
  }
}
