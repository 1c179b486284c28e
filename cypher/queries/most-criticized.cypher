// Most criticized: the actors receiving the most negative statements, with how many critics and the main ones.
// Fast at any size: reads the actors in the order of the range-indexed `criticismReceived` (the sum of
// the counts of the CRITICIZES ties into the actor, kept by every load with `critics`), then the top five.
// The main critics are the five ids stored on the actor by every load (load/actor-stats.cypher), so a hub's
// thousands of ties are not sorted per query; a graph loaded before they existed shows none: load it again.
// Parameters: limit — most actors returned.
// :param limit => 20
MATCH (a:Actor)
WHERE a.criticismReceived > 0
WITH a ORDER BY a.criticismReceived DESC, a.critics DESC, a.name
LIMIT $limit
CALL (a) {
  UNWIND range(0, size(coalesce(a.mainCritics, [])) - 1) AS i
  MATCH (c:Actor {id: a.mainCritics[i]})
  WITH i, c ORDER BY i
  RETURN collect(c.name) AS mainCritics
}
RETURN a.name AS target, a.kind AS kind, a.country AS country, a.criticismReceived AS statements,
       a.critics AS critics, mainCritics
ORDER BY statements DESC, critics DESC, target
