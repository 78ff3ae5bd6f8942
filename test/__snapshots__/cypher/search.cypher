// 1 round trip
// ---- statement 1
// SEARCH
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n, score
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
WITH n, score ORDER BY score DESC, n.id LIMIT toInteger($candidates)
RETURN collect(n { .aliases, .handle, .id, .name, .url, nodeKind: [var0 IN labels(n) WHERE var0 <> 'Entity'][0] }) AS candidates
// params {"candidates":200,"index":"entity_search","kinds":["Person"],"lucene":"\"benkiran\"^8 OR (benkiran^4 OR benkiran*^2 OR folded:benkiran~2)"}
