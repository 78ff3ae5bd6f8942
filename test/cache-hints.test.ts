/**
 * The cache policy read from an operation by the schema's hints (src/graphql/cache-hints.ts): pure,
 * against the product's own schema. test/trusted-documents.test.ts checks the header it gives over
 * HTTP, through a real HTTP cache.
 */
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheHintOf } from '../src/graphql/cache-hints.js';
import { executableSchema } from '../src/graphql/server.js';

const schema = executableSchema();

const hintOf = (query: string) => {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return cacheHintOf(schema, document, operation);
};

describe('cache hints read from the operation', () => {
  it.each([
    ['a node and its scalars', '{ person(id: "p") { id name aliases } }'],
    [
      'relations with their evidence, articles and other ends',
      `{ person(id: "p") { amplifiers(first: 5) { totalCount pageInfo { hasNextPage }
         edges { cursor node { id evidence { excerpt article { title } } sources { status } retraction { at } }
           other { id name ... on Person { accounts { edges { other { name } } } } } } } } }`,
    ],
    [
      'an interface, narrowed by fragments',
      'query { node(id: "p") { id ...P } } fragment P on Person { name }',
    ],
    [
      'search hits',
      '{ search(text: "x") { edges { node { score node { id name } } } didYouMean { matched } } }',
    ],
    ['paths', '{ connection(from: "a", to: "b") { length hops { direction relation { id } from { id } } } }'],
    ['claims', '{ claims(about: "p") { predicate values { value evidence { excerpt } node { id } } } }'],
  ])('the read model is public for five minutes: %s', (_what, query) => {
    expect(hintOf(query)).toEqual({ maxAge: 300 });
  });

  it.each([
    ['a live field beside cacheable ones', '{ person(id: "p") { id } health { ok } }'],
    [
      'a live field in a fragment on Query',
      'query { ...Live person(id: "p") { id } } fragment Live on Query { health { ok } }',
    ],
    ['a root field whose type has no hint', '{ passages(text: "zèle") { totalCount } }'],
    ['the audit trail', '{ auditLog { totalCount } }'],
  ])('anything unhinted makes the answer uncacheable: %s', (_what, query) => {
    expect(hintOf(query)).toEqual({ maxAge: 0 });
  });

  it('counts a field under @skip too (it does not read variables): on the safe side', () => {
    expect(
      hintOf('query($live: Boolean!) { person(id: "p") { id } health @include(if: $live) { ok } }'),
    ).toEqual({
      maxAge: 0,
    });
  });

  it('gives no policy (not cacheable) to an operation that reads only meta-fields', () => {
    expect(hintOf('{ __typename }')).toEqual({});
  });

  it('computes a parsed operation once', () => {
    const document = parse('{ person(id: "p") { id } }');
    const operation = getOperationAST(document)!;
    expect(cacheHintOf(schema, document, operation)).toBe(cacheHintOf(schema, document, operation));
  });
});
