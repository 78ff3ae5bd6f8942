/**
 * Cypher fragments the statements are composed of, as @neo4j/cypher-builder expressions and
 * clauses: functions of the variables they are given, never of user input. A fragment that binds a
 * variable of its own creates it, and the builder names every variable of a statement, so nothing a
 * fragment binds can shadow or capture a variable of the statement around it.
 * Fixed statements use the same fragments through `statement` (./cypher-text.ts).
 */
import Cypher from '@neo4j/cypher-builder';
import { RELATIONS, type RelationProperty, type RelationSpec, type RelationType } from '../data/model.js';

type Var = Cypher.Variable;
type Expr = Cypher.Expr;
/** Anything the builder compiles: expressions, patterns, clauses. */
export type Compilable = Parameters<Cypher.RawCypherContext['compile']>[0];

export const literal = (v: string | number | boolean) => new Cypher.Literal(v);

/**
 * Cypher the builder has no expression for (a property of an expression, a slice between
 * expressions, a map value used as a condition), written from the compiled parts it is given.
 */
export const raw = (parts: readonly Compilable[], join: (compiled: string[]) => string) =>
  new Cypher.Raw((ctx) => join(parts.map((p) => ctx.compile(p))));

/** A number written as Cypher reads it (JavaScript writes 1e300 as `1e+300`, which Cypher refuses). */
const numberText = (text: string) => raw([], () => text);
/** Above every figure: a floor that keeps nothing. */
export const ABOVE_ALL = numberText('1.0e300');
export const BELOW_ALL = numberText('-1.0e300');

/** `e.p` for an expression that is not a variable (startNode(r).id). */
export const propertyOf = (e: Expr, p: string) => raw([e], ([c]) => `${c}.${checkedProperty(p)}`);

/** `list[from..to]` with expressions as bounds (Cypher.listRange takes numbers only). */
export const slice = (list: Expr, from: Expr, to: Expr) =>
  raw([list, from, to], ([l, f, t]) => `${l}[${f}..${t}]`);

/** `list[i]` with an expression as index (Cypher.listIndex takes numbers only). */
export const itemAt = (list: Expr, i: Expr) => raw([list, i], ([l, x]) => `${l}[${x}]`);

/** A value used as a condition (a boolean parameter or map entry: `key.includeRetracted`). */
export const holds = (e: Expr): Cypher.Predicate => raw([e], ([c]) => c!);

const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/;

/** A property name checked before it is written into a statement (names come from the model and the schema). */
export function checkedProperty(p: string): string {
  if (!PROPERTY.test(p)) throw new Error(`unexpected property name: ${p}`);
  return p;
}
const checked = (props: readonly string[]) => props.map(checkedProperty);

/** The kind of node `v`: its label other than Entity. */
export const kindOf = (v: Var) => {
  const l = new Cypher.Variable();
  return Cypher.listIndex(
    new Cypher.ListComprehension(l).in(Cypher.labels(v)).where(Cypher.neq(l, literal('Entity'))),
    0,
  );
};

/**
 * A node as a map, with its kind: only `props` of its properties when given, else all of them but an
 * article's text, which answers listing many nodes would otherwise carry for nothing (the API reads
 * it by id when a client selects it: Article.text).
 */
export const nodeMap = (v: Var, props: readonly string[] | null = null) =>
  props
    ? new Cypher.MapProjection(v, checked(props), { nodeKind: kindOf(v) })
    : new Cypher.MapProjection(v, '*', { text: Cypher.Null, nodeKind: kindOf(v) });

/** An article, whole (its text with it). */
export const articleMap = (v: Var) => new Cypher.MapProjection(v, '*', { nodeKind: literal('Article') });

/**
 * A whole node as NODES_BY_IDS returns it: every property (only `props` of them when given), its
 * kind and, when `redirected` holds, the id `id` it was asked for (a merged id).
 */
export const wholeNode = (
  v: Var,
  redirected: Cypher.Predicate,
  id: Expr,
  props: readonly string[] | null = null,
) =>
  new Cypher.MapProjection(v, props ? checked(props.filter((p) => p !== 'redirectedFrom')) : '*', {
    nodeKind: kindOf(v),
    redirectedFrom: new Cypher.Case().when(redirected).then(id),
  });

