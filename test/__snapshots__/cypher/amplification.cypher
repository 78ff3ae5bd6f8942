// 1 round trip
// ---- statement 1
MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity)
WHERE ($metric IS NULL OR r.metric = $metric)
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  AND ($platform IS NULL OR EXISTS { (a)-[:ON_PLATFORM]->(:Entity {id: $platform}) })
  AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
)
WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id
WITH collect(r) AS rels
RETURN size(rels) AS total, [r IN rels[$offset..$offset + $first] | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}] AS items
// params {"first":5,"kinds":["Platform"],"metric":"members","offset":0,"platform":null,"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
