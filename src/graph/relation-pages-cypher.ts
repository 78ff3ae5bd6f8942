/**
 * Pages of relations, read by the plan that suits each (chosen by the repository), in two forms:
 * - RELATION_PAGES: a batch of pages at any nodes, one UNION branch per plan in the batch — what the
 *   DataLoader sends for one level of a selection it was not told of in advance;
 * - NODE_TREE: nodes by id with the pages a request selects under them, nested to any depth (the
 *   pages at each relation's other end, the articles it cites, the nodes its properties name) —
 *   what a root field compiles its selection into, so it costs one round trip and one consistent read.
 * Both are built from the same plan bodies. Types and property names come from the model, checked
 * against it; every value is a parameter.
 */
import {
  RELATIONS,
  RELATION_TYPES,
  type RelationProperty,
  type RelationSpec,
  type RelationType,
} from '../data/model.js';
import {
  ORDER_BY,
  composedStatement,
  currentNode,
  rankedByWeight,
  inWindow,
  mapProperties,
  matchCurrentNode,
  node,
  nodeWith,
  relation,
  wholeNode,
  type RelationOrder,
} from './cypher-fragments.js';

type Direction = 'OUTGOING' | 'INCOMING' | null;

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

/** A plan name as a Cypher string literal (names are built from model names and fixed words). */
function planLiteral(plan: RelationPagePlan): string {
  const name = planName(plan);
  if (!/^[A-Za-z_:|]+$/.test(name)) throw new Error(`unexpected plan name: ${name}`);
  return `'${name}'`;
}

/**
 * A plan's reading of one page. With `n` (the node, null when there is none) and `key` (the page's
 * parameters: types, direction, filters, offset, first) in scope, `read` binds `rels`, the node's
 * relations for the page in order (at least offset + first of them when it has that many), and keeps
 * `n` and `key`; `total` and `plan` are expressions over what it bound. `need` is the parameter that
 * bounds a top-N sort (LIMIT takes no variable).
 */
interface PlanParts {
  read: string;
  total: string;
  plan: string;
}

/** Filtered plan: every relation of the node, tested against the key's filters. */
const filtered = (orderBy: RelationOrder): PlanParts => ({
  read: `CALL (n, key) {
  MATCH (n)-[r]-(o)
  WHERE type(r) IN key.types
    AND (key.direction IS NULL
         OR (key.direction = 'OUTGOING' AND startNode(r) = n)
         OR (key.direction = 'INCOMING' AND endNode(r) = n))
    AND (key.article IS NULL OR key.article IN coalesce(r.sourceArticles, [r.article]))
    AND (key.platform IS NULL OR EXISTS { (o)-[:ON_PLATFORM]->(:Entity {id: key.platform}) })
    AND ${inWindow('r', 'key')}
  WITH r ORDER BY ${ORDER_BY[orderBy]('r')}
  RETURN collect(r) AS rels
}`,
  total: 'size(rels)',
  plan: planLiteral({ kind: 'filtered', orderBy }),
});

/**
 * Referenced plan: the relations of one type whose reference property holds the node's id, found
 * through that property's index (INVITED.event: invited_event). Type and property come from the
 * model's `listedOn`, checked against it, so naming them in the pattern is safe.
 */
function referenced(plan: Extract<RelationPagePlan, { kind: 'referenced' }>): PlanParts {
  const listed = (RELATIONS[plan.type] as RelationSpec | undefined)?.listedOn;
  if (listed?.property !== plan.property)
    throw new Error(`${plan.type}.${plan.property} is not listed on its node`);
  return {
    read: `CALL (n, key) {
  MATCH ()-[r:${plan.type}]->() WHERE r.${plan.property} = n.id
    AND (key.article IS NULL OR key.article IN coalesce(r.sourceArticles, [r.article]))
    AND ${inWindow('r', 'key')}
  WITH r ORDER BY ${ORDER_BY[plan.orderBy]('r')}
  RETURN collect(r) AS rels
}`,
    total: 'size(rels)',
    plan: planLiteral(plan),
  };
}

const ARROWS = {
  OUTGOING: ['-', '->'],
  INCOMING: ['<-', '-'],
  BOTH: ['-', '-'],
} as const;

