// The `mutual` count (ab.count + ba.count) on both CRITICIZES ties of a pair that criticize each other,
// absent otherwise (range-indexed, for mutual-criticism). A pass of its own after every pair's ties are
// rebuilt (load/pairs.cypher), so a pair and its reverse rebuilt in parallel chunks cannot leave it stale.
// $pairs: [[actorId, targetId]]
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]})
MATCH (b:Actor {id: p[1]})
OPTIONAL MATCH (a)-[ab:CRITICIZES]->(b)
OPTIONAL MATCH (b)-[ba:CRITICIZES]->(a)
WITH ab, ba, CASE WHEN ab IS NOT NULL AND ba IS NOT NULL THEN ab.count + ba.count END AS m
FOREACH (x IN CASE WHEN ab IS NULL THEN [] ELSE [ab] END | SET x.mutual = m)
FOREACH (x IN CASE WHEN ba IS NULL THEN [] ELSE [ba] END | SET x.mutual = m)
