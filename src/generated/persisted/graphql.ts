/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a corpus-wide amplification ranking keeps. */
export type AmplificationFilter = {
  /** Only figures counting this (members, fans, followers, community-managers, other). */
  metric?: string | null | undefined;
  /** Only amplifiers that are accounts on this platform. */
  platform?: string | null | undefined;
  /** Only amplification of these kinds of target (PERSON, ORGANIZATION, PLATFORM). */
  targetKinds?: Array<NodeKind> | null | undefined;
  when?: TimeWindow | null | undefined;
};

/** Which articles to list: every filter given must hold. */
export type ArticleFilter = {
  /** ISO 639-1 code: fr, en, ar. */
  language?: string | null | undefined;
  /** Outlet contains this text (accents and case ignored): `telquel`, `wordpress`. */
  outlet?: string | null | undefined;
  /** Publication date in this window (a partial date covers its month or year); undated articles as `includeUndated` says. */
  when?: TimeWindow | null | undefined;
};

/** Which way a relation points, seen from a given node. */
export type Direction =
  /** The node is the target (e.g. the event that was attended). */
  | 'INCOMING'
  /** The node is the source (e.g. a person who ATTENDED). */
  | 'OUTGOING';

export type HopDirection =
  | 'BACKWARD'
  | 'FORWARD';

/** For invitations: the answer. */
export type InvitationResponse =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'UNKNOWN';

/** How a search hit matched. */
export type MatchField =
  | 'ALIAS'
  /** An account's handle (@NK_M, #PJDOfficiel). */
  | 'HANDLE'
  | 'NAME'
  /** A site's address (facebook.com; the scheme and www. are ignored). */
  | 'URL';

/** Kinds of node in the graph. */
export type NodeKind =
  /** A handle, page, group, community or hashtag on a platform. */
  | 'ACCOUNT'
  /** A source article; every relation cites one. */
  | 'ARTICLE'
  /** A dated happening: lunch, meeting, forum, launch… */
  | 'EVENT'
  /** A party, party wing, government body, media outlet, company or other organisation. */
  | 'ORGANIZATION'
  /** A person named (or clearly referred to) in the articles. */
  | 'PERSON'
  /** Where events happen. */
  | 'PLACE'
  /** A social network, party network or website (Facebook, Twitter, Les Créateurs de possibles, La Coopol). */
  | 'PLATFORM';

/** Relation types of the model (see README, "The model"). Each is exposed as typed fields on both ends, e.g. `ATTENDED` is `Person.attended` and `Event.attendees`. */
export type RelationType =
  /** account, group or community relays an actor */
  | 'AMPLIFIES'
  /** appointed someone to a position */
  | 'APPOINTED'
  /** was present at an event */
  | 'ATTENDED'
  /** wrote an article */
  | 'AUTHORED'
  /** reader comment on an article */
  | 'COMMENTED_ON'
  /** entrusted someone with building something */
  | 'COMMISSIONED'
  /** platforms or organisations presented as rivals */
  | 'COMPETES_WITH'
  /** criticised an actor, platform or event */
  | 'CRITICIZED'
  /** founded or co-founded an organisation, platform or account */
  | 'FOUNDED'
  /** event took place at a place */
  | 'HELD_AT'
  /** holds a role in an organisation */
  | 'HOLDS_ROLE'
  /** received the guests of an event */
  | 'HOSTED'
  /** gave an order or instruction to someone */
  | 'INSTRUCTED'
  /** invited someone */
  | 'INVITED'
  /** launched a platform, site or page */
  | 'LAUNCHED'
  /** is a member or part of an organisation */
  | 'MEMBER_OF'
  /** article mentions an entity */
  | 'MENTIONS'
  /** account lives on a platform */
  | 'ON_PLATFORM'
  /** runs a website or platform */
  | 'OPERATES'
  /** organised an event or is behind it */
  | 'ORGANIZED'
  /** owns or runs an account, page or group */
  | 'OWNS_ACCOUNT'
  /** proposed or initiated an appointment or a decision */
  | 'PROPOSED'
  /** outlet or platform that published an article */
  | 'PUBLISHED'
  /** article quotes an actor verbatim */
  | 'QUOTED'
  /** spoke or intervened at an event */
  | 'SPOKE_AT'
  /** supports an actor */
  | 'SUPPORTS';