/** A relationship's type and the ids of both its ends, as a relation map carries them. */
const endIds = (r: Var) => ({
  type: Cypher.type(r),
  sourceId: propertyOf(Cypher.startNode(r), 'id'),
  targetId: propertyOf(Cypher.endNode(r), 'id'),
});

/**
 * A relationship as a map: its properties (only `props` of them when given), type and the ids of both
 * ends, with `extra` entries (see relationExtras).
 */
export const relationWithEndIds = (
  r: Var,
  props: readonly string[] | null = null,
  extra: Record<string, Expr> = {},
) => new Cypher.MapProjection(r, props ? checked(props) : '*', { ...endIds(r), ...extra });

/** `[x IN [e] | f(x)][0]`: a map projection of a node expression (projections take variables only). */
export const projected = (e: Expr, f: (v: Var) => Expr) => {
  const x = new Cypher.Variable();
  return Cypher.listIndex(new Cypher.ListComprehension(x).in(new Cypher.List([e])).map(f(x)), 0);
};

/**
 * A relationship with copies of both end nodes (each as `ends` maps it), for answers that do not
 * list the nodes themselves (pages of relations). Subgraphs and paths list their nodes, so their
 * relations carry end ids only and the repository joins them: no node is sent twice.
 */
export const relationMap = (
  r: Var,
  props: readonly string[] | null = null,
  ends: (v: Var) => Expr = (v) => nodeMap(v),
  extra: Record<string, Expr> = {},
) =>
  new Cypher.MapProjection(r, props ? checked(props) : '*', {
    ...endIds(r),
    source: projected(Cypher.startNode(r), ends),
    target: projected(Cypher.endNode(r), ends),
    ...extra,
  });

/** What a selection reads with each relation beyond its properties and ends. */
export interface RelationExtras {
  /** The articles it cites: not at all, without their text, or whole. */
  articles: 'none' | 'cited' | 'withText';
  /** Reference properties whose nodes are read (INVITED.event), each with the properties read of it (null: all). */
  refs: readonly { property: RelationProperty; props: readonly string[] | null }[];
}

export const NO_EXTRAS: RelationExtras = { articles: 'none', refs: [] };

/** A stable name for what `extras` reads: statements with equal names share their Cypher. */
export const extrasName = (e: RelationExtras) =>
  `${e.articles}/${e.refs.map((x) => `${x.property}[${x.props?.join(',') ?? '*'}]`).join(',')}`;

/**
 * Map entries for what `extras` reads with relationship `r`, each a subquery expression, so they fit
 * wherever a relation is projected (a list comprehension over a path too): `articles`, the articles
 * it cites (its primary source and every other), and `refs`, the node each reference property names
 * (merged ids resolved; null when none answers to it), in the order of `extras.refs`.
 */
export function relationExtras(r: Var, extras: RelationExtras): Record<string, Expr> {
  const out: Record<string, Expr> = {};
  if (extras.articles !== 'none')
    out.articles = articlesById(
      Cypher.plus(
        new Cypher.List([r.property('article')]),
        Cypher.coalesce(r.property('sourceArticles'), new Cypher.List([])),
      ),
      extras.articles === 'withText',
    );
  if (extras.refs.length)
    out.refs = new Cypher.List(
      extras.refs.map(({ property, props }) => {
        const id = r.property(checkedProperty(property));
        const [ref, redirected] = [new Cypher.Node(), new Cypher.Variable()];
        const current = currentNode(id);
        const named = new Cypher.Collect(
          Cypher.utils.concat(
            ...current.clauses,
            new Cypher.With('*', [current.node, ref], [Cypher.isNull(current.direct), redirected]).where(
              Cypher.isNotNull(ref),
            ),
            new Cypher.Return(wholeNode(ref, holds(redirected), id, props)),
          ),
        );
        return Cypher.listIndex(named, 0);
      }),
    );
  return out;
}

/**
 * The articles whose ids `ids` lists (repeats read once, ids of no article left out), as a COLLECT
 * subquery expression: whole, or without their text.
 */
function articlesById(ids: Expr, withText = false): Expr {
  const [id, a] = [new Cypher.Variable(), new Cypher.Node()];
  return new Cypher.Collect(
    Cypher.utils.concat(
      new Cypher.Unwind([ids, id]),
      new Cypher.With(id).distinct(),
      new Cypher.Match(new Cypher.Pattern(a, { labels: ['Article'], properties: { id } })),
      new Cypher.Return(withText ? articleMap(a) : nodeMap(a)),
    ),
  );
}

