/**
 * The compiled read (src/graphql/lookahead.ts → NODE_TREE) answers exactly what the level-by-level
 * loaders answer: each request below runs twice against the same real Neo4j, with the lookahead on
 * and off (GRAPHQL_LOOKAHEAD=false), and both answers — data and errors, with their paths and codes —
 * must be equal. The selections cover what the lookahead must get right: fragments by type condition
 * (inline and named), @skip/@include from variables, aliases of one field with different arguments,
 * filters, cursors, type narrowing, cited articles with and without their text, reference
 * properties, nested levels, invalid nested arguments, unknown ids and ids of another kind. With the
 * lookahead on, each root field costs one round trip; off, the nested ones cost more (so the
 * comparison is between two different reads, not one read twice).
 */
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../src/generated/type-defs.js';
import { createTestApi, type TestApi } from './support/api.js';

const schema = buildSchema(typeDefs);

/**
 * Every field of `type` that takes no required argument: leaves as they are, objects with their
 * leaves (and an `id` of objects below), relation connections left out (`depth` 0 stops there).
 */
function everyField(type: GraphQLObjectType, depth: number): string {
  const usable = (f: GraphQLField<unknown, unknown>) =>
    f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!'));
  return Object.values(type.getFields())
    .filter(usable)
    .map((f) => {
      const t = getNamedType(f.type);
      if (isLeafType(t)) return f.name;
      if (!isObjectType(t) || depth === 0 || t.name.endsWith('Connection'))
        return f.name === 'claims' ? '' : '';
      return `${f.name} { ${everyField(t, depth - 1) || '__typename'} }`;
    })
    .filter(Boolean)
    .join(' ');
}

const ENTITY_KINDS = ['Person', 'Organization', 'Platform', 'Account', 'Event', 'Place', 'Article'];
/**
 * Every field of every entity kind at the other end, and of the relation (evidence and sources
 * included) but its source and target, which would make the read fetch whole ends.
 */
const relationFields = everyField(schema.getType('Relation') as GraphQLObjectType, 1)
  .replace(/\b(source|target) \{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '')
  .trim();
const EVERY_FIELD = `node { ${relationFields} }
  other { ${ENTITY_KINDS.map((k) => `... on ${k} { ${everyField(schema.getType(k) as GraphQLObjectType, 1)} }`).join(' ')} }`;

const BENKIRANE = 'person:abdelilah-benkirane';
const LUNCH = 'event:benkirane-influencers-lunch-2015-06-13';

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Round trips with the lookahead on (one per root field unless said). */
  trips?: number;
  /** The error code the answer holds; none: it holds relations and no error. */
  code?: string;
  /** What the answer must hold instead of relations (not vacuous). */
  holds?: RegExp;
}

