/**
 * Warm-up at start (local server, Lambda init): each query of the typed SDK (the known journalist
 * operations, src/sdk/operations) runs once through Apollo, so the first real call of each shape
 * finds its GraphQL document parsed and validated, the Cypher plans compiled in Neo4j's cache, the
 * driver's connections open and the JIT warm — instead of paying 20× its warm latency. Ids come from
 * the graph itself (the first amplification and event); errors are counted, never thrown.
 */
import type { ApolloServer } from '@apollo/server';
import { print, type DocumentNode } from 'graphql';
import * as operations from '../generated/operations.js';
import type { Logger } from '../logger.js';
import type { GraphContext } from './context.js';

type Ids = { actor: string; other: string; person: string; event: string; name: string };

/** Variables for each SDK query, from ids found in the graph. */
const VARIABLES: Record<string, (ids: Ids) => Record<string, unknown>> = {
  Health: () => ({}),
  Search: (i) => ({ text: i.name }),
  SearchOrSuggest: (i) => ({ text: i.name }),
  Passages: (i) => ({ text: i.name }),
  EventGuests: (i) => ({ id: i.event }),
  EventInvitations: (i) => ({ id: i.event }),
  Invitations: (i) => ({ id: i.person }),
  Amplifiers: (i) => ({ of: i.actor }),
  Amplification: () => ({}),
  Connection: (i) => ({ from: i.other, to: i.actor }),
  Neighbourhood: (i) => ({ id: i.actor, depth: 2 }),
  Timeline: (i) => ({ id: i.actor }),
  CorpusTimeline: () => ({ when: { since: '2000', until: '2030', includeUndated: false } }),
  ArticlesMentioning: (i) => ({ id: i.actor }),
  Articles: () => ({}),
  Events: () => ({ when: { since: '2000', until: '2030', includeUndated: true } }),
  Claims: (i) => ({ about: i.actor }),
  // The explorer's network and path (the preset exports' documents).
  ExportNeighbourhood: (i) => ({ id: i.actor }),
  ExportConnection: (i) => ({ from: i.other, to: i.actor }),
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
      return VARIABLES[op.name.value] ? [{ name: op.name.value, query: print(doc) }] : [];
    });
}

const SEED = `{ amplification(first: 1) { edges { node { source { id } target { id name } } } }
  people: amplification(first: 1, filter: { targetKinds: [PERSON] }) { edges { node { target { id } } } }
  events(first: 1) { edges { node { id } } } }`;

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
  const run = async (query: string, variables: Record<string, unknown>, id: string) => {
    try {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: context(id) });
      const single = res.body.kind === 'single' ? res.body.singleResult : undefined;
      if (single?.errors?.length) failed.push(`${id}: ${single.errors[0]?.message ?? ''}`);
      return single?.data as Record<string, unknown> | undefined;
    } catch (e) {
      failed.push(`${id}: ${(e as Error).message}`);
      return undefined;
    }
  };
  type Seed = {
    amplification: { edges: { node: { source: { id: string }; target: { id: string; name: string } } }[] };
    events: { edges: { node: { id: string } }[] };
    people: { edges: { node: { target: { id: string } } }[] };
  };
  const seed = (await run(SEED, {}, 'warm-up-seed')) as Seed | undefined;
  const amp = seed?.amplification.edges[0]?.node;
  const ids: Ids = {
    actor: amp?.target.id ?? 'person:warm-up',
    other: amp?.source.id ?? 'person:warm-up-other',
    person: seed?.people.edges[0]?.node.target.id ?? 'person:warm-up',
    event: seed?.events.edges[0]?.node.id ?? 'event:warm-up',
    name: amp?.target.name ?? 'warm up',
  };
  const queries = knownQueries();
  // One after the other: the server has just started and other requests may already arrive. Twice:
  // Neo4j keeps a statement's compiled plan only once it has seen the statement more than once.
  for (const round of [1, 2])
    for (const q of queries) await run(q.query, VARIABLES[q.name]!(ids), `warm-up-${q.name}-${round}`);
  const report = {
    operations: 2 * queries.length + 1,
    errors: failed.length,
    failed,
    ms: Date.now() - started,
  };
  logger.info('warmed up', { ...report });
  return report;
}
