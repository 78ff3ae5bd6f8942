/**
 * Demand control: before a request runs, estimate how many objects its response can hold, from the
 * operation with its variables and argument defaults applied, and refuse it above a budget. The idea
 * is that of IBM's `@cost`/`@listSize` specification (as Apollo Router's demand control and GitHub's
 * node limit use it): a list costs its slicing argument (`first`, `limit`, the ids asked for) times
 * what each item selects, so nested lists multiply. Sizes are capped at what the resolvers accept
 * (a larger value is refused by them with BAD_USER_INPUT), so the estimate is an upper bound on what
 * will actually be fetched, which `test/cost.test.ts` checks against real responses.
 */
import {
  GraphQLError,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  MAX_HOPS,
  MAX_IDS,
  MAX_NEIGHBOURHOOD_NODES,
  MAX_PAGE,
  MAX_PATHS,
  MAX_TIMELINE,
  NEIGHBOURHOOD_EDGES_PER_NODE,
} from '../graph/limits.js';
import { MAX_SUPPORTED } from '../graph/passage-rank.js';
import { MAX_SUGGESTIONS } from '../graph/search-rank.js';

type Args = Record<string, unknown>;

/** How many items a list field holds, from its own arguments and its parent's. */
type ListSize = (args: Args, parentArgs: Args) => number;

const UNSIZED_LIST = 1000;

const num = (v: unknown, max: number): number => Math.min(max, Math.max(0, Number(v ?? 0) || 0));
const len = (v: unknown, max: number): number => Math.min(max, Array.isArray(v) ? v.length : 0);

/**
 * Every list of objects in the schema that is not the `edges` of a connection, with its size. A test
 * checks that no list of objects is missing here. "assumed" sizes are for lists a curator writes by
 * hand (a node's evidence and claims), not slicing arguments: they are bounded by the data, not by
 * the request.
 */
export const LIST_SIZES: Record<string, ListSize> = {
  'Query.nodes': (a) => len(a.ids, MAX_IDS),
  'Query.connection': (a) => num(a.limit, MAX_PATHS),
  'Path.nodes': (_, parent) => num(parent.maxHops, MAX_HOPS) + 1,
  'Path.hops': (_, parent) => num(parent.maxHops, MAX_HOPS),
  'Subgraph.nodes': (_, parent) => num(parent.limit, MAX_NEIGHBOURHOOD_NODES),
  'Subgraph.edges': (_, parent) => num(parent.limit, MAX_NEIGHBOURHOOD_NODES) * NEIGHBOURHOOD_EDGES_PER_NODE,
  'Query.timeline': (a) => num(a.limit, MAX_TIMELINE),
  'SearchConnection.didYouMean': () => MAX_SUGGESTIONS,
  'PassageHit.relations': () => MAX_SUPPORTED,
  'PassageHit.claims': () => MAX_SUPPORTED,
  // Assumed: written by curators, a few per node.
  'Query.claims': () => 50,
  'Entity.claims': () => 50,
  'ClaimGroup.values': () => 20,
  'Entity.evidence': () => 10,
  // The articles stating one fact (src/data/facts.ts): a few.
  'Relation.sources': () => 10,
  'IngestArticleResult.mentions': () => 500,
  'IngestArticleResult.candidates': () => 500,
  'IngestArticleResult.relations': () => 500,
  'IngestArticleResult.claims': () => 500,
  // The restored node and the one it had been merged into.
  'Mutation.unmergeEntity': () => 2,
  'Query.possibleDuplicates': (a) => num(a.first, 500),
  'Query.merges': () => 100,
  'Query.duplicateJudgements': (a) => num(a.first, 500),
};

/** Connection types: their `edges` are sized by the `first` argument of the field returning them. */
const isConnection = (t: GraphQLCompositeType) => t.name.endsWith('Connection');

/** The key of a field in LIST_SIZES: interface fields are declared once, on the interface. */
function sizeOf(parent: GraphQLObjectType, field: string): ListSize | undefined {
  return (
    LIST_SIZES[`${parent.name}.${field}`] ??
    parent
      .getInterfaces()
      .map((i) => LIST_SIZES[`${i.name}.${field}`])
      .find(Boolean)
  );
}

