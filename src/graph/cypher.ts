/**
 * Every Cypher statement the product runs, by name. All values are parameters; labels and
 * relationship types are passed as parameters too and applied with Cypher's dynamic `$(…)` syntax
 * (Neo4j 5.26+), so no statement is ever built by string concatenation of user input. The one
 * exception is by design: pages of relations of a few types name those types in their pattern (a
 * typed expansion is what makes them fast), and the names come from the model, checked against it.
 * The fragments they share are @neo4j/cypher-builder expressions (./cypher-fragments.ts), written into
 * each statement's text by `statement` (./cypher-text.ts).
 */
import Cypher from '@neo4j/cypher-builder';
import {
  composedStatement,
  currentNode,
  extrasName,
  holds,
  inWindow,
  inWindowAt,
  NO_EXTRAS,
  NO_NODE_EXTRAS,
  nodeExtras,
  nodeMap,
  articleMap,
  raw,
  rankedByWeight,
  readsNodeExtras,
  relationExtras,
  relationMap,
  relationWithEndIds,
  wholeNode,
  type NodeExtras,
  type RelationExtras,
} from './cypher-fragments.js';
import { node, param, relationship, statement, variable } from './cypher-text.js';
import { readsAt, readsName, type PageShape } from './relation-pages-cypher.js';
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
// HEALTH
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
// Reading (fragments: ./cypher-fragments.ts; pages of relations: ./relation-pages-cypher.ts).

/** Names the reading statements below give their variables and parameters. */
const window = param('window');
const [r, n, o] = [relationship('r'), node('n'), node('o')];

/** Nodes by id; an id merged into another node resolves to it. */
export const NODES_BY_IDS = (() => {
  const id = variable('id');
  const current = currentNode(id, node('direct'), node('merged'));
  return statement`
// NODES_BY_IDS
UNWIND $ids AS id
${current.clauses}
WITH id, ${current.node} AS n, direct IS NULL AS redirected
WHERE n IS NOT NULL
RETURN id, ${wholeNode(n, holds(variable('redirected')), id)} AS node
`;
})();

/** One relation by id, looked up from the node it started at (or the node that one merged into). */
export const RELATION_BY_ID = statement`
// RELATION_BY_ID
CALL () {
  MATCH (a:Entity {id: $from}) RETURN a
  UNION
  MATCH (:Redirect {id: $from})-[:MERGED_INTO]->(a:Entity) RETURN a
}
MATCH (a)-[r]-() WHERE r.id = $id
RETURN ${relationMap(relationship('r'))} AS relation
LIMIT 1
`;

/**
 * Search candidates: the full-text index's best $candidates hits (names, aliases, handles,
 * addresses), without an article's text, each with only `props` of its properties when given (what
 * the ranking and the selection read). The repository scores them (./search-rank.ts), which
 * Lucene's scores, not comparable between queries, cannot do.
 */
export const search = (props: readonly string[] | null): string =>
  composedStatement(
    `search ${props?.join(',') ?? '*'}`,
    () => statement`// SEARCH
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n, score
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
WITH n, score ORDER BY score DESC, n.id LIMIT toInteger($candidates)
RETURN collect(${nodeMap(node('n'), props)}) AS candidates
`,
  );

/**
 * Passage candidates: relations whose evidence matches (each with its sources), claims whose
 * excerpt matches (with the node they are about), and the articles whose text matches or that those
 * cite, with their text. ./passage-rank.ts keeps and orders the passages.
 */
export const passages = (extras: RelationExtras): string =>
  composedStatement(
    `passages ${extrasName(extras)}`,
    () => statement`
// PASSAGES
CALL () {
  CALL db.index.fulltext.queryRelationships($excerptIndex, $lucene) YIELD relationship AS r, score
  WHERE r.retractedAt IS NULL
  WITH r, score ORDER BY score DESC LIMIT toInteger($candidates)
  RETURN collect(${relationMap(r, null, undefined, relationExtras(r, extras))}) AS relations
}
CALL () {
  CALL db.index.fulltext.queryNodes($claimIndex, $lucene) YIELD node AS c, score
  WITH c, score ORDER BY score DESC LIMIT toInteger($candidates)
  MATCH (c)-[:ABOUT]->(s:Entity)
  RETURN collect(c {.*, subjectNode: ${nodeMap(node('s'))}}) AS claims
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
RETURN relations, claims, collect(${articleMap(node('a'))}) AS articles
`,
  );

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
export const shortestPaths = (extras: RelationExtras): string =>
  composedStatement(`paths ${extrasName(extras)}`, () => {
    const a = currentNode(param('from'));
    const b = currentNode(param('to'));
    return statement`
// SHORTEST_PATHS
${a.clauses}
${b.clauses}
WITH ${a.node} AS a, ${b.node} AS b
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
                          AND all(r IN relationships(p) WHERE ${inWindow(r, window)})] AS passing
  CALL (a, b, unfiltered, passing) {
    UNWIND CASE
      WHEN size(passing) >= $limit OR size(unfiltered) = 0 THEN []
      WHEN size(passing) = 0 OR size(unfiltered) = ${UNFILTERED_PATHS} THEN [true]
      ELSE [] END AS again
    MATCH p = allShortestPaths((a)-[*..${MAX_HOPS}]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) IN $types AND ${inWindow(r, window)})
    WITH p WHERE length(p) <= $maxHops
    WITH p LIMIT toInteger($limit)
    RETURN collect(p) AS searched
  }
  UNWIND CASE WHEN size(searched) > 0 THEN searched ELSE passing[..$limit] END AS p
  RETURN collect({
    nodes: [n IN nodes(p) | ${nodeMap(n)}],
    relations: [r IN relationships(p) | ${relationWithEndIds(r, null, relationExtras(r, extras))}]
  }) AS paths
}
RETURN a.id AS fromId, b.id AS toId, paths
`;
  });

