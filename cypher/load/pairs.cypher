// Rebuild the aggregated actor-level ties CRITICIZES (negative types) and SUPPORTS (positive types)
// for the given pairs from their statements. Runs once per load for the pairs the load touched (not per
// batch); then load/mutual.cypher. $pairs: [[actorId, targetId]]
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]})
MATCH (b:Actor {id: p[1]})
CALL (a, b) {
  OPTIONAL MATCH (a)-[r:CRITICIZES|SUPPORTS]->(b)
  DELETE r
}
CALL (a, b, p) {
  MATCH (s:Statement {actorId: p[0], targetId: p[1]})
  WHERE s.polarity <> 0
  WITH a, b, s ORDER BY s.type
  WITH a, b, s.polarity AS polarity, count(s) AS n, collect(DISTINCT s.type) AS types,
       min(s.date) AS firstDate, max(s.date) AS lastDate
  FOREACH (_ IN CASE WHEN polarity < 0 THEN [1] ELSE [] END |
    CREATE (a)-[:CRITICIZES {count: n, types: types, firstDate: firstDate, lastDate: lastDate}]->(b))
  FOREACH (_ IN CASE WHEN polarity > 0 THEN [1] ELSE [] END |
    CREATE (a)-[:SUPPORTS {count: n, types: types, firstDate: firstDate, lastDate: lastDate}]->(b))
}
