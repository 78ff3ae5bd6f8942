/**
 * The model (src/data/model.ts) is declared once and everything else derives from it: these are its
 * invariants, and the checks that each declared thing reaches every place derived from it — the SDL
 * the server runs, the dataset's zod schemas, the records, the exports and the clients' documents.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLObjectType,
  isEnumType,
  type GraphQLField,
} from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ARTICLE_RELATIONS,
  KINDS,
  NODE_KINDS,
  RELATIONS,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  RELATION_TIMES,
  RELATION_TYPES,
  TIME_PROPERTIES,
  referenceFieldsOf,
  type NodeKind,
  type PropertySpec,
  type RelationProperty,
  type RelationSpec,
} from '../src/data/model.js';
import { graphqlInputTypeOf, graphqlTypeOf, zodOf } from '../src/data/property-types.js';
import { propertiesOf, RelationEntry } from '../src/data/schema.js';
import { toCsvEdges } from '../src/export/csv.js';
import { toGraphml } from '../src/export/graphml.js';
import { collectSubgraph, exportColumn } from '../src/export/subgraph.js';
import type { RelationProperties } from '../src/graph/records.js';
import { typeDefs } from '../src/generated/type-defs.js';
import type { RelationFieldsFragment as SdkRelation } from '../src/generated/operations.js';
import type { AddRelationInput } from '../src/generated/resolvers.js';
import type { RelationFieldsFragment as ExplorerRelation } from '../explorer/src/generated/operations.js';

const schema = buildSchema(typeDefs);
const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;
const specOf = (t: (typeof RELATION_TYPES)[number]): RelationSpec => RELATIONS[t];

/** A value of a property's type, valid in the dataset. */
function sample(spec: PropertySpec): unknown {
  const t = spec.type;
  switch (t.kind) {
    case 'text':
      return 'un texte';
    case 'date':
      return '2015-06';
    case 'number':
      return 42;
    case 'boolean':
      return true;
    case 'enum':
      return t.values[0];
    case 'ref':
      return `${KINDS[t.to].prefix}:some-node`;
  }
}

describe('the model', () => {
  it('declares every relation between kinds it has, with field names unique on each kind', () => {
    for (const kind of NODE_KINDS) {
      const names: string[] = ['relations'];
      for (const t of RELATION_TYPES) {
        const spec = specOf(t);
        for (const end of [...spec.from, ...spec.to]) expect(NODE_KINDS).toContain(end);
        if (spec.from.includes(kind)) names.push(spec.forward);
        if (spec.to.includes(kind)) names.push(spec.reverse);
      }
      names.push(...referenceFieldsOf(kind).map((r) => r.field));
      const spec = KINDS[kind];
      const own = [...Object.keys(spec.fields), ...('subtype' in spec ? [spec.subtype.field] : [])];
      expect(new Set([...names, ...own]).size, kind).toBe(names.length + own.length);
    }
  });

  it('gives every relation type properties it declares, and times whose properties are declared', () => {
    for (const t of RELATION_TYPES) {
      for (const p of specOf(t).properties ?? []) {
        expect(RELATION_PROPERTY_NAMES, t).toContain(p);
        // Time properties come with the type's time, not as its own.
        expect(TIME_PROPERTIES, `${t}.${p}`).not.toContain(p);
      }
    }
    for (const time of Object.values(RELATION_TIMES)) {
      for (const p of time.properties) expect(RELATION_PROPERTY_NAMES).toContain(p);
      for (const p of time.sortBy) expect(time.properties).toContain(p);
    }
  });

  it('lists a relation on the node a reference names only through a reference property it takes', () => {
    for (const t of RELATION_TYPES) {
      const listed = specOf(t).listedOn;
      if (!listed) continue;
      expect(specOf(t).properties ?? [], t).toContain(listed.property);
      expect(RELATION_PROPERTIES[listed.property].type.kind, t).toBe('ref');
    }
    expect(referenceFieldsOf('Event').map((r) => r.field)).toContain('invitations');
  });

  it('derives the article relations: exactly those with an end that is always an article', () => {
    for (const t of RELATION_TYPES) {
      const spec = specOf(t);
      const articleEnd = [spec.from, spec.to].some((e) => e.length === 1 && e[0] === 'Article');
      expect(ARTICLE_RELATIONS.includes(t), t).toBe(articleEnd);
    }
    expect(ARTICLE_RELATIONS.length).toBeGreaterThan(0);
  });
});

