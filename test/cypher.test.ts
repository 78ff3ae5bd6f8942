/**
 * The Cypher each journalist question runs, pinned (in the spirit of @neo4j/graphql's tests/tck):
 * every statement's text and parameters, in order, for the benchmark's own GraphQL documents on the
 * seed graph, snapshotted to test/__snapshots__/cypher/<question>.cypher — so a change to a plan, a
 * new round trip or a parameter shows up in review as a diff of Cypher. Each question is also run
 * against the real Neo4j and its answer checked, so a snapshot never pins a failing request.
 * After an intended change: `npx vitest run test/cypher.test.ts -u`, then read the diff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNALIST_QUERIES, type Vars } from '../bench/queries/journalist.js';
import type { QueryTrace } from '../src/graph/runner.js';
import { createTestApi, type TestApi } from './support/api.js';

/** Seed-graph parameters for each benchmark question (the benchmark draws its own from the synthetic graph). */
const SEED_VARS: Record<string, Vars> = {
  'amplifiers-hub': { id: 'platform:les-createurs-de-possibles' },
  amplifiers: { id: 'person:dominique-de-villepin' },
  'event-attendees': { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  invitations: { id: 'person:abdelilah-benkirane' },
  path: { from: 'person:anas-khoumane', to: 'person:abdelilah-benkirane' },
  neighbourhood: { id: 'org:pjd' },
  search: { text: 'benkiran' },
};

/** Questions beyond the benchmark's, one per remaining plan: a date-window page and a timeline. */
const PLAN_QUESTIONS: { key: string; query: string; variables: Vars }[] = [
  {
    key: 'window-filtered-page',
    query: `query($id: ID!) { event(id: $id) { attendees(first: 10, filter: { since: "2015-06", until: "2015-06" }) {
      totalCount edges { node { id date } other { id } } } } }`,
    variables: { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  },
  {
    key: 'typed-relations-page',
    query: `query($id: ID!) { person(id: $id) { relations(first: 10, types: [HOLDS_ROLE, INVITED], direction: OUTGOING) {
      totalCount edges { node { id type } other { id } } } } }`,
    variables: { id: 'person:abdelilah-benkirane' },
  },
  {
    key: 'timeline',
    query: `query($id: ID!) { timeline(id: $id, limit: 20) { date relation { id type } other { id } } }`,
    variables: { id: 'person:abdelilah-benkirane' },
  },
  {
    // What is read with each relation beyond it (cited articles, the nodes it names), outside NODE_TREE.
    key: 'timeline-with-evidence',
    query: `query($id: ID!) { timeline(id: $id, limit: 20) { date
      relation { id type event { id name } evidence { excerpt article { id title } } } other { id } } }`,
    variables: { id: 'person:abdelilah-benkirane' },
  },
  // Questions that need no starting id, and an event's invitations (the referenced plan).
  {
    key: 'articles-filtered',
    query: `query($f: ArticleFilter) { articles(filter: $f, first: 5) { totalCount edges { node { article { id date } } } } }`,
    variables: { f: { outlet: 'wordpress', language: 'fr' } },
  },
  {
    key: 'events-window',
    query: `query($w: TimeWindow) { events(when: $w, first: 10) { totalCount edges { node { id date } } } }`,
    variables: { w: { since: '2010-01', until: '2010-01', includeUndated: false } },
  },
  {
    key: 'corpus-timeline',
    query: `query($w: TimeWindow) { timeline(when: $w, limit: 20) { date relation { id type } other { id } } }`,
    variables: { w: { since: '2010-01', until: '2010-01', includeUndated: false } },
  },
  {
    key: 'amplification',
    query: `query($f: AmplificationFilter) { amplification(filter: $f, first: 5) { totalCount edges { node { id weight } other { id } } } }`,
    variables: { f: { targetKinds: ['PLATFORM'], metric: 'members' } },
  },
  {
    key: 'passages',
    query: `query($text: String!) { passages(text: $text, first: 3) { totalCount edges { node { text score article { id } relations { id type } } } } }`,
    variables: { text: 'excès de zèle' },
  },
  {
    key: 'claims',
    query: `query($id: ID!) { claims(about: $id) { predicate conflict values { value node { id } evidence { excerpt article { id title } } } } }`,
    variables: { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  },
  {
    key: 'node-with-claims-and-evidence',
    query: `query($id: ID!) { event(id: $id) { name evidence { excerpt article { id title } }
      claims { predicate values { value evidence { article { id } } } } attendees(first: 3) { totalCount } } }`,
    variables: { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  },
  {
    key: 'neighbourhood-with-pages',
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 10) { nodes { id
      ... on Person { attended(first: 2) { totalCount } } ... on Event { claims { predicate } } } edges { id } } }`,
    variables: { id: 'person:abdelilah-benkirane' },
  },
  {
    key: 'event-invitations',
    query: `query($id: ID!) { event(id: $id) { invitations(first: 10) { totalCount edges { node { id response } other { id } } } } }`,
    variables: { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  },
];

const stable = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stable)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, stable(x)]),
        )
      : v;

/** The statements of one request as a reviewable file: each one's Cypher, then its parameters. */
function render(trace: QueryTrace): string {
  const queries = trace.queries ?? [];
  return [
    `// ${queries.length} round trip${queries.length === 1 ? '' : 's'}`,
    ...queries.map(
      (q, i) =>
        `// ---- statement ${i + 1}\n${q.cypher.trim()}\n// params ${JSON.stringify(stable(q.params))}`,
    ),
    '',
  ].join('\n');
}

describe('the Cypher each question runs', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const questions = [
    ...JOURNALIST_QUERIES.map((q) => ({ key: q.key, ...q.ours(SEED_VARS[q.key]!) })),
    ...PLAN_QUESTIONS,
  ];

  it('covers every benchmark question', () => {
    expect(Object.keys(SEED_VARS).sort()).toEqual(JOURNALIST_QUERIES.map((q) => q.key).sort());
  });

  it.each(questions)('$key', async ({ key, query, variables }) => {
    const res = await api.run(query, variables);
    expect(res.errors).toBeUndefined();
    // A real answer, not an empty one: some node, relation or path came back.
    expect(JSON.stringify(res.data)).toMatch(/"id":"[a-z]+:/);
    console.log(`${key}: ${res.roundTrips} round trip(s)`);
    await expect(render(res.trace)).toMatchFileSnapshot(`./__snapshots__/cypher/${key}.cypher`);
  });
});