/**
 * `hidden`: how many relations of these types at `n` an editor retracted (0 when they are shown).
 * Retracting a relation marks both its ends (`hasRetractions`, src/graph/curation-cypher.ts), so only
 * at a node that has some are its relations' retraction properties read at all: elsewhere a page
 * costs what it would without retractions, however many were made across the graph.
 */
function hiddenCount(
  types: readonly RelationType[],
  direction: Direction | undefined,
  includeRetracted: boolean,
): string {
  if (includeRetracted) return 'CALL () { RETURN 0 AS hidden }';
  const [l, r] = ARROWS[direction ?? 'BOTH'];
  return `CALL (n) {
  RETURN CASE WHEN n.hasRetractions
    THEN COUNT { (n)${l}[x:${types.join('|')}]${r}() WHERE x.retractedAt IS NOT NULL }
    ELSE 0 END AS hidden
}`;
}

/** Keeps a relation unless it is retracted and retracted ones are hidden (see hiddenCount). */
const shown = (r: string) => `(hidden = 0 OR ${r}.retractedAt IS NULL)`;

/**
 * Heaviest incoming AMPLIFIES (amplifiers by reported figure, no filter), planned for hubs. A node
 * amplified by a large share of all accounts (degree² > need × all AMPLIFIES, both from the count
 * store) walks the `amplifies_weight` index from the top, which finds its heaviest relations after
 * about need × all / degree entries instead of reading all of them; then every relation at least as
 * heavy as the lightest one kept is read again from the index, so ties at the cut sort as everywhere
 * else. Other nodes, and hubs with too few weighted relations, read their relations and keep the top
 * `need`.
 */
const topAmplifiers = (includeRetracted: boolean, need: string): PlanParts => ({
  read: `${hiddenCount(['AMPLIFIES'], 'INCOMING', includeRetracted)}
WITH key, n, hidden, key.offset + key.first AS need, COUNT { (n)<-[:AMPLIFIES]-() } AS degree
WITH key, n, hidden, need, degree, degree * degree > need * COUNT { ()-[:AMPLIFIES]->() } AS hub
CALL (n, hidden, hub) {
  MATCH ()-[r:AMPLIFIES]->(n) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= CASE WHEN hub THEN -1.0e300 ELSE 1.0e300 END AND ${shown('r')}
  WITH r ORDER BY r.weight DESC LIMIT toInteger(${need})
  RETURN collect(r.weight) AS weights
}
WITH key, n, hidden, need, degree, weights[..need][-1] AS floor, size(weights[..need]) AS got
${rankedByWeight({ imports: ['n', 'hidden'], pattern: '()-[r:AMPLIFIES]->(n)', where: shown('r'), limit: need })}`,
  total: 'degree - hidden',
  // Which way the heaviest were found: from the top of the weight index, or by reading them all.
  plan: `${planLiteral({ kind: 'topAmplifiers', includeRetracted })} + CASE WHEN got < need THEN ':scan' ELSE ':index' END`,
});

/**
 * Typed plan: only the node's relations of these types are read (a dense node keeps them apart by
 * type), sorted for the top `need` only, and counted from the degree store. Retracted relations are
 * subtracted from the count, and only when the node has some are the relations' retraction
 * properties read at all.
 */
function typed(plan: Extract<RelationPagePlan, { kind: 'typed' }>, need: string): PlanParts {
  for (const t of plan.types)
    if (!RELATION_TYPES.includes(t)) throw new Error(`not a relation type of the model: ${t}`);
  const [l, r] = ARROWS[plan.direction ?? 'BOTH'];
  const types = plan.types.join('|');
  return {
    read: `${hiddenCount(plan.types, plan.direction, plan.includeRetracted)}
CALL (n, hidden) {
  MATCH (n)${l}[r:${types}]${r}()
  WHERE ${shown('r')}
  WITH r ORDER BY ${ORDER_BY[plan.orderBy]('r')} LIMIT toInteger(${need})
  RETURN collect(r) AS rels
}`,
    total: `COUNT { (n)${l}[:${types}]${r}() } - hidden`,
    plan: planLiteral(plan),
  };
}