describe('what derives from the model', () => {
  it('the SDL: the kind and relation enums, and every kind with its own fields and relation fields', () => {
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    // The served schema is printed in lexicographic order; the sets must agree.
    expect(values('NodeKind').sort()).toEqual(NODE_KINDS.map((k) => k.toUpperCase()).sort());
    expect(values('RelationType').sort()).toEqual([...RELATION_TYPES].sort());
    for (const kind of NODE_KINDS) {
      const fields = typeOf(kind).getFields();
      const spec = KINDS[kind];
      for (const [name, f] of Object.entries(spec.fields as Record<string, PropertySpec>))
        expect(String(fields[name]?.type), `${kind}.${name}`).toBe(graphqlTypeOf(f));
      if ('subtype' in spec) expect(String(fields[spec.subtype.field]?.type)).toBe('String!');
      const expected = new Set<string>(['relations']);
      for (const t of RELATION_TYPES) {
        if (specOf(t).from.includes(kind)) expected.add(specOf(t).forward);
        if (specOf(t).to.includes(kind)) expected.add(specOf(t).reverse);
      }
      for (const r of referenceFieldsOf(kind)) expected.add(r.field);
      const connections = Object.values(fields)
        .filter((f: GraphQLField<unknown, unknown>) => String(f.type) === 'RelationConnection!')
        .map((f) => f.name);
      expect(new Set(connections), kind).toEqual(expected);
    }
  });

  it.each(RELATION_PROPERTY_NAMES)(
    'the property %s: SDL, zod, dataset rows, exports and the clients’ relation fragment',
    (p: RelationProperty) => {
      const spec: PropertySpec = RELATION_PROPERTIES[p];
      // SDL: a field of Relation, of the mapped type (an enum named by the model has its values).
      const field = typeOf('Relation').getFields()[p];
      expect(String(field?.type)).toBe(graphqlTypeOf(spec));
      const named = getNamedType(field!.type);
      if (spec.type.kind === 'enum' && spec.type.graphql)
        expect(isEnumType(named) && named.getValues().length).toBe(spec.type.values.length);
      // The curation input takes it too, a reference by its id.
      expect(String(typeOf('AddRelationInput').getFields()[p]?.type)).toBe(graphqlInputTypeOf(spec));
      // zod: a sample of its type passes, a value of another type does not.
      expect(zodOf(spec).safeParse(sample(spec)).success).toBe(true);
      expect(zodOf(spec).safeParse({ not: 'a value' }).success).toBe(false);
      // A dataset row of a type that takes it accepts it; one of a type that does not, refuses it.
      const takes = RELATION_TYPES.find((t) => propertiesOf(specOf(t)).includes(p))!;
      const refuses = RELATION_TYPES.find((t) => !propertiesOf(specOf(t)).includes(p));
      const row = (type: string) => {
        const atTop = ['date', 'start', 'end', 'weight'].includes(p);
        return {
          type,
          from: 'person:a',
          to: 'person:b',
          excerpt: 'x',
          ...(atTop ? { [p]: sample(spec) } : { props: { [p]: sample(spec) } }),
        };
      };
      expect(RelationEntry.safeParse(row(takes)).success, `${takes} takes ${p}`).toBe(true);
      if (refuses)
        expect(RelationEntry.safeParse(row(refuses)).success, `${refuses} refuses ${p}`).toBe(false);
      // Exports: a column in CSV and a key in GraphML, holding the value.
      const value = spec.type.kind === 'ref' ? { id: String(sample(spec)) } : sample(spec);
      const g = collectSubgraph({
        r: { id: 'R', type: 'ATTENDED', source: { id: 'person:a' }, target: { id: 'event:b' }, [p]: value },
      });
      const column = exportColumn(p);
      const [header, line] = toCsvEdges(g).replace('\uFEFF', '').split('\r\n');
      const i = header!.split(',').indexOf(column === 'weight' ? 'Weight' : column);
      expect(i).toBeGreaterThan(0);
      expect(line!.split(',')[i]).toBe(String(spec.type.kind === 'ref' ? sample(spec) : sample(spec)));
      expect(toGraphml(g)).toContain(`attr.name="${column}"`);
      // The generated fragment every client selects.
      expect(readFileSync('src/generated/relation-fields.graphql', 'utf8')).toMatch(
        new RegExp(`^  ${p}\\b`, 'm'),
      );
    },
  );

  it('the records and both clients’ generated types carry every property (checked by the compiler)', () => {
    expectTypeOf<keyof RelationProperties>().toEqualTypeOf<RelationProperty>();
    expectTypeOf<RelationProperty>().toExtend<keyof SdkRelation>();
    expectTypeOf<RelationProperty>().toExtend<keyof AddRelationInput>();
    expectTypeOf<RelationProperty>().toExtend<keyof ExplorerRelation>();
    // Kinds too: the explorer's kind table is keyed by the model's kinds.
    expectTypeOf<Uppercase<NodeKind>>().toEqualTypeOf<
      import('../explorer/src/generated/operations.js').NodeKind
    >();
  });
});
