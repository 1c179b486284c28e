// Rebuild the aggregated actor-level ties CRITICIZES (negative types) and SUPPORTS (positive types)
// for the given pairs from their statements, and the `mutual` count (ab.count + ba.count) on both
// directions of a pair that criticize each other (null otherwise; indexed, for mutual-criticism).
// Runs once per load for the pairs the load touched (not per batch). $pairs: [[actorId, targetId]]
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
CALL (a, b) {
  OPTIONAL MATCH (a)-[ab:CRITICIZES]->(b)
  OPTIONAL MATCH (b)-[ba:CRITICIZES]->(a)
  WITH ab, ba, CASE WHEN ab IS NOT NULL AND ba IS NOT NULL THEN ab.count + ba.count END AS m
  FOREACH (x IN CASE WHEN ab IS NULL THEN [] ELSE [ab] END | SET x.mutual = m)
  FOREACH (x IN CASE WHEN ba IS NULL THEN [] ELSE [ba] END | SET x.mutual = m)
}
