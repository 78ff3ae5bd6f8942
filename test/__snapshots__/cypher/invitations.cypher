// 1 round trip
// ---- statement 1
// NODE_TREE typed:INVITED:OUTGOING:WEIGHT_DESC:false/none/event[id,name]/article,event,excerpt,id,reason,response/id,name()
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
        MATCH (this7)-[this8:INVITED]->()
        WHERE this8.retractedAt IS NOT NULL
      }
      ELSE 0
    END AS var9
  }
  CALL (this7, var9) {
    MATCH (this7)-[this10:INVITED]->()
    WHERE (var9 = 0 OR this10.retractedAt IS NULL)
    WITH this10
    ORDER BY coalesce(this10.dateKey, '') DESC, this10.id ASC
    LIMIT toInteger($pages[0].need)
    RETURN collect(this10) AS var11
  }
  WITH this7, var5, (COUNT {
    (this7)-[:INVITED]->()
  } - var9) AS var12, 'typed:INVITED:OUTGOING:WEIGHT_DESC:false' AS var13, var11[var5.offset..(var5.offset + var5.first)] AS var14
  CALL (this7, var14) {
    UNWIND range(0, (size(var14) - 1)) AS var15
    WITH this7, var15, var14[var15] AS this16
    WITH var15, {relation: this16 { .article, .event, .excerpt, .id, .reason, .response, type: type(this16) }, outgoing: startNode(this16) = this7, other: [var17 IN [CASE
      WHEN startNode(this16) = this7 THEN endNode(this16)
      ELSE startNode(this16)
    END] | var17 { .id, .name, nodeKind: [var18 IN labels(var17) WHERE var18 <> 'Entity'][0] }][0], refs: [COLLECT {
      OPTIONAL MATCH (this19:Entity { id: this16.event })
      OPTIONAL MATCH (:Redirect { id: this16.event })-[:MERGED_INTO]->(this20:Entity)
      WITH *, coalesce(this19, this20) AS this21, this19 IS NULL AS var22
      WHERE this21 IS NOT NULL
      RETURN this21 { .id, .name, nodeKind: [var23 IN labels(this21) WHERE var23 <> 'Entity'][0], redirectedFrom: CASE
        WHEN var22 THEN this16.event
      END }
    }[0]]} AS var24
    ORDER BY var15 ASC
    RETURN collect(var24) AS var25
  }
  RETURN {found: this7 IS NOT NULL, total: var12, plan: var13, items: var25} AS var26
}
RETURN var0 AS id, this3 { .*, nodeKind: [var27 IN labels(this3) WHERE var27 <> 'Entity'][0], redirectedFrom: CASE
  WHEN var4 THEN var0
END } AS node, [var26] AS pages
// params {"ids":["person:abdelilah-benkirane"],"pages":[{"article":null,"direction":"OUTGOING","first":50,"includeRetracted":false,"includeUndated":true,"kinds":["Person"],"need":50,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["INVITED"],"until":null}]}