/**
 * Ego network, one hop at a time so each level is de-duplicated before the next expands. Each hop
 * stops at $limit distinct nodes: a hop that is cut already fills the answer, which is then
 * `truncated`, so nothing beyond the limit is ever read. The relations among the kept nodes are cut
 * at $maxRelations (by id, so the cut is stable), which bounds the answer for demand control.
 * Nodes and relations carry only the properties the request selects (`props`). The centre's id is
 * resolved here (a merged id reads from the node it was merged into): no node under it, no nodes.
 */
export interface SubgraphProps {
  /** Node properties the answer carries; null: all (an article's text aside). */
  nodes: readonly string[] | null;
  /** Relation properties; null: all. */
  relations: readonly string[] | null;
  /**
   * Whether the window has dates. Without, the statement tests no date at all: the planner would
   * otherwise read every relationship's dates ahead of the tests that make them irrelevant.
   */
  dated: boolean;
}

export const neighbourhood = (
  props: SubgraphProps,
  shapes: readonly PageShape[] = [],
  extras: NodeExtras = NO_NODE_EXTRAS,
  edgeExtras: RelationExtras = NO_EXTRAS,
): string =>
  composedStatement(
    `neighbourhood ${props.nodes?.join(',') ?? '*'}/${props.relations?.join(',') ?? '*'}/${props.dated}` +
      `/${readsName(shapes, extras)}/${extrasName(edgeExtras)}`,
    () => {
      const [c, x] = [node('c'), node('x')];
      const current = currentNode(param('id'));
      const reads = readsAt(x, shapes, extras);
      // What the selection reads at each node beyond its properties (pages, claims, cited
      // articles), in the order of `ns`; nothing, and no subquery, when it reads none.
      const readsMore = shapes.length > 0 || readsNodeExtras(extras);
      const atEachNode = readsMore
        ? raw(
            [...reads.clauses, new Cypher.Map(reads.fields)],
            (compiled) => `CALL (ns) {
  UNWIND range(0, size(ns) - 1) AS i
  WITH i, ns[i] AS x
  ${compiled.slice(0, -1).join('\n')}
  WITH i, ${compiled.at(-1)} AS entry
  ORDER BY i
  RETURN collect(entry) AS trees
}`,
          )
        : raw([], () => '');
      const trees = raw([], () => (readsMore ? 'trees' : '[]'));
      return statement`// NEIGHBOURHOOD
${current.clauses}
WITH ${current.node} AS c
CALL (c) {
  MATCH (c)-[r]-(m) WHERE type(r) IN $types AND ${inWindowAt(r, window, c, props.dated)}
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l1
}
CALL (c, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS x
  MATCH (x)-[r]-(m) WHERE type(r) IN $types AND m <> c AND ${inWindowAt(r, window, x, props.dated)}
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l2
}
CALL (c, l2) {
  UNWIND CASE WHEN $depth >= 3 THEN l2 ELSE [] END AS x
  MATCH (x)-[r]-(m) WHERE type(r) IN $types AND m <> c AND ${inWindowAt(r, window, x, props.dated)}
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l3
}
WITH c, l1 + l2 + l3 AS reached
UNWIND [c] + reached AS x
WITH collect(DISTINCT x) AS reachable
WITH reachable[..$limit] AS ns, size(reachable) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y) WHERE y IN ns AND type(r) IN $types AND ${inWindowAt(r, window, x, props.dated)}
  WITH r ORDER BY r.id
  RETURN collect(r) AS rs
}
${atEachNode}
RETURN [n IN ns | ${nodeMap(n, props.nodes)}] AS nodes,
       [r IN rs[..$maxRelations] | ${relationWithEndIds(r, props.relations, relationExtras(r, edgeExtras))}] AS relations,
       truncated OR size(rs) > $maxRelations AS truncated, ${trees} AS trees
`;
    },
  );

