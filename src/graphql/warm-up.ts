/**
 * Warm-up at start (local server, Lambda init): each query of the typed SDK (the known journalist
 * operations, src/sdk/operations) runs through Apollo, so the first real call of each shape finds its
 * GraphQL document parsed and validated, its Cypher plans compiled in Neo4j's cache, the driver's
 * connections open and the JIT warm — instead of paying 20× its warm latency.
 *
 * Neo4j caches a plan per statement text *and parameter shape*: each parameter's type (null is a
 * type of its own) and, for strings and lists, its size rounded up to a power of ten (setting
 * `internal.cypher.use_parameter_size`, on by default and not settable on Aura). So a statement warmed
 * with a 20-character id is planned again (≈ 0.2–0.3 s) for `org:pjd`, and one warmed without a
 * filter is planned again for `language: "fr"`. Each query therefore runs in the shapes real calls
 * take: ids of both length classes, optional filters unset and set, short and long search texts.
 * Ids come from the graph itself; where the graph has no id of a length class, a made-up id of that
 * length is used (its plan is compiled all the same; its NOT_FOUND is expected). Errors are counted,
 * never thrown.
 */
import type { ApolloServer } from '@apollo/server';
import { print, type DocumentNode } from 'graphql';
import * as operations from '../generated/operations.js';
import type { Logger } from '../logger.js';
import type { GraphContext } from './context.js';

/** Ids and texts to call the queries with: each list holds one value per size class it covers. */
interface Samples {
  /** Entities with relations: one id of each length class (≤ 10 characters, longer)… */
  actors: string[];
  /** …and another of each class, for paths. */
  others: string[];
  person: string;
  event: string;
  platform: string | null;
  names: string[];
  outlet: string | null;
  language: string | null;
}

type Variables = Record<string, unknown>;

/** The variable sets each SDK query is warmed with (the shapes its statements' parameters take). */
const VARIANTS: Record<string, (s: Samples) => Variables[]> = {
  Health: () => [{}],
  Search: (s) => [...s.names.map((text) => ({ text })), { text: s.names[0], kinds: ['PERSON'] }],
  SearchOrSuggest: (s) => s.names.map((text) => ({ text })),
  Passages: (s) => s.names.map((text) => ({ text })),
  EventGuests: (s) => [{ id: s.event }],
  EventInvitations: (s) => [{ id: s.event }],
  Invitations: (s) => [{ id: s.person }],
  Amplifiers: (s) => [
    ...s.actors.map((of) => ({ of })),
    ...(s.platform ? [{ of: s.actors[0], platform: s.platform }] : []),
  ],
  Amplification: (s) => [
    {},
    { filter: { targetKinds: ['PERSON'] } },
    ...(s.platform ? [{ filter: { platform: s.platform } }] : []),
  ],
  Connection: (s) => s.actors.flatMap((from) => s.others.map((to) => ({ from, to }))),
  Neighbourhood: (s) => s.actors.flatMap((id) => [1, 2].map((depth) => ({ id, depth }))),
  Timeline: (s) => s.actors.map((id) => ({ id })),
  CorpusTimeline: () => [{}, { when: { since: '2000', until: '2030', includeUndated: false } }],
  ArticlesMentioning: (s) => s.actors.map((id) => ({ id })),
  Articles: (s) => [
    {},
    ...(s.language ? [{ filter: { language: s.language } }] : []),
    ...(s.outlet ? [{ filter: { outlet: s.outlet } }] : []),
    ...(s.outlet && s.language ? [{ filter: { outlet: s.outlet, language: s.language } }] : []),
  ],
  Events: () => [{}, { when: { since: '2000', until: '2030', includeUndated: true } }],
  Claims: (s) => s.actors.map((about) => ({ about })),
  // The explorer's network and path (the preset exports' documents).
  ExportNeighbourhood: (s) => s.actors.map((id) => ({ id })),
  ExportConnection: (s) => s.actors.flatMap((from) => s.others.map((to) => ({ from, to }))),
};

/** The SDK's queries by operation name (mutations are never replayed). */
export function knownQueries(): { name: string; query: string }[] {
  return Object.values(operations as Record<string, unknown>)
    .filter(
      (d): d is DocumentNode =>
        typeof d === 'object' && d !== null && (d as DocumentNode).kind === 'Document',
    )
    .flatMap((doc) => {
      const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
      if (op?.kind !== 'OperationDefinition' || op.operation !== 'query' || !op.name) return [];
      return VARIANTS[op.name.value] ? [{ name: op.name.value, query: print(doc) }] : [];
    });
}

// Only what answers fast at any size: a ranking filtered by target kind counts by scanning (seconds
// at 5M AMPLIFIES, past the request timeout when cold), so a person is taken from the top targets.
const SEED = `{ amplification(first: 20) { edges { node { source { id
      ... on Account { onPlatform(first: 1) { edges { node { target { id } } } } } } target { id name kind } } } }
  events(first: 1) { edges { node { id } } }
  articles(first: 1) { edges { node { article { outlet language } } } } }`;

