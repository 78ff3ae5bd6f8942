/**
 * Pages of relations, read by the plan that suits each (chosen by the repository), in two forms:
 * - RELATION_PAGES: a batch of pages at any nodes, one UNION branch per plan in the batch — what the
 *   DataLoader sends for one level of a selection it was not told of in advance;
 * - NODE_TREE: nodes by id with the pages a request selects under them, nested to any depth (the
 *   pages at each relation's other end, the articles it cites, the nodes its properties name) —
 *   what a root field compiles its selection into, so it costs one round trip and one consistent read.
 * Both are built with @neo4j/cypher-builder from the same plan bodies: every variable is the
 * builder's, named by it, so no part can capture another's. Types and property names come from the
 * model, checked against it; every value is a parameter.
 */
import Cypher from '@neo4j/cypher-builder';
import {
  RELATIONS,
  RELATION_TYPES,
  type RelationProperty,
  type RelationSpec,
  type RelationType,
} from '../data/model.js';
import {
  ABOVE_ALL,
  BELOW_ALL,
  checkedProperty,
  composedStatement,
  currentNode,
  extrasName,
  holds,
  inWindow,
  itemAt,
  literal,
  matchByWeight,
  named,
  nodeExtras,
  nodeExtrasName,
  nodeMap,
  NO_NODE_EXTRAS,
  orderFor,
  otherEnd,
  projected,
  propertyOf,
  rankedByWeight,
  relationExtras,
  relationMap,
  slice,
  wholeNode,
  type NodeExtras,
  type RelationExtras,
  type RelationOrder,
} from './cypher-fragments.js';

type Direction = 'OUTGOING' | 'INCOMING' | null;
type Expr = Cypher.Expr;

/** `count` new variables, for a part that binds several. */
type Variables<N extends number, V extends Cypher.Variable[] = []> = V['length'] extends N
  ? V
  : Variables<N, [Cypher.Variable, ...V]>;
const fresh = <N extends number>(count: N) =>
  Array.from({ length: count }, () => new Cypher.Variable()) as Variables<N>;

/** How one page of relations is read (chosen per key by the repository). */
export type RelationPagePlan =
  /** Any filter: every relation of the node is read and tested (dates, article, platform). */
  | { kind: 'filtered'; orderBy: RelationOrder }
  /** Relations of one type whose reference property names the node (an event's invitations). */
  | { kind: 'referenced'; type: RelationType; property: RelationProperty; orderBy: RelationOrder }
  /** Heaviest incoming AMPLIFIES without filters: planned for hubs (see topAmplifiers). */
  | { kind: 'topAmplifiers'; includeRetracted: boolean }
  /** A few types, no filter: typed expansion, top-N sort, total from the degree store. */
  | {
      kind: 'typed';
      types: readonly RelationType[];
      direction: Direction;
      orderBy: RelationOrder;
      includeRetracted: boolean;
    };

/** A stable name for a plan: pages with equal names share their Cypher. */
export const planName = (plan: RelationPagePlan): string => Object.values(plan).flat().join(':');

/** A plan name as a Cypher string (names are built from model names and fixed words). */
function planLiteral(plan: RelationPagePlan): Cypher.Literal {
  const name = planName(plan);
  if (!/^[A-Za-z_:|]+$/.test(name)) throw new Error(`unexpected plan name: ${name}`);
  return literal(name);
}

/** Where a plan reads: the node `n` (null when there is none) and the page's parameters `key`. */
interface PlanScope {
  n: Cypher.Node;
  key: Cypher.Variable;
  /** Bounds a top-N sort: a parameter expression (LIMIT takes no variable). */
  need: Expr;
}

/**
 * A plan's reading of one page: `read` binds `rels`, the node's relations for the page in order (at
 * least offset + first of them when it has that many), and keeps `n` and `key`; `total` and `plan`
 * are expressions over what it bound.
 */
interface PlanParts {
  read: Cypher.Clause[];
  rels: Cypher.Variable;
  total: Expr;
  plan: Expr;
}

const ARROWS = { OUTGOING: 'right', INCOMING: 'left', BOTH: 'undirected' } as const;
const arrow = (direction: Direction | undefined) => ARROWS[direction ?? 'BOTH'];

