/**
 * Every Cypher statement the product runs, by name. All values are parameters; labels and
 * relationship types are passed as parameters too and applied with Cypher's dynamic `$(…)` syntax
 * (Neo4j 5.26+), so no statement is ever built by string concatenation of user input. The one
 * exception is by design: pages of relations of a few types name those types in their pattern (a
 * typed expansion is what makes them fast), and the names come from the model, checked against it.
 */
import {
  RELATIONS,
  RELATION_TYPES,
  type RelationProperty,
  type RelationSpec,
  type RelationType,
} from '../data/model.js';
import { MAX_HOPS } from './limits.js';

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

/**
 * Nodes data/ no longer has. One an editor changed, or that holds an editor's relation or claim, is
 * kept (becoming the editor's), so no acknowledged edit disappears with it.
 */
export const DELETE_STALE_NODES = `
MATCH (n:Entity {origin: $origin}) WHERE NOT n.id IN $keep
CALL (n) {
  WITH n WHERE n.updatedBy IS NOT NULL
     OR EXISTS { (n)-[r]-() WHERE r.origin = 'curation' }
     OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE c.origin = 'curation' }
  SET n.origin = 'curation'
  RETURN count(*) AS kept
}
WITH n WHERE n.origin = $origin
DETACH DELETE n
`;

/** What curation left on the nodes and relations a load is about to write (src/data/compose.ts). */
export const EDITOR_OVERLAYS = `
// EDITOR_OVERLAYS
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  WHERE n.origin <> $origin OR n.updatedBy IS NOT NULL OR n.createdBy IS NOT NULL OR n.hasRetractions
  RETURN collect({id: id, props: properties(n)}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WHERE r.origin = $origin AND (r.updatedBy IS NOT NULL OR r.retractedAt IS NOT NULL)
  RETURN collect({id: r.id, props: properties(r)}) AS relations
}
CALL () {
  MATCH (r:Redirect)-[:MERGED_INTO]->(k:Entity)
  RETURN collect({id: r.id, target: k.id}) AS redirects
}
RETURN nodes, relations, redirects
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
CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL { MATCH (c:Claim) RETURN count(c) AS claims }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN version, edition, entities + claims AS nodeCount, relationshipCount
`;

/** Readiness: the cheapest statement that needs the database to answer. */
export const PING = `RETURN 1 AS ok`;

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
/**
 * A node as a map without an article's full text, which answers listing many nodes would otherwise
 * carry for nothing (the API reads it by id when a client selects it: Article.text). NODES_BY_IDS returns whole nodes.
 */
const node = (v: string) => `${v} {.*, text: null, nodeKind: [l IN labels(${v}) WHERE l <> 'Entity'][0]}`;

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
 * The node id expression `id` names now: the node with that id, or the one it was merged into (a
 * merge moves the redirects pointing at the merged node too, so a redirect is always one hop from the
 * live node). Binds `<v>Direct` (null for a merged id) and `<v>Merged`; `currentNode(v)` is the
 * node, null when no node answers to the id.
 */
export const matchCurrentNode = (id: string, v: string) => `OPTIONAL MATCH (${v}Direct:Entity {id: ${id}})
OPTIONAL MATCH (:Redirect {id: ${id}})-[:MERGED_INTO]->(${v}Merged:Entity)`;
export const currentNode = (v: string) => `coalesce(${v}Direct, ${v}Merged)`;

