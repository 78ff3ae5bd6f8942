/**
 * Lookahead: what a root field's selection will read below it, found before it resolves, so the
 * root field can read it all in one statement (NODE_TREE; for relations inside other objects, what is
 * read with each: relationExtrasAt) instead of one round trip per level.
 * It follows fragments by type condition and honours @skip/@include; each relation field becomes
 * the same page key its resolver will ask the loader for (RELATION_FIELDS and pageKey are shared),
 * so the lookahead can read too much but never answer differently. What it does not compile (the
 * ends of `Relation.source`/`target`, levels past its budget) the DataLoader still serves.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  NODE_KINDS,
  RELATION_PROPERTIES,
  RELATION_PROPERTY_NAMES,
  type NodeKind,
  type RelationProperty,
} from '../data/model.js';
import type { NodeExtras, PageRead, RelationExtras, RelationPageKey } from '../graph/repository.js';
import { ENTITY_FIELD_READS } from './resolvers/entities.js';
import { RELATION_FIELDS, RELATION_FIELD_READS, pageKey, type FieldRequest } from './resolvers/relations.js';

/** Pages one root field compiles at most (the statement grows with them); deeper ones are loaded. */
export const MAX_COMPILED_PAGES = 24;

const REFERENCE_PROPERTIES = RELATION_PROPERTY_NAMES.filter(
  (p) => RELATION_PROPERTIES[p].type.kind === 'ref',
);

interface Selected {
  name: string;
  /** The object types this selection applies to (narrowed by the fragments around it). */
  types: readonly string[];
  node: FieldNode;
}

const included = (s: SelectionNode, variables: GraphQLResolveInfo['variableValues']) =>
  getDirectiveValues(GraphQLSkipDirective, s, variables)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, s, variables)?.if !== false;

/** The fields selected in `sets` on objects of `types`, through fragments. */
function fieldsOf(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
  types: readonly string[],
): Selected[] {
  const out: Selected[] = [];
  const narrow = (typeName: string | undefined) => {
    if (!typeName) return types;
    const t = info.schema.getType(typeName);
    if (!t) return [];
    const possible = isAbstractType(t) ? info.schema.getPossibleTypes(t).map((p) => p.name) : [t.name];
    return types.filter((k) => possible.includes(k));
  };
  const walk = (set: SelectionSetNode, within: readonly string[]) => {
    for (const s of set.selections) {
      if (!included(s, info.variableValues)) continue;
      if (s.kind === Kind.FIELD) out.push({ name: s.name.value, types: within, node: s });
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const to = s.typeCondition
          ? narrow(s.typeCondition.name.value).filter((k) => within.includes(k))
          : within;
        walk(s.selectionSet, to);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment)
          walk(
            fragment.selectionSet,
            narrow(fragment.typeCondition.name.value).filter((k) => within.includes(k)),
          );
      }
    }
  };
  for (const set of sets) walk(set, types);
  return out;
}

const subSelections = (fields: readonly Selected[], name: string) =>
  fields.filter((f) => f.name === name && f.node.selectionSet).map((f) => f.node.selectionSet!);

type PageKeyParts = Omit<RelationPageKey, 'id'>;

/** The page key a relation field's resolver will ask for, less the node's id; null when its arguments are invalid (its resolver reports that). */
function keyOf(
  info: GraphQLResolveInfo,
  kind: string,
  field: Selected,
  req: FieldRequest,
): PageKeyParts | null {
  const type = info.schema.getType(kind);
  const def = isObjectType(type) ? type.getFields()[field.name] : undefined;
  if (!def) return null;
  try {
    const { id: _id, ...key } = pageKey(
      { id: '', ...req },
      getArgumentValues(def, field.node, info.variableValues),
    );
    return key;
  } catch {
    return null;
  }
}

/** The stored properties `fields` read (meta-fields read none), with `always`, sorted. */
function reads(
  always: readonly string[],
  fields: readonly Selected[],
  of: (f: Selected) => readonly string[],
) {
  const props = new Set(always);
  for (const f of fields) if (!f.name.startsWith('__')) for (const p of of(f)) props.add(p);
  return [...props].sort();
}

/** The relation properties the fields selected on Relation read, with `always`. */
const relationReads = (fields: readonly Selected[], always: readonly string[]) =>
  reads(always, fields, (f) =>
    Object.hasOwn(RELATION_FIELD_READS, f.name)
      ? RELATION_FIELD_READS[f.name as keyof typeof RELATION_FIELD_READS]
      : [f.name],
  );

/** The node properties the fields selected on entity kinds read, with the id. */
const entityReads = (fields: readonly Selected[]) =>
  reads(['id'], fields, (f) =>
    f.types.flatMap((k) => {
      const byField = ENTITY_FIELD_READS[k as NodeKind];
      return byField && Object.hasOwn(byField, f.name) ? byField[f.name]! : [f.name];
    }),
  );

