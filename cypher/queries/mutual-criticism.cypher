// Mutual criticism (actor level): pairs of actors who criticize each other, with the statements each way.
// Parameters: limit — most pairs returned.
// :param limit => 100
MATCH (a:Actor)-[ab:CRITICIZES]->(b:Actor)-[ba:CRITICIZES]->(a)
WHERE a.id < b.id
RETURN a.name AS actor1, b.name AS actor2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.count + ba.count AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, actor1, actor2
LIMIT $limit