/**
 * A point in time or a window, applied to every relation (every hop of a path or neighbourhood). A
 * relation is kept when its validity (its date, or start–end; a partial date covers its whole month or
 * year; a start without an end is still valid) overlaps the window. Relations without any date are kept
 * or dropped as `includeUndated` says — an explicit choice, never a silent one.
 */
export type TimeWindow = {
  /** Shorthand for since = until = asOf. */
  asOf?: string | null | undefined;
  includeUndated: boolean;
  since?: string | null | undefined;
  until?: string | null | undefined;
};

type EntityRef_Account_Fragment = { id: string, kind: NodeKind, name: string };

type EntityRef_Article_Fragment = { id: string, kind: NodeKind, name: string };

type EntityRef_Event_Fragment = { id: string, kind: NodeKind, name: string };

type EntityRef_Organization_Fragment = { id: string, kind: NodeKind, name: string };

type EntityRef_Person_Fragment = { id: string, kind: NodeKind, name: string };

type EntityRef_Place_Fragment = { id: string, kind: NodeKind, name: string };

type EntityRef_Platform_Fragment = { id: string, kind: NodeKind, name: string };

export type EntityRefFragment =
  | EntityRef_Account_Fragment
  | EntityRef_Article_Fragment
  | EntityRef_Event_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Place_Fragment
  | EntityRef_Platform_Fragment
;

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: { edges: Array<{ node: { score: number, matched: string, matchedField: MatchField, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         } }> } };

export type ExplorerEntityQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerEntityQuery = { entity:
    | { accountKind: string, handle: string | null, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
    | { outlet: string | null, authorName: string | null, date: string | null, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
    | { eventKind: string, date: string | null, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
    | { organizationKind: string, country: string | null, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
    | { occupation: string | null, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
    | { placeKind: string, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
    | { platformKind: string, url: string | null, aliases: Array<string>, description: string | null, redirectedFrom: string | null, id: string, kind: NodeKind, name: string, relations: { totalCount: number, edges: Array<{ direction: Direction, other:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , target:
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
              | { id: string, kind: NodeKind, name: string }
            , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } }
   | null };

export type ExplorerEntityNameQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerEntityNameQuery = { entity:
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
   | null };

export type ExplorerHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerHealthQuery = { health: { nodeCount: number, relationshipCount: number } };

export type ExplorerConflictsQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerConflictsQuery = { claims: Array<{ predicate: string, conflict: boolean, values: Array<{ value: string, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       | null, evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null } } }> }> };

export type ExplorerArticleQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerArticleQuery = { article: { id: string, title: string, outlet: string | null, url: string | null, authorName: string | null, date: string | null, text: string } | null };

export type ExplorerAmplifiersQueryVariables = Exact<{
  of: string;
  first?: number | null | undefined;
}>;


export type ExplorerAmplifiersQuery = { amplifiers: { totalCount: number, edges: Array<{ other:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , target:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } };

export type ExplorerPassagesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ExplorerPassagesQuery = { passages: { totalCount: number, edges: Array<{ node: { text: string, score: number, article: { id: string, title: string, date: string | null }, relations: Array<{ id: string, type: RelationType, label: string, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
           }> } }> } };

export type ExplorerArticlesQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerArticlesQuery = { articles: { totalCount: number, edges: Array<{ node: { article: { id: string, title: string, outlet: string | null, date: string | null, language: string } } }> } };

export type ExplorerCorpusTimelineQueryVariables = Exact<{
  when?: TimeWindow | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerCorpusTimelineQuery = { timeline: Array<{ date: string, relation: { id: string, type: RelationType, label: string, source:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , target:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       } }> };

export type ExportNeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  includeUndated?: boolean | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExportNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    >, edges: Array<{ id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , target:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } }> } };

export type ExportConnectionQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExportConnectionQuery = { connection: Array<{ length: number, nodes: Array<
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    >, hops: Array<{ direction: HopDirection, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , relation: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , target:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> }> };

export type RelationFieldsFragment = { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
  , target:
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
    | { id: string, kind: NodeKind, name: string }
  , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } };

export type EvidenceFieldsFragment = { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } };

export type AddAliasMutationVariables = Exact<{
  id: string;
  alias: string;
}>;


export type AddAliasMutation = { addAlias:
    | { id: string, name: string, aliases: Array<string> }
    | { id: string, name: string, aliases: Array<string> }
    | { id: string, name: string, aliases: Array<string> }
    | { id: string, name: string, aliases: Array<string> }
    | { id: string, name: string, aliases: Array<string> }
    | { id: string, name: string, aliases: Array<string> }
    | { id: string, name: string, aliases: Array<string> }
   };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { neo4jVersion: string, nodeCount: number, relationshipCount: number } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ node: { score: number, matched: string, matchedField: MatchField, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         } }> } };