const CASES: Case[] = [
  {
    name: 'attendees with their accounts, through an inline fragment',
    query: `query($id: ID!) { event(id: $id) { id attendees(first: 50) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor direction node { id type evidence { excerpt } } other { id name
        ... on Person { accounts(first: 5) { totalCount edges { other { id name } } } } } } } } }`,
    variables: { id: LUNCH },
  },
  {
    name: 'invitations with their event (a reference property) and cited article',
    query: `query($id: ID!) { person(id: $id) { invited(first: 50) { totalCount edges {
      node { id response reason evidence { excerpt article { id title } } event { id name date } }
      other { id name } } } } }`,
    variables: { id: BENKIRANE },
  },
  {
    name: "an event's invitations (the referenced plan) and every source's article with its text",
    query: `query($id: ID!) { event(id: $id) { invitations(first: 10) { totalCount edges {
      node { id sources { excerpt status article { id text } } } other { id } } } } }`,
    variables: { id: LUNCH },
  },
  {
    name: 'many nodes, named fragments, three levels',
    query: `fragment Accounts on Person { accounts(first: 3) { edges { other { id
        ... on Account { amplifies(first: 3) { totalCount edges { other { id } node { id weight evidence { article { id title } } } } } } } } } }
      query($ids: [ID!]!) { nodes(ids: $ids) { id
        ... on Event { attendees(first: 5) { edges { other { id ...Accounts } node { id evidence { article { title } } } } }
                       organizers(first: 5) { edges { other { id ...Accounts } } } } } }`,
    variables: {
      ids: [
        LUNCH,
        'event:no-such-event',
        BENKIRANE,
        'org:pjd',
        'event:benkirane-influencers-lunch-2015-06-13',
      ],
    },
  },
  {
    name: 'aliases of one field with different arguments, a cursor, a window, narrowing by type and direction',
    query: `query($id: ID!, $after: String) { person(id: $id) {
      all: relations(first: 3) { totalCount edges { node { id } other { id } } }
      next: relations(first: 3, after: $after) { totalCount edges { node { id } } }
      typed: relations(first: 10, types: [HOLDS_ROLE, INVITED], direction: OUTGOING) { totalCount edges { node { id type } } }
      dated: relations(first: 10, filter: { since: "2015-01", until: "2015-12", orderBy: DATE_ASC }) { totalCount edges { node { id } } }
      cited: relations(first: 10, filter: { article: "article:pourquoi-benkirane-invite-des-influenceurs-du-web" }) { totalCount edges { node { id } } }
      mentionedIn(first: 2) { totalCount edges { other { id } } } } }`,
    variables: { id: BENKIRANE, after: 'bzoy' },
  },
  {
    name: '@skip and @include from variables',
    query: `query($id: ID!, $no: Boolean!, $yes: Boolean!) { event(id: $id) {
      attendees(first: 5) @skip(if: $no) { edges { node { id } other { id ... on Person @include(if: $yes) { accounts(first: 2) { totalCount } } } } }
      organizers(first: 5) @include(if: $no) { totalCount } } }`,
    variables: { id: LUNCH, no: false, yes: true },
  },
  {
    name: 'top amplifiers with what the amplifying accounts amplify and their articles',
    query: `query($of: ID!) { amplifiers(of: $of, first: 5) { totalCount edges {
      node { id weight evidence { excerpt article { id } } }
      other { id ... on Account { amplifies(first: 3) { totalCount edges { other { id } } } owners(first: 2) { edges { other { id } } } } } } } }`,
    variables: { of: 'platform:les-createurs-de-possibles' },
  },
  {
    name: 'amplified by an account',
    query: `query($by: ID!) { amplified(by: $by, first: 5) { totalCount edges { other { id } node { id weight } } } }`,
    variables: { by: 'account:club-villepin-facebook-group' },
  },
  {
    name: "ends of a relation's source and target (read by the loaders, not compiled)",
    query: `query($id: ID!) { event(id: $id) { attendees(first: 3) { edges { node { id
      source { id relations(first: 2) { totalCount } } target { id } } } } } }`,
    variables: { id: LUNCH },
    trips: 2,
  },
  {
    name: "every field of the relations and of the nodes at their other end (each resolver's reads)",
    query: `query($id: ID!) { person(id: $id) {
      relations(first: 50, filter: { includeRetracted: true }) { totalCount edges { ${EVERY_FIELD} } }
      mentionedIn(first: 5) { edges { ${EVERY_FIELD} } } } }`,
    variables: { id: BENKIRANE },
  },
  {
    name: 'a neighbourhood carrying only what its nodes and edges (and their ends) select',
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 60) { truncated
      nodes { ${ENTITY_KINDS.map((k) => `... on ${k} { ${everyField(schema.getType(k) as GraphQLObjectType, 1)} }`).join(' ')} }
      edges { ${relationFields} source { id name aliases } target { id kind ... on Event { date eventKind } } } } }`,
    variables: { id: 'org:pjd' },
  },
  {
    // The candidates carry only what the ranking and the selection read of them.
    name: 'search hits and suggestions with every field of their nodes',
    query: `query($text: String!) {
      hits: search(text: $text, first: 5) { totalCount floor
        edges { node { score matched matchedField node {
          ${ENTITY_KINDS.map((k) => `... on ${k} { ${everyField(schema.getType(k) as GraphQLObjectType, 1)} }`).join(' ')}
          relations(first: 2) { edges { node { id } } } } } }
        didYouMean { score node { id name } } }
      typo: search(text: "Benkiranee", kinds: [PERSON]) { edges { node { score node { id name aliases } } } } }`,
    variables: { text: 'Benkirane' },
    // Two root fields; relations under search hits are read by the loader (one more level), and
    // claims and evidence articles too.
    trips: 4,
  },
  {
    name: 'a neighbourhood selecting little',
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } edges { id type source { name } } } }`,
    variables: { id: BENKIRANE },
  },
  {
    // Regression: the compiled read once primed the request's loader with pages holding only what
    // its selection read, and a relation's source (read by the loader) is this same node's same page.
    name: "the same page under a relation's source, where it selects more than the compiled page",
    query: `query($id: ID!) { person(id: $id) { relations(first: 3) { edges { node { id
      source { id relations(first: 3) { edges { node { id weight status evidence { excerpt } } other { id name description } } } } } } } } }`,
    variables: { id: BENKIRANE },
    trips: 2,
  },
  // Root fields returning relations inside other objects read what is selected with each relation
  // in their own statement: the articles it cites (with their text when selected), the nodes its
  // reference properties name.
  {
    name: "a node's timeline with its relations' events, evidence articles with their text, and sources",
    query: `query($id: ID!) { timeline(id: $id, limit: 40) { date other { id name }
      relation { id type event { id name date } organization { id name }
        evidence { excerpt article { id title text } } sources { excerpt article { id outlet } } } } }`,
    variables: { id: BENKIRANE },
  },
  {
    name: "the corpus timeline with its relations' events and cited articles",
    query: `query { timeline(when: { since: "2015-01", until: "2015-12", includeUndated: false }, limit: 30) {
      date other { id } relation { id event { id name } evidence { article { id title } } } } }`,
  },
  {
    name: "a path with each hop's event and evidence articles",
    query: `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, limit: 3) { length
      hops { direction from { id } to { id }
        relation { id type event { id name } evidence { excerpt article { id title } } sources { article { id date } } } } } }`,
    variables: { from: 'person:anas-khoumane', to: BENKIRANE },
  },
  {
    name: 'passages with the relations they support, their events and cited articles',
    query: `query { passages(text: "déjeuner", first: 5) { totalCount edges { node { text score article { id }
      relations { id type event { id name } evidence { excerpt article { id title } } } } } } }`,
  },
  {
    name: 'the corpus amplification ranking with evidence articles and their text',
    query: `query { amplification(first: 5) { totalCount edges { other { id name }
      node { id weight metric evidence { excerpt article { id title text } } } } } }`,
  },
  {
    name: "a node's evidence articles, and its claims with their nodes and their evidence articles' text",
    query: `query($id: ID!) { event(id: $id) { id evidence { excerpt article { id title } }
      claims { predicate functional conflict subject { id } values { value note node { id name }
        evidence { excerpt article { id title text } } } }
      attendees(first: 2) { edges { node { id evidence { article { id } } } } } } }`,
    variables: { id: LUNCH },
  },
  {
    name: "a node's evidence articles alone (no relations)",
    query: `query($id: ID!) { person(id: $id) { id name evidence { excerpt article { id title url } } } }`,
    variables: { id: BENKIRANE },
    holds: /"article":\{"id":"article:/,
  },
  {
    name: 'many nodes with claims under a type condition, evidence articles under another, and an unknown id',
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { id
      ... on Event { claims { predicate conflict } }
      ... on Person { evidence { article { id } } } } }`,
    variables: { ids: [LUNCH, 'event:no-such-event', BENKIRANE, LUNCH] },
    holds: /"predicate":"[^"]+".*"article":\{"id":"article:/,
  },
  {
    name: "each attendee's own evidence articles with their text, and claims with their subject",
    query: `query($id: ID!) { event(id: $id) { attendees(first: 4) { edges { node { id } other { id
      evidence { excerpt article { id title text } }
      claims { predicate conflict subject { id name aliases } } } } } } }`,
    variables: { id: LUNCH },
    holds: /"article":\{"id":"article:.*"predicate":"[^"]+"/,
  },
  {
    name: 'claims and evidence articles two levels down, under a type condition',
    query: `query($id: ID!) { person(id: $id) { invited(first: 10) { edges { node { id } other { id
      ... on Person { claims { predicate conflict } attended(first: 3) { edges { node { id } other { id
        evidence { article { id title } } claims { predicate } } } } } } } } } }`,
    variables: { id: BENKIRANE },
  },
  {
    name: "a neighbourhood's nodes with their own pages, claims and evidence articles, and edges' ends",
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 20) { truncated
      nodes { id ... on Person { attended(first: 2) { totalCount edges { node { id } other { id name } } } }
        ... on Event { claims { predicate subject { name } } evidence { article { id title } } } }
      edges { id source { id name } target { id } } } }`,
    variables: { id: BENKIRANE },
    holds: /"totalCount":\d+.*"predicate":"[^"]+".*"article":\{"id":"article:/,
  },
  {
    name: 'an invalid nested argument fails that field only, with its code',
    query: `query($id: ID!) { event(id: $id) { id attendees(first: 5) { edges { other { id
      ... on Person { accounts(first: -1) { totalCount } } } } } } }`,
    variables: { id: LUNCH },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown id',
    query: `query { person(id: "person:nobody-at-all") { id invited(first: 5) { totalCount } } }`,
    code: 'NOT_FOUND',
  },
  {
    name: 'an id of another kind',
    query: `query($id: ID!) { person(id: $id) { id invited(first: 5) { totalCount } } }`,
    variables: { id: LUNCH },
    code: 'BAD_USER_INPUT',
  },
];

