// 1 round trip
// ---- statement 1
// NODE_TREE referenced:INVITED:event:WEIGHT_DESC/none//id,response/id()
UNWIND $ids AS id
OPTIONAL MATCH (rootDirect:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(rootMerged:Entity)
WITH id, coalesce(rootDirect, rootMerged) AS root, rootDirect IS NULL AS redirected
CALL (root) {
  WITH root, $pages[0] AS key
  WITH CASE WHEN key.kinds IS NULL OR any(l IN labels(root) WHERE l IN key.kinds) THEN root END AS n, key
  CALL (n, key) {
    MATCH ()-[r:INVITED]->() WHERE r.event = n.id
      AND (key.article IS NULL OR key.article IN coalesce(r.sourceArticles, [r.article]))
      AND (
    (key.since IS NULL OR r.validTo IS NULL OR r.validTo >= key.since)
    AND (key.until IS NULL OR r.validFrom IS NULL OR r.validFrom <= key.until)
    AND ((key.since IS NULL AND key.until IS NULL) OR key.includeUndated OR r.validFrom IS NOT NULL)
    AND (key.includeRetracted OR r.retractedAt IS NULL)
  )
    WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id
    RETURN collect(r) AS rels
  }
  WITH n, key, size(rels) AS total, 'referenced:INVITED:event:WEIGHT_DESC' AS plan, rels[key.offset..key.offset + key.first] AS shown
  CALL (n, shown) {
    UNWIND range(0, size(shown) - 1) AS pos
    WITH pos, shown[pos] AS r
    WITH pos, {relation: r {.id, .response, type: type(r),
      sourceId: startNode(r).id, targetId: endNode(r).id,
      source: [s IN [startNode(r)] | s {.id, nodeKind: [l IN labels(s) WHERE l <> 'Entity'][0]}][0],
      target: [t IN [endNode(r)] | t {.id, nodeKind: [l IN labels(t) WHERE l <> 'Entity'][0]}][0]}} AS item
    ORDER BY pos
    RETURN collect(item) AS items
  }
  RETURN {found: n IS NOT NULL, total: total, plan: plan, items: items} AS page0
}
RETURN id, root {.*, nodeKind: [l IN labels(root) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node, [page0] AS pages
// params {"ids":["event:benkirane-influencers-lunch-2015-06-13"],"pages":[{"article":null,"direction":null,"first":10,"includeRetracted":false,"includeUndated":true,"kinds":["Event"],"need":10,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["INVITED"],"until":null}]}
