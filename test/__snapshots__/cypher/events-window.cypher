// 1 round trip
// ---- statement 1
// EVENTS
MATCH (e:Event)
WHERE CASE
  WHEN e.date IS NULL THEN (($window.since IS NULL AND $window.until IS NULL) OR $window.includeUndated)
  ELSE (($window.since IS NULL OR (e.date + '~') >= $window.since) AND ($window.until IS NULL OR e.date <= $window.until))
END
WITH e ORDER BY coalesce(e.date, '9999') ASC, e.id
WITH collect(e { .*, text: NULL, nodeKind: [var0 IN labels(e) WHERE var0 <> 'Entity'][0] }) AS found
RETURN size(found) AS total, found[$offset..$offset + $first] AS items
// params {"first":10,"offset":0,"window":{"includeRetracted":false,"includeUndated":false,"since":"2010-01-01","until":"2010-01-31"}}
