// Alliance network (actor level): who supports, cooperates with or meets whom (SUPPORT, COOPERATE, MEET),
// how often and over which dates.
// Parameters: minCount — fewest positive statements for a tie to show; limit — most ties returned.
// :param minCount => 1
// :param limit => 100
MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor)
WHERE r.count >= $minCount
RETURN a.name AS actor, a.kind AS actorKind, b.name AS partner, b.kind AS partnerKind,
       r.count AS statements, r.types AS types, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY statements DESC, actor, partner
LIMIT $limit
