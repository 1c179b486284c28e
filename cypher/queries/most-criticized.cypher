// Most criticized: the actors receiving the most negative statements, with how many critics and the main ones.
// Fast at any size: reads the actors in the order of the range-indexed `criticismReceived` (the sum of
// the counts of the CRITICIZES ties into the actor, kept by every load with `critics`), then the top five.
// Parameters: limit — most actors returned.
// :param limit => 20
MATCH (a:Actor)
WHERE a.criticismReceived > 0
WITH a ORDER BY a.criticismReceived DESC, a.critics DESC, a.name
LIMIT $limit
CALL (a) {
  MATCH (c:Actor)-[r:CRITICIZES]->(a)
  WITH r, c ORDER BY r.count DESC, c.name
  LIMIT 5
  RETURN collect(c.name) AS mainCritics
}
RETURN a.name AS target, a.kind AS kind, a.country AS country, a.criticismReceived AS statements,
       a.critics AS critics, mainCritics
ORDER BY statements DESC, critics DESC, target
