// 1 round trip
// ---- statement 1
// NODE_TREE typed:ATTENDED:INCOMING:WEIGHT_DESC:false/none//article,excerpt,id/id,name(typed:OWNS_ACCOUNT:OUTGOING:WEIGHT_DESC:false/none///id,name())
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
    WITH this7, var15, this16, CASE
      WHEN startNode(this16) = this7 THEN endNode(this16)
      ELSE startNode(this16)
    END AS this17
    CALL (this17) {
      WITH this17, $pages[1] AS var18
      WITH CASE
        WHEN (var18.kinds IS NULL OR any(var19 IN labels(this17) WHERE var19 IN var18.kinds)) THEN this17
      END AS this20, var18
      CALL (this20) {
        RETURN CASE
          WHEN this20.hasRetractions THEN COUNT {
            MATCH (this20)-[this21:OWNS_ACCOUNT]->()
            WHERE this21.retractedAt IS NOT NULL
          }
          ELSE 0
        END AS var22
      }
      CALL (this20, var22) {
        MATCH (this20)-[this23:OWNS_ACCOUNT]->()
        WHERE (var22 = 0 OR this23.retractedAt IS NULL)
        WITH this23
        ORDER BY coalesce(this23.dateKey, '') DESC, this23.id ASC
        LIMIT toInteger($pages[1].need)
        RETURN collect(this23) AS var24
      }
      WITH this20, var18, (COUNT {
        (this20)-[:OWNS_ACCOUNT]->()
      } - var22) AS var25, 'typed:OWNS_ACCOUNT:OUTGOING:WEIGHT_DESC:false' AS var26, var24[var18.offset..(var18.offset + var18.first)] AS var27
      CALL (this20, var27) {
        UNWIND range(0, (size(var27) - 1)) AS var28
        WITH this20, var28, var27[var28] AS this29
        WITH var28, {relation: this29 { type: type(this29) }, outgoing: startNode(this29) = this20, other: [var30 IN [CASE
          WHEN startNode(this29) = this20 THEN endNode(this29)
          ELSE startNode(this29)
        END] | var30 { .id, .name, nodeKind: [var31 IN labels(var30) WHERE var31 <> 'Entity'][0] }][0]} AS var32
        ORDER BY var28 ASC
        RETURN collect(var32) AS var33
      }
      RETURN {found: this20 IS NOT NULL, total: var25, plan: var26, items: var33} AS var34
    }
    WITH var15, {relation: this16 { .article, .excerpt, .id, type: type(this16) }, outgoing: startNode(this16) = this7, other: [var35 IN [this17] | var35 { .id, .name, nodeKind: [var36 IN labels(var35) WHERE var36 <> 'Entity'][0] }][0], pages: [var34]} AS var37
    ORDER BY var15 ASC
    RETURN collect(var37) AS var38
  }
  RETURN {found: this7 IS NOT NULL, total: var12, plan: var13, items: var38} AS var39
}
RETURN var0 AS id, this3 { .*, nodeKind: [var40 IN labels(this3) WHERE var40 <> 'Entity'][0], redirectedFrom: CASE
  WHEN var4 THEN var0
END } AS node, [var39] AS pages
// params {"ids":["event:benkirane-influencers-lunch-2015-06-13"],"pages":[{"article":null,"direction":"INCOMING","first":50,"includeRetracted":false,"includeUndated":true,"kinds":["Event"],"need":50,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["ATTENDED"],"until":null},{"article":null,"direction":"OUTGOING","first":5,"includeRetracted":false,"includeUndated":true,"kinds":["Person"],"need":5,"offset":0,"orderBy":"WEIGHT_DESC","platform":null,"since":null,"types":["OWNS_ACCOUNT"],"until":null}]}
