// 1 round trip
// ---- statement 1
// TIMELINE
OPTIONAL MATCH (this0:Entity { id: $id })
OPTIONAL MATCH (:Redirect { id: $id })-[:MERGED_INTO]->(this1:Entity)
WITH coalesce(this0, this1) AS n
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE type(r) <> 'MENTIONS' AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL))
  WITH r, o, coalesce(r.dateKey, o.date) AS d
  WHERE d IS NOT NULL
  WITH r, o, d ORDER BY d, r.id LIMIT toInteger($limit)
  RETURN collect({date: d, relation: r { .*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, source: [var2 IN [startNode(r)] | var2 { .*, text: NULL, nodeKind: [var3 IN labels(var2) WHERE var3 <> 'Entity'][0] }][0], target: [var4 IN [endNode(r)] | var4 { .*, text: NULL, nodeKind: [var5 IN labels(var4) WHERE var5 <> 'Entity'][0] }][0], articles: COLLECT {
  UNWIND ([r.article] + coalesce(r.sourceArticles, [])) AS var6
  WITH DISTINCT var6
  MATCH (this7:Article { id: var6 })
  RETURN this7 { .*, text: NULL, nodeKind: [var8 IN labels(this7) WHERE var8 <> 'Entity'][0] }
}, refs: [COLLECT {
  OPTIONAL MATCH (this9:Entity { id: r.event })
  OPTIONAL MATCH (:Redirect { id: r.event })-[:MERGED_INTO]->(this10:Entity)
  WITH *, coalesce(this9, this10) AS this11, this9 IS NULL AS var12
  WHERE this11 IS NOT NULL
  RETURN this11 { .id, .name, nodeKind: [var13 IN labels(this11) WHERE var13 <> 'Entity'][0], redirectedFrom: CASE
    WHEN var12 THEN r.event
  END }
}[0]] }, other: o { .*, text: NULL, nodeKind: [var14 IN labels(o) WHERE var14 <> 'Entity'][0] }}) AS entries
}
RETURN n IS NOT NULL AS found, entries
// params {"id":"person:abdelilah-benkirane","limit":20,"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