/** The relationship types of a pattern, checked against the model (they are written into it). */
function typeExpr(types: readonly RelationType[]): string | Cypher.LabelExpr {
  for (const t of types)
    if (!RELATION_TYPES.includes(t)) throw new Error(`not a relation type of the model: ${t}`);
  return types.length === 1 ? types[0]! : Cypher.labelExpr.or(...types);
}

/** The key's article filter: relations citing `key.article` (any of their sources), when given. */
const citedIn = (r: Cypher.Relationship, key: Cypher.Variable) =>
  Cypher.or(
    Cypher.isNull(key.property('article')),
    Cypher.in(
      key.property('article'),
      Cypher.coalesce(r.property('sourceArticles'), new Cypher.List([r.property('article')])),
    ),
  );

/**
 * `read` sorted by `orderBy` (the top `limit` when given), collected into `rels`; `types`: the
 * relation types it can read (null: any), which the order depends on (orderFor).
 */
const collected = (
  match: Cypher.Match,
  r: Cypher.Relationship,
  order: { orderBy: RelationOrder; types: readonly RelationType[] | null },
  rels: Cypher.Variable,
  limit?: Expr,
) => {
  const sorted = match.with(r).orderBy(...orderFor(order.orderBy, order.types)(r));
  return (limit ? sorted.limit(Cypher.toInteger(limit)) : sorted).return([Cypher.collect(r), rels]);
};

/** Filtered plan: every relation of the node, tested against the key's filters. */
function filtered(orderBy: RelationOrder, { n, key }: PlanScope): PlanParts {
  const [r, o, rels] = [new Cypher.Relationship(), new Cypher.Node(), new Cypher.Variable()];
  const direction = key.property('direction');
  const platform = key.property('platform');
  const where = Cypher.and(
    Cypher.in(Cypher.type(r), key.property('types')),
    Cypher.or(
      Cypher.isNull(direction),
      Cypher.and(Cypher.eq(direction, literal('OUTGOING')), Cypher.eq(Cypher.startNode(r), n)),
      Cypher.and(Cypher.eq(direction, literal('INCOMING')), Cypher.eq(Cypher.endNode(r), n)),
    ),
    citedIn(r, key),
    Cypher.or(
      Cypher.isNull(platform),
      new Cypher.Exists(
        new Cypher.Pattern(o)
          .related({ type: 'ON_PLATFORM', direction: 'right' })
          .to({ labels: ['Entity'], properties: { id: platform } }),
      ),
    ),
    inWindow(r, key),
  );
  const match = new Cypher.Match(new Cypher.Pattern(n).related(r, { direction: 'undirected' }).to(o)).where(
    where,
  );
  return {
    read: [new Cypher.Call(collected(match, r, { orderBy, types: null }, rels), [n, key])],
    rels,
    total: Cypher.size(rels),
    plan: planLiteral({ kind: 'filtered', orderBy }),
  };
}

/**
 * Referenced plan: the relations of one type whose reference property holds the node's id, found
 * through that property's index (INVITED.event: invited_event). Type and property come from the
 * model's `listedOn`, checked against it, so naming them in the pattern is safe.
 */
function referenced(
  plan: Extract<RelationPagePlan, { kind: 'referenced' }>,
  { n, key }: PlanScope,
): PlanParts {
  const listed = (RELATIONS[plan.type] as RelationSpec | undefined)?.listedOn;
  if (listed?.property !== plan.property)
    throw new Error(`${plan.type}.${plan.property} is not listed on its node`);
  const [r, rels] = [new Cypher.Relationship(), new Cypher.Variable()];
  const match = new Cypher.Match(
    new Cypher.Pattern({}).related(r, { type: typeExpr([plan.type]), direction: 'right' }).to(),
  ).where(
    Cypher.and(
      Cypher.eq(r.property(checkedProperty(plan.property)), n.property('id')),
      citedIn(r, key),
      inWindow(r, key),
    ),
  );
  return {
    read: [
      new Cypher.Call(collected(match, r, { orderBy: plan.orderBy, types: [plan.type] }, rels), [n, key]),
    ],
    rels,
    total: Cypher.size(rels),
    plan: planLiteral(plan),
  };
}

