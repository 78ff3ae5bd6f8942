// 1 round trip
// ---- statement 1
// TIMELINE
OPTIONAL MATCH (nDirect:Entity {id: $id})
OPTIONAL MATCH (:Redirect {id: $id})-[:MERGED_INTO]->(nMerged:Entity)
WITH coalesce(nDirect, nMerged) AS n
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE type(r) <> 'MENTIONS' AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
)
  WITH r, o, coalesce(r.dateKey, o.date) AS d
  WHERE d IS NOT NULL
  WITH r, o, d ORDER BY d, r.id LIMIT toInteger($limit)
  RETURN collect({date: d, relation: r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}, other: o {.*, text: null, nodeKind: [l IN labels(o) WHERE l <> 'Entity'][0]}}) AS entries
}
RETURN n IS NOT NULL AS found, entries
// params {"id":"person:abdelilah-benkirane","limit":20,"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