function planParts(plan: RelationPagePlan, need: string): PlanParts {
  if (plan.kind === 'filtered') return filtered(plan.orderBy);
  if (plan.kind === 'topAmplifiers') return topAmplifiers(plan.includeRetracted, need);
  if (plan.kind === 'referenced') return referenced(plan);
  return typed(plan, need);
}

/** A subquery: `head`, then the clauses `body`, each line indented, in braces. */
const block = (head: string, body: readonly string[]) =>
  `${head} {\n${body.map((c) => c.replace(/^/gm, '  ')).join('\n')}\n}`;

/**
 * RELATION_PAGES for a batch whose keys use these plans (distinct, in order; key.plan is the
 * index): one statement, one round trip. $need is the largest offset + first of the batch.
 */
export function relationPages(plans: readonly RelationPagePlan[]): string {
  const name = plans.map(planName).join(' + ');
  return composedStatement(`pages ${name}`, () => {
    const branches = plans.map((plan, i) => {
      const p = planParts(plan, '$need');
      return `WITH key WHERE key.plan = ${i}
OPTIONAL MATCH (n:Entity {id: key.id})
${p.read}
RETURN key.key AS k, ${p.plan} AS plan, n IS NOT NULL AS found, ${p.total} AS total,
       [r IN rels[key.offset..key.offset + key.first] | ${relation('r')}] AS items`;
    });
    // The leading comment names the statement in logs and in the benchmark's PROFILE report.
    return `// RELATION_PAGES ${name}
UNWIND $keys AS key
CALL (key) {
${branches.join('\nUNION ALL\n')}
}
RETURN k AS key, plan, found, total, items
`;
  });
}

/** One page a NODE_TREE reads at a node, and what it reads of each relation on the page. */
export interface PageShape {
  plan: RelationPagePlan;
  /** The articles each relation cites: not at all, without their text, or whole. */
  articles: 'none' | 'cited' | 'withText';
  /** Reference properties whose nodes are read (INVITED.event), each with the properties read of it (null: all). */
  refs: readonly { property: RelationProperty; props: readonly string[] | null }[];
  /** Pages read at each relation's other end. */
  other: readonly PageShape[];
  /** The relation properties read; null: all of them. */
  relationProps: readonly string[] | null;
  /** The properties read of both its ends; null: all of them (an article's text aside). */
  endProps: readonly string[] | null;
}

/**
 * The pages of a tree in the order NODE_TREE numbers them: each page, then the pages under it.
 * `$pages[i]` holds the parameters of the i-th.
 */
export function preorder<T extends { other: readonly T[] }>(pages: readonly T[]): T[] {
  return pages.flatMap((p) => [p, ...preorder(p.other)]);
}

const shapeName = (s: PageShape): string =>
  `${planName(s.plan)}/${s.articles}/${s.refs.map((x) => `${x.property}[${x.props?.join(',') ?? '*'}]`).join(',')}/${s.relationProps?.join(',') ?? '*'}/` +
  `${s.endProps?.join(',') ?? '*'}(${s.other.map(shapeName).join(' ')})`;

/**
 * The item fields for relation `r` read at node `n`, with only `shape`'s properties of it and of its
 * ends. When the selection reads nothing of the ends but the other one (`other`, no
 * `Relation.source`/`target`), the end at `n` is not sent again with every relation: `other` and
 * `outgoing` (whether `n` is its source) stand for both, and the repository puts the node the page
 * was read at back in its place. A page of relations that only name the node (`referenced`) sends both.
 */
function relationAs(r: string, shape: PageShape, other: string): string {
  // Its type, with the selected properties (none, when only its other end is selected).
  const props = [shape.relationProps ? mapProperties(shape.relationProps) : '.*', `type: type(${r})`]
    .filter(Boolean)
    .join(', ');
  if (shape.endProps && shape.plan.kind !== 'referenced')
    return `relation: ${r} {${props}},
  outgoing: startNode(${r}) = n,
  other: [e IN [${other}] | ${nodeWith('e', shape.endProps)}][0]`;
  if (!shape.relationProps && !shape.endProps) return `relation: ${relation(r)}`;
  const end = (v: string) => nodeWith(v, shape.endProps);
  return `relation: ${r} {${props},
  sourceId: startNode(${r}).id, targetId: endNode(${r}).id,
  source: [s IN [startNode(${r})] | ${end('s')}][0],
  target: [t IN [endNode(${r})] | ${end('t')}][0]}`;
}