/**
 * A node's dated relations in order. The id is resolved here (a merged id reads from the node it was
 * merged into) and `found` says whether any node answers to it, so the timeline, its NOT_FOUND and
 * its redirect cost one read, consistent with itself.
 */
export const timeline = (extras: RelationExtras): string =>
  composedStatement(`timeline ${extrasName(extras)}`, () => {
    const current = currentNode(param('id'));
    return statement`
// TIMELINE
${current.clauses}
WITH ${current.node} AS n
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE type(r) <> 'MENTIONS' AND ${inWindow(r, window)}
  WITH r, o, coalesce(r.dateKey, o.date) AS d
  WHERE d IS NOT NULL
  WITH r, o, d ORDER BY d, r.id LIMIT toInteger($limit)
  RETURN collect({date: d, relation: ${relationMap(r, null, undefined, relationExtras(r, extras))}, other: ${nodeMap(o)}}) AS entries
}
RETURN n IS NOT NULL AS found, entries
`;
  });

/**
 * Whether a node's partial ISO `date` overlaps window `w` (full ISO bounds, see data/dates.ts): as a
 * string a partial date sorts before every full date it covers, and with '~' appended after them,
 * so it is its own lower bound and, suffixed, its upper bound.
 */
const dateInWindow = (d: Cypher.Expr, w: Cypher.Variable) => {
  const [since, until] = [w.property('since'), w.property('until')];
  return new Cypher.Case()
    .when(Cypher.isNull(d))
    .then(
      Cypher.or(Cypher.and(Cypher.isNull(since), Cypher.isNull(until)), holds(w.property('includeUndated'))),
    )
    .else(
      Cypher.and(
        Cypher.or(Cypher.isNull(since), Cypher.gte(Cypher.plus(d, new Cypher.Literal('~')), since)),
        Cypher.or(Cypher.isNull(until), Cypher.lte(d, until)),
      ),
    );
};

/**
 * Articles, newest first (undated last): every article, or with $id those citing the node, with
 * every passage of each (mention excerpts and relation evidence: every source of a relation several
 * articles state); filtered by outlet (folded, contained), language and publication date. The id is
 * resolved here (a merged id reads from the node it was merged into) and `known` says whether any
 * node answers to it, so the page and its NOT_FOUND cost one read.
 */
export const ARTICLES = (() => {
  const current = currentNode(param('id'));
  return statement`
// ARTICLES
${current.clauses}
WITH ${current.node} AS n
CALL (n) {
  CALL (n) {
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS all
    MATCH (a:Article)
    RETURN a, [] AS passages
    UNION ALL
    MATCH (n)-[r]-()
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
    AND ${dateInWindow(node('a').property('date'), window)}
  WITH a, passages ORDER BY coalesce(a.date, '') DESC, a.id
  WITH collect({article: ${nodeMap(node('a'))}, passages: passages}) AS found
  RETURN size(found) AS total, found[$offset..$offset + $first] AS items
}
RETURN $id IS NULL OR n IS NOT NULL AS known, total, items
`;
})();

/** Events whose date overlaps the window, oldest first (undated last). */
export const EVENTS = statement`
// EVENTS
MATCH (e:Event)
WHERE ${dateInWindow(node('e').property('date'), window)}
WITH e ORDER BY coalesce(e.date, '9999') ASC, e.id
WITH collect(${nodeMap(node('e'))}) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS items
`;

/**
 * The corpus's dated relations in order (article mentions left out): by the relation's own date,
 * else the date of the event or article at its end; `other` is the target.
 */
export const corpusTimeline = (extras: RelationExtras): string =>
  composedStatement(
    `corpus timeline ${extrasName(extras)}`,
    () => statement`
// CORPUS_TIMELINE
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS' AND ${inWindow(r, window)}
WITH r, o, coalesce(r.dateKey, o.date) AS d
WHERE d IS NOT NULL
RETURN d AS date, ${relationMap(r, null, undefined, relationExtras(r, extras))} AS relation, ${nodeMap(o)} AS other
ORDER BY d, r.id
LIMIT toInteger($limit)
`,
  );