export type EventGuestsQueryVariables = Exact<{
  id: string;
}>;


export type EventGuestsQuery = { event: { id: string, name: string, date: string | null, dateInferred: boolean, hosts: { edges: Array<{ other:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> }, organizers: { edges: Array<{ other:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> }, attendees: { totalCount: number, edges: Array<{ other:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> }, heldAt: { edges: Array<{ other:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } } | null };

export type InvitationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type InvitationsQuery = { person: { id: string, name: string, invited: { totalCount: number, edges: Array<{ other:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string, name: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } } | null };

export type AmplifiersQueryVariables = Exact<{
  of: string;
  platform?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AmplifiersQuery = { amplifiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ other:
        | { id: string, name: string, kind: NodeKind }
        | { id: string, name: string, kind: NodeKind }
        | { id: string, name: string, kind: NodeKind }
        | { id: string, name: string, kind: NodeKind }
        | { id: string, name: string, kind: NodeKind }
        | { id: string, name: string, kind: NodeKind }
        | { id: string, name: string, kind: NodeKind }
      , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , target:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } };

export type ConnectionQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type ConnectionQuery = { connection: Array<{ length: number, hops: Array<{ direction: HopDirection, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relation: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , target:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    >, edges: Array<{ id: string, type: RelationType, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , evidence: { excerpt: string } }> } };

export type TimelineQueryVariables = Exact<{
  id: string;
}>;


export type TimelineQuery = { timeline: Array<{ date: string, other:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , relation: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , target:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> };

export type ArticlesMentioningQueryVariables = Exact<{
  id: string;
}>;


export type ArticlesMentioningQuery = { articles: { totalCount: number, edges: Array<{ node: { passages: Array<string>, article: { id: string, title: string } } }> } };

export type ClaimsQueryVariables = Exact<{
  about: string;
  onlyConflicts?: boolean | null | undefined;
}>;


export type ClaimsQuery = { claims: Array<{ predicate: string, conflict: boolean, values: Array<{ value: string, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } }> }> };

export type SearchOrSuggestQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchOrSuggestQuery = { search: { totalCount: number, floor: number, edges: Array<{ node: { score: number, matched: string, matchedField: MatchField, node:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
         } }>, didYouMean: Array<{ score: number, matched: string, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       }> } };

export type PassagesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PassagesQuery = { passages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { text: string, score: number, article: { id: string, title: string, outlet: string | null, date: string | null }, relations: Array<{ id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } }>, claims: Array<{ predicate: string, value: string, subject:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }> } }> } };

export type ArticlesQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { article: { id: string, title: string, outlet: string | null, date: string | null, language: string, url: string | null } } }> } };

export type EventsQueryVariables = Exact<{
  when?: TimeWindow | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, date: string | null, eventKind: string } }> } };

export type CorpusTimelineQueryVariables = Exact<{
  when?: TimeWindow | null | undefined;
  limit?: number | null | undefined;
}>;


