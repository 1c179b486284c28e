// Mutual criticism (actor level): pairs of actors who criticize each other, with the statements each way.
// Fast at any size: each load stores on both CRITICIZES ties of such a pair `mutual` (the statements
// both ways, range-indexed), so the pairs are read in that order and only `limit` of them.
// At 1 M statements: p50 142 / p95 198 ms (bench/REPORT.md, load average 22): the 100 ties with the highest
// `mutual` are read in index order, then both names of each; not below 100 ms on the shared machine.
// Parameters: limit — most pairs returned.
// :param limit => 100
MATCH (a:Actor)-[ab:CRITICIZES]->(b:Actor)
WHERE ab.mutual > 0 AND a.id < b.id
MATCH (b)-[ba:CRITICIZES]->(a)
RETURN a.name AS actor1, b.name AS actor2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.mutual AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, actor1, actor2
LIMIT $limit
