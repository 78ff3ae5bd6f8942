// 1 round trip
// ---- statement 1
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
  WHERE ($metric IS NULL OR r.metric = $metric)
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  AND ($platform IS NULL OR EXISTS { (a)-[:ON_PLATFORM]->(:Entity {id: $platform}) })
  AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
)
  RETURN count(r) AS total
}
WITH need, sum(total) AS total
CALL (need) {
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight IS NOT NULL AND ($metric IS NULL OR r.metric = $metric)
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  AND ($platform IS NULL OR EXISTS { (a)-[:ON_PLATFORM]->(:Entity {id: $platform}) })
  AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
)
  WITH r ORDER BY r.weight DESC LIMIT toInteger($offset + $first)
  RETURN collect(r.weight) AS weights
}
WITH need, total, size(weights) AS got, weights[-1] AS floor
CALL (floor) {
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= coalesce(floor, 1.0e300) AND ($metric IS NULL OR r.metric = $metric)
  AND ($kinds IS NULL OR any(l IN labels(b) WHERE l IN $kinds))
  AND ($platform IS NULL OR EXISTS { (a)-[:ON_PLATFORM]->(:Entity {id: $platform}) })
  AND (
  ($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since)
  AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until)
  AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL)
  AND ($window.includeRetracted OR r.retractedAt IS NULL)
)
  RETURN collect(r) AS heaviest
}
CALL (need, got) {
  UNWIND CASE WHEN got < need THEN [1] ELSE [] END AS scan
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
  WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($offset + $first)
  RETURN collect(r) AS scanned
}
CALL (need, got, heaviest, scanned) {
  UNWIND CASE WHEN got < need THEN scanned[..need] ELSE heaviest END AS r
  WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id
  RETURN collect(r) AS rels
}
RETURN total, [r IN rels[$offset..$offset + $first] | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}] AS items
// params {"first":5,"kinds":["Platform"],"metric":"members","offset":0,"platform":null,"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
