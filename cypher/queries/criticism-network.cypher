// Criticism network (actor level): who criticizes whom, how often, with which negative statement types
// (CRITICIZE, ACCUSE, WARN, DEMAND, REJECT, PROTEST, SANCTION) and over which dates.
// Parameters: minCount — fewest negative statements for a tie to show; limit — most ties returned.
// :param minCount => 1
// :param limit => 100
MATCH (a:Actor)-[r:CRITICIZES]->(b:Actor)
WHERE r.count >= $minCount
RETURN a.name AS critic, a.kind AS criticKind, b.name AS target, b.kind AS targetKind,
       r.count AS statements, r.types AS types, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY statements DESC, critic, target
LIMIT $limit
