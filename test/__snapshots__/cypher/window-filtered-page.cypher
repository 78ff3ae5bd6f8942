// 1 round trip
// ---- statement 1
// NODE_TREE filtered:WEIGHT_DESC/none//date,id/id()
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
    MATCH (this7)-[this8]-(this9)
    WHERE (type(this8) IN var5.types AND (var5.direction IS NULL OR (var5.direction = 'OUTGOING' AND startNode(this8) = this7) OR (var5.direction = 'INCOMING' AND endNode(this8) = this7)) AND (var5.article IS NULL OR var5.article IN coalesce(this8.sourceArticles, [this8.article])) AND (var5.platform IS NULL OR EXISTS {
      (this9)-[:ON_PLATFORM]->(:Entity { id: var5.platform })
    }) AND ((var5.since IS NULL OR this8.validTo IS NULL OR this8.validTo >= var5.since) AND (var5.until IS NULL OR this8.validFrom IS NULL OR this8.validFrom <= var5.until) AND ((var5.since IS NULL AND var5.until IS NULL) OR var5.includeUndated OR this8.validFrom IS NOT NULL) AND (var5.includeRetracted OR this8.retractedAt IS NULL)))
    WITH this8
    ORDER BY coalesce(this8.weight, -1) DESC, coalesce(this8.dateKey, '') DESC, this8.id ASC
    RETURN collect(this8) AS var10
  }
  WITH this7, var5, size(var10) AS var11, 'filtered:WEIGHT_DESC' AS var12, var10[var5.offset..(var5.offset + var5.first)] AS var13
  CALL (this7, var13) {
    UNWIND range(0, (size(var13) - 1)) AS var14
    WITH this7, var14, var13[var14] AS this15
    WITH var14, {relation: this15 { .date, .id, type: type(this15) }, outgoing: startNode(this15) = this7, other: [var16 IN [CASE
      WHEN startNode(this15) = this7 THEN endNode(this15)
      ELSE startNode(this15)
    END] | var16 { .id, nodeKind: [var17 IN labels(var16) WHERE var17 <> 'Entity'][0] }][0]} AS var18
    ORDER BY var14 ASC
    RETURN collect(var18) AS var19
  }
  RETURN {found: this7 IS NOT NULL, total: var11, plan: var12, items: var19} AS var20
}
RETURN var0 AS id, this3 { .*, nodeKind: [var21 IN labels(this3) WHERE var21 <> 'Entity'][0], redirectedFrom: CASE
  WHEN var4 THEN var0
END } AS node, [var20] AS pages
// params {"ids":["event:benkirane-influencers-lunch-2015-06-13"],"pages":[{"article":null,"direction":"INCOMING","first":10,"includeRetracted":false,"includeUndated":true,"kinds":["Event"],"need":10,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":"2015-06-01","types":["ATTENDED"],"until":"2015-06-30"}]}
