/**
 * The guards of the Cypher building layer (src/graph/cypher-fragments.ts, cypher-text.ts,
 * relation-pages-cypher.ts), as pure unit tests: what the statements are built from must never
 * capture a variable, write an unchecked name, or accept a type the model does not declare. What the
 * statements read is tested against the real Neo4j elsewhere (cypher, lookahead, relation-plans).
 */
import Cypher from '@neo4j/cypher-builder';
import { describe, expect, it } from 'vitest';
import { NO_NODE_EXTRAS, inWindow, nodeMap, orderFor, relationMap } from '../src/graph/cypher-fragments.js';
import { node, param, relationship, statement } from '../src/graph/cypher-text.js';
import { nodeTree, relationPages, type PageShape } from '../src/graph/relation-pages-cypher.js';
import type { RelationType } from '../src/data/model.js';

/** The names a statement binds with `AS` or iterates with `IN` (list comprehensions, any()). */
const boundNames = (cypher: string) =>
  [...cypher.matchAll(/\bAS\s+((?:this|var)\d+)\b|\[\s*((?:this|var)\d+)\s+IN\b/g)].map((m) => m[1] ?? m[2]);

describe('fixed statements with fragments written in', () => {
  it('names the variables each fragment creates apart, in one statement', () => {
    // nodeMap creates a comprehension variable for the node's kind: two of them must differ.
    const text = statement`MATCH (a)-[r]->(b) RETURN ${nodeMap(node('a'))} AS a, ${nodeMap(node('b'))} AS b`;
    const names = boundNames(text);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('refuses text that uses a name the builder gives its own variables', () => {
    expect(() => statement`MATCH (var0) RETURN ${nodeMap(node('var0'))} AS n`).toThrow(/var0/);
    expect(() => statement`MATCH (this1) RETURN this1`).toThrow(/this1/);
  });

  it('writes the names the text gives, and parameters as parameters', () => {
    const text = statement`MATCH ()-[r]-() WHERE ${inWindow(relationship('r'), param('window'))} RETURN r`;
    expect(text).toContain('$window.since IS NULL OR r.validTo IS NULL');
    expect(text).not.toMatch(/\$param\d/);
  });
});

describe('names written into statements are checked', () => {
  it('refuses a property name that is not a plain identifier', () => {
    expect(() => nodeMap(new Cypher.Node(), ['name} RETURN 1 //'])).toThrow(/unexpected property name/);
    expect(() => relationMap(new Cypher.Relationship(), ['id', 'a.b'])).toThrow(/unexpected property name/);
  });

  const shape = (types: RelationType[]): PageShape => ({
    plan: { kind: 'typed', types, direction: null, orderBy: 'WEIGHT_DESC', includeRetracted: false },
    articles: 'none',
    refs: [],
    other: [],
    relationProps: ['id'],
    endProps: ['id'],
    otherExtras: NO_NODE_EXTRAS,
  });

  it('refuses a relation type the model does not declare, in both forms of a page', () => {
    const bad = ['ATTENDED', 'KNOWS) DETACH DELETE (n'] as unknown as RelationType[];
    expect(() => nodeTree([shape(bad)])).toThrow(/not a relation type of the model/);
    expect(() => relationPages([shape(bad).plan])).toThrow(/not a relation type of the model/);
  });
});

describe('composed statements', () => {
  it('gives a nested page variables of its own: none of the outer page is bound again', () => {
    const outer = shape2('ATTENDED', [shape2('OWNS_ACCOUNT', [])]);
    const text = nodeTree([outer]);
    const names = boundNames(text);
    // Each name is bound once: the inner page cannot shadow what the outer one bound.
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    expect(twice).toEqual([]);
    expect(names.length).toBeGreaterThan(20);
  });

  it('is composed once per shape and then served from the cache', () => {
    const a = nodeTree([shape2('SUPPORTS', [])]);
    expect(nodeTree([shape2('SUPPORTS', [])])).toBe(a);
    expect(nodeTree([shape2('FOUNDED', [])])).not.toBe(a);
  });
});

function shape2(type: RelationType, other: PageShape[]): PageShape {
  return {
    plan: {
      kind: 'typed',
      types: [type],
      direction: 'INCOMING',
      orderBy: 'WEIGHT_DESC',
      includeRetracted: false,
    },
    articles: 'cited',
    refs: [],
    other,
    relationProps: ['id'],
    endProps: ['id', 'name'],
    otherExtras: NO_NODE_EXTRAS,
  };
}

describe('the order of a page of relations', () => {
  const sortKeys = (types: readonly RelationType[] | null) => {
    const r = new Cypher.Relationship();
    const clause = new Cypher.Match(new Cypher.Pattern({}).related(r).to())
      .with(r)
      .orderBy(...orderFor('WEIGHT_DESC', types)(r))
      .return(r);
    return clause.build().cypher.split('ORDER BY')[1]?.split('\n')[0]?.trim();
  };

  it('sorts by weight only when one of the types can have one (the model declares it)', () => {
    expect(sortKeys(['INVITED'])).not.toMatch(/weight/);
    expect(sortKeys(['INVITED', 'ORGANIZED'])).not.toMatch(/weight/);
    expect(sortKeys(['AMPLIFIES'])).toMatch(/^coalesce\(\w+\.weight, -1\) DESC/);
    expect(sortKeys(['INVITED', 'AMPLIFIES'])).toMatch(/weight/);
    // Any type: the page may hold AMPLIFIES.
    expect(sortKeys(null)).toMatch(/weight/);
    // Without weight, the rest of the order is unchanged: by date, then id.
    expect(sortKeys(['INVITED'])).toMatch(/^coalesce\(\w+\.dateKey, ''\) DESC, \w+\.id ASC$/);
  });
});
