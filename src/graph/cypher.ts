/**
 * Every Cypher statement the product runs, by name. All values are parameters; labels and
 * relationship types are passed as parameters too and applied with Cypher's dynamic `$(…)` syntax
 * (Neo4j 5.26+), so no statement is ever built by string concatenation of user input.
 */

// ---------------------------------------------------------------------------------------------
// Loading the curated dataset. `origin` tells dataset rows from curated or synthetic ones, so a
// reload can remove what the dataset no longer contains without touching anything else.

export const UPSERT_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.kind)
`;

export const UPSERT_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
`;

export const UPSERT_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MERGE (c:Claim {id: row.id})
SET c = row.props
MERGE (c)-[:ABOUT]->(s)
`;

export const DELETE_STALE_NODES = `
MATCH (n:Entity {origin: $origin}) WHERE NOT n.id IN $keep
DETACH DELETE n
`;

export const DELETE_STALE_CLAIMS = `
MATCH (c:Claim {origin: $origin}) WHERE NOT c.id IN $keep
DETACH DELETE c
`;

export const DELETE_STALE_RELATIONS = `
MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = $origin AND NOT r.id IN $keep
DELETE r
`;

// ---------------------------------------------------------------------------------------------
// Health and statistics.

export const HEALTH = `
CALL dbms.components() YIELD name, versions, edition
WITH name, versions[0] AS version, edition WHERE name = 'Neo4j Kernel'
CALL { MATCH (n) RETURN count(n) AS nodeCount }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN version, edition, nodeCount, relationshipCount
`;

export const COUNT_BY_LABEL = `
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label
`;

export const COUNT_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type
`;

// ---------------------------------------------------------------------------------------------
// Reading. Fragments below are constants composed into statements, never user input.

/** A node as a map: its properties plus `nodeKind`, the kind label. */
const node = (v: string) => `${v} {.*, nodeKind: [l IN labels(${v}) WHERE l <> 'Entity'][0]}`;

/** A relationship as a map: its properties, type and the ids of both ends. */
const relationWithEndIds = (r: string) =>
  `${r} {.*, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id}`;

/**
 * A relationship with copies of both end nodes, for answers that do not list the nodes themselves
 * (pages of relations). Subgraphs and paths list their nodes, so their relations carry end ids only
 * and the repository joins them: no node (an article's whole text) is sent twice.
 */
const relation = (r: string) =>
  `${r} {.*, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id,
     source: [s IN [startNode(${r})] | ${node('s')}][0],
     target: [t IN [endNode(${r})] | ${node('t')}][0]}`;

/**
 * Date window on one relationship. validFrom/validTo are full ISO dates computed at load time
 * (a partial date covers its whole year or month); undated relations pass only when asked, and
 * relations an editor retracted only when asked too. Each test looks at the window first, so without
 * a window no date property of the relationship is read.
 */
const inWindow = (r: string, w: string) => `(
  (${w}.since IS NULL OR ${r}.validTo IS NULL OR ${r}.validTo >= ${w}.since)
  AND (${w}.until IS NULL OR ${r}.validFrom IS NULL OR ${r}.validFrom <= ${w}.until)
  AND ((${w}.since IS NULL AND ${w}.until IS NULL) OR ${w}.includeUndated OR ${r}.validFrom IS NOT NULL)
  AND (${w}.includeRetracted OR ${r}.retractedAt IS NULL)
)`;

/**
 * Nodes by id; an id merged into another node resolves to it. A merge moves the redirects pointing
 * at the merged node too, so a redirect is always one hop from the live node.
 */
