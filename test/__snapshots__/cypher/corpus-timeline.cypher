// 1 round trip
// ---- statement 1
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS' AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
)
WITH r, o, coalesce(r.dateKey, o.date) AS d
WHERE d IS NOT NULL
RETURN d AS date, r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]} AS relation, o {.*, text: null, nodeKind: [l IN labels(o) WHERE l <> 'Entity'][0]} AS other
ORDER BY d, r.id
LIMIT toInteger($limit)
// params {"limit":20,"window":{"includeRetracted":false,"includeUndated":false,"since":"2010-01-01","until":"2010-01-31"}}