/** Nodes by id; an id merged into another node resolves to it. */
export const NODES_BY_IDS = `
UNWIND $ids AS id
${matchCurrentNode('id', 'n')}
WITH id, ${currentNode('n')} AS n, nDirect IS NULL AS redirected
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

// ---------------------------------------------------------------------------------------------
// Pages of relations: the batch behind every relation field (and amplifiers), one round trip per
// level of a GraphQL selection. Each key is served by the plan the repository chose for it; the
// statement is composed from the plans present in the batch (one UNION branch per plan).

/** How one page of relations is read (chosen per key by the repository). */
export type RelationPagePlan =
  /** Any filter: every relation of the node is read and tested (dates, article, platform). */
  | { kind: 'filtered'; orderBy: RelationOrder }
  /** Relations of one type whose reference property names the node (an event's invitations). */
  | { kind: 'referenced'; type: RelationType; property: RelationProperty; orderBy: RelationOrder }
  /** Heaviest incoming AMPLIFIES without filters: planned for hubs (see topAmplifiersPages). */
  | { kind: 'topAmplifiers'; includeRetracted: boolean }
  /** A few types, no filter: typed expansion, top-N sort, total from the degree store. */
  | {
      kind: 'typed';
      types: readonly RelationType[];
      direction: Direction;
      orderBy: RelationOrder;
      includeRetracted: boolean;
    };

export type RelationOrder = 'WEIGHT_DESC' | 'DATE_ASC' | 'DATE_DESC';

/** The order of each RelationOrder; ties always end on the relation id, so pages are stable. */
/** `dateKey`: the date a relation sorts at, stored when it is written (src/data/dates.ts, relationTime). */
const ORDER_BY: Record<RelationOrder, (r: string) => string> = {
  WEIGHT_DESC: (r) => `coalesce(${r}.weight, -1) DESC, coalesce(${r}.dateKey, '') DESC, ${r}.id`,
  DATE_DESC: (r) => `coalesce(${r}.dateKey, '') DESC, ${r}.id`,
  // Undated relations last.
  DATE_ASC: (r) => `coalesce(${r}.dateKey, '9999') ASC, ${r}.id`,
};

/**
 * The page of a sorted list of relations `rels`, as the repository reads it, with the name of the
 * plan that produced it (`plan`, a Cypher expression) so traces show what actually ran.
 */
const pageRow = (found: string, total: string, plan: string) =>
  `RETURN key.key AS k, ${plan} AS plan, ${found} AS found, ${total} AS total,
       [r IN rels[key.offset..key.offset + key.first] | ${relation('r')}] AS items`;

/** A plan name as a Cypher string literal (names are built from model names and fixed words). */
function planLiteral(plan: RelationPagePlan): string {
  const name = planName(plan);
  if (!/^[A-Za-z_:|]+$/.test(name)) throw new Error(`unexpected plan name: ${name}`);
  return `'${name}'`;
}

/** Filtered plan: every relation of the node, tested against the key's filters. */
const filteredPages = (orderBy: RelationOrder) => `
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n, key) {
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
}
${pageRow('n IS NOT NULL', 'size(rels)', planLiteral({ kind: 'filtered', orderBy }))}`;

type Direction = 'OUTGOING' | 'INCOMING' | null;

/**
 * Referenced plan: the relations of one type whose reference property holds the node's id, found
 * through that property's index (INVITED.event: invited_event). Type and property come from the
 * model's `listedOn`, checked against it, so naming them in the pattern is safe.
 */
function referencedPages(plan: Extract<RelationPagePlan, { kind: 'referenced' }>): string {
  const listed = (RELATIONS[plan.type] as RelationSpec | undefined)?.listedOn;
  if (listed?.property !== plan.property)
    throw new Error(`${plan.type}.${plan.property} is not listed on its node`);
  return `
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH ()-[r:${plan.type}]->() WHERE r.${plan.property} = key.id
    AND (key.article IS NULL OR key.article IN coalesce(r.sourceArticles, [r.article]))
    AND ${inWindow('r', 'key')}
  WITH r ORDER BY ${ORDER_BY[plan.orderBy]('r')}
  RETURN collect(r) AS rels
}
${pageRow('n IS NOT NULL', 'size(rels)', planLiteral(plan))}`;
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
 * amplified by a large share of all accounts (degree² > $need × all AMPLIFIES, both from the count
 * store) walks the `amplifies_weight` index from the top, which finds its heaviest relations after
 * about need × all / degree entries instead of reading all of them; then every relation at least as
 * heavy as the lightest one kept is read again from the index, so ties at the cut sort as everywhere
 * else. Other nodes, and hubs with too few weighted relations, read their relations and keep the top
 * $need. $need is the largest offset + first of the batch (LIMIT takes no per-row value).
 */
const topAmplifiersPages = (includeRetracted: boolean) => `
OPTIONAL MATCH (n:Entity {id: key.id})
${hiddenCount(['AMPLIFIES'], 'INCOMING', includeRetracted)}
WITH key, n, hidden, key.offset + key.first AS need, COUNT { (n)<-[:AMPLIFIES]-() } AS degree
WITH key, n, hidden, need, degree, degree * degree > need * COUNT { ()-[:AMPLIFIES]->() } AS hub
CALL (n, hidden, hub) {
  MATCH ()-[r:AMPLIFIES]->(n) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= CASE WHEN hub THEN -1.0e300 ELSE 1.0e300 END AND ${shown('r')}
  WITH r ORDER BY r.weight DESC LIMIT toInteger($need)
  RETURN collect(r.weight) AS weights
}
WITH key, n, hidden, need, degree, weights[..need][-1] AS floor, size(weights[..need]) AS got
CALL (n, hidden, floor) {
  MATCH ()-[r:AMPLIFIES]->(n) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= coalesce(floor, 1.0e300) AND ${shown('r')}
  RETURN collect(r) AS heaviest
}
CALL (n, hidden, need, got) {
  UNWIND CASE WHEN got < need THEN [n] ELSE [] END AS x
  MATCH ()-[r:AMPLIFIES]->(x) WHERE ${shown('r')}
  WITH r ORDER BY ${ORDER_BY.WEIGHT_DESC('r')} LIMIT toInteger($need)
  RETURN collect(r) AS scanned
}
CALL (need, got, heaviest, scanned) {
  UNWIND CASE WHEN got < need THEN scanned[..need] ELSE heaviest END AS r
  WITH r ORDER BY ${ORDER_BY.WEIGHT_DESC('r')}
  RETURN collect(r) AS rels
}
${pageRow(
  'n IS NOT NULL',
  'degree - hidden',
  // Which way the heaviest were found: from the top of the weight index, or by reading them all.
  `${planLiteral({ kind: 'topAmplifiers', includeRetracted })} + CASE WHEN got < need THEN ':scan' ELSE ':index' END`,
)}`;

/**
 * Typed plan: only the node's relations of these types are read (a dense node keeps them apart by
 * type), sorted for the top $need only, and counted from the degree store. Retracted relations are
 * few: they are found through each type's retractedAt index, subtracted from the count, and only
 * when the node has some are the relations' retraction properties read at all.
 */
function typedPages(plan: Extract<RelationPagePlan, { kind: 'typed' }>): string {
  for (const t of plan.types)
    if (!RELATION_TYPES.includes(t)) throw new Error(`not a relation type of the model: ${t}`);
  const [l, r] = ARROWS[plan.direction ?? 'BOTH'];
  const types = plan.types.join('|');
  return `
