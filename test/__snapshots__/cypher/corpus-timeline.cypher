// 1 round trip
// ---- statement 1
// CORPUS_TIMELINE
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS' AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL))
WITH r, o, coalesce(r.dateKey, o.date) AS d
WHERE d IS NOT NULL
RETURN d AS date, r { .*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, source: [var0 IN [startNode(r)] | var0 { .*, text: NULL, nodeKind: [var1 IN labels(var0) WHERE var1 <> 'Entity'][0] }][0], target: [var2 IN [endNode(r)] | var2 { .*, text: NULL, nodeKind: [var3 IN labels(var2) WHERE var3 <> 'Entity'][0] }][0] } AS relation, o { .*, text: NULL, nodeKind: [var4 IN labels(o) WHERE var4 <> 'Entity'][0] } AS other
ORDER BY d, r.id
LIMIT toInteger($limit)
// params {"limit":20,"window":{"includeRetracted":false,"includeUndated":false,"since":"2010-01-01","until":"2010-01-31"}}
