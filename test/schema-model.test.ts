import { buildSchema, GraphQLObjectType, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATIONS, RELATION_TYPES } from '../src/data/model.js';
import { typeDefs } from '../src/generated/type-defs.js';

/** The SDL is the contract and the model is the data's truth: they must name the same relations. */
describe('schema and model agree', () => {
  const schema = buildSchema(typeDefs);

  it('RelationType lists exactly the model relation types', () => {
    const e = schema.getType('RelationType') as GraphQLEnumType;
    expect(
      e
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...RELATION_TYPES].sort());
  });

  it('every relation is a typed field on both of its ends, and no other field claims to be one', () => {
    for (const kind of NODE_KINDS) {
      const type = schema.getType(kind) as GraphQLObjectType;
      const expected = new Set<string>(['relations', 'mentionedIn']);
      for (const spec of Object.values(RELATIONS)) {
        if ((spec.from as readonly string[]).includes(kind)) expected.add(spec.forward);
        if ((spec.to as readonly string[]).includes(kind)) expected.add(spec.reverse);
      }
      const actual = Object.values(type.getFields())
        .filter((f) => String(f.type) === 'RelationConnection!')
        .map((f) => f.name);
      expect(new Set(actual), kind).toEqual(expected);
    }
  });
});
