/**
 * Cypher fragments the named statements are composed of: constants and functions of the variable
 * names they are given, never of user input. Each takes the names it reads as arguments, so a
 * fragment never relies on what the statement around it happens to call its variables.
 */

/**
 * A node as a map without an article's full text, which answers listing many nodes would otherwise
 * carry for nothing (the API reads it by id when a client selects it: Article.text).
 */
export const node = (v: string) =>
  `${v} {.*, text: null, nodeKind: [l IN labels(${v}) WHERE l <> 'Entity'][0]}`;

/**
 * A whole node as NODES_BY_IDS returns it: every property (only `props` of them when given), its
 * kind and, when `redirected` (a boolean expression) holds, the id `id` it was asked for (a merged id).
 */
export const wholeNode = (
  v: string,
  redirected: string,
  id: string,
  props: readonly string[] | null = null,
) =>
  `${v} {${props ? mapProperties(props.filter((p) => p !== 'redirectedFrom')) : '.*'}, nodeKind: [l IN labels(${v}) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN ${redirected} THEN ${id} END}`;

const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/;

/** `.a, .b` for a map projection; the names come from the model and the schema, checked anyway. */
export function mapProperties(props: readonly string[]): string {
  for (const p of props) if (!PROPERTY.test(p)) throw new Error(`unexpected property name: ${p}`);
  return props.map((p) => `.${p}`).join(', ');
}

/** A node as `node()` maps it, with only `props` of its properties (null: all, an article's text aside). */
export const nodeWith = (v: string, props: readonly string[] | null) =>
  props ? `${v} {${mapProperties(props)}, nodeKind: [l IN labels(${v}) WHERE l <> 'Entity'][0]}` : node(v);

/** A relationship as a map: its properties (only `props` of them when given), type and the ids of both ends. */
export const relationWithEndIds = (r: string, props: readonly string[] | null = null) =>
  `${r} {${props ? mapProperties(props) : '.*'}, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id}`;

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

/**
 * A relationship with copies of both end nodes, for answers that do not list the nodes themselves
 * (pages of relations). Subgraphs and paths list their nodes, so their relations carry end ids only
 * and the repository joins them: no node (an article's whole text) is sent twice.
 */
export const relation = (r: string) =>
  `${r} {.*, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id,
     source: [s IN [startNode(${r})] | ${node('s')}][0],
     target: [t IN [endNode(${r})] | ${node('t')}][0]}`;

/**
 * Date window on one relationship. validFrom/validTo are full ISO dates computed at load time
 * (a partial date covers its whole year or month); undated relations pass only when asked, and
 * relations an editor retracted only when asked too. Each test looks at the window first, so without
 * a window no date property of the relationship is read.
 */
export const inWindow = (r: string, w: string) => `(
  (${w}.since IS NULL OR ${r}.validTo IS NULL OR ${r}.validTo >= ${w}.since)
  AND (${w}.until IS NULL OR ${r}.validFrom IS NULL OR ${r}.validFrom <= ${w}.until)
  AND ((${w}.since IS NULL AND ${w}.until IS NULL) OR ${w}.includeUndated OR ${r}.validFrom IS NOT NULL)
  AND (${w}.includeRetracted OR ${r}.retractedAt IS NULL)
)`;

/**
 * inWindow for a relationship `r` reached from node `at`: retracting a relation marks both its ends
 * (`hasRetractions`, src/graph/curation-cypher.ts), so at an unmarked node no relationship's
 * retraction is read, and without a window no relationship property is read at all — what a walk
 * over many relationships (the neighbourhood) costs without retractions nearby.
 */
export const inWindowAt = (r: string, w: string, at: string, dated = true) =>
  dated
    ? `(
  (${w}.since IS NULL OR ${r}.validTo IS NULL OR ${r}.validTo >= ${w}.since)
  AND (${w}.until IS NULL OR ${r}.validFrom IS NULL OR ${r}.validFrom <= ${w}.until)
  AND ((${w}.since IS NULL AND ${w}.until IS NULL) OR ${w}.includeUndated OR ${r}.validFrom IS NOT NULL)
  AND (${w}.includeRetracted OR ${at}.hasRetractions IS NULL OR ${r}.retractedAt IS NULL)
)`
    : `(${w}.includeRetracted OR ${at}.hasRetractions IS NULL OR ${r}.retractedAt IS NULL)`;

/**
 * The node id expression `id` names now: the node with that id, or the one it was merged into (a
 * merge moves the redirects pointing at the merged node too, so a redirect is always one hop from the
 * live node). Binds `<v>Direct` (null for a merged id) and `<v>Merged`; `currentNode(v)` is the
 * node, null when no node answers to the id.
 */
export const matchCurrentNode = (id: string, v: string) => `OPTIONAL MATCH (${v}Direct:Entity {id: ${id}})
OPTIONAL MATCH (:Redirect {id: ${id}})-[:MERGED_INTO]->(${v}Merged:Entity)`;
export const currentNode = (v: string) => `coalesce(${v}Direct, ${v}Merged)`;

export type RelationOrder = 'WEIGHT_DESC' | 'DATE_ASC' | 'DATE_DESC';

/**
 * The order of each RelationOrder; ties always end on the relation id, so pages are stable.
 * `dateKey`: the date a relation sorts at, stored when it is written (src/data/dates.ts, relationTime).
 */
export const ORDER_BY: Record<RelationOrder, (r: string) => string> = {
  WEIGHT_DESC: (r) => `coalesce(${r}.weight, -1) DESC, coalesce(${r}.dateKey, '') DESC, ${r}.id`,
  DATE_DESC: (r) => `coalesce(${r}.dateKey, '') DESC, ${r}.id`,
  // Undated relations last.
  DATE_ASC: (r) => `coalesce(${r}.dateKey, '9999') ASC, ${r}.id`,
};

/**
 * The end of a ranking by reported figure, once `floor` (the lightest of the heaviest `need`
 * relations found from the top of the `amplifies_weight` index, null when none) and `got` (how many
 * were found) are bound: every relation matching `pattern` (binding `r`) and `where` at least as
 * heavy as the floor is read again from the index, so ties at the cut sort as everywhere else; when
 * fewer than `need` have a figure, all of them are sorted instead, keeping the top `limit` (the
 * parameter expression `need` equals: LIMIT takes no variable). Binds `rels`, in ranking order.
 * `imports` are the variables `pattern` and `where` read.
 */
export function rankedByWeight(o: {
  imports: readonly string[];
  pattern: string;
  where: string;
  limit: string;
}): string {
  const vars = (...more: string[]) => [...o.imports, ...more].join(', ');
  return `CALL (${vars('floor')}) {
  MATCH ${o.pattern} USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= coalesce(floor, 1.0e300) AND ${o.where}
  RETURN collect(r) AS heaviest
}
CALL (${vars('need', 'got')}) {
  UNWIND CASE WHEN got < need THEN [1] ELSE [] END AS scan
  MATCH ${o.pattern}
  WHERE ${o.where}
  WITH r ORDER BY ${ORDER_BY.WEIGHT_DESC('r')} LIMIT toInteger(${o.limit})
  RETURN collect(r) AS scanned
}
CALL (need, got, heaviest, scanned) {
  UNWIND CASE WHEN got < need THEN scanned[..need] ELSE heaviest END AS r
  WITH r ORDER BY ${ORDER_BY.WEIGHT_DESC('r')}
  RETURN collect(r) AS rels
}`;
}
