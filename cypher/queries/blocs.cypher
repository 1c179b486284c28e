// Blocs: pairs of actors who criticize the same targets and never criticize each other
// (and whether they also support each other).
// Bounded: at a million statements there are hundreds of thousands of criticism ties and a busy
// target has thousands of critics, so every pair of its critics cannot be compared interactively.
// The query looks at the strongest `ties` criticism ties (read in the order of the range-indexed
// CRITICIZES.count): two actors form a bloc when they share targets among those ties. Raise `ties`
// for a fuller (slower) answer; on a small graph the default covers every tie.
// Parameters: minShared — fewest common targets; ties — strongest criticism ties considered; limit — most pairs.
// :param minShared => 1
// :param ties => 300
// :param limit => 100
MATCH (x:Actor)-[r:CRITICIZES]->(t:Actor)
WHERE r.count > 0
WITH x, r, t ORDER BY r.count DESC
LIMIT $ties
WITH t, collect(x) AS critics
UNWIND critics AS a
UNWIND critics AS b
WITH a, b, t WHERE a.id < b.id AND t <> a AND t <> b
WITH a, b, t ORDER BY t.name
WITH a, b, collect(DISTINCT t.name) AS sharedTargets
WHERE size(sharedTargets) >= $minShared AND NOT EXISTS { (a)-[:CRITICIZES]-(b) }
RETURN a.name AS actor1, b.name AS actor2, size(sharedTargets) AS shared, sharedTargets,
       EXISTS { (a)-[:SUPPORTS]-(b) } AS alsoAllied
ORDER BY shared DESC, alsoAllied DESC, actor1, actor2
LIMIT $limit
