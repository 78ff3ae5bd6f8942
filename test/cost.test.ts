/**
 * Demand control (src/graphql/cost.ts): every request's response size is estimated before it runs,
 * with variables and argument defaults applied, and refused over the budget. Regression: a 386-byte
 * query nesting `relations(first: $n)` six levels deep with `{"n": 100}` in variables (or `first`
 * left to its default) was not counted by the old cost limit, and took the server's heap.
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateOperation, LIST_SIZES } from '../src/graphql/cost.js';
import { typeDefs } from '../src/generated/type-defs.js';
import { createTestApi, type TestApi } from './support/api.js';

const schema = buildSchema(typeDefs);
const estimate = (query: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(query);
  return estimateOperation(schema, doc, doc.definitions[0] as OperationDefinitionNode, variables);
};

/** The attack: `relations(first: $n)` nested `levels` deep under one person. */
function nested(levels: number, first: string): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relations${first} { edges { other { id ${inner} } } }`;
  const vars = first.includes('$n') ? '($n: Int)' : '';
  return `query${vars} { person(id: "person:abdelilah-benkirane") { ${inner} } }`;
}

/** Objects in a value: what the estimate bounds (call it on `data` and subtract the root). */
function objectsIn(v: unknown): number {
  if (Array.isArray(v)) return v.reduce<number>((n, x) => n + objectsIn(x), 0);
  if (v && typeof v === 'object') return 1 + Object.values(v).reduce<number>((n, x) => n + objectsIn(x), 0);
  return 0;
}

describe('the estimate', () => {
  it('declares a size for every list of objects in the schema', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        const list = isListType(getNullableType(field.type));
        if (!list || !isCompositeType(getNamedType(field.type))) continue;
        const declared =
          (type.name.endsWith('Connection') && name === 'edges') ||
          `${type.name}.${name}` in LIST_SIZES ||
          type.getInterfaces().some((i) => `${i.name}.${name}` in LIST_SIZES);
        if (!declared) missing.push(`${type.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('counts pages by their slicing argument, from variables and defaults, and multiplies nested lists', () => {
    // 1 connection + 2 × (edge + relation).
    expect(estimate('{ amplifiers(of: "org:ump", first: 2) { edges { node { id } } } }')).toBe(5);
    expect(
      estimate('query($f: Int) { amplifiers(of: "org:ump", first: $f) { edges { node { id } } } }', { f: 2 }),
    ).toBe(5);
    // The default of `first` (20) when neither the argument nor the variable is given.
    expect(
      estimate('query($f: Int) { amplifiers(of: "org:ump", first: $f) { edges { node { id } } } }'),
    ).toBe(41);
    expect(estimate('{ amplifiers(of: "org:ump") { edges { node { id } } } }')).toBe(41);
    // A variable's own default.
    expect(
      estimate('query($f: Int = 3) { amplifiers(of: "org:ump", first: $f) { edges { node { id } } } }'),
    ).toBe(7);
    // Nested: 1 + 2 × (1 + 1 + 1 + 3 × (1 + 1)) = 19.
    expect(
      estimate(
        '{ amplifiers(of: "org:ump", first: 2) { edges { other { id relations(first: 3) { edges { node { id } } } } } } }',
      ),
    ).toBe(1 + 2 * (1 + 1 + 1 + 3 * 2));
    // Above what the resolver accepts (100), a page counts as 100: the resolver refuses the rest.
    expect(estimate('{ amplifiers(of: "org:ump", first: 5000) { edges { node { id } } } }')).toBe(201);
    // @skip/@include are applied; fragments on other types do not add up.
    expect(
      estimate(
        'query($s: Boolean!) { amplifiers(of: "org:ump", first: 2) { edges @skip(if: $s) { node { id } } } }',
        { s: true },
      ),
    ).toBe(1);
    expect(
      estimate(
        '{ node(id: "person:x") { ... on Person { accounts(first: 4) { edges { node { id } } } } ... on Event { attendees(first: 2) { edges { node { id } } } } } }',
      ),
    ).toBe(1 + 1 + 4 * 2);
  });

  it('gives the attack its true size whether first comes from a variable, a default or a literal', () => {
    const viaVariable = estimate(nested(6, '(first: $n)'), { n: 100 })!;
    expect(viaVariable).toBeGreaterThan(100 ** 6);
    expect(estimate(nested(6, ''))).toBeGreaterThan(20 ** 6);
    expect(estimate(nested(6, '(first: 100)'))).toBe(viaVariable);
  });
});