OPTIONAL MATCH (n:Entity {id: key.id})
${hiddenCount(plan.types, plan.direction, plan.includeRetracted)}
CALL (n, hidden) {
  MATCH (n)${l}[r:${types}]${r}()
  WHERE ${shown('r')}
  WITH r ORDER BY ${ORDER_BY[plan.orderBy]('r')} LIMIT toInteger($need)
  RETURN collect(r) AS rels
}
${pageRow('n IS NOT NULL', `COUNT { (n)${l}[:${types}]${r}() } - hidden`, planLiteral(plan))}`;
}

function planBody(plan: RelationPagePlan): string {
  if (plan.kind === 'filtered') return filteredPages(plan.orderBy);
  if (plan.kind === 'topAmplifiers') return topAmplifiersPages(plan.includeRetracted);
  if (plan.kind === 'referenced') return referencedPages(plan);
  return typedPages(plan);
}

/** A stable name for a plan: keys with equal names share a branch of the statement. */
export const planName = (plan: RelationPagePlan): string => Object.values(plan).flat().join(':');

/**
 * Composed statements by plan names. Clients choose type sets, so the combinations are many in
 * principle though few in practice: the cache is emptied when it grows past a bound.
 */
const composed = new Map<string, string>();
const MAX_COMPOSED = 1000;

/**
 * RELATION_PAGES for a batch whose keys use these plans (distinct, in order; key.plan is the
 * index): one statement, one round trip. Statements are cached by their plans.
 */
export function relationPages(plans: readonly RelationPagePlan[]): string {
  const name = plans.map(planName).join(' + ');
  let statement = composed.get(name);
  if (!statement) {
    const branches = plans.map((plan, i) => `WITH key WHERE key.plan = ${i}\n${planBody(plan).trim()}`);
    // The leading comment names the statement in logs and in the benchmark's PROFILE report.
    statement = `// RELATION_PAGES ${name}