/**
 * The pages under node variable `at`, numbered from `next.i` in pre-order (see `preorder`). Each is
 * a subquery that imports only `at` and names its own variables, so nothing it binds can shadow or
 * capture a variable of the query around it; its result is `page<index>`. A page reads nothing at a
 * node of another kind than `$pages[index].kinds` (a field of some kinds, or under a type condition).
 */
function pageSubqueries(
  at: string,
  shapes: readonly PageShape[],
  next: { i: number },
): { index: number; text: string }[] {
  return shapes.map((shape) => {
    const index = next.i++;
    const param = `$pages[${index}]`;
    const p = planParts(shape.plan, `${param}.need`);
    const children = pageSubqueries('o', shape.other, next);
    const perRelation: string[] = [];
    const otherEnd = 'CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END';
    if (children.length) perRelation.push(`WITH pos, r, ${otherEnd} AS o`, ...children.map((c) => c.text));
    if (shape.articles !== 'none')
      perRelation.push(
        block('CALL (r)', [
          'UNWIND [r.article] + coalesce(r.sourceArticles, []) AS id',
          'WITH DISTINCT id',
          'MATCH (a:Article {id: id})',
          `RETURN collect(${shape.articles === 'withText' ? "a {.*, nodeKind: 'Article'}" : node('a')}) AS articles`,
        ]),
      );
    shape.refs.forEach(({ property, props }, j) => {
      mapProperties([property]);
      perRelation.push(
        block('CALL (r)', [
          matchCurrentNode(`r.${property}`, 'ref'),
          `WITH ${currentNode('ref')} AS ref, refDirect IS NULL AS redirected`,
          `RETURN ${wholeNode('ref', 'redirected', `r.${property}`, props)} AS ref${j}`,
        ]),
      );
    });
    const item = [
      'UNWIND range(0, size(shown) - 1) AS pos',
      'WITH pos, shown[pos] AS r',
      ...perRelation,
      // Only what the shape reads (an absent list is an empty one).
      `WITH pos, {${[
        relationAs('r', shape, children.length ? 'o' : otherEnd),
        children.length ? `pages: [${children.map((c) => `page${c.index}`).join(', ')}]` : '',
        shape.articles === 'none' ? '' : 'articles: articles',
        shape.refs.length ? `refs: [${shape.refs.map((_, j) => `ref${j}`).join(', ')}]` : '',
      ]
        .filter(Boolean)
        .join(',\n  ')}} AS item`,
      'ORDER BY pos',
      'RETURN collect(item) AS items',
    ];
    const page = [
      `WITH ${at}, ${param} AS key`,
      `WITH CASE WHEN key.kinds IS NULL OR any(l IN labels(${at}) WHERE l IN key.kinds) THEN ${at} END AS n, key`,
      p.read,
      `WITH n, key, ${p.total} AS total, ${p.plan} AS plan, rels[key.offset..key.offset + key.first] AS shown`,
      block('CALL (n, shown)', item),
      `RETURN {found: n IS NOT NULL, total: total, plan: plan, items: items} AS page${index}`,
    ];
    return { index, text: block(`CALL (${at})`, page) };
  });
}

/**
 * NODE_TREE: the nodes `$ids` name (merged ids resolve to the node they were merged into), each
 * whole, with the pages of `shapes` read under it, nested as the shapes are: one row per id, the
 * node null when none answers to it. `$pages` holds each page's parameters, in pre-order.
 */
export function nodeTree(shapes: readonly PageShape[]): string {
  const name = shapes.map(shapeName).join(' + ');
  return composedStatement(`tree ${name}`, () => {
    const pages = pageSubqueries('root', shapes, { i: 0 });
    return `// NODE_TREE ${name}
UNWIND $ids AS id
${matchCurrentNode('id', 'root')}
WITH id, ${currentNode('root')} AS root, rootDirect IS NULL AS redirected
${pages.map((p) => p.text).join('\n')}
RETURN id, ${wholeNode('root', 'redirected', 'id')} AS node, [${pages.map((p) => `page${p.index}`).join(', ')}] AS pages
`;
  });
}
