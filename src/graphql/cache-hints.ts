/**
 * The cache policy an operation's fields give it by the schema's hints (schema/cache.graphql), read
 * from the operation itself, once per parsed document. Apollo's cache-control plugin computes the
 * same thing while executing, by hooking every resolved field: that hook made Apollo wrap every
 * resolver of the schema, which cost a third of the process's CPU on a 200-node neighbourhood. The
 * rules are Apollo's (a field takes its own hint, else its type's; a root field, or a field returning
 * an object type without a hint, caps the answer at maxAge 0 unless it inherits), applied to every
 * field the operation selects on every type it may select it on. Two differences, both on the safe
 * side: a field under a null or an empty list still counts, and so does one under `@skip`/`@include`.
 * No resolver here sets a dynamic hint, so nothing is lost by not executing.
 */
import {
  Kind,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

/** Apollo's CachePolicy.restrict: the lower maxAge, and PRIVATE once any part is. */
function restrict(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge))
    policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

/** Apollo's CachePolicy.replace. */
function replace(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

/** The @cacheControl on the first of `nodes` that has one (a type's definition, then its extensions). */
function annotationOn(schema: GraphQLSchema, nodes: readonly (ASTNode | null | undefined)[]): Annotation {
  const directive = schema.getDirective('cacheControl');
  for (const node of nodes) {
    if (!directive || !node || !('directives' in node)) continue;
    const v = getDirectiveValues(directive, node) as Annotation | undefined;
    if (!v) continue;
    return v.inheritMaxAge ? { inheritMaxAge: true, scope: v.scope } : { maxAge: v.maxAge, scope: v.scope };
  }
  return {};
}

const typeAnnotation = (schema: GraphQLSchema, t: GraphQLCompositeType) =>
  annotationOn(schema, [t.astNode, ...(t.extensionASTNodes ?? [])]);

/** What one field contributes to the answer's policy (Apollo's willResolveField, without executing). */
function fieldPolicy(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  isRoot: boolean,
): CacheHint {
  const policy: CacheHint = {};
  const target = getNamedType(field.type);
  let inherit = false;
  if (isCompositeType(target)) {
    const annotation = typeAnnotation(schema, target);
    replace(policy, annotation);
    inherit = annotation.inheritMaxAge === true;
  }
  const own = annotationOn(schema, [field.astNode]);
  if (own.inheritMaxAge && policy.maxAge === undefined) {
    inherit = true;
    if (own.scope) replace(policy, { scope: own.scope });
  } else replace(policy, own);
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inherit) || isRoot))
    restrict(policy, { maxAge: 0 });
  return policy;
}

const objectTypesOf = (
  schema: GraphQLSchema,
  t: GraphQLNamedType | undefined,
): readonly GraphQLObjectType[] =>
  !t ? [] : isAbstractType(t) ? schema.getPossibleTypes(t) : isObjectType(t) ? [t] : [];

function operationHint(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const overall: CacheHint = {};
  // A selection set read on a type is read the same wherever it recurs: visited once per type.
  const visited = new Map<SelectionSetNode, Set<string>>();
  const walk = (set: SelectionSetNode, types: readonly GraphQLObjectType[], isRoot: boolean) => {
    const seen = visited.get(set) ?? new Set<string>();
    visited.set(set, seen);
    const fresh = types.filter((t) => !seen.has(t.name));
    fresh.forEach((t) => seen.add(t.name));
    if (!fresh.length) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        // Meta-fields (__typename, introspection) carry no hint, as in Apollo.
        if (s.name.value.startsWith('__')) continue;
        for (const t of fresh) {
          const field = t.getFields()[s.name.value];
          if (!field) continue;
          restrict(overall, fieldPolicy(schema, field, isRoot));
          if (s.selectionSet) walk(s.selectionSet, objectTypesOf(schema, getNamedType(field.type)), false);
        }
      } else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition && schema.getType(fragment.typeCondition.name.value);
        const within = condition ? objectTypesOf(schema, condition).filter((t) => fresh.includes(t)) : fresh;
        walk(fragment.selectionSet, within, isRoot);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, [root], true);
  return overall;
}

const hints = new WeakMap<OperationDefinitionNode, CacheHint>();

/**
 * The policy the schema's hints give `operation` (of `document`), computed once per parsed
 * operation (Apollo keeps parsed documents, so a repeated query is a lookup). Unrestricted (no
 * maxAge) when it reads no hinted field: not cacheable.
 */
export function cacheHintOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CacheHint {
  let hint = hints.get(operation);
  if (!hint) hints.set(operation, (hint = operationHint(schema, document, operation)));
  return hint;
}
