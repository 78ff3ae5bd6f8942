/**
 * The knowledge-graph model, declared once, in the spirit of FollowTheMoney's schema files: every node
 * kind with its own fields, every relation type declared like an entity — its source and target kinds,
 * a label for people, the fields that expose it on each end (forward on the source, reverse on the
 * target), its typed properties, its time (a point, or a span) and whether it holds one value at a
 * time. Everything else derives from here: the generated SDL (`npm run codegen` →
 * src/generated/model.graphql), the dataset's zod schemas (./schema.ts), the records the repository
 * returns (src/graph/records.ts), the curation inputs, the export columns and the date keys the
 * Cypher sorts and filters by (./dates.ts).
 */

/** What a declared property holds; ./property-types.ts maps each to GraphQL, zod and TypeScript. */
export type PropertyType =
  | { readonly kind: 'text' }
  /** ISO date, possibly partial: 2015, 2015-06, 2015-06-13. */
  | { readonly kind: 'date' }
  | { readonly kind: 'number'; readonly min?: number }
  | { readonly kind: 'boolean' }
  /** One of `values`; exposed as the GraphQL enum `graphql` when named (values upper-cased), else a String. */
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly graphql?: string }
  /** The id of a node of kind `to`; the API resolves it to the node. */
  | { readonly kind: 'ref'; readonly to: NodeKind };

export interface PropertySpec {
  readonly type: PropertyType;
  readonly description: string;
  /** Always present (a boolean defaults to false). */
  readonly required?: boolean;
}

export const TEXT = { kind: 'text' } as const;
export const DATE = { kind: 'date' } as const;
export const BOOLEAN = { kind: 'boolean' } as const;
const enumOf = <const V extends readonly string[]>(values: V, graphql?: string) =>
  ({ kind: 'enum', values, ...(graphql ? { graphql } : {}) }) as const;
const ref = <K extends NodeKind>(to: K) => ({ kind: 'ref', to }) as const;

export const ORGANIZATION_KINDS = [
  'party',
  'party-wing',
  'youth-wing',
  'parliamentary-group',
  'government',
  'ministry',
  'state',
  'monarchy',
  'international-organization',
  'media',
  'company',
  'monitoring-firm',
  'agency',
  'other',
] as const;

export const PLATFORM_KINDS = [
  'social-network',
  'party-network',
  'website',
  'blog',
  'messaging',
  'other',
] as const;

export const ACCOUNT_KINDS = [
  'profile',
  'page',
  'fan-page',
  'group',
  'community',
  'hashtag',
  'live-tweet',
  'other',
] as const;

export const EVENT_KINDS = [
  'lunch',
  'meeting',
  'forum',
  'launch',
  'summit',
  'council',
  'appointment',
  'election',
  'controversy',
  'other',
] as const;

export const PLACE_KINDS = ['residence', 'headquarters', 'city', 'country', 'venue', 'other'] as const;

export interface KindSpec {
  /** Ids are `prefix:slug`, stable and readable (`person:abdelilah-benkirane`). */
  readonly prefix: string;
  readonly description: string;
  /** The kind's own classification (a party, a page, a lunch): stored as `kind`, in the API as `field`. */
  readonly subtype?: { readonly field: string; readonly values: readonly string[]; readonly description: string };
  /** Fields of this kind beyond those every entity has (name, aliases, description, evidence). */
  readonly fields: Readonly<Record<string, PropertySpec>>;
}

