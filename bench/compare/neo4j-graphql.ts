/**
 * Comparison server: the same graph served by @neo4j/graphql (v7), the library most teams would
 * reach for instead of a hand-written API. Not part of the product. Its type definitions are
 * derived from the model (src/data/model.ts) like our schema: one `@node` type per kind mapped to
 * our labels (`Person` + `Entity`, so lookups by id use the unique index on :Entity(id)), one
 * `@relationship` field per relation and end (a union when several kinds are allowed), and the
 * relation properties as one `@relationshipProperties` type. Search uses our full-text index via
 * `@fulltext`. Served by Apollo's standalone HTTP server on a loopback port.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { NODE_KINDS, RELATIONS, RELATION_TYPES, type NodeKind } from '../../src/data/model.js';
import { FULLTEXT_INDEX } from '../../src/graph/schema-statements.js';

/** Stored scalar properties per kind (as written by toGraphRows), besides the common ones. */
const KIND_FIELDS: Record<NodeKind, string> = {
  Person: 'anonymous: Boolean\n  occupation: String',
  Organization: 'kind: String\n  country: String',
  Platform: 'kind: String\n  url: String',
  Account: 'kind: String\n  handle: String',
  Event: 'kind: String\n  date: String\n  dateInferred: Boolean',
  Place: 'kind: String',
  Article: 'title: String\n  outlet: String\n  url: String\n  date: String\n  language: String',
};

const RELATION_PROPS = [
  'id: ID!',
  'origin: String',
  'article: String',
  'excerpt: String',
  'date: String',
  'start: String',
  'end: String',
  'weight: Float',
  'metric: String',
  'title: String',
  'role: String',
  'response: String',
  'reason: String',
  'quote: String',
  'what: String',
  'event: String',
  'organization: String',
  'validFrom: String',
  'validTo: String',
];

/** The GraphQL type a relation end resolves to: the kind itself, or a union of kinds. */
function endType(kinds: readonly NodeKind[], unions: Map<string, readonly NodeKind[]>): string {
  if (kinds.length === 1) return kinds[0] as string;
  const name = kinds.length === NODE_KINDS.length ? 'AnyEntity' : [...kinds].sort().join('Or');
  unions.set(name, kinds);
  return name;
}

/** Type definitions for @neo4j/graphql, generated from the model. */
export function neo4jGraphqlTypeDefs(): string {
  const fields = new Map<NodeKind, string[]>(NODE_KINDS.map((k) => [k, []]));
  const unions = new Map<string, readonly NodeKind[]>();
  for (const type of RELATION_TYPES) {
    const spec = RELATIONS[type];
    const rel = (direction: 'IN' | 'OUT', to: readonly NodeKind[]) =>
      `[${endType(to, unions)}!]! @relationship(type: "${type}", direction: ${direction}, properties: "RelationProps")`;
    for (const k of spec.from) fields.get(k)?.push(`${spec.forward}: ${rel('OUT', spec.to)}`);
    for (const k of spec.to) fields.get(k)?.push(`${spec.reverse}: ${rel('IN', spec.from)}`);
  }
  const types = NODE_KINDS.map((k) => {
    const search =
      k === 'Person'
        ? ` @fulltext(indexes: [{ indexName: "${FULLTEXT_INDEX}", queryName: "searchPeople", fields: ["name", "aliasText"] }])`
        : '';
    return `type ${k} @node(labels: ["${k}", "Entity"])${search} {
  id: ID!
  name: String!
  aliases: [String!]
  aliasText: String
  description: String
  ${KIND_FIELDS[k]}
  ${(fields.get(k) ?? []).join('\n  ')}
}`;
  });
  const unionDefs = [...unions].map(([name, kinds]) => `union ${name} = ${kinds.join(' | ')}`);
  return [
    `type RelationProps @relationshipProperties {\n  ${RELATION_PROPS.join('\n  ')}\n}`,
    ...unionDefs,
    ...types,
  ].join('\n\n');
}

export interface ComparisonServer {
  url: string;
  driver: Driver;
  /** How long building the augmented schema took (it is large: filters, connections, aggregates). */
  schemaMs: number;
  close(): Promise<void>;
}

/** `wrap` lets the benchmark count the statements the library sends (see recording-driver.ts). */
export async function startNeo4jGraphqlServer(
  uri: string,
  database = 'neo4j',
  wrap: (d: Driver) => Driver = (d) => d,
): Promise<ComparisonServer> {
  // Its own driver with the library's documented defaults, like a team adopting it would have.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'local-no-auth'));
  const started = performance.now();
  const schema = await new Neo4jGraphQL({
    typeDefs: neo4jGraphqlTypeDefs(),
    driver: wrap(driver),
  }).getSchema();
  const schemaMs = performance.now() - started;
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database } }),
  });
  return {
    url,
    driver,
    schemaMs,
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
