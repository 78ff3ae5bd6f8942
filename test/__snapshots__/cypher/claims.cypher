// 1 round trip
// ---- statement 1
// CLAIMS_OF
OPTIONAL MATCH (direct:Entity { id: $id })
OPTIONAL MATCH (:Redirect { id: $id })-[:MERGED_INTO]->(merged:Entity)
WITH coalesce(direct, merged) AS n, direct IS NULL AS redirected
CALL (n) {
  OPTIONAL MATCH (c:Claim)-[:ABOUT]->(n)
  RETURN collect(c {.*}) AS claims
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]->() WHERE type(r) IN $functional AND r.retractedAt IS NULL
  RETURN collect(r { .*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, source: [var0 IN [startNode(r)] | var0 { .*, text: NULL, nodeKind: [var1 IN labels(var0) WHERE var1 <> 'Entity'][0] }][0], target: [var2 IN [endNode(r)] | var2 { .*, text: NULL, nodeKind: [var3 IN labels(var2) WHERE var3 <> 'Entity'][0] }][0] }) AS relations
}
CALL (claims, relations) {
  UNWIND reduce(ids = [c IN claims | c.article], x IN relations | ids + coalesce(x.sourceArticles, [x.article])) AS id
  WITH DISTINCT id
  MATCH (a:Article {id: id})
  RETURN collect(a { .*, text: NULL, nodeKind: [var4 IN labels(a) WHERE var4 <> 'Entity'][0] }) AS articles
}
RETURN n { .*, nodeKind: [var5 IN labels(n) WHERE var5 <> 'Entity'][0], redirectedFrom: CASE
  WHEN redirected THEN $id
END } AS node, claims, relations, articles
// params {"functional":["HELD_AT","ON_PLATFORM"],"id":"event:benkirane-influencers-lunch-2015-06-13"}