/**
 * `hidden`: how many relations of these types at `n` an editor retracted (0 when they are shown).
 * Retracting a relation marks both its ends (`hasRetractions`, src/graph/curation-cypher.ts), so only
 * at a node that has some are its relations' retraction properties read at all: elsewhere a page
 * costs what it would without retractions, however many were made across the graph.
 */
function hiddenCount(
  n: Cypher.Node,
  types: readonly RelationType[],
  direction: Direction | undefined,
  includeRetracted: boolean,
) {
  const hidden = new Cypher.Variable();
  if (includeRetracted)
    return { hidden, clause: new Cypher.Call(new Cypher.Return([literal(0), hidden]), []) };
  const x = new Cypher.Relationship();
  const retracted = new Cypher.Count(
    new Cypher.Match(
      new Cypher.Pattern(n).related(x, { type: typeExpr(types), direction: arrow(direction) }).to(),
    ).where(Cypher.isNotNull(x.property('retractedAt'))),
  );
  const count = new Cypher.Case()
    .when(holds(n.property('hasRetractions')))
    .then(retracted)
    .else(literal(0));
  return { hidden, clause: new Cypher.Call(new Cypher.Return([count, hidden]), [n]) };
}

/** Keeps a relation unless it is retracted and retracted ones are hidden (see hiddenCount). */
const shown = (r: Cypher.Relationship, hidden: Cypher.Variable) =>
  Cypher.or(Cypher.eq(hidden, literal(0)), Cypher.isNull(r.property('retractedAt')));

/**
 * Heaviest incoming AMPLIFIES (amplifiers by reported figure, no filter), planned for hubs. A node
 * amplified by a large share of all accounts (degree² > need × all AMPLIFIES, both from the count
 * store) walks the `amplifies_weight` index from the top, which finds its heaviest relations after
 * about need × all / degree entries instead of reading all of them; then every relation at least as
 * heavy as the lightest one kept is read again from the index, so ties at the cut sort as everywhere
 * else. Other nodes, and hubs with too few weighted relations, read their relations and keep the top
 * `need`.
 */
function topAmplifiers(includeRetracted: boolean, { n, key, need: limit }: PlanScope): PlanParts {
  const { hidden, clause } = hiddenCount(n, ['AMPLIFIES'], 'INCOMING', includeRetracted);
  const [need, degree, hub, weights, floor, got, rels] = fresh(7);
  const amplifies = (r?: Cypher.Relationship) =>
    r
      ? new Cypher.Pattern({}).related(r, { type: 'AMPLIFIES', direction: 'right' }).to(n)
      : new Cypher.Pattern({}).related({ type: 'AMPLIFIES', direction: 'right' }).to(n);
  const all = new Cypher.Count(
    new Cypher.Pattern({}).related({ type: 'AMPLIFIES', direction: 'right' }).to(),
  );
  const r = new Cypher.Relationship();
  const fromTheTop = Cypher.utils.concat(
    matchByWeight(
      amplifies(r),
      r,
      Cypher.and(
        Cypher.gte(r.property('weight'), new Cypher.Case().when(holds(hub)).then(BELOW_ALL).else(ABOVE_ALL)),
        shown(r, hidden),
      ),
    ),
    new Cypher.With(r)
      .orderBy([r.property('weight'), 'DESC'])
      .limit(Cypher.toInteger(limit))
      .return([Cypher.collect(r.property('weight')), weights]),
  );
  const top = slice(weights, literal(0), need);
  const ranked = new Cypher.Relationship();
  return {
    read: [
      clause,
      new Cypher.With(key, n, hidden, [Cypher.plus(key.property('offset'), key.property('first')), need])
        .with(key, n, hidden, need, [new Cypher.Count(amplifies()), degree])
        .with(key, n, hidden, need, degree, [
          Cypher.gt(Cypher.multiply(degree, degree), Cypher.multiply(need, all)),
          hub,
        ]),
      new Cypher.Call(fromTheTop, [n, hidden, hub]),
      new Cypher.With(
        key,
        n,
        hidden,
        need,
        degree,
        [Cypher.listIndex(top, -1), floor],
        [Cypher.size(top), got],
      ),
      ...rankedByWeight({
        imports: [n, hidden],
        pattern: amplifies(ranked),
        r: ranked,
        where: shown(ranked, hidden),
        limit,
        floor,
        need,
        got,
        rels,
      }),
    ],
    rels,
    total: Cypher.minus(degree, hidden),
    // Which way the heaviest were found: from the top of the weight index, or by reading them all.
    plan: Cypher.plus(
      planLiteral({ kind: 'topAmplifiers', includeRetracted }),
      new Cypher.Case().when(Cypher.lt(got, need)).then(literal(':scan')).else(literal(':index')),
    ),
  };
}