/** Every node kind, with its own fields. Articles are sources: ingested, not curated as entities. */
export const KINDS = {
  Person: {
    prefix: 'person',
    description: 'A person named (or clearly referred to) in the articles.',
    fields: {
      anonymous: {
        type: BOOLEAN,
        required: true,
        description: "True for actors the texts refer to without naming them (e.g. a blog's author).",
      },
      occupation: { type: TEXT, description: 'What the person does, as the articles put it.' },
    },
  },
  Organization: {
    prefix: 'org',
    description: 'A party, party wing, government body, media outlet, company or other organisation.',
    subtype: {
      field: 'organizationKind',
      values: ORGANIZATION_KINDS,
      description: 'party, party-wing, youth-wing, government, media, company, monitoring-firm…',
    },
    fields: { country: { type: TEXT, description: 'Country, when the articles say.' } },
  },
  Platform: {
    prefix: 'platform',
    description:
      'A social network, party network or website (Facebook, Twitter, Les Créateurs de possibles, La Coopol).',
    subtype: { field: 'platformKind', values: PLATFORM_KINDS, description: 'social-network, party-network, website, blog…' },
    fields: { url: { type: TEXT, description: 'Its address, when the articles give it.' } },
  },
  Account: {
    prefix: 'account',
    description: 'A handle, page, group, community or hashtag on a platform.',
    subtype: {
      field: 'accountKind',
      values: ACCOUNT_KINDS,
      description: 'profile, page, fan-page, group, community, hashtag…',
    },
    fields: { handle: { type: TEXT, description: 'The handle or hashtag as written (@NK_M, #PJDOfficiel).' } },
  },
  Event: {
    prefix: 'event',
    description: 'A dated happening: lunch, meeting, forum, launch…',
    subtype: { field: 'eventKind', values: EVENT_KINDS, description: 'lunch, meeting, forum, launch…' },
    fields: {
      date: { type: DATE, description: 'ISO date, possibly partial (2015-06-13, 2010-01).' },
      dateInferred: {
        type: BOOLEAN,
        required: true,
        description: 'True when the date is deduced (e.g. the year from the weekday) rather than stated.',
      },
    },
  },
  Place: {
    prefix: 'place',
    description: 'Where events happen.',
    subtype: { field: 'placeKind', values: PLACE_KINDS, description: 'residence, headquarters, city, country…' },
    fields: {},
  },
  Article: {
    prefix: 'article',
    description: 'A source article; every relation cites one.',
    fields: {
      title: { type: TEXT, required: true, description: 'The article’s headline.' },
      outlet: { type: TEXT, description: 'Newspaper, magazine or blog that published it.' },
      url: { type: TEXT, description: 'Where it was published, when known.' },
      authorName: { type: TEXT, description: 'The byline, as printed.' },
      date: { type: DATE, description: 'Publication date when known (ISO, possibly partial).' },
      language: { type: enumOf(['fr', 'en', 'ar']), required: true, description: 'ISO 639-1 language code.' },
      text: { type: TEXT, required: true, description: 'The full text of the article.' },
    },
  },
} as const satisfies Record<string, KindSpec>;

export type NodeKind = keyof typeof KINDS;
export const NODE_KINDS = Object.keys(KINDS) as [NodeKind, ...NodeKind[]];

/** The API's NodeKind enum values (PERSON, …) → model kinds. */
export const KIND_BY_ENUM = Object.fromEntries(NODE_KINDS.map((k) => [k.toUpperCase(), k])) as Record<
  Uppercase<NodeKind>,
  NodeKind
>;

/** Id prefix per kind. */
export const KIND_PREFIX = Object.fromEntries(NODE_KINDS.map((k) => [k, KINDS[k].prefix])) as Record<
  NodeKind,
  string
>;

/** The curated entity kinds: every kind but articles, which are sources. */
export const ENTITY_KINDS = NODE_KINDS.filter((k) => k !== 'Article') as Exclude<NodeKind, 'Article'>[];

/** Answer to an invitation, with the reason in `reason` when the article gives one. */
export const INVITATION_RESPONSES = ['accepted', 'declined', 'unknown'] as const;

/**
 * What an article says of a relation: that it happened or holds (`done`), that a third party says so
 * and the article relays it without confirming (`reported`: « selon l’UMP », a mail quoted), that its
 * actor declared it will happen (`announced`: « le lancement … dans les 48h »), or that it is
 * scheduled or under way and not done when the article was written (`planned`: « une autre rencontre
 * est prévue », « se déroulera », « est en train de monter »). A relation several articles state
 * takes the strongest status among them (the order below), and each source keeps its own.
 */
