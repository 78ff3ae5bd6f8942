// 2 round trips
// ---- statement 1
UNWIND $ids AS id
OPTIONAL MATCH (nDirect:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(nMerged:Entity)
WITH id, coalesce(nDirect, nMerged) AS n, nDirect IS NULL AS redirected
WHERE n IS NOT NULL
RETURN id, n {.*, nodeKind: [l IN labels(n) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node
// params {"ids":["person:abdelilah-benkirane"]}
// ---- statement 2
// RELATION_PAGES typed:HOLDS_ROLE:INVITED:OUTGOING:WEIGHT_DESC:false
UNWIND $keys AS key
CALL (key) {
WITH key WHERE key.plan = 0
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n) {
  RETURN CASE WHEN n.hasRetractions
    THEN COUNT { (n)-[x:HOLDS_ROLE|INVITED]->() WHERE x.retractedAt IS NOT NULL }
    ELSE 0 END AS hidden
}
CALL (n, hidden) {
  MATCH (n)-[r:HOLDS_ROLE|INVITED]->()
  WHERE (hidden = 0 OR r.retractedAt IS NULL)
  WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($need)
  RETURN collect(r) AS rels
}
RETURN key.key AS k, 'typed:HOLDS_ROLE:INVITED:OUTGOING:WEIGHT_DESC:false' AS plan, n IS NOT NULL AS found, COUNT { (n)-[:HOLDS_ROLE|INVITED]->() } - hidden AS total,
       [r IN rels[key.offset..key.offset + key.first] | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}] AS items
}
RETURN k AS key, plan, found, total, items
// params {"keys":[{"article":null,"direction":"OUTGOING","first":10,"id":"person:abdelilah-benkirane","includeRetracted":false,"includeUndated":true,"key":0,"offset":0,"orderBy":"WEIGHT_DESC","plan":0,"platform":null,"since":null,"types":["INVITED","HOLDS_ROLE"],"until":null}],"need":10}
