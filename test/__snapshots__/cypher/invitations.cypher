// 1 round trip
// ---- statement 1
// NODE_TREE typed:INVITED:OUTGOING:WEIGHT_DESC:false/none/event[id,name]/article,event,excerpt,id,reason,response/id,name()
UNWIND $ids AS id
OPTIONAL MATCH (rootDirect:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(rootMerged:Entity)
WITH id, coalesce(rootDirect, rootMerged) AS root, rootDirect IS NULL AS redirected
CALL (root) {
  WITH root, $pages[0] AS key
  WITH CASE WHEN key.kinds IS NULL OR any(l IN labels(root) WHERE l IN key.kinds) THEN root END AS n, key
  CALL (n) {
    RETURN CASE WHEN n.hasRetractions
      THEN COUNT { (n)-[x:INVITED]->() WHERE x.retractedAt IS NOT NULL }
      ELSE 0 END AS hidden
  }
  CALL (n, hidden) {
    MATCH (n)-[r:INVITED]->()
    WHERE (hidden = 0 OR r.retractedAt IS NULL)
    WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($pages[0].need)
    RETURN collect(r) AS rels
  }
  WITH n, key, COUNT { (n)-[:INVITED]->() } - hidden AS total, 'typed:INVITED:OUTGOING:WEIGHT_DESC:false' AS plan, rels[key.offset..key.offset + key.first] AS shown
  CALL (n, shown) {
    UNWIND range(0, size(shown) - 1) AS pos
    WITH pos, shown[pos] AS r
    CALL (r) {
      OPTIONAL MATCH (refDirect:Entity {id: r.event})
      OPTIONAL MATCH (:Redirect {id: r.event})-[:MERGED_INTO]->(refMerged:Entity)
      WITH coalesce(refDirect, refMerged) AS ref, refDirect IS NULL AS redirected
      RETURN ref {.id, .name, nodeKind: [l IN labels(ref) WHERE l <> 'Entity'][0],
                    redirectedFrom: CASE WHEN redirected THEN r.event END} AS ref0
    }
    WITH pos, {relation: r {.article, .event, .excerpt, .id, .reason, .response, type: type(r)},
      outgoing: startNode(r) = n,
      other: [e IN [CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END] | e {.id, .name, nodeKind: [l IN labels(e) WHERE l <> 'Entity'][0]}][0],
      refs: [ref0]} AS item
    ORDER BY pos
    RETURN collect(item) AS items
  }
  RETURN {found: n IS NOT NULL, total: total, plan: plan, items: items} AS page0
}
RETURN id, root {.*, nodeKind: [l IN labels(root) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node, [page0] AS pages
// params {"ids":["person:abdelilah-benkirane"],"pages":[{"article":null,"direction":"OUTGOING","first":50,"includeRetracted":false,"includeUndated":true,"kinds":["Person"],"need":50,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["INVITED"],"until":null}]}