describe('the compiled read answers what the loaders answer', () => {
  let compiled: TestApi;
  let levelled: TestApi;
  beforeAll(async () => {
    [compiled, levelled] = await Promise.all([
      createTestApi(),
      createTestApi({ GRAPHQL_LOOKAHEAD: 'false' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([compiled.close(), levelled.close()]);
  });

  const shape = (errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined) =>
    (errors ?? []).map((e) => ({
      message: e.message,
      path: (e as { path?: unknown }).path,
      code: e.extensions?.code,
    }));

  it('selects every relation field but the ends, projected', () => {
    expect(relationFields).toMatch(/\bexcerpt\b/);
    expect(relationFields).not.toMatch(/\b(source|target) \{/);
    expect(EVERY_FIELD).toMatch(/organizationKind/);
  });

  it.each(CASES)('$name', async ({ query, variables, trips, code, holds }) => {
    const [a, b] = [await compiled.run(query, variables), await levelled.run(query, variables)];
    expect(a.data).toEqual(b.data);
    expect(shape(a.errors)).toEqual(shape(b.errors));
    // Not vacuous: the answer holds relations (their ids are TYPE:source>target), or the expected error.
    if (code) expect(shape(a.errors).map((e) => e.code)).toContain(code);
    else {
      expect(a.errors).toBeUndefined();
      expect(JSON.stringify(a.data)).toMatch(holds ?? /"id":"[A-Z_]+:/);
    }
    expect(a.roundTrips).toBe(trips ?? 1);
    if (
      /edges \{ other \{ id[^}]*\.\.\./.test(query) ||
      /event \{ id name|article \{ id|claims \{/.test(query)
    )
      expect(b.roundTrips).toBeGreaterThan(1);
  });
});
