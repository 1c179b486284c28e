// Per-actor criticism totals, from the actor's CRITICIZES ties, for top-critics and most-criticized
// (range-indexed, so those queries read the top actors in index order instead of every tie):
// criticismMade / criticismTargets (sum of counts / number of ties out), criticismReceived / critics (in).
// Runs once per load for the actors whose ties it rebuilt. $ids: [actorId]
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
SET a.criticismMade = made, a.criticismTargets = targets, a.criticismReceived = received, a.critics = critics