UNWIND $keys AS key
CALL (key) {
${branches.join('\nUNION ALL\n')}
}
RETURN k AS key, plan, found, total, items
`;
    if (composed.size >= MAX_COMPOSED) composed.clear();
    composed.set(name, statement);
  }
  return statement;
}

/**
 * Search candidates: the full-text index's best $candidates hits (names, aliases, handles,
 * addresses), without an article's text. The repository scores them (./search-rank.ts), which
 * Lucene's scores, not comparable between queries, cannot do.
 */
export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n, score
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
WITH n, score ORDER BY score DESC, n.id LIMIT toInteger($candidates)
RETURN collect(${node('n')}) AS candidates
`;

/**
 * Passage candidates: relations whose evidence matches (each with its sources), claims whose
 * excerpt matches (with the node they are about), and the articles whose text matches or that those
 * cite, with their text. ./passage-rank.ts keeps and orders the passages.
 */
export const PASSAGES = `
CALL () {
  CALL db.index.fulltext.queryRelationships($excerptIndex, $lucene) YIELD relationship AS r, score
  WHERE r.retractedAt IS NULL
  WITH r, score ORDER BY score DESC LIMIT toInteger($candidates)
  RETURN collect(${relation('r')}) AS relations
}
CALL () {
  CALL db.index.fulltext.queryNodes($claimIndex, $lucene) YIELD node AS c, score
  WITH c, score ORDER BY score DESC LIMIT toInteger($candidates)
  MATCH (c)-[:ABOUT]->(s:Entity)
  RETURN collect(c {.*, subjectNode: ${node('s')}}) AS claims
}
CALL (relations, claims) {
  CALL db.index.fulltext.queryNodes($articleIndex, $lucene) YIELD node AS a, score
  WITH a, score ORDER BY score DESC LIMIT toInteger($articles)
  RETURN a
  UNION
  UNWIND reduce(ids = [c IN claims | c.article], x IN relations | ids + coalesce(x.sourceArticles, [x.article])) AS id
  MATCH (a:Article {id: id})
  RETURN a
}
RETURN relations, claims, collect(a {.*, nodeKind: 'Article'}) AS articles
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
 * on every hop, to find longer paths around the excluded relations. The statement also resolves both
 * ids (merged ids included) and returns what they resolved to, so NOT_FOUND costs no second read.
 */
export const SHORTEST_PATHS = `
// SHORTEST_PATHS
${matchCurrentNode('$from', 'a')}
${matchCurrentNode('$to', 'b')}
WITH ${currentNode('a')} AS a, ${currentNode('b')} AS b
CALL (a, b) {
  // Both ends resolved and distinct (an id merged into the other is no path), else no paths.
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  CALL (a, b) {
    MATCH p = allShortestPaths((a)-[*..${MAX_HOPS}]-(b))
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
    MATCH p = allShortestPaths((a)-[*..${MAX_HOPS}]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) IN $types AND ${inWindow('r', '$window')})
    WITH p WHERE length(p) <= $maxHops
    WITH p LIMIT toInteger($limit)
    RETURN collect(p) AS searched
  }
  UNWIND CASE WHEN size(searched) > 0 THEN searched ELSE passing[..$limit] END AS p
  RETURN collect({
    nodes: [n IN nodes(p) | ${node('n')}],
    relations: [r IN relationships(p) | ${relationWithEndIds('r')}]
  }) AS paths
}
RETURN a.id AS fromId, b.id AS toId, paths
`;

/**
 * Ego network, one hop at a time so each level is de-duplicated before the next expands. Each hop
 * stops at $limit distinct nodes: a hop that is cut already fills the answer, which is then
 * `truncated`, so nothing beyond the limit is ever read. The relations among the kept nodes are cut
 * at $maxRelations (by id, so the cut is stable), which bounds the answer for demand control.
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
  WITH r ORDER BY r.id
  RETURN collect(r) AS rs
}
RETURN [n IN ns | ${node('n')}] AS nodes,
       [r IN rs[..$maxRelations] | ${relationWithEndIds('r')}] AS relations,
       truncated OR size(rs) > $maxRelations AS truncated
`;

