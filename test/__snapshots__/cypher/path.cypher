// 1 round trip
// ---- statement 1
// SHORTEST_PATHS
OPTIONAL MATCH (this0:Entity { id: $from })
OPTIONAL MATCH (:Redirect { id: $from })-[:MERGED_INTO]->(this1:Entity)
OPTIONAL MATCH (this2:Entity { id: $to })
OPTIONAL MATCH (:Redirect { id: $to })-[:MERGED_INTO]->(this3:Entity)
WITH coalesce(this0, this1) AS a, coalesce(this2, this3) AS b
CALL (a, b) {
  // Both ends resolved and distinct (an id merged into the other is no path), else no paths.
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  CALL (a, b) {
    MATCH p = allShortestPaths((a)-[*..6]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) IN $types)
    WITH p LIMIT 1000
    RETURN collect(p) AS unfiltered
  }
  WITH a, b, unfiltered,
       [p IN unfiltered WHERE length(p) <= $maxHops
                          AND all(r IN relationships(p) WHERE (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL)))] AS passing
  CALL (a, b, unfiltered, passing) {
    UNWIND CASE
      WHEN size(passing) >= $limit OR size(unfiltered) = 0 THEN []
      WHEN size(passing) = 0 OR size(unfiltered) = 1000 THEN [true]
      ELSE [] END AS again
    MATCH p = allShortestPaths((a)-[*..6]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) IN $types AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL)))
    WITH p WHERE length(p) <= $maxHops
    WITH p LIMIT toInteger($limit)
    RETURN collect(p) AS searched
  }
  UNWIND CASE WHEN size(searched) > 0 THEN searched ELSE passing[..$limit] END AS p
  RETURN collect({
    nodes: [n IN nodes(p) | n { .*, text: NULL, nodeKind: [var4 IN labels(n) WHERE var4 <> 'Entity'][0] }],
    relations: [r IN relationships(p) | r { .*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id }]
  }) AS paths
}
RETURN a.id AS fromId, b.id AS toId, paths
// params {"from":"person:anas-khoumane","limit":5,"maxHops":6,"to":"person:abdelilah-benkirane","types":["ATTENDED","INVITED","HOSTED","ORGANIZED","HELD_AT","SPOKE_AT","HOLDS_ROLE","MEMBER_OF","APPOINTED","PROPOSED","FOUNDED","LAUNCHED","COMMISSIONED","OWNS_ACCOUNT","OPERATES","ON_PLATFORM","AMPLIFIES","SUPPORTS","CRITICIZED","INSTRUCTED","COMPETES_WITH"],"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
