// 1 round trip
// ---- statement 1
// CLAIMS_OF
OPTIONAL MATCH (direct:Entity { id: $id })
OPTIONAL MATCH (:Redirect { id: $id })-[:MERGED_INTO]->(merged:Entity)
WITH coalesce(direct, merged) AS n, direct IS NULL AS redirected
CALL (n) {
  OPTIONAL MATCH (this0:Claim)-[:ABOUT]->(n)
  RETURN collect(this0 { .* }) AS claims
}
CALL (n) {
  OPTIONAL MATCH (n)-[this1]->()
  WHERE (type(this1) IN $functional AND this1.retractedAt IS NULL)
  RETURN collect(this1 { .*, type: type(this1), sourceId: startNode(this1).id, targetId: endNode(this1).id, source: [var2 IN [startNode(this1)] | var2 { .*, text: NULL, nodeKind: [var3 IN labels(var2) WHERE var3 <> 'Entity'][0] }][0], target: [var4 IN [endNode(this1)] | var4 { .*, text: NULL, nodeKind: [var5 IN labels(var4) WHERE var5 <> 'Entity'][0] }][0] }) AS relations
}
CALL (claims, relations) {
  UNWIND reduce(ids = [c IN claims | c.article], x IN relations | ids + coalesce(x.sourceArticles, [x.article])) AS id
  WITH DISTINCT id
  MATCH (a:Article {id: id})
  RETURN collect(a { .*, text: NULL, nodeKind: [var6 IN labels(a) WHERE var6 <> 'Entity'][0] }) AS articles
}
RETURN n { .*, nodeKind: [var7 IN labels(n) WHERE var7 <> 'Entity'][0], redirectedFrom: CASE
  WHEN redirected THEN $id
END } AS node, claims, relations, articles
// params {"functional":["HELD_AT","ON_PLATFORM"],"id":"event:benkirane-influencers-lunch-2015-06-13"}
