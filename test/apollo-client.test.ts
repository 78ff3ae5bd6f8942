/**
 * Apollo Client for real, as a front-end developer sets it up: InMemoryCache with the possibleTypes
 * codegen generates (src/generated/possible-types.ts, the Entity and Node interfaces) and
 * relayStylePagination for connections, against the real local server and Neo4j. It pages through a
 * connection, refetches, and reads normalised objects back from the cache, without one warning.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import possibleTypes from '../src/generated/possible-types.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';

const BENKIRANE = 'person:abdelilah-benkirane';

const RELATIONS = gql`
  query PersonRelations($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      name
      relations(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            type
            source {
              id
              name
            }
            target {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

interface RelationsData {
  person: {
    id: string;
    name: string;
    relations: {
      totalCount: number;
      edges: {
        cursor: string;
        node: { id: string; type: string; source: { id: string }; target: { id: string } };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

describe('Apollo Client (InMemoryCache, possibleTypes, relayStylePagination)', () => {
  let app: App;
  let client: ApolloClient;
  const warnings: unknown[][] = [];

  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
    for (const level of ['warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args));
    }
    client = new ApolloClient({
      link: new HttpLink({ uri: `${app.url}/graphql` }),
      cache: new InMemoryCache({
        possibleTypes: possibleTypes.possibleTypes,
        typePolicies: {
          Person: { fields: { relations: relayStylePagination(['direction', 'types', 'filter']) } },
        },
      }),
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    client?.stop();
    await app?.close();
  });

  it('pages through a connection, refetches, and reads normalised objects from the cache', async () => {
    const watched = client.watchQuery<RelationsData>({
      query: RELATIONS,
      variables: { id: BENKIRANE, first: 3 },
    });
    const seen: RelationsData[] = [];
    const subscription = watched.subscribe(({ data }) => {
      if (data) seen.push(data as RelationsData);
    });
    try {
      const first = await watched.refetch();
      const page1 = (first.data as RelationsData).person.relations;
      expect(page1.edges).toHaveLength(3);
      expect(page1.totalCount).toBeGreaterThan(6);
      expect(page1.pageInfo.hasNextPage).toBe(true);

      await watched.fetchMore({ variables: { after: page1.pageInfo.endCursor } });
      const merged = client.readQuery<RelationsData>({
        query: RELATIONS,
        variables: { id: BENKIRANE, first: 3 },
      });
      const ids = merged?.person.relations.edges.map((e) => e.node.id) ?? [];
      // relayStylePagination appended the second page to the first, no duplicates.
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      expect(ids.slice(0, 3)).toEqual(page1.edges.map((e) => e.node.id));

      const again = await watched.refetch();
      expect((again.data as RelationsData).person.relations.edges[0]?.node.id).toBe(ids[0]);

      // Normalised: the person and each relation are one cache entry each, by __typename:id.
      const person = client.cache.identify({ __typename: 'Person', id: BENKIRANE });
      expect(person).toBe(`Person:${BENKIRANE}`);
      const extracted = client.cache.extract() as Record<string, { name?: string }>;
      expect(extracted[person ?? '']?.name).toBe((first.data as RelationsData).person.name);
      const relationKey = client.cache.identify({ __typename: 'Relation', id: ids[4] });
      expect(extracted[relationKey ?? '']).toBeDefined();
      // possibleTypes: a fragment on the Entity interface reads a Person from the cache.
      const entity = client.readFragment<{ id: string; name: string }>({
        id: person,
        fragment: gql`
          fragment EntityName on Entity {
            id
            name
          }
        `,
      });
      expect(entity?.name).toBe((first.data as RelationsData).person.name);
      expect(seen.length).toBeGreaterThan(0);
    } finally {
      subscription.unsubscribe();
    }
    expect(warnings).toEqual([]);
  });
});
