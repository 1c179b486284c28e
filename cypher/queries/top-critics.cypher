// Top critics: the actors making the most negative statements, with how many targets and the main ones.
// Fast at any size: reads the actors in the order of the range-indexed `criticismMade` (the sum of the
// actor's CRITICIZES counts, kept by every load with `criticismTargets`), then the top five ties of each.
// Parameters: limit — most actors returned.
// :param limit => 20
MATCH (a:Actor)
WHERE a.criticismMade > 0
WITH a ORDER BY a.criticismMade DESC, a.criticismTargets DESC, a.name
LIMIT $limit
CALL (a) {
  MATCH (a)-[r:CRITICIZES]->(t:Actor)
  WITH r, t ORDER BY r.count DESC, t.name
  LIMIT 5
  RETURN collect(t.name) AS mainTargets
}
RETURN a.name AS critic, a.kind AS kind, a.country AS country, a.criticismMade AS statements,
       a.criticismTargets AS targets, mainTargets
ORDER BY statements DESC, targets DESC, critic