/**
 * Typed plan: only the node's relations of these types are read (a dense node keeps them apart by
 * type), sorted for the top `need` only, and counted from the degree store. Retracted relations are
 * subtracted from the count, and only when the node has some are the relations' retraction
 * properties read at all.
 */
function typed(plan: Extract<RelationPagePlan, { kind: 'typed' }>, { n, need }: PlanScope): PlanParts {
  const { hidden, clause } = hiddenCount(n, plan.types, plan.direction, plan.includeRetracted);
  const [r, rels] = [new Cypher.Relationship(), new Cypher.Variable()];
  const types = typeExpr(plan.types);
  const direction = arrow(plan.direction);
  const match = new Cypher.Match(new Cypher.Pattern(n).related(r, { type: types, direction }).to()).where(
    shown(r, hidden),
  );
  return {
    read: [clause, new Cypher.Call(collected(match, r, plan, rels, need), [n, hidden])],
    rels,
    total: Cypher.minus(
      new Cypher.Count(new Cypher.Pattern(n).related({ type: types, direction }).to()),
      hidden,
    ),
    plan: planLiteral(plan),
  };
}

function planParts(plan: RelationPagePlan, scope: PlanScope): PlanParts {
  if (plan.kind === 'filtered') return filtered(plan.orderBy, scope);
  if (plan.kind === 'topAmplifiers') return topAmplifiers(plan.includeRetracted, scope);
  if (plan.kind === 'referenced') return referenced(plan, scope);
  return typed(plan, scope);
}

/** The page `key` asks for of a plan's relations: `rels[key.offset..key.offset + key.first]`. */
const pageOf = (rels: Cypher.Variable, key: Cypher.Variable) =>
  slice(rels, key.property('offset'), Cypher.plus(key.property('offset'), key.property('first')));

/** The columns a statement returns, by the names the repository reads. */
const column = (name: string) => new Cypher.NamedVariable(name);

/**
 * RELATION_PAGES for a batch whose keys use these plans (distinct, in order; key.plan is the
 * index): one statement, one round trip. $need is the largest offset + first of the batch.
 */
export function relationPages(plans: readonly RelationPagePlan[]): string {
  const name = plans.map(planName).join(' + ');
  return composedStatement(`pages ${name}`, () => {
    const key = new Cypher.Variable();
    const [k, plan, found, total, items] = fresh(5);
    const branches = plans.map((p, i) => {
      const n = new Cypher.Node();
      const parts = planParts(p, { n, key, need: new Cypher.NamedParam('need') });
      const r = new Cypher.Relationship();
      return Cypher.utils.concat(
        new Cypher.With(key).where(Cypher.eq(key.property('plan'), literal(i))),
        new Cypher.OptionalMatch(
          new Cypher.Pattern(n, { labels: ['Entity'], properties: { id: key.property('id') } }),
        ),
        ...parts.read,
        new Cypher.Return(
          [key.property('key'), k],
          [parts.plan, plan],
          [Cypher.isNotNull(n), found],
          [parts.total, total],
          [new Cypher.ListComprehension(r).in(pageOf(parts.rels, key)).map(relationMap(r)), items],
        ),
      );
    });
    const union = branches.length === 1 ? branches[0]! : new Cypher.Union(...branches).all();
    return named(
      `RELATION_PAGES ${name}`,
      Cypher.utils.concat(
        new Cypher.Unwind([new Cypher.NamedParam('keys'), key]),
        new Cypher.Call(union, [key]),
        new Cypher.Return(
          [k, column('key')],
          [plan, column('plan')],
          [found, column('found')],
          [total, column('total')],
          [items, column('items')],
        ),
      ),
    );
  });
}