/**
 * The ids of the articles a list of relation maps cites: each one's primary source and every other.
 * Its own variables are the builder's, so they shadow nothing where it is written.
 */
const articlesCitedBy = (relations: Expr) =>
  raw(
    [relations, new Cypher.Variable(), new Cypher.Variable()],
    ([r, ids, x]) =>
      `reduce(${ids} = [], ${x} IN ${r} | ${ids} + coalesce(${x}.sourceArticles, [${x}.article]))`,
  );

/**
 * Binds `claims`, the property claims about node `at` (whole), and `relations`, its functional
 * relations (types `functional`, one value expected) that no editor retracted, as maps.
 */
function claimsAt(
  at: Cypher.Node,
  bind: { claims: Cypher.Variable; relations: Cypher.Variable },
  functional: Expr,
): Cypher.Clause[] {
  const [c, x] = [new Cypher.Node(), new Cypher.Relationship()];
  return [
    new Cypher.Call(
      new Cypher.OptionalMatch(
        new Cypher.Pattern(c, { labels: ['Claim'] }).related({ type: 'ABOUT', direction: 'right' }).to(at),
      ).return([Cypher.collect(new Cypher.MapProjection(c, '*')), bind.claims]),
      [at],
    ),
    new Cypher.Call(
      new Cypher.OptionalMatch(new Cypher.Pattern(at).related(x, { direction: 'right' }).to())
        .where(Cypher.and(Cypher.in(Cypher.type(x), functional), Cypher.isNull(x.property('retractedAt'))))
        .return([Cypher.collect(relationMap(x)), bind.relations]),
      [at],
    ),
  ];
}

/** What a selection reads with a node beyond its properties and pages (Entity.claims, Evidence.article). */
export interface NodeExtras {
  /** Its property claims and functional relations (see claimsAt). */
  claims: boolean;
  /** The articles its evidence cites and, with `claims`, those its claims cite: as for relations. */
  articles: RelationExtras['articles'];
}

export const NO_NODE_EXTRAS: NodeExtras = { claims: false, articles: 'none' };

/** Whether `e` reads anything with a node. */
export const readsNodeExtras = (e: NodeExtras) => e.claims || e.articles !== 'none';

/**
 * What `extras` reads with node `at`: `clauses` bind the claims and functional relations (when read),
 * and `columns` name what the statement returns of them: `claims`, `relations`, `articles`.
 */
export function nodeExtras(at: Cypher.Node, extras: NodeExtras, functional: Expr) {
  const [claims, relations] = [new Cypher.Variable(), new Cypher.Variable()];
  const columns: Partial<Record<'claims' | 'relations' | 'articles', Expr>> = {};
  if (extras.claims) Object.assign(columns, { claims, relations });
  if (extras.articles !== 'none') {
    const evidence = Cypher.coalesce(at.property('evidenceArticles'), new Cypher.List([]));
    const c0 = new Cypher.Variable();
    const cited = extras.claims
      ? Cypher.plus(
          Cypher.plus(evidence, new Cypher.ListComprehension(c0).in(claims).map(c0.property('article'))),
          articlesCitedBy(relations),
        )
      : evidence;
    columns.articles = articlesById(cited, extras.articles === 'withText');
  }
  return { clauses: extras.claims ? claimsAt(at, { claims, relations }, functional) : [], columns };
}

/** A stable name for what `extras` reads. */
export const nodeExtrasName = (e: NodeExtras) =>
  readsNodeExtras(e) ? `${e.claims ? 'claims' : 'no claims'}/${e.articles}` : '';

/** The other end of relationship `r` seen from node `n`. */
export const otherEnd = (r: Var, n: Var) =>
  new Cypher.Case()
    .when(Cypher.eq(Cypher.startNode(r), n))
    .then(Cypher.endNode(r))
    .else(Cypher.startNode(r));

const prop = (v: Var, p: string) => v.property(p);

/**
 * Date window `w` (a map: since, until, includeUndated, includeRetracted) on one relationship.
 * validFrom/validTo are full ISO dates computed at load time (a partial date covers its whole year
 * or month); undated relations pass only when asked, and relations an editor retracted only when
 * asked too. Each test looks at the window first, so without a window no date of the relationship is
 * read. With `at` (the node `r` was reached from), a retraction is read only at a node that has some
 * (see inWindowAt).
 */
