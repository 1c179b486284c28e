// Timeline between two actors or countries: the statements each made about the other, by date.
// A country stands for itself and its people and organizations. Parameters: a, b — names or aliases
// as people write them ("Seoul", "Pyongyang", "the US", case-insensitive); limit — most statements.
// :param a => 'Seoul'
// :param b => 'Pyongyang'
// :param limit => 200
WITH trim(toLower($a)) AS q
WITH CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
WITH trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS keyA
WITH keyA
WITH keyA, trim(toLower($b)) AS q
WITH keyA, CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
WITH keyA, trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS keyB
MATCH (:Alias {key: keyA})-[:NAMES]->(x:Actor)
OPTIONAL MATCH (mx:Actor)-[:OF_COUNTRY]->(x)
WITH keyB, collect(DISTINCT x) + collect(DISTINCT mx) AS xs
MATCH (:Alias {key: keyB})-[:NAMES]->(y:Actor)
OPTIONAL MATCH (my:Actor)-[:OF_COUNTRY]->(y)
WITH xs, collect(DISTINCT y) + collect(DISTINCT my) AS ys
UNWIND xs + ys AS p
MATCH (p)-[:MADE]->(s:Statement)-[:TARGETS]->(q:Actor)
WHERE (p IN xs AND q IN ys) OR (p IN ys AND q IN xs)
WITH DISTINCT p, s, q
MATCH (s)-[:IN]->(d:Document)
RETURN s.date AS date, p.name AS actor, s.type AS type, q.name AS target, s.quote AS quote,
       s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, actor
LIMIT $limit
