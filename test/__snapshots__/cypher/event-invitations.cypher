// 1 round trip
// ---- statement 1
// NODE_TREE referenced:INVITED:event:WEIGHT_DESC/none//id,response/id()
UNWIND $ids AS var0
OPTIONAL MATCH (this1:Entity { id: var0 })
OPTIONAL MATCH (:Redirect { id: var0 })-[:MERGED_INTO]->(this2:Entity)
WITH var0, coalesce(this1, this2) AS this3, this1 IS NULL AS var4
CALL (this3) {
  WITH this3, $pages[0] AS var5
  WITH CASE
    WHEN (var5.kinds IS NULL OR any(var6 IN labels(this3) WHERE var6 IN var5.kinds)) THEN this3
  END AS this7, var5
  CALL (this7, var5) {
    MATCH ()-[this8:INVITED]->()
    WHERE (this8.event = this7.id AND (var5.article IS NULL OR var5.article IN coalesce(this8.sourceArticles, [this8.article])) AND ((var5.since IS NULL OR this8.validTo IS NULL OR this8.validTo >= var5.since) AND (var5.until IS NULL OR this8.validFrom IS NULL OR this8.validFrom <= var5.until) AND ((var5.since IS NULL AND var5.until IS NULL) OR var5.includeUndated OR this8.validFrom IS NOT NULL) AND (var5.includeRetracted OR this8.retractedAt IS NULL)))
    WITH this8
    ORDER BY coalesce(this8.dateKey, '') DESC, this8.id ASC
    RETURN collect(this8) AS var9
  }
  WITH this7, var5, size(var9) AS var10, 'referenced:INVITED:event:WEIGHT_DESC' AS var11, var9[var5.offset..(var5.offset + var5.first)] AS var12
  CALL (this7, var12) {
    UNWIND range(0, (size(var12) - 1)) AS var13
    WITH this7, var13, var12[var13] AS this14
    WITH var13, {relation: this14 { .id, .response, type: type(this14), sourceId: startNode(this14).id, targetId: endNode(this14).id, source: [var15 IN [startNode(this14)] | var15 { .id, nodeKind: [var16 IN labels(var15) WHERE var16 <> 'Entity'][0] }][0], target: [var17 IN [endNode(this14)] | var17 { .id, nodeKind: [var18 IN labels(var17) WHERE var18 <> 'Entity'][0] }][0] }} AS var19
    ORDER BY var13 ASC
    RETURN collect(var19) AS var20
  }
  RETURN {found: this7 IS NOT NULL, total: var10, plan: var11, items: var20} AS var21
}
RETURN var0 AS id, this3 { .*, nodeKind: [var22 IN labels(this3) WHERE var22 <> 'Entity'][0], redirectedFrom: CASE
  WHEN var4 THEN var0
END } AS node, [var21] AS pages
// params {"ids":["event:benkirane-influencers-lunch-2015-06-13"],"pages":[{"article":null,"direction":null,"first":10,"includeRetracted":false,"includeUndated":true,"kinds":["Event"],"need":10,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["INVITED"],"until":null}]}