function windowTests(r: Var, w: Var, retracted: Cypher.Predicate): Cypher.Predicate {
  return Cypher.and(
    Cypher.or(
      Cypher.isNull(prop(w, 'since')),
      Cypher.isNull(prop(r, 'validTo')),
      Cypher.gte(prop(r, 'validTo'), prop(w, 'since')),
    ),
    Cypher.or(
      Cypher.isNull(prop(w, 'until')),
      Cypher.isNull(prop(r, 'validFrom')),
      Cypher.lte(prop(r, 'validFrom'), prop(w, 'until')),
    ),
    Cypher.or(
      Cypher.and(Cypher.isNull(prop(w, 'since')), Cypher.isNull(prop(w, 'until'))),
      holds(prop(w, 'includeUndated')),
      Cypher.isNotNull(prop(r, 'validFrom')),
    ),
    retracted,
  );
}

export const inWindow = (r: Var, w: Var): Cypher.Predicate =>
  windowTests(r, w, Cypher.or(holds(prop(w, 'includeRetracted')), Cypher.isNull(prop(r, 'retractedAt'))));

/**
 * inWindow for a relationship `r` reached from node `at`: retracting a relation marks both its ends
 * (`hasRetractions`, src/graph/curation-cypher.ts), so at an unmarked node no relationship's
 * retraction is read, and without dates (`dated` false) no relationship property is read at all —
 * what a walk over many relationships (the neighbourhood) costs without retractions nearby.
 */
export function inWindowAt(r: Var, w: Var, at: Var, dated = true): Cypher.Predicate {
  const retracted = Cypher.or(
    holds(prop(w, 'includeRetracted')),
    Cypher.isNull(prop(at, 'hasRetractions')),
    Cypher.isNull(prop(r, 'retractedAt')),
  );
  return dated ? windowTests(r, w, retracted) : retracted;
}

/**
 * The node id expression `id` names now: the node with that id, or the one it was merged into (a
 * merge moves the redirects pointing at the merged node too, so a redirect is always one hop from the
 * live node). `clauses` bind `direct` (null for a merged id) and `merged`; `node` is the node, null
 * when no node answers to the id. Pass named nodes to read them by name in a fixed statement.
 */
export function currentNode(
  id: Expr,
  direct: Cypher.Node = new Cypher.Node(),
  merged: Cypher.Node = new Cypher.Node(),
) {
  return {
    clauses: [
      new Cypher.OptionalMatch(new Cypher.Pattern(direct, { labels: ['Entity'], properties: { id } })),
      new Cypher.OptionalMatch(
        new Cypher.Pattern({ labels: ['Redirect'], properties: { id } })
          .related({ type: 'MERGED_INTO', direction: 'right' })
          .to(merged, { labels: ['Entity'] }),
      ),
    ],
    direct,
    node: Cypher.coalesce(direct, merged),
  };
}

export type RelationOrder = 'WEIGHT_DESC' | 'DATE_ASC' | 'DATE_DESC';
type Sort = [Expr, Cypher.Order];

/**
 * The order of each RelationOrder; ties always end on the relation id, so pages are stable.
 * `dateKey`: the date a relation sorts at, stored when it is written (src/data/dates.ts, relationTime).
 */
export const ORDER_BY: Record<RelationOrder, (r: Var) => Sort[]> = {
  WEIGHT_DESC: (r) => [
    [Cypher.coalesce(prop(r, 'weight'), literal(-1)), 'DESC'],
    [Cypher.coalesce(prop(r, 'dateKey'), literal('')), 'DESC'],
    [prop(r, 'id'), 'ASC'],
  ],
  DATE_DESC: (r) => [
    [Cypher.coalesce(prop(r, 'dateKey'), literal('')), 'DESC'],
    [prop(r, 'id'), 'ASC'],
  ],
  // Undated relations last.
  DATE_ASC: (r) => [
    [Cypher.coalesce(prop(r, 'dateKey'), literal('9999')), 'ASC'],
    [prop(r, 'id'), 'ASC'],
  ],
};

/**
 * The order of a page of relations of these types (null: any type). Only the types whose model
 * declares a `weight` can have one (the dataset, mutations and ingestion all refuse it elsewhere):
 * among the others `coalesce(weight, -1)` is -1 for every relation, so WEIGHT_DESC is DATE_DESC,
 * without reading a property per relation that none has (a third of an organiser's invitations' sort).
 */
