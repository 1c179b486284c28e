// Per-actor criticism totals, from the actor's CRITICIZES ties, for top-critics and most-criticized
// (range-indexed, so those queries read the top actors in index order instead of every tie):
// criticismMade / criticismTargets (sum of counts / number of ties out), criticismReceived / critics (in),
// and the ids of its five main targets and main critics (heaviest ties first, then by name), so the
// queries do not sort a hub's thousands of ties; topTargets / topTargetCounts: its 50 heaviest criticism
// ties (ids and counts, same order) for defenders.cypher. Runs once per load for the actors whose ties it touched
// (both ends of every pair). $ids: [actorId]
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[r:CRITICIZES]->()
  RETURN coalesce(sum(r.count), 0) AS made, count(r) AS targets
}
CALL (a) {
  OPTIONAL MATCH ()-[r:CRITICIZES]->(a)
  RETURN coalesce(sum(r.count), 0) AS received, count(r) AS critics
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:CRITICIZES]->(t:Actor)
  WITH r, t ORDER BY r.count DESC, t.name
  LIMIT 50
  RETURN collect(t.id) AS topTargets, collect(r.count) AS topTargetCounts
}
CALL (a) {
  OPTIONAL MATCH (c:Actor)-[r:CRITICIZES]->(a)
  WITH r, c ORDER BY r.count DESC, c.name
  LIMIT 5
  RETURN collect(c.id) AS mainCritics
}
SET a.criticismMade = made, a.criticismTargets = targets, a.criticismReceived = received, a.critics = critics,
    a.mainTargets = topTargets[0..5], a.mainCritics = mainCritics,
    a.topTargets = topTargets, a.topTargetCounts = topTargetCounts