type Seed = {
  amplification: {
    edges: {
      node: {
        source: { id: string; onPlatform?: { edges: { node: { target: { id: string } } }[] } };
        target: { id: string; name: string; kind: string };
      };
    }[];
  };
  events: { edges: { node: { id: string } }[] };
  articles: { edges: { node: { article: { outlet: string | null; language: string | null } } }[] };
};

/** Ids near the first amplified actor: where an id of each length class is most likely found. */
const NEARBY = `query WarmUpNearby($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } } }`;

/**
 * Stand-ins for a length class the graph has no id of: compiled all the same, expected to miss. They
 * are valid ids (a known kind prefix), or the argument would be refused before any Cypher runs.
 */
export const MADE_UP = new Set(['person:warm-up-none', 'person:warm-up-other', 'org:wu-nil', 'org:wu-non']);
const [LONG, LONG_OTHER, SHORT, SHORT_OTHER] = [...MADE_UP] as [string, string, string, string];

/**
 * Two ids per length class (≤ 10 characters, longer), from the graph where it has them:
 * `actors` holds the first of each class, `others` the second (paths need two ends).
 */
function idClasses(ids: string[]): { actors: string[]; others: string[] } {
  const unique = [...new Set(ids)];
  const short = unique.filter((id) => id.length <= 10).sort((a, b) => a.length - b.length);
  const long = unique.filter((id) => id.length > 10 && id.length <= 100);
  return {
    actors: [long[0] ?? LONG, short[0] ?? SHORT],
    others: [long[1] ?? LONG_OTHER, short[1] ?? SHORT_OTHER],
  };
}

const madeUp = (variables: Variables) => Object.values(variables).some((v) => MADE_UP.has(v as string));

export interface WarmUpReport {
  operations: number;
  errors: number;
  /** The operations that answered with an error (an empty graph, a query the data cannot answer). */
  failed: string[];
  ms: number;
}

export async function warmUp(
  apollo: ApolloServer<GraphContext>,
  context: (id: string) => GraphContext,
  logger: Logger,
): Promise<WarmUpReport> {
  const started = Date.now();
  const failed: string[] = [];
  let operations = 0;
  const run = async (query: string, variables: Variables, id: string) => {
    operations += 1;
    try {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: context(id) });
      const single = res.body.kind === 'single' ? res.body.singleResult : undefined;
      const errors = (single?.errors ?? []).filter(
        (e) => !(e.extensions?.code === 'NOT_FOUND' && madeUp(variables)),
      );
      if (errors.length) failed.push(`${id}: ${errors[0]?.message ?? ''}`);
      return single?.data as Record<string, unknown> | undefined;
    } catch (e) {
      failed.push(`${id}: ${(e as Error).message}`);
      return undefined;
    }
  };
  const seed = (await run(SEED, {}, 'warm-up-seed')) as Seed | undefined;
  if (!seed) {
    // Neo4j unreachable (or no graph yet): nothing would be planned, and each replayed query would
    // only compete with the first real requests for the CPU.
    const report = { operations, errors: failed.length, failed, ms: Date.now() - started };
    logger.warn('warm-up skipped: the graph did not answer', { ...report });
    return report;
  }
  const amps = seed.amplification.edges.map((e) => e.node);
  const actor = amps[0]?.target.id;
  const nearby = actor
    ? ((await run(NEARBY, { id: actor }, 'warm-up-nearby')) as
        { neighbourhood: { nodes: { id: string }[] } | null } | undefined)
    : undefined;
  const name = amps[0]?.target.name ?? 'warm up';
  const article = seed.articles.edges[0]?.node.article;
  const samples: Samples = {
    ...idClasses([
      ...(actor ? [actor] : []),
      ...(nearby?.neighbourhood?.nodes.map((n) => n.id) ?? []),
      ...amps.flatMap((a) => [a.target.id, a.source.id]),
    ]),
    person: amps.find((a) => a.target.kind === 'PERSON')?.target.id ?? 'person:warm-up',
    event: seed.events.edges[0]?.node.id ?? 'event:warm-up',
    platform: amps.map((a) => a.source.onPlatform?.edges[0]?.node.target.id).find(Boolean) ?? null,
    // A one-word and a longer search: their Lucene queries fall in different size classes.
    names: [name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!, `${name} ${name}`],
    outlet: article?.outlet ?? null,
    language: article?.language ?? null,
  };
  const queries = knownQueries();
  // One after the other: the server has just started and other requests may already arrive. Twice:
  // Neo4j keeps a statement's compiled plan only once it has seen the statement more than once.
  for (const round of [1, 2])
    for (const q of queries)
      for (const [i, variables] of VARIANTS[q.name]!(samples).entries())
        await run(q.query, variables, `warm-up-${q.name}-${i + 1}-${round}`);
  const report = { operations, errors: failed.length, failed, ms: Date.now() - started };
  logger.info('warmed up', { ...report });
  return report;
}