/**
 * One page a NODE_TREE reads at a node, and what it reads of each relation on the page: the
 * articles it cites and the nodes it names (`RelationExtras`), its properties and its ends'.
 */
export interface PageShape extends RelationExtras {
  plan: RelationPagePlan;
  /** Pages read at each relation's other end. */
  other: readonly PageShape[];
  /** The relation properties read; null: all of them. */
  relationProps: readonly string[] | null;
  /** The properties read of both its ends; null: all of them (an article's text aside). */
  endProps: readonly string[] | null;
  /** What is read with each relation's other end beyond its properties and pages: its claims, the articles it cites. */
  otherExtras: NodeExtras;
}

/**
 * The pages of a tree in the order NODE_TREE numbers them: each page, then the pages under it.
 * `$pages[i]` holds the parameters of the i-th.
 */
export function preorder<T extends { other: readonly T[] }>(pages: readonly T[]): T[] {
  return pages.flatMap((p) => [p, ...preorder(p.other)]);
}

const shapeName = (s: PageShape): string => {
  const otherExtras = nodeExtrasName(s.otherExtras);
  return (
    `${planName(s.plan)}/${extrasName(s)}/${s.relationProps?.join(',') ?? '*'}/` +
    `${s.endProps?.join(',') ?? '*'}${otherExtras ? `/${otherExtras}` : ''}(${s.other.map(shapeName).join(' ')})`
  );
};

/**
 * The item fields for relation `r` read at node `n`, with only `shape`'s properties of it and of its
 * ends. When the selection reads nothing of the ends but the other one (`other`, no
 * `Relation.source`/`target`), the end at `n` is not sent again with every relation: `other` and
 * `outgoing` (whether `n` is its source) stand for both, and the repository puts the node the page
 * was read at back in its place. A page of relations that only name the node (`referenced`) sends both.
 */
function relationAs(
  r: Cypher.Relationship,
  n: Cypher.Node,
  shape: PageShape,
  other: Expr,
): Record<string, Expr> {
  if (shape.endProps && shape.plan.kind !== 'referenced') {
    const endProps = shape.endProps;
    return {
      relation: new Cypher.MapProjection(r, shape.relationProps ? [...shape.relationProps] : '*', {
        type: Cypher.type(r),
      }),
      outgoing: Cypher.eq(Cypher.startNode(r), n),
      other: projected(other, (e) => nodeMap(e, endProps)),
    };
  }
  return { relation: relationMap(r, shape.relationProps, (v) => nodeMap(v, shape.endProps)) };
}

/** What the pages under a node read, numbered in pre-order (see `preorder`). */
interface PageQuery {
  call: Cypher.Call;
  /** The page's result, bound by `call`. */
  result: Cypher.Variable;
}

/**
 * The pages under node `at`, numbered from `next.i` in pre-order. Each is a subquery that imports
 * only `at`; its result is a map {found, total, plan, items}. A page reads nothing at a node of
 * another kind than `$pages[index].kinds` (a field of some kinds, or under a type condition).
 */
