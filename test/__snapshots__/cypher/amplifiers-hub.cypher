// 1 round trip
// ---- statement 1
// NODE_TREE topAmplifiers:false/none//article,excerpt,id,metric,weight/id,name()
UNWIND $ids AS id
OPTIONAL MATCH (rootDirect:Entity {id: id})
OPTIONAL MATCH (:Redirect {id: id})-[:MERGED_INTO]->(rootMerged:Entity)
WITH id, coalesce(rootDirect, rootMerged) AS root, rootDirect IS NULL AS redirected
CALL (root) {
  WITH root, $pages[0] AS key
  WITH CASE WHEN key.kinds IS NULL OR any(l IN labels(root) WHERE l IN key.kinds) THEN root END AS n, key
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
    WITH r ORDER BY r.weight DESC LIMIT toInteger($pages[0].need)
    RETURN collect(r.weight) AS weights
  }
  WITH key, n, hidden, need, degree, weights[..need][-1] AS floor, size(weights[..need]) AS got
  CALL (n, hidden, floor) {
    MATCH ()-[r:AMPLIFIES]->(n) USING INDEX r:AMPLIFIES(weight)
    WHERE r.weight >= coalesce(floor, 1.0e300) AND (hidden = 0 OR r.retractedAt IS NULL)
    RETURN collect(r) AS heaviest
  }
  CALL (n, hidden, need, got) {
    UNWIND CASE WHEN got < need THEN [1] ELSE [] END AS scan
    MATCH ()-[r:AMPLIFIES]->(n)
    WHERE (hidden = 0 OR r.retractedAt IS NULL)
    WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id LIMIT toInteger($pages[0].need)
    RETURN collect(r) AS scanned
  }
  CALL (need, got, heaviest, scanned) {
    UNWIND CASE WHEN got < need THEN scanned[..need] ELSE heaviest END AS r
    WITH r ORDER BY coalesce(r.weight, -1) DESC, coalesce(r.dateKey, '') DESC, r.id
    RETURN collect(r) AS rels
  }
  WITH n, key, degree - hidden AS total, 'topAmplifiers:false' + CASE WHEN got < need THEN ':scan' ELSE ':index' END AS plan, rels[key.offset..key.offset + key.first] AS shown
  CALL (n, shown) {
    UNWIND range(0, size(shown) - 1) AS pos
    WITH pos, shown[pos] AS r
    WITH pos, {relation: r {.article, .excerpt, .id, .metric, .weight, type: type(r)},
      outgoing: startNode(r) = n,
      other: [e IN [CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END] | e {.id, .name, nodeKind: [l IN labels(e) WHERE l <> 'Entity'][0]}][0]} AS item
    ORDER BY pos
    RETURN collect(item) AS items
  }
  RETURN {found: n IS NOT NULL, total: total, plan: plan, items: items} AS page0
}
RETURN id, root {.*, nodeKind: [l IN labels(root) WHERE l <> 'Entity'][0],
              redirectedFrom: CASE WHEN redirected THEN id END} AS node, [page0] AS pages
// params {"ids":["platform:les-createurs-de-possibles"],"pages":[{"article":null,"direction":"INCOMING","first":20,"includeRetracted":false,"includeUndated":true,"kinds":null,"need":20,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["AMPLIFIES"],"until":null}]}
