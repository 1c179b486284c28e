// Mutual criticism (country level): pairs of countries whose actors criticize each other.
// At 1 M statements: p50 135 / p95 225 ms (bench/REPORT.md, load average 22): every country tie (a few
// thousand) is checked for its reverse; not below 100 ms on the shared machine.
// Parameters: limit — most pairs returned.
// :param limit => 100
MATCH (a:Country)-[ab:COUNTRY_CRITICIZES]->(b:Country)-[ba:COUNTRY_CRITICIZES]->(a)
WHERE a.id < b.id
RETURN a.name AS country1, b.name AS country2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.count + ba.count AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, country1, country2
LIMIT $limit
