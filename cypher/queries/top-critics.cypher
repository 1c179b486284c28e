// Top critics: the actors making the most negative statements, with how many targets and the main ones.
// Fast at any size: reads the actors in the order of the range-indexed `criticismMade` (the sum of the
// actor's CRITICIZES counts, kept by every load with `criticismTargets`), then the top five ties of each.
// The main targets are the five ids stored on the actor by every load (load/actor-stats.cypher), so a hub's
// thousands of ties are not sorted per query; a graph loaded before they existed shows none: load it again.
// Parameters: limit — most actors returned.
// :param limit => 20
MATCH (a:Actor)
WHERE a.criticismMade > 0
WITH a ORDER BY a.criticismMade DESC, a.criticismTargets DESC, a.name
LIMIT $limit
CALL (a) {
  UNWIND range(0, size(coalesce(a.mainTargets, [])) - 1) AS i
  MATCH (t:Actor {id: a.mainTargets[i]})
  WITH i, t ORDER BY i
  RETURN collect(t.name) AS mainTargets
}
RETURN a.name AS critic, a.kind AS kind, a.country AS country, a.criticismMade AS statements,
       a.criticismTargets AS targets, mainTargets
ORDER BY statements DESC, targets DESC, critic
