// 1 round trip
// ---- statement 1
// ARTICLES
OPTIONAL MATCH (this0:Entity { id: $id })
OPTIONAL MATCH (:Redirect { id: $id })-[:MERGED_INTO]->(this1:Entity)
WITH coalesce(this0, this1) AS n
CALL (n) {
  CALL (n) {
    UNWIND CASE WHEN $id IS NULL THEN [1] ELSE [] END AS all
    MATCH (a:Article)
    RETURN a, [] AS passages
    UNION ALL
    MATCH (n)-[r]-()
    WHERE r.article IS NOT NULL AND r.retractedAt IS NULL
    WITH coalesce(r.sourceArticles, [r.article]) AS articles, coalesce(r.sourceExcerpts, [r.excerpt]) AS excerpts
    UNWIND range(0, size(articles) - 1) AS i
    WITH articles[i] AS articleId, collect(DISTINCT excerpts[i]) AS passages
    MATCH (a:Article {id: articleId})
    RETURN a, passages
  }
  WITH a, passages
  WHERE ($outlet IS NULL OR a.outletFolded CONTAINS $outlet)
    AND ($language IS NULL OR a.language = $language)
    AND CASE
  WHEN a.date IS NULL THEN (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated)
  ELSE (($window.since IS NULL OR (a.date + '~') >= $window.since) AND ($window.until IS NULL OR a.date <= $window.until))
END
  WITH a, passages ORDER BY coalesce(a.date, '') DESC, a.id
  WITH collect({article: a { .*, text: NULL, nodeKind: [var2 IN labels(a) WHERE var2 <> 'Entity'][0] }, passages: passages}) AS found
  RETURN size(found) AS total, found[$offset..$offset + $first] AS items
}
RETURN $id IS NULL OR n IS NOT NULL AS known, total, items
// params {"first":5,"id":null,"language":"fr","offset":0,"outlet":"wordpress","window":{"includeRetracted":false,"includeUndated":true,"since":null,"until":null}}
