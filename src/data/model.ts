/**
 * The knowledge-graph model, declared once. Every node kind and relation type the graph may hold is
 * listed here; the dataset schema (./schema.ts), the loader and the API's relation enum derive from it.
 * A relation is declared like an entity: its source and target kinds, a label for people, and the
 * names of the fields that expose it on each end (forward on the source, reverse on the target).
 */

export const NODE_KINDS = [
  'Person',
  'Organization',
  'Platform',
  'Account',
  'Event',
  'Place',
  'Article',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The API's NodeKind enum values (PERSON, …) → model kinds. */
export const KIND_BY_ENUM = Object.fromEntries(NODE_KINDS.map((k) => [k.toUpperCase(), k])) as Record<
  Uppercase<NodeKind>,
  NodeKind
>;

/** Id prefix per kind: ids are `prefix:slug`, stable and readable (`person:abdelilah-benkirane`). */
export const KIND_PREFIX: Record<NodeKind, string> = {
  Person: 'person',
  Organization: 'org',
  Platform: 'platform',
  Account: 'account',
  Event: 'event',
  Place: 'place',
  Article: 'article',
};

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

type Kinds = readonly NodeKind[];
const ACTOR = ['Person', 'Organization'] as const satisfies Kinds;
const ACTOR_OR_ACCOUNT = ['Person', 'Organization', 'Account'] as const satisfies Kinds;
const ACTOR_OR_PLATFORM = ['Person', 'Organization', 'Platform'] as const satisfies Kinds;
const ANY = NODE_KINDS;

export interface RelationSpec {
  /** Plain-language meaning, shown to users (API `Relation.label`, explorer, exports). */
  readonly label: string;
  /** For developers: which relation properties carry the details. */
  readonly details?: string;
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
    details: 'props.event: to what; props.response and props.reason: the answer',
    from: ACTOR,
    to: ACTOR,
    forward: 'invited',
    reverse: 'invitedBy',
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
    details: 'props.title, start, end',
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
  },
  APPOINTED: {
    label: 'appointed someone to a position',
    details: 'props.title, props.organization, date',
    from: ACTOR,
    to: ['Person'],
    forward: 'appointed',
    reverse: 'appointedBy',
  },
  PROPOSED: {
    label: 'proposed or initiated an appointment or a decision',
    details: 'props.title',
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
  },
  LAUNCHED: {
    label: 'launched a platform, site or page',
    details: 'date',
    from: ACTOR,
    to: ['Platform', 'Account'],
    forward: 'launched',
    reverse: 'launchedBy',
  },
  COMMISSIONED: {
    label: 'entrusted someone with building something',
    details: 'props.what',
    from: ACTOR,
    to: ACTOR,
    forward: 'commissioned',
    reverse: 'commissionedBy',
  },
  OWNS_ACCOUNT: {
    label: 'owns or runs an account, page or group',
    details: 'a platform may own one (a party network’s Facebook group)',
    from: ACTOR_OR_PLATFORM,
    to: ['Account'],
    forward: 'accounts',
    reverse: 'owners',
  },
  OPERATES: {
    label: 'runs a website or platform',
    details: 'its audience figures are claims about the platform, not relations',
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
  },
  AMPLIFIES: {
    label: 'account, group or community relays an actor',
    details:
      'weight: the figure given (a group’s members, a page’s fans), props.metric; a site’s or network’s own audience is a claim about it',
    from: ACTOR_OR_ACCOUNT,
    to: ['Person', 'Organization', 'Platform'],
    forward: 'amplifies',
    reverse: 'amplifiedBy',
  },
  SUPPORTS: {
    label: 'supports an actor',
    details: 'stated or reported',
    from: ACTOR_OR_ACCOUNT,
    to: ACTOR,
    forward: 'supports',
    reverse: 'supportedBy',
  },
  CRITICIZED: {
    label: 'criticised an actor, platform or event',
    details: 'props.quote when verbatim',
    from: ACTOR,
    to: ['Person', 'Organization', 'Platform', 'Event'],
    forward: 'criticized',
    reverse: 'criticizedBy',
  },
  INSTRUCTED: {
    label: 'gave an order or instruction to someone',
    details: 'props.what',
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
    details: 'props.quote',
    from: ['Article'],
    to: ACTOR,
    forward: 'quotes',
    reverse: 'quotedIn',
  },
  COMMENTED_ON: {
    label: 'reader comment on an article',
    details: 'props.quote',
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