export function orderFor(orderBy: RelationOrder, types: readonly RelationType[] | null): (r: Var) => Sort[] {
  const weighed = (t: RelationType) =>
    ((RELATIONS[t] as RelationSpec).properties as readonly RelationProperty[] | undefined)?.includes(
      'weight',
    );
  if (orderBy === 'WEIGHT_DESC' && types !== null && !types.some(weighed)) return ORDER_BY.DATE_DESC;
  return ORDER_BY[orderBy];
}

/**
 * `MATCH <pattern> USING INDEX <r>:AMPLIFIES(weight) WHERE <where>`: the builder has no index hints.
 * The hint keeps the planner on the weight index where it would rather expand from the node.
 */
export const matchByWeight = (pattern: Cypher.Pattern, r: Var, where: Cypher.Predicate) =>
  raw([pattern, r, where], ([p, v, w]) => `MATCH ${p} USING INDEX ${v}:AMPLIFIES(weight)\nWHERE ${w}`);

/**
 * The end of a ranking by reported figure, once `floor` (the lightest of the heaviest `need`
 * relations found from the top of the `amplifies_weight` index, null when none) and `got` (how many
 * were found) are bound: every relation `r` matching `pattern` and `where` at least as heavy as the
 * floor is read again from the index, so ties at the cut sort as everywhere else; when fewer than
 * `need` have a figure, all of them are sorted instead, keeping the top `limit` (the parameter
 * expression `need` equals: LIMIT takes no variable). Binds `rels`, in ranking order. `imports` are
 * the variables `pattern` and `where` read.
 */
export function rankedByWeight(o: {
  imports: readonly Var[];
  pattern: Cypher.Pattern;
  r: Cypher.Relationship;
  where: Cypher.Predicate;
  limit: Expr;
  floor: Var;
  need: Var;
  got: Var;
  rels: Var;
}): Cypher.Clause[] {
  const heaviest = new Cypher.Variable();
  const scanned = new Cypher.Variable();
  const again = new Cypher.Variable();
  const fewer = Cypher.lt(o.got, o.need);
  const each = new Cypher.Relationship();
  return [
    new Cypher.Call(
      Cypher.utils.concat(
        matchByWeight(
          o.pattern,
          o.r,
          Cypher.and(Cypher.gte(prop(o.r, 'weight'), Cypher.coalesce(o.floor, ABOVE_ALL)), o.where),
        ),
        new Cypher.Return([Cypher.collect(o.r), heaviest]),
      ),
      [...o.imports, o.floor],
    ),
    new Cypher.Call(
      Cypher.utils.concat(
        new Cypher.Unwind([
          new Cypher.Case()
            .when(fewer)
            .then(new Cypher.List([literal(1)]))
            .else(new Cypher.List([])),
          again,
        ]),
        new Cypher.Match(o.pattern)
          .where(o.where)
          .with(o.r)
          .orderBy(...ORDER_BY.WEIGHT_DESC(o.r))
          .limit(Cypher.toInteger(o.limit))
          .return([Cypher.collect(o.r), scanned]),
      ),
      [...o.imports, o.need, o.got],
    ),
    new Cypher.Call(
      new Cypher.Unwind([
        new Cypher.Case()
          .when(fewer)
          .then(slice(scanned, literal(0), o.need))
          .else(heaviest),
        each,
      ])
        .with(each)
        .orderBy(...ORDER_BY.WEIGHT_DESC(each))
        .return([Cypher.collect(each), o.rels]),
      [o.need, o.got, heaviest, scanned],
    ),
  ];
}

/** A statement's text with its name in a leading comment (logs, the benchmark's PROFILE report). */
export const named = (name: string, clause: Cypher.Clause) => `// ${name}\n${clause.build().cypher}\n`;

/**
 * Statements composed from parts (plans, projections), by a name of their parts. Clients choose
 * type sets and selections, so the names are many in principle though few in practice: the cache
 * is emptied past a bound.
 */
const composed = new Map<string, string>();
const MAX_COMPOSED = 1000;

export function composedStatement(name: string, compose: () => string): string {
  let statement = composed.get(name);
  if (!statement) {
    statement = compose();
    if (composed.size >= MAX_COMPOSED) composed.clear();
    composed.set(name, statement);
  }
  return statement;
}
