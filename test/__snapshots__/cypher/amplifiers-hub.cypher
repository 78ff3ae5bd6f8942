// 1 round trip
// ---- statement 1
// RELATION_PAGES topAmplifiers:false
UNWIND $keys AS key
CALL (key) {
WITH key WHERE key.plan = 0
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n) {
  RETURN CASE WHEN n.hasRetractions
    THEN COUNT { (n)<-[x:AMPLIFIES]-() WHERE x.retractedAt IS NOT NULL }
    ELSE 0 END AS hidden
}
WITH key, n, hidden, key.offset + key.first AS need, COUNT { (n)<-[:AMPLIFIES]-() } AS degree
WITH key, n, hidden, need, degree, degree * degree > need * COUNT { ()-[:AMPLIFIES]->() } AS hub
CALL (n, hidden, hub) {
  MATCH ()-[r:AMPLIFIES]->(n) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= CASE WHEN hub THEN -1.0e300 ELSE 1.0e300 END AND (hidden = 0 OR r.retractedAt IS NULL)
  WITH r ORDER BY r.weight DESC LIMIT toInteger($need)
  RETURN collect(r.weight) AS weights
}
WITH key, n, hidden, need, degree, weights[..need][-1] AS floor, size(weights[..need]) AS got
CALL (n, hidden, floor) {
  MATCH ()-[r:AMPLIFIES]->(n) USING INDEX r:AMPLIFIES(weight)
  WHERE r.weight >= coalesce(floor, 1.0e300) AND (hidden = 0 OR r.retractedAt IS NULL)
  RETURN collect(r) AS heaviest
}
CALL (n, hidden, need, got) {
  UNWIND CASE WHEN got < need THEN [n] ELSE [] END AS x
  MATCH ()-[r:AMPLIFIES]->(x) WHERE (hidden = 0 OR r.retractedAt IS NULL)
  WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($need)
  RETURN collect(r) AS scanned
}
CALL (need, got, heaviest, scanned) {
  UNWIND CASE WHEN got < need THEN scanned[..need] ELSE heaviest END AS r
  WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id
  RETURN collect(r) AS rels
}
RETURN key.key AS k, 'topAmplifiers:false' + CASE WHEN got < need THEN ':scan' ELSE ':index' END AS plan, n IS NOT NULL AS found, degree - hidden AS total,
       [r IN rels[key.offset..key.offset + key.first] | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}] AS items
}
RETURN k AS key, plan, found, total, items
// params {"keys":[{"article":null,"direction":"INCOMING","first":20,"id":"platform:les-createurs-de-possibles","includeRetracted":false,"includeUndated":true,"key":0,"offset":0,"orderBy":"WEIGHT_DESC","plan":0,"platform":null,"since":null,"types":["AMPLIFIES"],"until":null}],"need":20}