const entityKindsOf = (info: GraphQLResolveInfo): string[] => {
  const entity = info.schema.getType('Entity');
  return entity && isAbstractType(entity) ? info.schema.getPossibleTypes(entity).map((t) => t.name) : [];
};

/** How the articles cited where `cited` (Evidence, RelationSource fields) is selected are read: not, without their text, or whole. */
const articlesRead = (info: GraphQLResolveInfo, cited: readonly Selected[]): RelationExtras['articles'] =>
  !cited.some((f) => f.name === 'article')
    ? 'none'
    : fieldsOf(info, subSelections(cited, 'article'), ['Article']).some((f) => f.name === 'text')
      ? 'withText'
      : 'cited';

/**
 * What the fields selected on Relation read with each relation beyond its properties: the articles
 * its evidence and sources cite (with their text only when selected), and the nodes its reference
 * properties name (Relation.event), with what is selected of them.
 */
function extrasOf(info: GraphQLResolveInfo, relation: readonly Selected[]): RelationExtras {
  const cited = [
    ...fieldsOf(info, subSelections(relation, 'evidence'), ['Evidence']),
    ...fieldsOf(info, subSelections(relation, 'sources'), ['RelationSource']),
  ];
  const articles = articlesRead(info, cited);
  const entityKinds = entityKindsOf(info);
  const refs = (REFERENCE_PROPERTIES as readonly RelationProperty[])
    .filter((p) => relation.some((f) => f.name === p))
    .map((property) => ({
      property,
      props: entityReads(fieldsOf(info, subSelections(relation, property), entityKinds)),
    }));
  return { articles, refs };
}

/** What reading `extras` with a relation reads of it itself: the cited articles' ids when it reads them, the referenced nodes' ids. */
const machineryReads = ({ articles, refs }: RelationExtras): string[] => [
  ...(articles === 'none' ? [] : ['article', 'sourceArticles']),
  ...refs.map((x) => x.property),
];

class Compiler {
  private budget = MAX_COMPILED_PAGES;
  constructor(private readonly info: GraphQLResolveInfo) {}

  /** The pages selected under nodes of `kinds` by `sets`: one per distinct key, selections merged. */
  pagesAt(sets: readonly SelectionSetNode[], kinds: readonly string[]): PageRead[] {
    const byKey = new Map<string, { key: PageKeyParts; kinds: Set<string>; sets: Set<SelectionSetNode> }>();
    for (const field of fieldsOf(this.info, sets, kinds))
      for (const kind of field.types) {
        const req = RELATION_FIELDS[kind as NodeKind]?.[field.name];
        const key = req && keyOf(this.info, kind, field, req);
        if (!key) continue;
        const signature = JSON.stringify(key);
        const entry = byKey.get(signature) ?? {
          key,
          kinds: new Set<string>(),
          sets: new Set<SelectionSetNode>(),
        };
        entry.kinds.add(kind);
        if (field.node.selectionSet) entry.sets.add(field.node.selectionSet);
        byKey.set(signature, entry);
      }
    const pages: PageRead[] = [];
    for (const e of byKey.values()) {
      if (this.budget <= 0) break;
      pages.push(this.page(e.key, [...e.kinds].sort(), [...e.sets]));
    }
    return pages;
  }

  /** One page and what its connection's selection `sets` reads of each relation on it. */
  page(key: PageKeyParts, kinds: readonly string[] | null, sets: readonly SelectionSetNode[]): PageRead {
    this.budget--;
    const edges = fieldsOf(
      this.info,
      subSelections(fieldsOf(this.info, sets, ['RelationConnection']), 'edges'),
      ['RelationEdge'],
    );
    const relation = fieldsOf(this.info, subSelections(edges, 'node'), ['Relation']);
    const { articles, refs } = extrasOf(this.info, relation);
    const entityKinds = entityKindsOf(this.info);
    const otherSets = subSelections(edges, 'other');
    const otherFields = fieldsOf(this.info, otherSets, entityKinds);
    const atOther = extrasOfNodes(this.info, otherFields);
    // Relation.source/target may select anything of either end: those read whole ends.
    const wholeEnds = relation.some((f) => f.name === 'source' || f.name === 'target');
    return {
      key,
      kinds: kinds && kinds.length < NODE_KINDS.length ? kinds : null,
      articles,
      refs,
      other: this.pagesAt(otherSets, entityKinds),
      relationProps: relationReads(relation, machineryReads({ articles, refs })),
      endProps: wholeEnds ? null : entityReads([...otherFields, ...atOther.subject]),
      otherExtras: atOther.extras,
    };
  }
}

/** The object types a root field's nodes may be (its return type, unwrapped). */
function returnKinds(info: GraphQLResolveInfo): string[] {
  let t = info.returnType as { ofType?: unknown; name?: string };
  while (t.ofType) t = t.ofType as typeof t;
  const named = info.schema.getType(t.name ?? '');
  if (!named) return [];
  return isAbstractType(named) ? info.schema.getPossibleTypes(named).map((p) => p.name) : [named.name];
}