export type CorpusTimelineQuery = { timeline: Array<{ date: string, other:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , relation: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , target:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> };

export type AmplificationQueryVariables = Exact<{
  filter?: AmplificationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AmplificationQuery = { amplification: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ other:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , node: { id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, response: InvitationResponse | null, reason: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , target:
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
          | { id: string, kind: NodeKind, name: string }
        , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } };

export type EventInvitationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type EventInvitationsQuery = { event: { id: string, name: string, invitations: { totalCount: number, edges: Array<{ node: { reason: string | null, response: InvitationResponse | null, id: string, type: RelationType, label: string, date: string | null, start: string | null, end: string | null, weight: number | null, metric: string | null, title: string | null, role: string | null, quote: string | null, what: string | null, event: { id: string } | null, organization: { id: string } | null, source:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , target:
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
            | { id: string, kind: NodeKind, name: string }
          , evidence: { excerpt: string, article: { id: string, title: string, outlet: string | null, date: string | null } } } }> } } | null };

export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const RelationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<RelationFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:86320691b5b9d3440f3647209855d01f825e826224f423e3ca90aad14b069cdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:eb0e6f344e38007667c525f52780d1c40bc223222fd8e9811f4cc0360b6a6c21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedFrom"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformKind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerEntityNameDocument = {"__meta__":{"hash":"sha256:edb9c7faa28a924c1632a70252172bf56f34464e1e62601b2b3d50a696f54165"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntityName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ExplorerEntityNameQuery, ExplorerEntityNameQueryVariables>;
export const ExplorerHealthDocument = {"__meta__":{"hash":"sha256:8e0bcd4543d070cbc7d7617c21a58abb14e8d98214ace713569fa1625cfdf190"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<ExplorerHealthQuery, ExplorerHealthQueryVariables>;
export const ExplorerConflictsDocument = {"__meta__":{"hash":"sha256:43f5183793176e512fde9812b87f67bb6d4106a83a326c3cdff6c13a344eaff7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyConflicts"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ExplorerConflictsQuery, ExplorerConflictsQueryVariables>;
export const ExplorerArticleDocument = {"__meta__":{"hash":"sha256:b55a97a029f750cd59158339f779d7a4573ee6c9e1fa4a8d7596f0e91c3f30d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ExplorerArticleQuery, ExplorerArticleQueryVariables>;
export const ExplorerAmplifiersDocument = {"__meta__":{"hash":"sha256:c4375654f118b161399cf1124f43c9ce661eefcc9653416dfb4d56989c70845d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAmplifiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amplifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAmplifiersQuery, ExplorerAmplifiersQueryVariables>;
export const ExplorerPassagesDocument = {"__meta__":{"hash":"sha256:fad4bfbcf73da6031f7c7d86f0a19ecbc827e7032d429eceb62291785c48378c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPassages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ExplorerPassagesQuery, ExplorerPassagesQueryVariables>;
export const ExplorerArticlesDocument = {"__meta__":{"hash":"sha256:34e764ad5d7a7bc0604074b93cf6804d5effe6d78a1f702604bc70325d1dda96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerArticlesQuery, ExplorerArticlesQueryVariables>;
export const ExplorerCorpusTimelineDocument = {"__meta__":{"hash":"sha256:5e34afb76125ff60d887e311db3a3716e8f59dda41bdf755dfc11097510644d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCorpusTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ExplorerCorpusTimelineQuery, ExplorerCorpusTimelineQueryVariables>;
export const ExportNeighbourhoodDocument = {"__meta__":{"hash":"sha256:4703fd9901f4a1cecbcd9242b271e0023a13846786bbd174f48fede73d96f459"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeUndated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeUndated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeUndated"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ExportNeighbourhoodQuery, ExportNeighbourhoodQueryVariables>;
export const ExportConnectionDocument = {"__meta__":{"hash":"sha256:cce08d4193f8665cc2f4cb8fce45a9b1ecc87c5e669a819a5d9a92fe7f2748ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ExportConnectionQuery, ExportConnectionQueryVariables>;
export const AddAliasDocument = {"__meta__":{"hash":"sha256:1b41f34ac95c898f82ac797ff24c7a5eb580f96944cb943bddfa3bf831f38700"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<AddAliasMutation, AddAliasMutationVariables>;
export const HealthDocument = {"__meta__":{"hash":"sha256:1381cc938f5851d7e6790533beb8fc93605116e88a5636820f854fb4b79abe28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neo4jVersion"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:ff26d78f031d99c72aade56d9062dfad830767a1767f6b2a89451a5fb9e5d05f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const EventGuestsDocument = {"__meta__":{"hash":"sha256:89a7802c05983c39a215c3e84a1e431c78ddacef47f8a0a231f366af836572fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventGuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateInferred"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<EventGuestsQuery, EventGuestsQueryVariables>;
export const InvitationsDocument = {"__meta__":{"hash":"sha256:deeb21918299e68d1b630eb9cccd70cc8b5970c80cb7d20ef0fdc51a42e70aff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const AmplifiersDocument = {"__meta__":{"hash":"sha256:5e9094e8117d33d1092d0044f3eba4f0fcd56e9e6ae5515ee2bd8828ace90437"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Amplifiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amplifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<AmplifiersQuery, AmplifiersQueryVariables>;
export const ConnectionDocument = {"__meta__":{"hash":"sha256:17f93b9ef67e3ceb608db8befbf39cf1d6bb0fffb86329d4b5692238f3624589"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Connection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionQuery, ConnectionQueryVariables>;
export const NeighbourhoodDocument = {"__meta__":{"hash":"sha256:8e165d190f6821840e4ceb474608ef1d343d9795bd5edab85140fb14966066a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TimelineDocument = {"__meta__":{"hash":"sha256:437e1c1f6b0a3dce365badf822759afe29393e5cd9d71bb2b746b3a55c4490ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const ArticlesMentioningDocument = {"__meta__":{"hash":"sha256:ad8b9f7610577477536763557f65e0be174f6ba4f9425d8c954bd2fd36625290"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlesMentioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentioning"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passages"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesMentioningQuery, ArticlesMentioningQueryVariables>;
export const ClaimsDocument = {"__meta__":{"hash":"sha256:61b7605617ed89a7a28174461be831ad31ec4c3e2b58b0932e08f21b0cbfc2b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Claims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyConflicts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyConflicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyConflicts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ClaimsQuery, ClaimsQueryVariables>;
export const SearchOrSuggestDocument = {"__meta__":{"hash":"sha256:d3626c0b79bcf2607404e8f30fc3d1b6d62be4292362a8b4f9ea51447823424d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOrSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchOrSuggestQuery, SearchOrSuggestQueryVariables>;
export const PassagesDocument = {"__meta__":{"hash":"sha256:0740c329552b049686792b46211b00a70538d31c41be641e8715383a9071218d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Passages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<PassagesQuery, PassagesQueryVariables>;
export const ArticlesDocument = {"__meta__":{"hash":"sha256:b801fd97e3a7ad91f14a32f113919652a37a1e751e27d0006d87c18b308c7711"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Articles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesQuery, ArticlesQueryVariables>;
export const EventsDocument = {"__meta__":{"hash":"sha256:9d88f29435fd2f935dc99f5d3e9466ec98148060f7321b722bfce957cb46da33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const CorpusTimelineDocument = {"__meta__":{"hash":"sha256:5a80e698b9aafa3b762ee6b021e37e6969b778b5c95a2076b5c2f97118b12c99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorpusTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindow"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<CorpusTimelineQuery, CorpusTimelineQueryVariables>;
export const AmplificationDocument = {"__meta__":{"hash":"sha256:8eac2199b16c4eb089ede3d8593e14e6506061358730e25890dea8408fc2873e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Amplification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AmplificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amplification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<AmplificationQuery, AmplificationQueryVariables>;
export const EventInvitationsDocument = {"__meta__":{"hash":"sha256:6250cdee72a9685be5aa32699fb2c3a2ca4b94c1b79b48009d209f3b2023cb38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<EventInvitationsQuery, EventInvitationsQueryVariables>;