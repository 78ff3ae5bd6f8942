// 1 round trip
// ---- statement 1
// NODE_TREE topAmplifiers:false/none//article,excerpt,id,metric,weight/id,name()
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
        MATCH (this7)<-[this8:AMPLIFIES]-()
        WHERE this8.retractedAt IS NOT NULL
      }
      ELSE 0
    END AS var9
  }
  WITH var5, this7, var9, (var5.offset + var5.first) AS var10
  WITH var5, this7, var9, var10, COUNT {
    ()-[:AMPLIFIES]->(this7)
  } AS var11
  WITH var5, this7, var9, var10, var11, (var11 * var11) > (var10 * COUNT {
    ()-[:AMPLIFIES]->()
  }) AS var12
  CALL (this7, var9, var12) {
    MATCH ()-[this13:AMPLIFIES]->(this7) USING INDEX this13:AMPLIFIES(weight)
    WHERE (this13.weight >= CASE
      WHEN var12 THEN -1.0e300
      ELSE 1.0e300
    END AND (var9 = 0 OR this13.retractedAt IS NULL))
    WITH this13
    ORDER BY this13.weight DESC
    LIMIT toInteger($pages[0].need)
    RETURN collect(this13.weight) AS var14
  }
  WITH var5, this7, var9, var10, var11, var14[0..var10][-1] AS var15, size(var14[0..var10]) AS var16
  CALL (this7, var9, var15) {
    MATCH ()-[this17:AMPLIFIES]->(this7) USING INDEX this17:AMPLIFIES(weight)
    WHERE (this17.weight >= coalesce(var15, 1.0e300) AND (var9 = 0 OR this17.retractedAt IS NULL))
    RETURN collect(this17) AS var18
  }
  CALL (this7, var9, var10, var16) {
    UNWIND CASE
      WHEN var16 < var10 THEN [1]
      ELSE []
    END AS var19
    MATCH ()-[this17:AMPLIFIES]->(this7)
    WHERE (var9 = 0 OR this17.retractedAt IS NULL)
    WITH this17
    ORDER BY coalesce(this17.weight, -1) DESC, coalesce(this17.dateKey, '') DESC, this17.id ASC
    LIMIT toInteger($pages[0].need)
    RETURN collect(this17) AS var20
  }
  CALL (var10, var16, var18, var20) {
    UNWIND CASE
      WHEN var16 < var10 THEN var20[0..var10]
      ELSE var18
    END AS this21
    WITH this21
    ORDER BY coalesce(this21.weight, -1) DESC, coalesce(this21.dateKey, '') DESC, this21.id ASC
    RETURN collect(this21) AS var22
  }
  WITH this7, var5, (var11 - var9) AS var23, ('topAmplifiers:false' + CASE
    WHEN var16 < var10 THEN ':scan'
    ELSE ':index'
  END) AS var24, var22[var5.offset..(var5.offset + var5.first)] AS var25
  CALL (this7, var25) {
    UNWIND range(0, (size(var25) - 1)) AS var26
    WITH this7, var26, var25[var26] AS this27
    WITH var26, {relation: this27 { .article, .excerpt, .id, .metric, .weight, type: type(this27) }, outgoing: startNode(this27) = this7, other: [var28 IN [CASE
      WHEN startNode(this27) = this7 THEN endNode(this27)
      ELSE startNode(this27)
    END] | var28 { .id, .name, nodeKind: [var29 IN labels(var28) WHERE var29 <> 'Entity'][0] }][0]} AS var30
    ORDER BY var26 ASC
    RETURN collect(var30) AS var31
  }
  RETURN {found: this7 IS NOT NULL, total: var23, plan: var24, items: var31} AS var32
}
RETURN var0 AS id, this3 { .*, nodeKind: [var33 IN labels(this3) WHERE var33 <> 'Entity'][0], redirectedFrom: CASE
  WHEN var4 THEN var0
END } AS node, [var32] AS pages
// params {"ids":["platform:les-createurs-de-possibles"],"pages":[{"article":null,"direction":"INCOMING","first":20,"includeRetracted":false,"includeUndated":true,"kinds":null,"need":20,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["AMPLIFIES"],"until":null}]}