const rootSets = (info: GraphQLResolveInfo) =>
  info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));

/**
 * What a root field returning nodes reads with each beyond its pages: its claims (`claims`), and the
 * articles cited by its evidence and its claims' (`evidence { article }`, `claims { values { evidence
 * { article } } }`).
 */
export function nodeExtrasOf(info: GraphQLResolveInfo): NodeExtras {
  return extrasOfNodes(info, fieldsOf(info, rootSets(info), returnKinds(info))).extras;
}

/**
 * What the fields selected on nodes (`fields`) read with each beyond its properties and pages (see
 * nodeExtrasOf), and the fields selected on its claims' subject (the node itself, so a node read with
 * only some properties must have those too).
 */
function extrasOfNodes(info: GraphQLResolveInfo, fields: readonly Selected[]) {
  const claims = fields.some((f) => f.name === 'claims');
  const groups = fieldsOf(info, subSelections(fields, 'claims'), ['ClaimGroup']);
  const values = fieldsOf(info, subSelections(groups, 'values'), ['ClaimValue']);
  const evidence = fieldsOf(
    info,
    [...subSelections(fields, 'evidence'), ...subSelections(values, 'evidence')],
    ['Evidence'],
  );
  const extras: NodeExtras = { claims, articles: articlesRead(info, evidence) };
  return { extras, subject: fieldsOf(info, subSelections(groups, 'subject'), entityKindsOf(info)) };
}

/** The pages a root field returning nodes (`person`, `node`, `nodes`…) selects under them. */
export function pagesUnderNodes(info: GraphQLResolveInfo): PageRead[] {
  return new Compiler(info).pagesAt(rootSets(info), returnKinds(info));
}

/** The page a root field returning a relation connection (`amplifiers`) reads, with what it selects of it. */
export function pageOfConnection(info: GraphQLResolveInfo, key: PageKeyParts): PageRead {
  return new Compiler(info).page(key, null, rootSets(info));
}

/**
 * What a root field returning relations inside other objects (a timeline's entries, a path's hops)
 * reads with each of them: the selection followed down `steps` (object type, field) to the Relation.
 */
export function relationExtrasAt(
  info: GraphQLResolveInfo,
  steps: readonly (readonly [type: string, field: string])[],
): RelationExtras {
  let sets = rootSets(info);
  for (const [type, field] of steps) sets = subSelections(fieldsOf(info, sets, [type]), field);
  return extrasOf(info, fieldsOf(info, sets, ['Relation']));
}

/** What a `search` selection reads of its hits' nodes (and of its suggestions'). */
export function searchHitProps(info: GraphQLResolveInfo): string[] {
  const top = fieldsOf(info, rootSets(info), ['SearchConnection']);
  const edges = fieldsOf(info, subSelections(top, 'edges'), ['SearchEdge']);
  const hits = fieldsOf(
    info,
    [...subSelections(edges, 'node'), ...subSelections(top, 'didYouMean')],
    ['SearchHit'],
  );
  return entityReads(fieldsOf(info, subSelections(hits, 'node'), entityKindsOf(info)));
}

/**
 * What a subgraph answer (`neighbourhood`) must carry of its nodes and relations for the selection:
 * the nodes' selected fields and those of the relations' ends (joined from the node list), the
 * relations' selected fields.
 */
export function subgraphProps(info: GraphQLResolveInfo): { nodes: string[]; relations: string[] } {
  const kinds = entityKindsOf(info);
  const top = fieldsOf(info, rootSets(info), ['Subgraph']);
  const edges = fieldsOf(info, subSelections(top, 'edges'), ['Relation']);
  const ends = [...subSelections(edges, 'source'), ...subSelections(edges, 'target')];
  const nodes = fieldsOf(info, subSelections(top, 'nodes'), kinds);
  return {
    nodes: entityReads([...nodes, ...fieldsOf(info, ends, kinds), ...extrasOfNodes(info, nodes).subject]),
    // With what the machinery reads of each edge itself, as for pages (Compiler.page).
    relations: relationReads(edges, ['id', ...machineryReads(extrasOf(info, edges))]),
  };
}

/**
 * What a subgraph's selection reads at each of its nodes (`Subgraph.nodes`) beyond their
 * properties: the pages under them and their claims and cited articles. (The same nodes as the
 * relations' ends are read with their properties only: their selections are the loaders'.)
 */
export function subgraphNodeReads(info: GraphQLResolveInfo): { pages: PageRead[]; extras: NodeExtras } {
  const kinds = entityKindsOf(info);
  const sets = subSelections(fieldsOf(info, rootSets(info), ['Subgraph']), 'nodes');
  return {
    pages: new Compiler(info).pagesAt(sets, kinds),
    extras: extrasOfNodes(info, fieldsOf(info, sets, kinds)).extras,
  };
}