/**
 * A node's dated relations in order. The id is resolved here (a merged id reads from the node it was
 * merged into) and `found` says whether any node answers to it, so the timeline, its NOT_FOUND and
 * its redirect cost one read, consistent with itself.
 */
export const TIMELINE = `
// TIMELINE
${matchCurrentNode('$id', 'n')}
WITH ${currentNode('n')} AS n
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE type(r) <> 'MENTIONS' AND ${inWindow('r', '$window')}
  WITH r, o, coalesce(r.dateKey, o.date) AS d
  WHERE d IS NOT NULL
  WITH r, o, d ORDER BY d, r.id LIMIT toInteger($limit)
  RETURN collect({date: d, relation: ${relation('r')}, other: ${node('o')}}) AS entries
}
RETURN n IS NOT NULL AS found, entries
`;

/**
 * Whether a node's partial ISO `date` overlaps window `w` (full ISO bounds, see data/dates.ts): as a
 * string a partial date sorts before every full date it covers, and with '~' appended after them,
 * so it is its own lower bound and, suffixed, its upper bound.
 */
const dateInWindow = (d: string, w: string) => `(
  CASE WHEN ${d} IS NULL THEN (${w}.since IS NULL AND ${w}.until IS NULL) OR ${w}.includeUndated
  ELSE (${w}.since IS NULL OR ${d} + '~' >= ${w}.since) AND (${w}.until IS NULL OR ${d} <= ${w}.until) END
)`;

/**
 * Articles, newest first (undated last): every article, or with $id those citing the node, with
 * every passage of each (mention excerpts and relation evidence: every source of a relation several
 * articles state); filtered by outlet (folded, contained), language and publication date.
 */
export const ARTICLES = `
CALL () {
  UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS all
  MATCH (a:Article)
  RETURN a, [] AS passages
  UNION ALL
  MATCH (n:Entity {id: $id})-[r]-()
  WHERE r.article IS NOT NULL AND r.retractedAt IS NULL
  WITH coalesce(r.sourceArticles, [r.article]) AS articles, coalesce(r.sourceExcerpts, [r.excerpt]) AS excerpts
  UNWIND range(0, size(articles) - 1) AS i
  WITH articles[i] AS articleId, collect(DISTINCT excerpts[i]) AS passages
  MATCH (a:Article {id: articleId})
  RETURN a, passages
}
WITH a, passages
WHERE ($outlet IS NULL OR a.outletFolded CONTAINS $outlet)
  AND ($language IS NULL OR a.language = $language)
  AND ${dateInWindow('a.date', '$window')}
WITH a, passages ORDER BY coalesce(a.date, '') DESC, a.id
WITH collect({article: ${node('a')}, passages: passages}) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS items
`;

/** Events whose date overlaps the window, oldest first (undated last). */
export const EVENTS = `
MATCH (e:Event)
WHERE ${dateInWindow('e.date', '$window')}
WITH e ORDER BY coalesce(e.date, '9999') ASC, e.id
WITH collect(${node('e')}) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS items
`;

/**
 * The corpus's dated relations in order (article mentions left out): by the relation's own date,
 * else the date of the event or article at its end; `other` is the target.
 */
export const CORPUS_TIMELINE = `
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS' AND ${inWindow('r', '$window')}
WITH r, o, coalesce(r.dateKey, o.date) AS d
WHERE d IS NOT NULL
RETURN d AS date, ${relation('r')} AS relation, ${node('o')} AS other
ORDER BY d, r.id
LIMIT toInteger($limit)
`;

/**
 * Every AMPLIFIES of the corpus, largest figure first, filtered by the amplifier's platform, the
 * target's kind and the metric; one page of them.
 */
export const AMPLIFICATION = `
MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity)
WHERE ($metric IS NULL OR r.metric = $metric)
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  AND ($platform IS NULL OR EXISTS { (a)-[:ON_PLATFORM]->(:Entity {id: $platform}) })
  AND ${inWindow('r', '$window')}
WITH r ORDER BY ${ORDER_BY.WEIGHT_DESC('r')}
WITH collect(r) AS rels
RETURN size(rels) AS total, [r IN rels[$offset..$offset + $first] | ${relation('r')}] AS items
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
