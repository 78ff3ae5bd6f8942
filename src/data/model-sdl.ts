/**
 * The part of the GraphQL schema the model determines, written from ./model.ts: the kind, relation,
 * status and answer enums, the Entity interface and one type per node kind (the fields every entity
 * has, its subtype and own fields, a connection field per relation end), and the Relation's
 * properties. `npm run codegen` writes it to src/generated/model.graphql, which schema/*.graphql
 * extends; the hand-written SDL keeps what is truly hand-written (queries, the Relation's own fields).
 */
import {
  KINDS,
  NODE_KINDS,
  RELATIONS,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  RELATION_STATUSES,
  RELATION_STATUS_MEANINGS,
  RELATION_TYPES,
  referenceFieldsOf,
  type NodeKind,
  type PropertySpec,
  type RelationSpec,
} from './model.js';
import { enumValueName, graphqlInputTypeOf, graphqlTypeOf } from './property-types.js';
import { propertiesOf } from './schema.js';

export const MODEL_SDL_FILE = 'src/generated/model.graphql';
export const RELATION_FRAGMENT_FILE = 'src/generated/relation-fields.graphql';

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const field = (name: string, type: string, description?: string) =>
  [...(description ? [`  ${quote(description)}`] : []), `  ${name}: ${type}`].join('\n');

/** Fields every entity has, on the interface and on each kind (GraphQL repeats them per type). */
const ENTITY_FIELDS = [
  field('id', 'ID!'),
  field('kind', 'NodeKind!'),
  field('redirectedFrom', 'ID', 'Set when this node was reached through an id that was merged into it.'),
  field('name', 'String!', 'Best full name (for an article: its title).'),
  field('aliases', '[String!]!', 'Other names found in the texts: initials, nicknames, misspellings, accent-less forms.'),
  field('description', 'String'),
  field('evidence', '[Evidence!]!', 'Excerpts that establish the node and its descriptive fields.'),
  field(
    'claims',
    '[ClaimGroup!]!',
    "Sourced claims about this node's properties, grouped; disagreeing sources are flagged as conflicts.",
  ),
  `  "Every relation of this node, optionally restricted by direction and type."
  relations(
    direction: Direction
    types: [RelationType!]
    first: Int = 20
    after: String
    filter: RelationFilter
  ): RelationConnection!`,
];

const PAGE_ARGS = '(first: Int = 20, after: String, filter: RelationFilter)';

/** What a relation field says of its relation: type, direction, label, properties, note. */
function relationFieldDescription(type: string, spec: RelationSpec, arrow: '→' | '←'): string {
  const properties = propertiesOf(spec);
  const details = properties.length ? ` (${properties.join(', ')})` : '';
  return `${type} ${arrow}: ${spec.label}${details}${spec.note ? `; ${spec.note}` : ''}.`;
}

/** The connection fields of the relations a kind is an end of, in the model's order. */
function relationFields(kind: NodeKind): { name: string; sdl: string }[] {
  const out: { name: string; sdl: string }[] = [];
  for (const type of RELATION_TYPES) {
    const spec: RelationSpec = RELATIONS[type];
    if (spec.from.includes(kind))
      out.push({
        name: spec.forward,
        sdl: field(`${spec.forward}${PAGE_ARGS}`, 'RelationConnection!', relationFieldDescription(type, spec, '→')),
      });
    if (spec.to.includes(kind))
      out.push({
        name: spec.reverse,
        sdl: field(`${spec.reverse}${PAGE_ARGS}`, 'RelationConnection!', relationFieldDescription(type, spec, '←')),
      });
  }
  for (const r of referenceFieldsOf(kind))
    out.push({
      name: r.field,
      sdl: field(
        `${r.field}${PAGE_ARGS}`,
        'RelationConnection!',
        `${r.type} by its \`${r.property}\`: ${r.description}; \`other\` is the source.`,
      ),
    });
  return out;
}

/** A kind's subtype and own fields. */
function ownFields(kind: NodeKind): string[] {
  const spec = KINDS[kind];
  const subtype = 'subtype' in spec ? [field(spec.subtype.field, 'String!', spec.subtype.description)] : [];
  const own = Object.entries(spec.fields as Record<string, PropertySpec>).map(([name, f]) =>
    field(name, graphqlTypeOf(f), f.description),
  );
  return [...subtype, ...own];
}