describe('demand control in the server', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['variables', nested(6, '(first: $n)'), { n: 100 }],
    ['defaults', nested(6, ''), {}],
    ['literals', nested(6, '(first: 100)'), {}],
  ])(
    'refuses the nested attack (first from %s) before it reaches the database',
    async (_how, query, variables) => {
      const r = await api.run(query, variables);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors?.[0]?.message).toMatch(/could hold \d+ objects, over the budget of 10000/);
      expect(r.errors?.[0]?.extensions?.budget).toBe(10_000);
      expect(r.roundTrips).toBe(0);
    },
  );

  it('lets a two-level journalist question through, not fifteen of them at once', async () => {
    const guests = (alias: string) =>
      `${alias}: event(id: "event:benkirane-influencers-lunch-2015-06-13") { attendees(first: 50) {
         totalCount edges { node { id evidence { excerpt } }
           other { id name ... on Person { accounts(first: 5) { edges { other { id name } } } } } } } }`;
    const one = await api.run<{ a: { attendees: { totalCount: number } } }>(`{ ${guests('a')} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.a.attendees.totalCount).toBeGreaterThan(0);
    const many = await api.run(`{ ${Array.from({ length: 15 }, (_, i) => guests(`g${i}`)).join(' ')} }`);
    expect(many.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(many.roundTrips).toBe(0);
  });

  it(
    'never returns more objects than it estimated (fast-check over nested shapes, variables and defaults)',
    { timeout: 180_000 },
    async () => {
      const page = fc.oneof(
        fc.constant({ arg: '', v: undefined }),
        fc.integer({ min: 0, max: 12 }).map((n) => ({ arg: `(first: ${n})`, v: undefined })),
        fc.integer({ min: 0, max: 12 }).map((n) => ({ arg: '(first: $VAR)', v: n })),
      );
      /** Nested relation pages; `$VAR` placeholders are numbered in order of appearance later. */
      const relationsShape = fc.letrec<{ rel: { text: string; values: number[] } }>((tie) => ({
        rel: fc
          .tuple(page, fc.oneof({ depthSize: 'small' }, fc.constant(null), tie('rel')), fc.boolean())
          .map(([p, inner, evidence]) => ({
            text: `relations${p.arg} { totalCount edges { node { id ${evidence ? 'evidence { excerpt article { id } }' : ''} } other { id ${inner?.text ?? ''} } } }`,
            values: [...(p.v === undefined ? [] : [p.v]), ...(inner?.values ?? [])],
          })),
      })).rel;
      const numbered = (r: { text: string; values: number[] }) => {
        let i = 0;
        return {
          text: r.text.replace(/\$VAR/g, () => `$v${i++}`),
          vars: r.values.map((v, j) => [`v${j}`, v] as [string, number]),
        };
      };
      const root = fc.oneof(
        fc
          .tuple(
            fc.constantFrom(
              'person:abdelilah-benkirane',
              'org:pjd',
              'event:benkirane-influencers-lunch-2015-06-13',
            ),
            relationsShape,
          )
          .map(([id, shape]) => {
            const r = numbered(shape);
            return { field: `node(id: "${id}") { id ... on Entity { ${r.text} } }`, vars: r.vars };
          }),
        fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 3 })).map(([limit, depth]) => ({
          field: `neighbourhood(id: "org:pjd", depth: ${depth}, limit: $lim) { truncated nodes { id } edges { id source { id } target { id } evidence { excerpt } } }`,
          vars: [['lim', limit]] as [string, number][],
        })),
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 })).map(([hops, limit]) => ({
          field: `connection(from: "person:loubna-el-meskine", to: "org:pjd", maxHops: $hops, limit: ${limit}) { length nodes { id } hops { from { id } to { id } relation { id } } }`,
          vars: [['hops', hops]] as [string, number][],
        })),
        fc.integer({ min: 1, max: 40 }).map((limit) => ({
          field: `timeline(id: "person:abdelilah-benkirane", limit: $tl) { date relation { id } other { id } }`,
          vars: [['tl', limit]] as [string, number][],
        })),
      );
      let accepted = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(root, async ({ field, vars }) => {
          const names = field.match(/\$\w+/g) ?? [];
          const defs = [...new Set(names)].map((n) => `${n}: Int`).join(', ');
          const query = `query${defs ? `(${defs})` : ''} { ${field} }`;
          const variables = Object.fromEntries(vars);
          const r = await api.run(query, variables);
          const expected = estimate(query, variables)!;
          if (r.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
            refused += 1;
            expect(expected).toBeGreaterThan(10_000);
            return;
          }
          expect(r.errors, query).toBeUndefined();
          accepted += 1;
          expect(objectsIn(r.data) - 1, query).toBeLessThanOrEqual(expected);
        }),
        { numRuns: 120, seed: 20261202 },
      );
      console.log(
        `demand control property: ${accepted} accepted (each within its estimate), ${refused} refused`,
      );
      expect(accepted).toBeGreaterThan(50);
    },
  );
});
