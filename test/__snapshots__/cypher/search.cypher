// 1 round trip
// ---- statement 1
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n, score
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
WITH n, score ORDER BY score DESC, n.id
WITH collect({n: n, score: score}) AS hits
RETURN size(hits) AS total,
       [h IN hits[$offset..$offset + $first] | {node: [n IN [h.n] | n {.*, text: null, nodeKind: [l IN labels(n) WHERE l <> 'Entity'][0]}][0], score: h.score}] AS items
// params {"first":10,"index":"entity_names","kinds":["Person"],"lucene":"(benkiran^4 OR benkiran*^2 OR benkiran~2)","offset":0}