/** Relation fields every kind has (MENTIONS ←) belong on the interface too. */
function sharedRelationFields(): string[] {
  const perKind = NODE_KINDS.map((k) => relationFields(k));
  return perKind[0]!.filter((f) => perKind.every((fs) => fs.some((x) => x.name === f.name))).map((f) => f.sdl);
}

function enumOf(name: string, description: string, values: readonly { value: string; description?: string }[]) {
  const lines = values.map((v) => (v.description ? `  ${quote(v.description)}\n  ${v.value}` : `  ${v.value}`));
  return `${quote(description)}\nenum ${name} {\n${lines.join('\n')}\n}`;
}

/** Enums named by relation properties (e.g. InvitationResponse). */
function propertyEnums(): string[] {
  return RELATION_PROPERTY_NAMES.flatMap((p) => {
    const spec: PropertySpec = RELATION_PROPERTIES[p];
    const t = spec.type;
    if (t.kind !== 'enum' || !t.graphql) return [];
    return [enumOf(t.graphql, spec.description, t.values.map((v) => ({ value: enumValueName(v) })))];
  });
}

export function modelSdl(): string {
  const blocks = [
    '# Generated from src/data/model.ts by `npm run codegen` (src/data/model-sdl.ts). Do not edit.',
    enumOf(
      'NodeKind',
      'Kinds of node in the graph.',
      NODE_KINDS.map((k) => ({ value: k.toUpperCase(), description: KINDS[k].description })),
    ),
    enumOf(
      'RelationType',
      'Relation types of the model (see README, "The model"). Each is exposed as typed fields on both ends, e.g. `ATTENDED` is `Person.attended` and `Event.attendees`.',
      RELATION_TYPES.map((t) => ({ value: t, description: RELATIONS[t].label })),
    ),
    enumOf(
      'RelationStatus',
      'What the sources say of a relation. A relation several articles state takes the strongest status among them (this order); each source in `Relation.sources` keeps its own.',
      RELATION_STATUSES.map((s) => ({ value: enumValueName(s), description: RELATION_STATUS_MEANINGS[s] })),
    ),
    ...propertyEnums(),
    [
      '"""\nA node of the knowledge graph. Typed relation fields on each implementing type expose every relation\nof the model from that side; `relations` gives them all at once.\n"""',
      'interface Entity implements Node {',
      ...ENTITY_FIELDS,
      ...sharedRelationFields(),
      '}',
    ].join('\n'),
    ...NODE_KINDS.map((k) =>
      [
        quote(KINDS[k].description),
        `type ${k} implements Node & Entity {`,
        ...ENTITY_FIELDS,
        ...ownFields(k),
        ...relationFields(k).map((f) => f.sdl),
        '}',
      ].join('\n'),
    ),
    [
      '# The properties a relation may carry (RELATION_PROPERTIES); each type takes some of them.',
      'extend type Relation {',
      ...RELATION_PROPERTY_NAMES.map((p) => field(p, graphqlTypeOf(RELATION_PROPERTIES[p]), RELATION_PROPERTIES[p].description)),
      '}',
    ].join('\n'),
    [
      '# The same properties as an editor gives them (a reference by its id); which ones a type takes is checked on write.',
      'extend input AddRelationInput {',
      ...RELATION_PROPERTY_NAMES.map((p) =>
        field(p, graphqlInputTypeOf(RELATION_PROPERTIES[p]), RELATION_PROPERTIES[p].description),
      ),
      '}',
    ].join('\n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/**
 * `fragment RelationFields`: everything a client shows of a relation — every property of the model
 * (a reference by its id), its ends and its primary evidence. The export documents and the explorer
 * select it, so a property added to the model reaches their generated types and the exports.
 */
export function relationFragment(): string {
  const properties = RELATION_PROPERTY_NAMES.map((p) =>
    RELATION_PROPERTIES[p].type.kind === 'ref' ? `${p} { id }` : p,
  );
  return [
    '# Generated from src/data/model.ts by `npm run codegen` (src/data/model-sdl.ts). Do not edit.',
    'fragment RelationFields on Relation {',
    '  id',
    '  type',
    '  label',
    ...properties.map((p) => `  ${p}`),
    '  source { id kind name }',
    '  target { id kind name }',
    '  evidence { excerpt article { id title outlet date } }',
    '}',
    '',
  ].join('\n');
}