/** The corpus ranking's filters on one AMPLIFIES `r` from `a` to `b` (see AMPLIFICATION). */
function amplificationFilters(a: Cypher.Node, r: Cypher.Relationship, b: Cypher.Node): Cypher.Predicate {
  const [metric, kinds, platform, l] = [
    param('metric'),
    param('kinds'),
    param('platform'),
    new Cypher.Variable(),
  ];
  const onPlatform = new Cypher.Pattern(a)
    .related({ type: 'ON_PLATFORM', direction: 'right' })
    .to({ labels: ['Entity'], properties: { id: platform } });
  return Cypher.and(
    Cypher.or(Cypher.isNull(metric), Cypher.eq(r.property('metric'), metric)),
    Cypher.or(Cypher.isNull(kinds), Cypher.any(l, Cypher.labels(b), Cypher.in(l, kinds))),
    Cypher.or(Cypher.isNull(platform), new Cypher.Exists(onPlatform)),
    inWindow(r, window),
  );
}

/**
 * Every AMPLIFIES of the corpus, largest figure first, filtered by the amplifier's platform, the
 * target's kind and the metric; one page of them. Millions of relations at scale, so nothing is
 * collected whole (collecting them all ran out of transaction memory at 5M):
 * - the total comes from the count store when nothing is filtered (less the retracted ones, found
 *   through the retractedAt index), else from a streaming count;
 * - the page walks the `amplifies_weight` index from the top until it has offset + first relations
 *   that pass, then reads again every relation at least as heavy as the lightest kept, so ties at the
 *   cut sort as everywhere else (weight, date, id); only when too few have a figure does it sort them
 *   all, keeping the top offset + first.
 */
export const amplification = (extras: RelationExtras): string =>
  composedStatement(`amplification ${extrasName(extras)}`, () => {
    const [a, b] = [node('a'), node('b')];
    const filters = amplificationFilters(a, r, b);
    const amplifies = new Cypher.Pattern(a, { labels: ['Entity'] })
      .related(r, { type: 'AMPLIFIES', direction: 'right' })
      .to(b, { labels: ['Entity'] });
    return statement`
// AMPLIFICATION
WITH toInteger($offset + $first) AS need,
     $metric IS NULL AND $kinds IS NULL AND $platform IS NULL
       AND $window.since IS NULL AND $window.until IS NULL AS unfiltered
CALL (unfiltered) {
  UNWIND CASE WHEN unfiltered THEN [1] ELSE [] END AS counted
  RETURN COUNT { ()-[:AMPLIFIES]->() } - CASE WHEN $window.includeRetracted THEN 0
    ELSE COUNT { ()-[x:AMPLIFIES]->() WHERE x.retractedAt IS NOT NULL } END AS total
  UNION ALL
  UNWIND CASE WHEN unfiltered THEN [] ELSE [1] END AS counted
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity)
  WHERE ${filters}
  RETURN count(r) AS total
}
WITH need, sum(total) AS total
CALL (need) {
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight IS NOT NULL AND ${filters}
  WITH r ORDER BY r.weight DESC LIMIT toInteger($offset + $first)
  RETURN collect(r.weight) AS weights
}
WITH need, total, size(weights) AS got, weights[-1] AS floor
${rankedByWeight({
  imports: [],
  pattern: amplifies,
  r,
  where: filters,
  limit: Cypher.plus(param('offset'), param('first')),
  floor: variable('floor'),
  need: variable('need'),
  got: variable('got'),
  rels: variable('rels'),
})}
RETURN total, [r IN rels[$offset..$offset + $first] | ${relationMap(r, null, undefined, relationExtras(r, extras))}] AS items
`;
  });

/**
 * The claims root field in one read: the node `$id` names (merged ids resolve to the node they were
 * merged into; null when none answers to it), its property claims and functional relations (as
 * CLAIMS_ABOUT reads them), and every article they cite, without its text.
 */
export const CLAIMS_OF = (() => {
  const current = currentNode(param('id'), node('direct'), node('merged'));
  const read = nodeExtras(n, { claims: true, articles: 'cited' }, param('functional'));
  const { claims, relations, articles } = read.columns;
  return statement`
// CLAIMS_OF
${current.clauses}
WITH ${current.node} AS n, direct IS NULL AS redirected
${read.clauses}
RETURN ${wholeNode(n, holds(variable('redirected')), param('id'))} AS node, ${claims!} AS claims, ${relations!} AS relations, ${articles!} AS articles
`;
})();

/** Property claims and functional relations (one value expected) of many nodes. */
export const CLAIMS_ABOUT = (() => {
  const read = nodeExtras(n, { claims: true, articles: 'none' }, param('functional'));
  return statement`
// CLAIMS_ABOUT
UNWIND $ids AS id
MATCH (n:Entity {id: id})
${read.clauses}
RETURN id, ${read.columns.claims!} AS claims, ${read.columns.relations!} AS relations
`;
})();
