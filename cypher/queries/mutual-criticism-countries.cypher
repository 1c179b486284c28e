// Mutual criticism (country level): pairs of countries whose actors criticize each other.
// Every country tie (a few thousand at most: countries × countries) is read once and paired with its
// reverse by grouping, not by a relationship lookup per tie (a country has tens of thousands of
// relationships; finding one between two of them walked that list thousands of times).
// At 1 M statements: 21,753 db hits (128,959 before); p50 70 / p95 162 ms at load average 28 (bench/REPORT.md).
// Parameters: limit — most pairs returned.
// :param limit => 100
MATCH (a:Country)-[r:COUNTRY_CRITICIZES]->(b:Country)
WHERE a <> b
WITH CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END AS pair, a, r
WITH pair, collect(CASE WHEN a = pair[0] THEN r END)[0] AS ab, collect(CASE WHEN a = pair[1] THEN r END)[0] AS ba
WHERE ab IS NOT NULL AND ba IS NOT NULL
WITH pair[0] AS a, pair[1] AS b, ab, ba
RETURN a.name AS country1, b.name AS country2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.count + ba.count AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, country1, country2
LIMIT $limit
