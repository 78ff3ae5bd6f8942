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
  WHERE (($metric IS NULL OR r.metric = $metric) AND ($kinds IS NULL OR any(var0 IN labels(b) WHERE var0 IN $kinds)) AND ($platform IS NULL OR EXISTS {
  (a)-[:ON_PLATFORM]->(:Entity { id: $platform })
}) AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL)))
  RETURN count(r) AS total
}
WITH need, sum(total) AS total
CALL (need) {
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight IS NOT NULL AND (($metric IS NULL OR r.metric = $metric) AND ($kinds IS NULL OR any(var0 IN labels(b) WHERE var0 IN $kinds)) AND ($platform IS NULL OR EXISTS {
  (a)-[:ON_PLATFORM]->(:Entity { id: $platform })
}) AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL)))
  WITH r ORDER BY r.weight DESC LIMIT toInteger($offset + $first)
  RETURN collect(r.weight) AS weights
}
WITH need, total, size(weights) AS got, weights[-1] AS floor
CALL (floor) {
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity) USING INDEX r:AMPLIFIES(weight)
  WHERE (r.weight >= coalesce(floor, 1.0e300) AND (($metric IS NULL OR r.metric = $metric) AND ($kinds IS NULL OR any(var0 IN labels(b) WHERE var0 IN $kinds)) AND ($platform IS NULL OR EXISTS {
    (a)-[:ON_PLATFORM]->(:Entity { id: $platform })
  }) AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL))))
  RETURN collect(r) AS var1
}
CALL (need, got) {
  UNWIND CASE
    WHEN got < need THEN [1]
    ELSE []
  END AS var2
  MATCH (a:Entity)-[r:AMPLIFIES]->(b:Entity)
  WHERE (($metric IS NULL OR r.metric = $metric) AND ($kinds IS NULL OR any(var0 IN labels(b) WHERE var0 IN $kinds)) AND ($platform IS NULL OR EXISTS {
    (a)-[:ON_PLATFORM]->(:Entity { id: $platform })
  }) AND (($window.since IS NULL OR r.validTo IS NULL OR r.validTo >= $window.since) AND ($window.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $window.until) AND (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated OR r.validFrom IS NOT NULL) AND ($window.includeRetracted OR r.retractedAt IS NULL)))
  WITH r
  ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id ASC
  LIMIT toInteger(($offset + $first))
  RETURN collect(r) AS var3
}
CALL (need, got, var1, var3) {
  UNWIND CASE
    WHEN got < need THEN var3[0..need]
    ELSE var1
  END AS this4
  WITH this4
  ORDER BY coalesce(this4.weight, -1) DESC, coalesce(this4.dateKey, '') DESC, this4.id ASC
  RETURN collect(this4) AS rels
}
RETURN total, [r IN rels[$offset..$offset + $first] | r { .*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, source: [var5 IN [startNode(r)] | var5 { .*, text: NULL, nodeKind: [var6 IN labels(var5) WHERE var6 <> 'Entity'][0] }][0], target: [var7 IN [endNode(r)] | var7 { .*, text: NULL, nodeKind: [var8 IN labels(var7) WHERE var8 <> 'Entity'][0] }][0] }] AS items
// params {"first":5,"kinds":["Platform"],"metric":"members","offset":0,"platform":null,"window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
