// 1 round trip
// ---- statement 1
// PASSAGES
CALL () {
  CALL db.index.fulltext.queryRelationships($excerptIndex, $lucene) YIELD relationship AS r, score
  WHERE r.retractedAt IS NULL
  WITH r, score ORDER BY score DESC LIMIT toInteger($candidates)
  RETURN collect(r { .*, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, source: [var0 IN [startNode(r)] | var0 { .*, text: NULL, nodeKind: [var1 IN labels(var0) WHERE var1 <> 'Entity'][0] }][0], target: [var2 IN [endNode(r)] | var2 { .*, text: NULL, nodeKind: [var3 IN labels(var2) WHERE var3 <> 'Entity'][0] }][0] }) AS relations
}
CALL () {
  CALL db.index.fulltext.queryNodes($claimIndex, $lucene) YIELD node AS c, score
  WITH c, score ORDER BY score DESC LIMIT toInteger($candidates)
  MATCH (c)-[:ABOUT]->(s:Entity)
  RETURN collect(c {.*, subjectNode: s { .*, text: NULL, nodeKind: [var4 IN labels(s) WHERE var4 <> 'Entity'][0] }}) AS claims
}
CALL (relations, claims) {
  CALL db.index.fulltext.queryNodes($articleIndex, $lucene) YIELD node AS a, score
  WITH a, score ORDER BY score DESC LIMIT toInteger($articles)
  RETURN a
  UNION
  UNWIND reduce(ids = [c IN claims | c.article], x IN relations | ids + coalesce(x.sourceArticles, [x.article])) AS id
  MATCH (a:Article {id: id})
  RETURN a
}
RETURN relations, claims, collect(a { .*, nodeKind: 'Article' }) AS articles
// params {"articleIndex":"article_text","articles":50,"candidates":300,"claimIndex":"claim_excerpts","excerptIndex":"evidence_excerpts","lucene":"\"exces de zele\"^8 OR (exces^2 OR exces*) OR de OR (zele^2 OR zele*)"}
