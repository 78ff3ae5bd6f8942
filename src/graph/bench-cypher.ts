/**
 * Cypher used only by the benchmarks (bench/): the bulk load of the synthetic graph and the
 * hand-written "floor" queries the API is compared with. Same rules as ./cypher.ts: named,
 * parameterised, relationship types applied with `$(…)`, never concatenated.
 */

/**
 * Bulk creation of relations into the empty benchmark store. Ids are unique by construction, so
 * CREATE replaces the product's MERGE (UPSERT_RELATIONS): on a store without statistics the planner
 * gives that dynamic-type MERGE a scan of all relationships per row, which turns a load of millions
 * of relations quadratic. Same rows (toGraphRows), same properties.
 */
export const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
`;

// ---------------------------------------------------------------------------------------------
// The floor: for each journalist question, the query one would write by hand for exactly that
// question (static relationship types, LIMIT pushed down, counts from the degree store), returning
// the same fields the API is asked for. Measured through the driver, without HTTP or GraphQL.

/**
 * Top-N amplifiers of an actor by reported figure, with the total (from the degree store). The
 * plan adapts to the actor's degree: for a hub, walking the AMPLIFIES weight index from the top and
 * keeping the hub's relations finds N of them after about N × (all AMPLIFIES / degree) entries,
 * which beats reading every one of its relations once degree² > N × all AMPLIFIES (the count of
 * all AMPLIFIES comes from the count store). Ties on weight may order differently between the two.
 */
export const RAW_TOP_AMPLIFIERS = `
MATCH (t:Entity {id: $id})
WITH t, COUNT { (t)<-[:AMPLIFIES]-() } AS total, COUNT { ()-[:AMPLIFIES]->() } AS all
CALL (t, total, all) {
  // Not a hub: the range starts above every figure, so the index seek returns nothing at once.
  MATCH (a)-[r:AMPLIFIES]->(t) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= CASE WHEN total * total > $first * all THEN 0 ELSE 1.0e300 END
  WITH r, a ORDER BY r.weight DESC LIMIT $first
  RETURN r, a
  UNION
  UNWIND CASE WHEN total * total > $first * all THEN [] ELSE [t] END AS x
  MATCH (x)<-[r:AMPLIFIES]-(a)
  WITH r, a ORDER BY r.weight DESC, r.id LIMIT $first
  RETURN r, a
}
WITH total, r, a ORDER BY r.weight DESC, r.id
RETURN total, collect({id: r.id, weight: r.weight, metric: r.metric, excerpt: r.excerpt,
                       other: {id: a.id, name: a.name}}) AS items
`;

/** Attendees of an event, each with a few of the accounts they own. */
export const RAW_EVENT_ATTENDEES = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[r:ATTENDED]-(p)
  WITH r, p ORDER BY r.id LIMIT $first
  CALL (p) {
    MATCH (p)-[o:OWNS_ACCOUNT]->(acc)
    WITH o, acc ORDER BY o.id LIMIT $accounts
    RETURN collect({id: acc.id, name: acc.name}) AS accounts
  }
  RETURN collect({id: r.id, excerpt: r.excerpt, other: {id: p.id, name: p.name, accounts: accounts}}) AS items
}
RETURN COUNT { (e)<-[:ATTENDED]-() } AS total, items
`;

/** Invitations sent by an organiser: guest, answer, reason and the event. */
export const RAW_INVITATIONS = `
MATCH (o:Entity {id: $id})
CALL (o) {
  MATCH (o)-[r:INVITED]->(g)
  WITH r, g ORDER BY r.id LIMIT $first
  OPTIONAL MATCH (ev:Entity {id: r.event})
  RETURN collect({id: r.id, response: r.response, reason: r.reason, excerpt: r.excerpt,
                  event: {id: ev.id, name: ev.name}, other: {id: g.id, name: g.name}}) AS items
}
RETURN COUNT { (o)-[:INVITED]->() } AS total, items
`;

/** Shortest paths over the relations between actors, types written out (as a person would). */
export const rawShortestPaths = (types: readonly string[]) => `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${types.join('|')}*..6]-(b))
WITH p LIMIT $limit
RETURN collect({nodes: [n IN nodes(p) | {id: n.id, name: n.name}],
                relations: [r IN relationships(p) | {id: r.id, type: type(r), excerpt: r.excerpt}]}) AS paths
`;

/**
 * Two-hop ego network capped at $limit nodes, with the relations among them. Each hop stops as soon
 * as it has $limit distinct nodes (LIMIT inside the subquery), instead of collecting every neighbour.
 */
export const RAW_NEIGHBOURHOOD = `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)--(m:Entity)
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS l1
}
CALL (c, l1) {
  UNWIND l1 AS x
  MATCH (x)--(m:Entity) WHERE m <> c
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS l2
}
WITH c, l1 + [m IN l2 WHERE NOT m IN l1] AS reached
WITH ([c] + reached)[..$limit] AS ns, size(reached) + 1 > $limit AS truncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y) WHERE y IN ns
  RETURN collect({id: r.id, type: type(r), source: x.id, target: y.id}) AS rels
}
RETURN [n IN ns | {id: n.id, name: n.name}] AS nodes, rels AS relations, truncated
`;

/** Full-text search restricted to one label, best first. */
export const RAW_SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
WHERE $label IN labels(node)
WITH node, score ORDER BY score DESC, node.id LIMIT $first
RETURN collect({id: node.id, name: node.name, score: score}) AS items
`;

/** The same statement with its execution profile (plan operators, rows, db hits) returned. */
export const profiled = (statement: string): string => `PROFILE ${statement}`;