export const NODES_BY_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (direct:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(target:Entity)
WITH id, coalesce(direct, target) AS n, direct IS NULL AS redirected
WHERE n IS NOT NULL
RETURN id, n {.*, nodeKind: [l IN labels(n) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node
`;

/** One relation by id, looked up from the node it started at (or the node that one merged into). */
export const RELATION_BY_ID = `
CALL () {
  MATCH (a:Entity {id: $from}) RETURN a
  UNION
  MATCH (:Redirect {id: $from})-[:MERGED_INTO]->(a:Entity) RETURN a
}
MATCH (a)-[r]-() WHERE r.id = $id
RETURN ${relation('r')} AS relation
LIMIT 1
`;

/**
 * Pages of relations for many (node, types, direction, filter) keys in one round trip: the batch
 * behind every typed relation field, so nested selections cost one query per level.
 */
export const RELATION_PAGES = `
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(o)
  WHERE type(r) IN key.types
    AND (key.direction IS NULL
         OR (key.direction = 'OUTGOING' AND startNode(r) = n)
         OR (key.direction = 'INCOMING' AND endNode(r) = n))
    AND (key.article IS NULL OR r.article = key.article)
    AND (key.platform IS NULL OR EXISTS { (o)-[:ON_PLATFORM]->(:Entity {id: key.platform}) })
    AND ${inWindow('r', 'key')}
  WITH r, coalesce(r.date, r.start, '') AS d
  ORDER BY
    CASE key.orderBy WHEN 'WEIGHT_DESC' THEN coalesce(r.weight, -1) ELSE 0 END DESC,
    CASE key.orderBy WHEN 'DATE_ASC' THEN CASE d WHEN '' THEN '9999' ELSE d END ELSE '' END ASC,
    CASE key.orderBy WHEN 'DATE_ASC' THEN '' ELSE d END DESC,
    r.id
  RETURN collect(r) AS rels
}
RETURN key.key AS key, n IS NOT NULL AS found, size(rels) AS total,
       [r IN rels[key.offset..key.offset + key.first] | ${relation('r')}] AS items
`;

/** The WEIGHT_DESC order of RELATION_PAGES: heaviest first, then latest, then by id. */
const heaviestFirst = (r: string) =>
  `coalesce(${r}.weight, -1) DESC, coalesce(${r}.date, ${r}.start, '') DESC, ${r}.id`;

/**
 * Pages of the heaviest incoming AMPLIFIES (amplifiers by reported figure, no date window, article
 * or platform filter): the same answer as RELATION_PAGES, planned for hubs. A node amplified by a
 * large share of all accounts (degree² > $need × all AMPLIFIES, both from the count store) walks the
 * `amplifies_weight` index from the top, which finds its heaviest relations after about
 * need × all / degree entries instead of reading all of them; then every relation at least as heavy
 * as the lightest one kept is read again from the index, so ties at the cut sort as RELATION_PAGES
 * sorts them. Other nodes, and hubs with too few weighted relations, read their relations and keep
 * the top $need. `totalCount` is the degree minus the retracted ones, found through the small
 * `amplifies_retracted` index. $need is the largest offset + first of the batch (LIMIT takes no
 * per-row value).
 */
export const TOP_AMPLIFIERS_PAGES = `
UNWIND $keys AS key
OPTIONAL MATCH (t:Entity {id: key.id})
WITH key, t, key.offset + key.first AS need, COUNT { (t)<-[:AMPLIFIES]-() } AS degree
CALL (t, key) {
  OPTIONAL MATCH ()-[x:AMPLIFIES]->(t) USING INDEX x:AMPLIFIES(retractedAt)
  WHERE x.retractedAt IS NOT NULL AND NOT key.includeRetracted
  RETURN count(x) AS hidden
}
WITH key, t, need, degree, hidden, degree * degree > need * COUNT { ()-[:AMPLIFIES]->() } AS hub
CALL (t, key, hub) {
  MATCH ()-[r:AMPLIFIES]->(t) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= CASE WHEN hub THEN -1.0e300 ELSE 1.0e300 END
    AND (key.includeRetracted OR r.retractedAt IS NULL)
  WITH r ORDER BY r.weight DESC LIMIT toInteger($need)
  RETURN collect(r.weight) AS weights
}
WITH key, t, need, degree, hidden, weights[..need][-1] AS floor, size(weights[..need]) AS got
CALL (t, key, floor) {
  MATCH ()-[r:AMPLIFIES]->(t) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= coalesce(floor, 1.0e300) AND (key.includeRetracted OR r.retractedAt IS NULL)
  RETURN collect(r) AS heaviest
}
CALL (t, key, need, got) {
  UNWIND CASE WHEN got < need THEN [t] ELSE [] END AS x
  MATCH ()-[r:AMPLIFIES]->(x) WHERE key.includeRetracted OR r.retractedAt IS NULL
  WITH r ORDER BY ${heaviestFirst('r')} LIMIT toInteger($need)
  RETURN collect(r) AS scanned
}
CALL (need, got, heaviest, scanned) {
  UNWIND CASE WHEN got < need THEN scanned[..need] ELSE heaviest END AS r
  WITH r ORDER BY ${heaviestFirst('r')}
  RETURN collect(r) AS rels
}
RETURN key.key AS key, t IS NOT NULL AS found, degree - hidden AS total,
       [r IN rels[key.offset..key.offset + key.first] | ${relation('r')}] AS items
`;

/** Full-text hits, best first; every hit is counted, only the page's nodes are read. */
export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n, score
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
WITH n, score ORDER BY score DESC, n.id
WITH collect({n: n, score: score}) AS hits
RETURN size(hits) AS total,
       [h IN hits[$offset..$offset + $first] | {node: [n IN [h.n] | ${node('n')}][0], score: h.score}] AS items
`;

/** Paths the first phase of SHORTEST_PATHS keeps before checking windows and retractions. */
const UNFILTERED_PATHS = 1000;

/**
 * Shortest paths; the hop bound is a parameter checked on the result (patterns need literals).
 * Reading every relationship's dates and retraction during the search doubles its cost, while
 * retracted or out-of-window relations are rare; so the search first runs on relation types only
 * and the window is checked on the paths it found. Those are all the shortest paths (up to
 * ${UNFILTERED_PATHS}): if some pass, the shortest passing paths have that length and are exactly these.
 * Only when none pass (or too few passed out of a capped list) does a second search apply the window
 * on every hop, to find longer paths around the excluded relations.
 */
export const SHORTEST_PATHS = `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  WITH p LIMIT ${UNFILTERED_PATHS}
  RETURN collect(p) AS unfiltered
}
WITH a, b, unfiltered,
     [p IN unfiltered WHERE length(p) <= $maxHops
                        AND all(r IN relationships(p) WHERE ${inWindow('r', '$window')})] AS passing
CALL (a, b, unfiltered, passing) {
  UNWIND CASE
    WHEN size(passing) >= $limit OR size(unfiltered) = 0 THEN []
    WHEN size(passing) = 0 OR size(unfiltered) = ${UNFILTERED_PATHS} THEN [true]
    ELSE [] END AS again
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types AND ${inWindow('r', '$window')})
  WITH p WHERE length(p) <= $maxHops
  WITH p LIMIT toInteger($limit)
  RETURN collect(p) AS searched
}
UNWIND CASE WHEN size(searched) > 0 THEN searched ELSE passing[..$limit] END AS p
RETURN [n IN nodes(p) | ${node('n')}] AS nodes,
       [r IN relationships(p) | ${relationWithEndIds('r')}] AS relations
`;

/**
 * Ego network, one hop at a time so each level is de-duplicated before the next expands. Each hop
 * stops at $limit distinct nodes: a hop that is cut already fills the answer, which is then
 * `truncated`, so nothing beyond the limit is ever read.
 */
export const NEIGHBOURHOOD = `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m) WHERE type(r) IN $types AND ${inWindow('r', '$window')}
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l1
}
CALL (c, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS x
  MATCH (x)-[r]-(m) WHERE type(r) IN $types AND m <> c AND ${inWindow('r', '$window')}
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l2
}
CALL (c, l2) {
  UNWIND CASE WHEN $depth >= 3 THEN l2 ELSE [] END AS x
  MATCH (x)-[r]-(m) WHERE type(r) IN $types AND m <> c AND ${inWindow('r', '$window')}
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l3
}
WITH c, l1 + l2 + l3 AS reached
UNWIND [c] + reached AS x
WITH collect(DISTINCT x) AS reachable
WITH reachable[..$limit] AS ns, size(reachable) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y) WHERE y IN ns AND type(r) IN $types AND ${inWindow('r', '$window')}
  RETURN collect(r) AS rs
}
RETURN [n IN ns | ${node('n')}] AS nodes, [r IN rs | ${relationWithEndIds('r')}] AS relations, truncated
`;

export const TIMELINE = `
MATCH (n:Entity {id: $id})-[r]-(o)
WHERE type(r) <> 'MENTIONS' AND ${inWindow('r', '$window')}
WITH r, o, coalesce(r.date, r.start, o.date) AS d
WHERE d IS NOT NULL
RETURN d AS date, ${relation('r')} AS relation, ${node('o')} AS other
ORDER BY d, r.id
`;

/** Articles citing a node, with every passage of each (mention excerpts and relation evidence). */
export const ARTICLES_MENTIONING = `
MATCH (n:Entity {id: $id})-[r]-()
WHERE r.article IS NOT NULL AND r.retractedAt IS NULL
WITH r.article AS articleId, collect(DISTINCT r.excerpt) AS passages
MATCH (a:Article {id: articleId})
WITH a, passages ORDER BY a.date DESC, a.id
WITH collect({article: ${node('a')}, passages: passages}) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS items
`;

/** Property claims and functional relations (one value expected) of many nodes. */
export const CLAIMS_ABOUT = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (c:Claim)-[:ABOUT]->(n)
  RETURN collect(c {.*}) AS claims
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]->() WHERE type(r) IN $functional AND r.retractedAt IS NULL
  RETURN collect(${relation('r')}) AS relations
}
RETURN id, claims, relations
`;