export const RELATION_STATUSES = ['done', 'reported', 'announced', 'planned'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** What each status means, for readers of the API. */
export const RELATION_STATUS_MEANINGS: Record<RelationStatus, string> = {
  done: 'The article states it as having happened or as holding.',
  reported:
    'A third party says so and the article relays it without confirming it (« selon l’UMP », a quoted mail).',
  announced: 'Its actor declared it will happen (« le lancement … dans les 48h »).',
  planned: 'Scheduled or under way, not done when the article was written (« une autre rencontre est prévue »).',
};

/** Statuses about what has happened, and about what is intended: values conflict only within one. */
export const REALISED_STATUSES: readonly RelationStatus[] = ['done', 'reported'];

/**
 * Claim predicates that hold one value at a time, with how values compare. Only these can conflict:
 * two dates conflict unless one contains the other (2010-01 and 2010-01-07 agree), two numbers when
 * they differ. Other predicates (purpose, invitees, hostCapacity…) collect complementary
 * statements: they are listed together and never flagged.
 */
export const FUNCTIONAL_CLAIMS = {
  date: 'date',
  launchDate: 'date',
  plannedLaunchDate: 'date',
  foundingDate: 'date',
  birthDate: 'date',
  activeMembers: 'number',
  registrations: 'number',
  uniqueVisitors: 'number',
  monthlyUniqueVisitors: 'number',
  initiativesLaunched: 'number',
  eventsCreated: 'number',
  moderators: 'number',
} as const satisfies Record<string, 'date' | 'number'>;
export type FunctionalClaim = keyof typeof FUNCTIONAL_CLAIMS;

export function functionalClaimKind(predicate: string): 'date' | 'number' | undefined {
  return (FUNCTIONAL_CLAIMS as Record<string, 'date' | 'number'>)[predicate];
}

/**
 * Metric an AMPLIFIES weight counts: the size of a group, page or team that relays someone. A site's
 * or a network's own audience (visitors, registrations, initiatives) is a claim about the platform.
 */
export const AMPLIFICATION_METRICS = ['members', 'fans', 'followers', 'community-managers', 'other'] as const;

/**
 * Every property a relation may carry, each declared once with its type and meaning. Which ones a
 * relation type takes: its `time` (RELATION_TIMES) and its `properties` (RelationSpec).
 */
export const RELATION_PROPERTIES = {
  date: {
    type: DATE,
    description: 'Point in time the sources give for the relation, the most precise of them (ISO, possibly partial).',
  },
  start: { type: DATE, description: 'When a lasting relation began (ISO, possibly partial).' },
  end: { type: DATE, description: 'When a lasting relation ended (ISO, possibly partial).' },
  weight: {
    type: { kind: 'number', min: 0 },
    description: 'The figure the article gives (a group’s members, a page’s fans).',
  },
  metric: { type: enumOf(AMPLIFICATION_METRICS), description: 'What `weight` counts.' },
  title: { type: TEXT, description: 'The title of a role, an appointment or a proposal.' },
  role: { type: TEXT, description: 'The part played (co-founder, rapporteur…).' },
  response: { type: enumOf(INVITATION_RESPONSES, 'InvitationResponse'), description: 'For invitations: the answer.' },
  reason: { type: TEXT, description: 'For invitations: the reason given for the answer.' },
  quote: { type: TEXT, description: 'The words quoted, verbatim.' },
  what: { type: TEXT, description: 'What was ordered or entrusted.' },
  event: { type: ref('Event'), description: 'For invitations and appointments: the event it was to or at.' },
  organization: { type: ref('Organization'), description: 'For appointments: the organisation or post.' },
} as const satisfies Record<string, PropertySpec>;
export type RelationProperty = keyof typeof RELATION_PROPERTIES;
export const RELATION_PROPERTY_NAMES = Object.keys(RELATION_PROPERTIES) as RelationProperty[];

/**
 * A relation's time: a point (`date`), or a span (`start`–`end`, and the `date` an article gives).
 * `sortBy`: the properties that date it, first present first — its date key, which pages sort by and
 * timelines use (./dates.ts computes it, with the validity interval, whenever a relation is written).
 */
export const RELATION_TIMES = {
  point: { properties: ['date'], sortBy: ['date'] },
  span: { properties: ['date', 'start', 'end'], sortBy: ['date', 'start'] },
} as const satisfies Record<string, { properties: readonly RelationProperty[]; sortBy: readonly RelationProperty[] }>;
export type RelationTime = keyof typeof RELATION_TIMES;

/** Every property that can date a relation, whatever its time. */
export const TIME_PROPERTIES = RELATION_TIMES.span.properties;

/** In a dataset row, a relation's time and figure sit beside its type; its other details under `props`. */
export const ENTRY_PROPERTIES = ['date', 'start', 'end', 'weight'] as const satisfies readonly RelationProperty[];

type Kinds = readonly NodeKind[];
const ACTOR = ['Person', 'Organization'] as const satisfies Kinds;
const ACTOR_OR_ACCOUNT = ['Person', 'Organization', 'Account'] as const satisfies Kinds;
const ACTOR_OR_PLATFORM = ['Person', 'Organization', 'Platform'] as const satisfies Kinds;
const ANY = NODE_KINDS;

export interface RelationSpec {
  /** Plain-language meaning, shown to users (API `Relation.label`, explorer, exports). */
  readonly label: string;
  /** For developers: what else to know (shown with the fields' descriptions in the SDL). */
  readonly note?: string;
  /** Its properties beyond its time (RELATION_PROPERTIES); a row with another is refused. */
  readonly properties?: readonly RelationProperty[];
  /** A point in time (default) or a span (roles, memberships, a group relaying someone). */
  readonly time?: RelationTime;
  readonly from: Kinds;
  readonly to: Kinds;
  /** Field name on the source node (forward) and on the target node (reverse). */
  readonly forward: string;
  readonly reverse: string;
  /**
   * A source may hold only one value at a time (an event has one venue): two relations of this type
   * from the same source to different targets are a conflict between claims, shown as such — unless
   * one is intended (planned, announced) and the other realised (done, reported): a planned venue
   * and the one the event moved to are both kept, not flagged.
   */
  readonly functional?: boolean;
  /**
   * The node one of its reference properties names sees the relation too, as a connection field
   * (an event lists the invitations to it: INVITED's `event` → `Event.invitations`).
   */
  readonly listedOn?: { readonly property: RelationProperty; readonly field: string; readonly description: string };
}

export const RELATIONS = {
  ATTENDED: {
    label: 'was present at an event',
    from: ACTOR,
    to: ['Event'],
    forward: 'attended',
    reverse: 'attendees',
  },
  INVITED: {
    label: 'invited someone',
    properties: ['event', 'response', 'reason'],
    from: ACTOR,
    to: ACTOR,
    forward: 'invited',
    reverse: 'invitedBy',
    listedOn: {
      property: 'event',
      field: 'invitations',
      description: 'the invitations to this event: inviter (source), invitee (target), response, reason',
    },
  },
  HOSTED: {
    label: 'received the guests of an event',
    from: ACTOR,
    to: ['Event'],
    forward: 'hosted',
    reverse: 'hosts',
  },
  ORGANIZED: {
    label: 'organised an event or is behind it',
    from: ACTOR,
    to: ['Event'],
    forward: 'organized',
    reverse: 'organizers',
  },
  HELD_AT: {
    label: 'event took place at a place',
    from: ['Event'],
    to: ['Place'],
    forward: 'heldAt',
    reverse: 'eventsHere',
    functional: true,
  },
  SPOKE_AT: {
    label: 'spoke or intervened at an event',
    from: ACTOR,
    to: ['Event'],
    forward: 'spokeAt',
    reverse: 'speakers',
  },
  HOLDS_ROLE: {
    label: 'holds a role in an organisation',
    properties: ['title'],
    time: 'span',
    from: ['Person'],
    to: ['Organization'],
    forward: 'roles',
    reverse: 'roleHolders',
  },
  MEMBER_OF: {
    label: 'is a member or part of an organisation',
    from: ACTOR,
    to: ['Organization'],
    forward: 'memberOf',
    reverse: 'members',
    time: 'span',
  },
  APPOINTED: {
    label: 'appointed someone to a position',
    properties: ['title', 'organization', 'event'],
    from: ACTOR,
    to: ['Person'],
    forward: 'appointed',
    reverse: 'appointedBy',
  },
  PROPOSED: {
    label: 'proposed or initiated an appointment or a decision',
    properties: ['title', 'role', 'event'],
    from: ACTOR,
    to: ['Person', 'Organization', 'Event'],
    forward: 'proposed',
    reverse: 'proposedBy',
  },
  FOUNDED: {
    label: 'founded or co-founded an organisation, platform or account',
    from: ACTOR,
    to: ['Organization', 'Platform', 'Account'],
    forward: 'founded',
    reverse: 'founders',
    properties: ['role'],
  },
  LAUNCHED: {
    label: 'launched a platform, site or page',

    from: ACTOR,
    to: ['Platform', 'Account'],
    forward: 'launched',
    reverse: 'launchedBy',
  },
  COMMISSIONED: {
    label: 'entrusted someone with building something',
    properties: ['what'],
    from: ACTOR,
    to: ACTOR,
    forward: 'commissioned',
    reverse: 'commissionedBy',
  },
  OWNS_ACCOUNT: {
    label: 'owns or runs an account, page or group',
    note: 'a platform may own one (a party network’s Facebook group)',
    time: 'span',
    from: ACTOR_OR_PLATFORM,
    to: ['Account'],
    forward: 'accounts',
    reverse: 'owners',
  },
  OPERATES: {
    label: 'runs a website or platform',
    note: 'its audience figures are claims about the platform, not relations',
    time: 'span',
    from: ACTOR,
    to: ['Platform'],
    forward: 'operates',
    reverse: 'operators',
  },
  ON_PLATFORM: {
    label: 'account lives on a platform',
    from: ['Account'],
    to: ['Platform'],
    forward: 'onPlatform',
    reverse: 'accountsHere',
    functional: true,
    time: 'span',
  },
  AMPLIFIES: {
    label: 'account, group or community relays an actor',
    note: 'a site’s or a network’s own audience is a claim about it, not a relation',
    properties: ['weight', 'metric'],
    time: 'span',
    from: ACTOR_OR_ACCOUNT,
    to: ['Person', 'Organization', 'Platform'],
    forward: 'amplifies',
    reverse: 'amplifiedBy',
  },
  SUPPORTS: {
    label: 'supports an actor',
    note: 'stated or reported',
    time: 'span',
    from: ACTOR_OR_ACCOUNT,
    to: ACTOR,
    forward: 'supports',
    reverse: 'supportedBy',
  },
  CRITICIZED: {
    label: 'criticised an actor, platform or event',
    properties: ['quote'],
    from: ACTOR,
    to: ['Person', 'Organization', 'Platform', 'Event'],
    forward: 'criticized',
    reverse: 'criticizedBy',
  },
  INSTRUCTED: {
    label: 'gave an order or instruction to someone',
    properties: ['what'],
    from: ACTOR,
    to: ACTOR,
    forward: 'instructed',
    reverse: 'instructedBy',
  },
  COMPETES_WITH: {
    label: 'platforms or organisations presented as rivals',
    from: ['Organization', 'Platform'],
    to: ['Organization', 'Platform'],
    forward: 'competesWith',
    reverse: 'competitors',
    time: 'span',
  },
  AUTHORED: {
    label: 'wrote an article',
    from: ACTOR,
    to: ['Article'],
    forward: 'authored',
    reverse: 'authors',
  },
  PUBLISHED: {
    label: 'outlet or platform that published an article',
    from: ['Organization', 'Platform'],
    to: ['Article'],
    forward: 'published',
    reverse: 'publishers',
  },
  QUOTED: {
    label: 'article quotes an actor verbatim',
    properties: ['quote'],
    from: ['Article'],
    to: ACTOR,
    forward: 'quotes',
    reverse: 'quotedIn',
  },
  COMMENTED_ON: {
    label: 'reader comment on an article',
    properties: ['quote'],
    from: ACTOR,
    to: ['Article'],
    forward: 'commentedOn',
    reverse: 'comments',
  },
  MENTIONS: {
    label: 'article mentions an entity',
    from: ['Article'],
    to: ANY,
    forward: 'mentions',
    reverse: 'mentionedIn',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as [RelationType, ...RelationType[]];

/**
 * Relations that tie an article to what it says or who made it (one end is always an article):
 * provenance rather than relations between actors, so paths and networks leave them out by default.
 */
export const ARTICLE_RELATIONS: readonly RelationType[] = RELATION_TYPES.filter((t) => {
  const spec: RelationSpec = RELATIONS[t];
  return [spec.from, spec.to].some((end) => end.length === 1 && end[0] === 'Article');
});

/** A relation type seen from the node one of its reference properties names (RelationSpec.listedOn). */
export interface ReferenceField {
  readonly type: RelationType;
  readonly property: RelationProperty;
  readonly field: string;
  readonly description: string;
}

/** The reference fields of a kind: relations whose listed reference property names a node of that kind. */
export function referenceFieldsOf(kind: NodeKind): ReferenceField[] {
  return RELATION_TYPES.flatMap((type) => {
    const listed = (RELATIONS[type] as RelationSpec).listedOn;
    if (!listed) return [];
    const t: PropertyType = RELATION_PROPERTIES[listed.property].type;
    return t.kind === 'ref' && t.to === kind ? [{ type, ...listed }] : [];
  });
}

/** Kind of a node from its id prefix, or undefined when the prefix is unknown. */
export function kindOfId(id: string): NodeKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return NODE_KINDS.find((k) => KIND_PREFIX[k] === prefix);
}

/** Why a relation of `type` cannot join these two nodes, or null when the model allows it. */
export function relationEndProblem(
  type: RelationType,
  from: string,
  fromKind: NodeKind,
  to: string,
  toKind: NodeKind,
): string | null {
  const spec: RelationSpec = RELATIONS[type];
  if (!spec.from.includes(fromKind)) return `${type} cannot start at a ${fromKind} (${from})`;
  if (!spec.to.includes(toKind)) return `${type} cannot end at a ${toKind} (${to})`;
  return null;
}
