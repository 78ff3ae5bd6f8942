// 2 round trips
// ---- statement 1
UNWIND $ids AS id
OPTIONAL MATCH (direct:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(target:Entity)
WITH id, coalesce(direct, target) AS n, direct IS NULL AS redirected
WHERE n IS NOT NULL
RETURN id, n {.*, nodeKind: [l IN labels(n) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node
// params {"ids":["person:anas-khoumane","person:abdelilah-benkirane"]}
// ---- statement 2
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  WITH p LIMIT 1000
  RETURN collect(p) AS unfiltered
}
WITH a, b, unfiltered,
     [p IN unfiltered WHERE length(p) <= $maxHops
                        AND all(r IN relationships(p) WHERE (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
))] AS passing
CALL (a, b, unfiltered, passing) {
  UNWIND CASE
    WHEN size(passing) >= $limit OR size(unfiltered) = 0 THEN []
    WHEN size(passing) = 0 OR size(unfiltered) = 1000 THEN [true]
    ELSE [] END AS again
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
))
  WITH p WHERE length(p) <= $maxHops
  WITH p LIMIT toInteger($limit)
  RETURN collect(p) AS searched
}
UNWIND CASE WHEN size(searched) > 0 THEN searched ELSE passing[..$limit] END AS p
RETURN [n IN nodes(p) | n {.*, text: null, nodeKind: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id}] AS relations
// params {"from":"person:anas-khoumane","limit":5,"maxHops":6,"to":"person:abdelilah-benkirane","types":["ATTENDED","INVITED","HOSTED","ORGANIZED","HELD_AT","SPOKE_AT","HOLDS_ROLE","MEMBER_OF","APPOINTED","PROPOSED","FOUNDED","LAUNCHED","COMMISSIONED","OWNS_ACCOUNT","OPERATES","ON_PLATFORM","AMPLIFIES","SUPPORTS","CRITICIZED","INSTRUCTED","COMPETES_WITH"],"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
