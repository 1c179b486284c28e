// Top critics: the actors making the most negative statements, with how many targets and the main ones.
// Parameters: limit — most actors returned.
// :param limit => 20
MATCH (a:Actor)-[r:CRITICIZES]->(t:Actor)
WITH a, r, t ORDER BY r.count DESC, t.name
RETURN a.name AS critic, a.kind AS kind, a.country AS country, sum(r.count) AS statements,
       count(t) AS targets, collect(t.name)[..5] AS mainTargets
ORDER BY statements DESC, targets DESC, critic
LIMIT $limit
