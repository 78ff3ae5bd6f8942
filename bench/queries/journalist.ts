/**
 * The journalist questions, each written three ways over the same data: (a) hand-written Cypher
 * through the driver (the floor), (b) our GraphQL API, (c) @neo4j/graphql. The three select the
 * same information where the library can express it; where it cannot, `lib` says why.
 */
import { luceneQuery } from '../../src/graph/lucene.js';
import { ACTOR_RELATIONS } from '../../src/graph/repository.js';
import { FULLTEXT_INDEX } from '../../src/graph/schema-statements.js';
import {
  RAW_EVENT_ATTENDEES,
  RAW_INVITATIONS,
  RAW_NEIGHBOURHOOD,
  RAW_SEARCH,
  RAW_TOP_AMPLIFIERS,
  rawShortestPaths,
} from '../../src/graph/bench-cypher.js';
import type { PlannedTargets } from '../generate/synthetic.js';

export type Vars = Record<string, unknown>;

export interface GraphqlCall {
  query: string;
  variables: Vars;
}

export interface JournalistQuery {
  key: string;
  title: string;
  /** Parameter sets, rotated through the iterations (the same set for the three implementations). */
  variants(t: PlannedTargets): Vars[];
  raw(v: Vars): { cypher: string; params: Vars };
  ours(v: Vars): GraphqlCall;
  /** The @neo4j/graphql version, or why it cannot be written. */
  lib: ((v: Vars) => GraphqlCall) | { unsupported: string };
  /** Set when the library's version answers a looser question (noted next to its figures). */
  libNote?: string;
}

const ACTOR_FRAGMENT = '... on Person { id name } ... on Organization { id name } ... on Account { id name }';

/** Top-20 amplifiers of a leader: the same question for the hub and for typical leaders. */
const topAmplifiers = (
  key: string,
  title: string,
  variants: JournalistQuery['variants'],
): JournalistQuery => ({
  key,
  title,
  variants,
  raw: (v) => ({ cypher: RAW_TOP_AMPLIFIERS, params: { id: v.id, first: 20 } }),
  ours: (v) => ({
    query: `query($of: ID!) { amplifiers(of: $of, first: 20) {
        totalCount edges { node { id weight metric evidence { excerpt } } other { id name } } } }`,
    variables: { of: v.id },
  }),
  lib: (v) => ({
    query: `query($id: ID!) { people(where: { id: { eq: $id } }) {
        amplifiedByConnection(first: 20, sort: [{ edge: { weight: DESC } }]) {
          totalCount edges { properties { id weight metric excerpt } node { ${ACTOR_FRAGMENT} } } } } }`,
    variables: { id: v.id },
  }),
});

export const JOURNALIST_QUERIES: JournalistQuery[] = [
  topAmplifiers('amplifiers-hub', 'Top-20 amplifiers of the most amplified leader', (t) => [
    { id: t.hubLeader },
  ]),
  topAmplifiers('amplifiers', 'Top-20 amplifiers of a typical leader', (t) =>
    t.leaders.map((id) => ({ id })),
  ),
  {
    key: 'event-attendees',
    title: 'Attendees of an event (50) with their accounts (5 each)',
    variants: (t) => t.events.map((e) => ({ id: e.id })),
    raw: (v) => ({ cypher: RAW_EVENT_ATTENDEES, params: { id: v.id, first: 50, accounts: 5 } }),
    ours: (v) => ({
      query: `query($id: ID!) { event(id: $id) { attendees(first: 50) {
        totalCount edges { node { id evidence { excerpt } }
          other { id name ... on Person { accounts(first: 5) { edges { other { id name } } } } } } } } }`,
      variables: { id: v.id },
    }),
    lib: (v) => ({
      query: `query($id: ID!) { events(where: { id: { eq: $id } }) { attendeesConnection(first: 50) {
        totalCount edges { properties { id excerpt } node {
          ... on Person { id name accountsConnection(first: 5) { edges { node { id name } } } }
          ... on Organization { id name } } } } } }`,
      variables: { id: v.id },
    }),
  },
  {
    key: 'invitations',
    title: 'Invitations sent by an organiser (50), with answer and event',
    variants: (t) => t.organisers.map((o) => ({ id: o.id })),
    raw: (v) => ({ cypher: RAW_INVITATIONS, params: { id: v.id, first: 50 } }),
    ours: (v) => ({
      query: `query($id: ID!) { person(id: $id) { invited(first: 50) {
        totalCount edges { node { id response reason evidence { excerpt } event { id name } } other { id name } } } } }`,
      variables: { id: v.id },
    }),
    lib: (v) => ({
      query: `query($id: ID!) { people(where: { id: { eq: $id } }) { invitedConnection(first: 50) {
        totalCount edges { properties { id response reason excerpt event }
          node { ... on Person { id name } ... on Organization { id name } } } } } }`,
      variables: { id: v.id },
    }),
    libNote: "event id only: the invitation's event is a property, so its name needs a second query",
  },
  {
    key: 'path',
    title: 'Shortest paths between two people (≤ 6 hops, ≤ 5 paths)',
    variants: (t) => t.pathPairs.map(([from, to]) => ({ from, to })),
    raw: (v) => ({
      cypher: rawShortestPaths(ACTOR_RELATIONS),
      params: { from: v.from, to: v.to, limit: 5 },
    }),
    ours: (v) => ({
      query: `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 6) {
        length hops { direction from { id name } to { id name } relation { id type evidence { excerpt } } } } }`,
      variables: { from: v.from, to: v.to },
    }),
    lib: { unsupported: 'no shortest-path operation (only a hand-written @cypher field could)' },
  },
  {
    key: 'neighbourhood',
    title: '2-hop neighbourhood of a person (≤ 200 nodes) with the relations among them',
    variants: (t) => t.centres.map((id) => ({ id })),
    raw: (v) => ({ cypher: RAW_NEIGHBOURHOOD, params: { id: v.id, limit: 200 } }),
    ours: (v) => ({
      query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) {
        truncated nodes { id kind name } edges { id type source { id } target { id } } } }`,
      variables: { id: v.id },
    }),
    lib: (v) => ({
      query: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name
        memberOf(limit: 5) { id name members(limit: 40) { ... on Person { id name } ... on Organization { id name } } }
        accounts(limit: 10) { id name onPlatform { id name }
          amplifies(limit: 10) { ... on Person { id name } ... on Organization { id name } ... on Platform { id name } } }
        attended(limit: 10) { id name attendees(limit: 20) { ... on Person { id name } ... on Organization { id name } } }
        invitedBy(limit: 10) { ... on Person { id name } ... on Organization { id name } }
        mentionedIn(limit: 10) { id title } } }`,
      variables: { id: v.id },
    }),
    libNote: 'approximation: typed nested fields with per-field limits, no de-duplication or relation list',
  },
  {
    key: 'search',
    title: 'Search a misspelled name (people, 10 hits)',
    variants: (t) => t.searches.map((s) => ({ text: s.text })),
    raw: (v) => ({
      cypher: RAW_SEARCH,
      params: { index: FULLTEXT_INDEX, lucene: luceneQuery(String(v.text)), label: 'Person', first: 10 },
    }),
    ours: (v) => ({
      query: `query($text: String!) { search(text: $text, kinds: [PERSON], first: 10) {
        edges { node { score node { id name } } } } }`,
      variables: { text: v.text },
    }),
    lib: (v) => ({
      query: `query($q: String!) { searchPeople(phrase: $q, first: 10, sort: [{ score: DESC }]) {
        edges { score node { id name } } } }`,
      variables: { q: luceneQuery(String(v.text)) },
    }),
  },
];