function pageSubqueries(at: Cypher.Node, shapes: readonly PageShape[], next: { i: number }): PageQuery[] {
  const pagesParam = new Cypher.NamedParam('pages');
  return shapes.map((shape) => {
    const index = next.i++;
    const [key, n] = [new Cypher.Variable(), new Cypher.Node()];
    const parts = planParts(shape.plan, {
      n,
      key,
      need: propertyOf(Cypher.listIndex(pagesParam, index), 'need'),
    });
    const [total, plan, shownRels, pos, item, items, result] = fresh(7);
    const r = new Cypher.Relationship();
    const o = new Cypher.Node();
    const children = pageSubqueries(o, shape.other, next);
    const atOther = nodeExtras(o, shape.otherExtras, new Cypher.NamedParam('functional'));
    const readsOther = Object.keys(atOther.columns).length > 0;
    const perRelation: Cypher.Clause[] = [];
    if (children.length || readsOther)
      perRelation.push(
        new Cypher.With(n, pos, r, [otherEnd(r, n), o]),
        ...children.map((c) => c.call),
        ...atOther.clauses,
      );
    // Only what the shape reads (an absent list is an empty one).
    const fields: Record<string, Expr> = {
      ...relationAs(r, n, shape, children.length || readsOther ? o : otherEnd(r, n)),
      ...(children.length ? { pages: new Cypher.List(children.map((c) => c.result)) } : {}),
      ...relationExtras(r, shape),
      ...(readsOther ? { otherExtras: new Cypher.Map(atOther.columns as Record<string, Expr>) } : {}),
    };
    const perItem = Cypher.utils.concat(
      new Cypher.Unwind([Cypher.range(literal(0), Cypher.minus(Cypher.size(shownRels), literal(1))), pos]),
      new Cypher.With(n, pos, [itemAt(shownRels, pos), r]),
      ...perRelation,
      new Cypher.With(pos, [new Cypher.Map(fields), item]).orderBy(pos).return([Cypher.collect(item), items]),
    );
    const kinds = key.property('kinds');
    const l = new Cypher.Variable();
    const page = Cypher.utils.concat(
      new Cypher.With(at, [Cypher.listIndex(pagesParam, index), key]).with(
        [
          new Cypher.Case()
            .when(Cypher.or(Cypher.isNull(kinds), Cypher.any(l, Cypher.labels(at), Cypher.in(l, kinds))))
            .then(at),
          n,
        ],
        key,
      ),
      ...parts.read,
      new Cypher.With(n, key, [parts.total, total], [parts.plan, plan], [pageOf(parts.rels, key), shownRels]),
      new Cypher.Call(perItem, [n, shownRels]),
      new Cypher.Return([new Cypher.Map({ found: Cypher.isNotNull(n), total, plan, items }), result]),
    );
    return { call: new Cypher.Call(page, [at]), result };
  });
}

/**
 * What a selection reads at node `at` (bound by the caller) beyond its properties: the pages of
 * `shapes` (their parameters `$pages[0…]`, in pre-order) and what `extras` reads with it (its claims,
 * the articles it cites; `$functional` when claims are read). `clauses` bind them, `fields` name them
 * by the keys the repository reads: `pages`, `claims`, `relations`, `articles`.
 */
export function readsAt(at: Cypher.Node, shapes: readonly PageShape[], extras: NodeExtras) {
  const pages = pageSubqueries(at, shapes, { i: 0 });
  const read = nodeExtras(at, extras, new Cypher.NamedParam('functional'));
  return {
    clauses: [...pages.map((p) => p.call), ...read.clauses],
    fields: { pages: new Cypher.List(pages.map((p) => p.result)), ...read.columns } as Record<string, Expr>,
  };
}

/** A stable name for what readsAt reads: statements with equal names share their Cypher. */
export const readsName = (shapes: readonly PageShape[], extras: NodeExtras) =>
  [shapes.map(shapeName).join(' + '), nodeExtrasName(extras)].filter(Boolean).join(' / ');

/**
 * NODE_TREE: the nodes `$ids` name (merged ids resolve to the node they were merged into), each
 * whole, with the pages of `shapes` read under it, nested as the shapes are, and what `extras` reads
 * with it (its claims, the articles it cites): one row per id, the node null when none answers to
 * it. Parameters as for readsAt.
 */
export function nodeTree(shapes: readonly PageShape[], extras: NodeExtras = NO_NODE_EXTRAS): string {
  const name = readsName(shapes, extras);
  return composedStatement(`tree ${name}`, () => {
    const [id, root, redirected] = [new Cypher.Variable(), new Cypher.Node(), new Cypher.Variable()];
    const current = currentNode(id);
    const reads = readsAt(root, shapes, extras);
    return named(
      `NODE_TREE ${name}`,
      Cypher.utils.concat(
        new Cypher.Unwind([new Cypher.NamedParam('ids'), id]),
        ...current.clauses,
        new Cypher.With(id, [current.node, root], [Cypher.isNull(current.direct), redirected]),
        ...reads.clauses,
        new Cypher.Return(
          [id, column('id')],
          [wholeNode(root, holds(redirected), id), column('node')],
          ...Object.entries(reads.fields).map(([k, e]): [Cypher.Expr, Cypher.Variable] => [e, column(k)]),
        ),
      ),
    );
  });
}
