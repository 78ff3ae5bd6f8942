// 2 round trips
// ---- statement 1
UNWIND $ids AS id
OPTIONAL MATCH (nDirect:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(nMerged:Entity)
WITH id, coalesce(nDirect, nMerged) AS n, nDirect IS NULL AS redirected
WHERE n IS NOT NULL
RETURN id, n {.*, nodeKind: [l IN labels(n) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node
// params {"ids":["event:benkirane-influencers-lunch-2015-06-13"]}
// ---- statement 2
// RELATION_PAGES filtered:WEIGHT_DESC
UNWIND $keys AS key
CALL (key) {
WITH key WHERE key.plan = 0
OPTIONAL MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(o)
  WHERE type(r) IN key.types
    AND (key.direction IS NULL
         OR (key.direction = 'OUTGOING' AND startNode(r) = n)
         OR (key.direction = 'INCOMING' AND endNode(r) = n))
    AND (key.article IS NULL OR key.article IN coalesce(r.sourceArticles, [r.article]))
    AND (key.platform IS NULL OR EXISTS { (o)-[:ON_PLATFORM]->(:Entity {id: key.platform}) })
    AND (
  (key.since IS NULL OR r.validTo IS NULL OR r.validTo >= key.since)
  AND (key.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= key.until)
  AND ((key.since IS NULL AND key.until IS NULL) OR key.includeUndated OR r.validFrom IS NOT NULL)
  AND (key.includeRetracted OR r.retractedAt IS NULL)
)
  WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id
  RETURN collect(r) AS rels
}
RETURN key.key AS k, 'filtered:WEIGHT_DESC' AS plan, n IS NOT NULL AS found, size(rels) AS total,
       [r IN rels[key.offset..key.offset + key.first] | r {.*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
     source: [s IN [startNode(r)] | s {.*, text: null, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
     target: [t IN [endNode(r)] | t {.*, text: null, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}] AS items
}
RETURN k AS key, plan, found, total, items
// params {"keys":[{"article":null,"direction":"INCOMING","first":10,"id":"event:benkirane-influencers-lunch-2015-06-13","includeRetracted":false,"includeUndated":true,"key":0,"offset":0,"orderBy":"WEIGHT_DESC","plan":0,"platform":null,"since":"2015-06-01","types":["ATTENDED"],"until":"2015-06-30"}],"need":10}
