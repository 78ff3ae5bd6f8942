// 1 round trip
// ---- statement 1
// NEIGHBOURHOOD
OPTIONAL MATCH (this0:Entity { id: $id })
OPTIONAL MATCH (:Redirect { id: $id })-[:MERGED_INTO]->(this1:Entity)
WITH coalesce(this0, this1) AS c
CALL (c) {
  MATCH (c)-[r]-(m) WHERE type(r) IN $types AND ($window.includeRetracted OR c.hasRetractions IS NULL OR r.retractedAt IS NULL)
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l1
}
CALL (c, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS x
  MATCH (x)-[r]-(m) WHERE type(r) IN $types AND m <> c AND ($window.includeRetracted OR x.hasRetractions IS NULL OR r.retractedAt IS NULL)
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l2
}
CALL (c, l2) {
  UNWIND CASE WHEN $depth >= 3 THEN l2 ELSE [] END AS x
  MATCH (x)-[r]-(m) WHERE type(r) IN $types AND m <> c AND ($window.includeRetracted OR x.hasRetractions IS NULL OR r.retractedAt IS NULL)
  WITH DISTINCT m LIMIT toInteger($limit)
  RETURN collect(m) AS l3
}
WITH c, l1 + l2 + l3 AS reached
UNWIND [c] + reached AS x
WITH collect(DISTINCT x) AS reachable
WITH reachable[..$limit] AS ns, size(reachable) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y) WHERE y IN ns AND type(r) IN $types AND ($window.includeRetracted OR x.hasRetractions IS NULL OR r.retractedAt IS NULL)
  WITH r ORDER BY r.id
  RETURN collect(r) AS rs
}

RETURN [n IN ns | n { .id, .name, nodeKind: [var2 IN labels(n) WHERE var2 <> 'Entity'][0] }] AS nodes,
       [r IN rs[..$maxRelations] | r { .id, .source, .target, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id }] AS relations,
       truncated OR size(rs) > $maxRelations AS truncated, [] AS trees
// params {"depth":2,"id":"org:pjd","limit":200,"maxRelations":1000,"pages":[],"types":["ATTENDED","INVITED","HOSTED","ORGANIZED","HELD_AT","SPOKE_AT","HOLDS_ROLE","MEMBER_OF","APPOINTED","PROPOSED","FOUNDED","LAUNCHED","COMMISSIONED","OWNS_ACCOUNT","OPERATES","ON_PLATFORM","AMPLIFIES","SUPPORTS","CRITICIZED","INSTRUCTED","COMPETES_WITH","AUTHORED","PUBLISHED","QUOTED","COMMENTED_ON","MENTIONS"],"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
