// Most criticized: the actors receiving the most negative statements, with how many critics and the main ones.
// Parameters: limit — most actors returned.
// :param limit => 20
MATCH (c:Actor)-[r:CRITICIZES]->(a:Actor)
WITH a, r, c ORDER BY r.count DESC, c.name
RETURN a.name AS target, a.kind AS kind, a.country AS country, sum(r.count) AS statements,
       count(c) AS critics, collect(c.name)[..5] AS mainCritics
ORDER BY statements DESC, critics DESC, target
LIMIT $limit
