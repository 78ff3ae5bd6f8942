// 1 round trip
// ---- statement 1
// CLAIMS_OF
OPTIONAL MATCH (direct:Entity { id: $id })
OPTIONAL MATCH (:Redirect { id: $id })-[:MERGED_INTO]->(merged:Entity)
WITH coalesce(direct, merged) AS n, direct IS NULL AS redirected
CALL (n) {
  OPTIONAL MATCH (this0:Claim)-[:ABOUT]->(n)
  RETURN collect(this0 { .* }) AS var1
}
CALL (n) {
  OPTIONAL MATCH (n)-[this2]->()
  WHERE (type(this2) IN $functional AND this2.retractedAt IS NULL)
  RETURN collect(this2 { .*, type: type(this2), sourceId: startNode(this2).id, targetId: endNode(this2).id, source: [var3 IN [startNode(this2)] | var3 { .*, text: NULL, nodeKind: [var4 IN labels(var3) WHERE var4 <> 'Entity'][0] }][0], target: [var5 IN [endNode(this2)] | var5 { .*, text: NULL, nodeKind: [var6 IN labels(var5) WHERE var6 <> 'Entity'][0] }][0] }) AS var7
}
RETURN n { .*, nodeKind: [var8 IN labels(n) WHERE var8 <> 'Entity'][0], redirectedFrom: CASE
  WHEN redirected THEN $id
END } AS node, var1 AS claims, var7 AS relations, COLLECT {
  UNWIND ((coalesce(n.evidenceArticles, []) + [var9 IN var1 | var9.article]) + reduce(var10 = [], var11 IN var7 | var10 + coalesce(var11.sourceArticles, [var11.article]))) AS var12
  WITH DISTINCT var12
  MATCH (this13:Article { id: var12 })
  RETURN this13 { .*, text: NULL, nodeKind: [var14 IN labels(this13) WHERE var14 <> 'Entity'][0] }
} AS articles
// params {"functional":["HELD_AT","ON_PLATFORM"],"id":"event:benkirane-influencers-lunch-2015-06-13"}
