// 1 round trip
// ---- statement 1
// NODE_TREE typed:ATTENDED:INCOMING:WEIGHT_DESC:false/none//article,excerpt,id/id,name(typed:OWNS_ACCOUNT:OUTGOING:WEIGHT_DESC:false/none///id,name())
UNWIND $ids AS id
OPTIONAL MATCH (rootDirect:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(rootMerged:Entity)
WITH id, coalesce(rootDirect, rootMerged) AS root, rootDirect IS NULL AS redirected
CALL (root) {
  WITH root, $pages[0] AS key
  WITH CASE WHEN key.kinds IS NULL OR any(l IN labels(root) WHERE l IN key.kinds) THEN root END AS n, key
  CALL (n) {
    RETURN CASE WHEN n.hasRetractions
      THEN COUNT { (n)<-[x:ATTENDED]-() WHERE x.retractedAt IS NOT NULL }
      ELSE 0 END AS hidden
  }
  CALL (n, hidden) {
    MATCH (n)<-[r:ATTENDED]-()
    WHERE (hidden = 0 OR r.retractedAt IS NULL)
    WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($pages[0].need)
    RETURN collect(r) AS rels
  }
  WITH n, key, COUNT { (n)<-[:ATTENDED]-() } - hidden AS total, 'typed:ATTENDED:INCOMING:WEIGHT_DESC:false' AS plan, rels[key.offset..key.offset + key.first] AS shown
  CALL (n, shown) {
    UNWIND range(0, size(shown) - 1) AS pos
    WITH pos, shown[pos] AS r
    WITH pos, r, CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END AS o
    CALL (o) {
      WITH o, $pages[1] AS key
      WITH CASE WHEN key.kinds IS NULL OR any(l IN labels(o) WHERE l IN key.kinds) THEN o END AS n, key
      CALL (n) {
        RETURN CASE WHEN n.hasRetractions
          THEN COUNT { (n)-[x:OWNS_ACCOUNT]->() WHERE x.retractedAt IS NOT NULL }
          ELSE 0 END AS hidden
      }
      CALL (n, hidden) {
        MATCH (n)-[r:OWNS_ACCOUNT]->()
        WHERE (hidden = 0 OR r.retractedAt IS NULL)
        WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($pages[1].need)
        RETURN collect(r) AS rels
      }
      WITH n, key, COUNT { (n)-[:OWNS_ACCOUNT]->() } - hidden AS total, 'typed:OWNS_ACCOUNT:OUTGOING:WEIGHT_DESC:false' AS plan, rels[key.offset..key.offset + key.first] AS shown
      CALL (n, shown) {
        UNWIND range(0, size(shown) - 1) AS pos
        WITH pos, shown[pos] AS r
        WITH pos, {relation: r {type: type(r)},
          outgoing: startNode(r) = n,
          other: [e IN [CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END] | e {.id, .name, nodeKind: [l IN labels(e) WHERE l <> 'Entity'][0]}][0]} AS item
        ORDER BY pos
        RETURN collect(item) AS items
      }
      RETURN {found: n IS NOT NULL, total: total, plan: plan, items: items} AS page1
    }
    WITH pos, {relation: r {.article, .excerpt, .id, type: type(r)},
      outgoing: startNode(r) = n,
      other: [e IN [o] | e {.id, .name, nodeKind: [l IN labels(e) WHERE l <> 'Entity'][0]}][0],
      pages: [page1]} AS item
    ORDER BY pos
    RETURN collect(item) AS items
  }
  RETURN {found: n IS NOT NULL, total: total, plan: plan, items: items} AS page0
}
RETURN id, root {.*, nodeKind: [l IN labels(root) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node, [page0] AS pages
// params {"ids":["event:benkirane-influencers-lunch-2015-06-13"],"pages":[{"article":null,"direction":"INCOMING","first":50,"includeRetracted":false,"includeUndated":true,"kinds":["Event"],"need":50,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["ATTENDED"],"until":null},{"article":null,"direction":"OUTGOING","first":5,"includeRetracted":false,"includeUndated":true,"kinds":["Person"],"need":5,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["OWNS_ACCOUNT"],"until":null}]}