export class CostEstimator {
  private readonly fragments: Map<string, FragmentDefinitionNode>;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Args,
  ) {
    this.fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
  }

  /** Objects the operation's response can hold (the root object not counted). */
  operation(op: OperationDefinitionNode): number {
    const root = this.schema.getRootType(op.operation);
    return root ? this.selection(op.selectionSet, root, {}, {}) : 0;
  }

  /** Objects under one object of `type` selecting `set`: the worst case over its possible types. */
  private selection(set: SelectionSetNode, type: GraphQLCompositeType, args: Args, connArgs: Args): number {
    const concrete = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type as GraphQLObjectType];
    let worst = 0;
    for (const t of concrete) {
      let sum = 0;
      for (const f of this.fieldsFor(set, t)) sum += this.field(f, t, args, connArgs);
      worst = Math.max(worst, sum);
    }
    return worst;
  }

  private field(node: FieldNode, parent: GraphQLObjectType, parentArgs: Args, connArgs: Args): number {
    const def: GraphQLField<unknown, unknown> | undefined = parent.getFields()[node.name.value];
    if (!def || !node.selectionSet) return 0; // scalars, enums, __typename
    const named = getNamedType(def.type);
    if (!isCompositeType(named)) return 0;
    const args = getArgumentValues(def, node, this.variables);
    let items = 1;
    if (isListType(getNullableType(def.type))) {
      if (isConnection(parent) && node.name.value === 'edges') items = num(connArgs.first, MAX_PAGE);
      else {
        // A list nobody sized (test/cost.test.ts fails on one) counts as large rather than free.
        items = sizeOf(parent, node.name.value)?.(args, parentArgs) ?? UNSIZED_LIST;
      }
    }
    // A connection passes its own arguments down to its edges.
    const nextConn = isConnection(named) ? args : connArgs;
    return items * (1 + this.selection(node.selectionSet, named, args, nextConn));
  }

  /** The fields of `set` that apply to objects of type `t` (fragments expanded, @skip/@include applied). */
  private fieldsFor(set: SelectionSetNode, t: GraphQLObjectType, seen = new Set<string>()): FieldNode[] {
    const out: FieldNode[] = [];
    for (const sel of set.selections) {
      if (!this.included(sel)) continue;
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(sel.typeCondition?.name.value, t))
          out.push(...this.fieldsFor(sel.selectionSet, t, seen));
      } else {
        const frag = this.fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        if (this.applies(frag.typeCondition.name.value, t))
          out.push(...this.fieldsFor(frag.selectionSet, t, new Set([...seen, frag.name.value])));
      }
    }
    return out;
  }

  private applies(condition: string | undefined, t: GraphQLObjectType): boolean {
    if (!condition || condition === t.name) return true;
    const c = this.schema.getType(condition);
    return c !== undefined && isAbstractType(c) && this.schema.isSubType(c, t);
  }

  private included(sel: { readonly directives?: readonly DirectiveNode[] }): boolean {
    if (getDirectiveValues(GraphQLSkipDirective, sel, this.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, sel, this.variables)?.if === false) return false;
    return true;
  }
}

/** The refusal: a validation error naming the budget and the estimate. */
export function overBudget(estimate: number, budget: number): GraphQLError {
  return new GraphQLError(
    `Query too large: its response could hold ${estimate} objects, over the budget of ${budget}. ` +
      'Ask for smaller pages (first, limit) or fewer nested lists.',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', estimate, budget, http: { status: 400 } } },
  );
}

/**
 * Refuses, before execution, an operation whose estimated response is over `budget` objects.
 * Variables that do not coerce are left to Apollo, which refuses them with its own error.
 */
export function demandControl<C extends object>(budget: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const estimate = estimateOperation(schema, document, operation, request.variables ?? {});
          if (estimate !== null && estimate > budget) throw overBudget(estimate, budget);
        },
      };
    },
  };
}

/** The estimate for one operation, or null when its variables do not coerce. */
export function estimateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Args,
): number | null {
  const variables = coerceVariables(schema, operation, rawVariables);
  if (!variables) return null;
  return new CostEstimator(schema, document, variables).operation(operation);
}

/** Variables as graphql-js coerces them (defaults of the variable definitions included), or null. */
function coerceVariables(schema: GraphQLSchema, op: OperationDefinitionNode, raw: Args): Args | null {
  const r = getVariableValues(schema, op.variableDefinitions ?? [], raw, { maxErrors: 1 });
  return r.errors ? null : r.coerced;
}
