// 1 round trip
// ---- statement 1
// NODE_TREE typed:ATTENDED:INCOMING:WEIGHT_DESC:false/none///id() / claims/cited
UNWIND $ids AS var0
OPTIONAL MATCH (this1:Entity { id: var0 })
OPTIONAL MATCH (:Redirect { id: var0 })-[:MERGED_INTO]->(this2:Entity)
WITH var0, coalesce(this1, this2) AS this3, this1 IS NULL AS var4
CALL (this3) {
  WITH this3, $pages[0] AS var5
  WITH CASE
    WHEN (var5.kinds IS NULL OR any(var6 IN labels(this3) WHERE var6 IN var5.kinds)) THEN this3
  END AS this7, var5
  CALL (this7) {
    RETURN CASE
      WHEN this7.hasRetractions THEN COUNT {
        MATCH (this7)<-[this8:ATTENDED]-()
        WHERE this8.retractedAt IS NOT NULL
      }
      ELSE 0
    END AS var9
  }
  CALL (this7, var9) {
    MATCH (this7)<-[this10:ATTENDED]-()
    WHERE (var9 = 0 OR this10.retractedAt IS NULL)
    WITH this10
    ORDER BY coalesce(this10.dateKey, '') DESC, this10.id ASC
    LIMIT toInteger($pages[0].need)
    RETURN collect(this10) AS var11
  }
  WITH this7, var5, (COUNT {
    (this7)<-[:ATTENDED]-()
  } - var9) AS var12, 'typed:ATTENDED:INCOMING:WEIGHT_DESC:false' AS var13, var11[var5.offset..(var5.offset + var5.first)] AS var14
  CALL (this7, var14) {
    UNWIND range(0, (size(var14) - 1)) AS var15
    WITH this7, var15, var14[var15] AS this16
    WITH var15, {relation: this16 { type: type(this16) }, outgoing: startNode(this16) = this7, other: [var17 IN [CASE
      WHEN startNode(this16) = this7 THEN endNode(this16)
      ELSE startNode(this16)
    END] | var17 { .id, nodeKind: [var18 IN labels(var17) WHERE var18 <> 'Entity'][0] }][0]} AS var19
    ORDER BY var15 ASC
    RETURN collect(var19) AS var20
  }
  RETURN {found: this7 IS NOT NULL, total: var12, plan: var13, items: var20} AS var21
}
CALL (this3) {
  OPTIONAL MATCH (this22:Claim)-[:ABOUT]->(this3)
  RETURN collect(this22 { .* }) AS var23
}
CALL (this3) {
  OPTIONAL MATCH (this3)-[this24]->()
  WHERE (type(this24) IN $functional AND this24.retractedAt IS NULL)
  RETURN collect(this24 { .*, type: type(this24), sourceId: startNode(this24).id, targetId: endNode(this24).id, source: [var25 IN [startNode(this24)] | var25 { .*, text: NULL, nodeKind: [var26 IN labels(var25) WHERE var26 <> 'Entity'][0] }][0], target: [var27 IN [endNode(this24)] | var27 { .*, text: NULL, nodeKind: [var28 IN labels(var27) WHERE var28 <> 'Entity'][0] }][0] }) AS var29
}
RETURN var0 AS id, this3 { .*, nodeKind: [var30 IN labels(this3) WHERE var30 <> 'Entity'][0], redirectedFrom: CASE
  WHEN var4 THEN var0
END } AS node, [var21] AS pages, var23 AS claims, var29 AS relations, COLLECT {
  UNWIND ((coalesce(this3.evidenceArticles, []) + [var31 IN var23 | var31.article]) + reduce(var32 = [], var33 IN var29 | var32 + coalesce(var33.sourceArticles, [var33.article]))) AS var34
  WITH DISTINCT var34
  MATCH (this35:Article { id: var34 })
  RETURN this35 { .*, text: NULL, nodeKind: [var36 IN labels(this35) WHERE var36 <> 'Entity'][0] }
} AS articles
// params {"functional":["HELD_AT","ON_PLATFORM"],"ids":["event:benkirane-influencers-lunch-2015-06-13"],"pages":[{"article":null,"direction":"INCOMING","first":3,"includeRetracted":false,"includeUndated":true,"kinds":["Event"],"need":3,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["ATTENDED"],"until":null}]}
