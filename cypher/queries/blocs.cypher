// Blocs: pairs of actors who criticize the same targets and never criticize each other
// (and whether they also support each other).
// Parameters: minShared — fewest common targets; limit — most pairs returned.
// :param minShared => 1
// :param limit => 100
MATCH (a:Actor)-[:CRITICIZES]->(t:Actor)<-[:CRITICIZES]-(b:Actor)
WHERE a.id < b.id AND t <> a AND t <> b AND NOT (a)-[:CRITICIZES]-(b)
WITH a, b, t ORDER BY t.name
WITH a, b, collect(DISTINCT t.name) AS sharedTargets
WHERE size(sharedTargets) >= $minShared
RETURN a.name AS actor1, b.name AS actor2, size(sharedTargets) AS shared, sharedTargets,
       EXISTS { (a)-[:SUPPORTS]-(b) } AS alsoAllied
ORDER BY shared DESC, alsoAllied DESC, actor1, actor2
LIMIT $limit
