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
CALL (ns) {
  UNWIND range(0, size(ns) - 1) AS i
  WITH i, ns[i] AS x
  CALL (x) {
  WITH x, $pages[0] AS var2
  WITH CASE
    WHEN (var2.kinds IS NULL OR any(var3 IN labels(x) WHERE var3 IN var2.kinds)) THEN x
  END AS this4, var2
  CALL (this4) {
    RETURN CASE
      WHEN this4.hasRetractions THEN COUNT {
        MATCH (this4)-[this5:ATTENDED]->()
        WHERE this5.retractedAt IS NOT NULL
      }
      ELSE 0
    END AS var6
  }
  CALL (this4, var6) {
    MATCH (this4)-[this7:ATTENDED]->()
    WHERE (var6 = 0 OR this7.retractedAt IS NULL)
    WITH this7
    ORDER BY coalesce(this7.dateKey, '') DESC, this7.id ASC
    LIMIT toInteger($pages[0].need)
    RETURN collect(this7) AS var8
  }
  WITH this4, var2, (COUNT {
    (this4)-[:ATTENDED]->()
  } - var6) AS var9, 'typed:ATTENDED:OUTGOING:WEIGHT_DESC:false' AS var10, var8[var2.offset..(var2.offset + var2.first)] AS var11
  CALL (this4, var11) {
    UNWIND range(0, (size(var11) - 1)) AS var12
    WITH this4, var12, var11[var12] AS this13
    WITH var12, {relation: this13 { type: type(this13) }, outgoing: startNode(this13) = this4, other: [var14 IN [CASE
      WHEN startNode(this13) = this4 THEN endNode(this13)
      ELSE startNode(this13)
    END] | var14 { .id, nodeKind: [var15 IN labels(var14) WHERE var15 <> 'Entity'][0] }][0]} AS var16
    ORDER BY var12 ASC
    RETURN collect(var16) AS var17
  }
  RETURN {found: this4 IS NOT NULL, total: var9, plan: var10, items: var17} AS var18
}
CALL (x) {
  OPTIONAL MATCH (this19:Claim)-[:ABOUT]->(x)
  RETURN collect(this19 { .* }) AS var20
}
CALL (x) {
  OPTIONAL MATCH (x)-[this21]->()
  WHERE (type(this21) IN $functional AND this21.retractedAt IS NULL)
  RETURN collect(this21 { .*, type: type(this21), sourceId: startNode(this21).id, targetId: endNode(this21).id, source: [var22 IN [startNode(this21)] | var22 { .*, text: NULL, nodeKind: [var23 IN labels(var22) WHERE var23 <> 'Entity'][0] }][0], target: [var24 IN [endNode(this21)] | var24 { .*, text: NULL, nodeKind: [var25 IN labels(var24) WHERE var25 <> 'Entity'][0] }][0] }) AS var26
}
  WITH i, {pages: [var18], claims: var20, relations: var26} AS entry
  ORDER BY i
  RETURN collect(entry) AS trees
}
RETURN [n IN ns | n { .id, nodeKind: [var27 IN labels(n) WHERE var27 <> 'Entity'][0] }] AS nodes,
       [r IN rs[..$maxRelations] | r { .id, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id }] AS relations,
       truncated OR size(rs) > $maxRelations AS truncated, trees AS trees
// params {"depth":1,"functional":["HELD_AT","ON_PLATFORM"],"id":"person:abdelilah-benkirane","limit":10,"maxRelations":50,"pages":[{"article":null,"direction":"OUTGOING","first":2,"includeRetracted":false,"includeUndated":true,"kinds":["Person"],"need":2,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["ATTENDED"],"until":null}],"types":["ATTENDED","INVITED","HOSTED","ORGANIZED","HELD_AT","SPOKE_AT","HOLDS_ROLE","MEMBER_OF","APPOINTED","PROPOSED","FOUNDED","LAUNCHED","COMMISSIONED","OWNS_ACCOUNT","OPERATES","ON_PLATFORM","AMPLIFIES","SUPPORTS","CRITICIZED","INSTRUCTED","COMPETES_WITH","AUTHORED","PUBLISHED","QUOTED","COMMENTED_ON","MENTIONS"],"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
