// Mutual criticism (country level): pairs of countries whose actors criticize each other.
// Parameters: limit — most pairs returned.
// :param limit => 100
MATCH (a:Country)-[ab:COUNTRY_CRITICIZES]->(b:Country)-[ba:COUNTRY_CRITICIZES]->(a)
WHERE a.id < b.id
RETURN a.name AS country1, b.name AS country2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.count + ba.count AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, country1, country2
LIMIT $limit
