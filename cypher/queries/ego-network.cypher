// Ego network of one actor: every statement it made or received, with the other actor, type, date,
// quote and sentence. Parameters: actor — name or alias as people write it ("Seoul", "the US",
// case-insensitive); limit — most statements returned.
// At 1 M statements: p50 215 / p95 338 ms for South Korea (bench/REPORT.md, load average 22) — over the 100 ms
// target because every statement of the actor (tens of thousands for a hub) is sorted by date before `limit`;
// for a pair use timeline, for the strongest partners criticism-network / alliance-network.
// :param actor => 'Seoul'
// :param limit => 200
WITH trim(toLower($actor)) AS q
WITH CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
WITH trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS key
MATCH (:Alias {key: key})-[:NAMES]->(a:Actor)
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)-[:TARGETS]->(o:Actor)
  RETURN 'made' AS direction, s, o
  UNION
  MATCH (o:Actor)-[:MADE]->(s:Statement)-[:TARGETS]->(a)
  RETURN 'received' AS direction, s, o
}
MATCH (s)-[:IN]->(d:Document)
RETURN a.name AS actor, direction, o.name AS other, s.type AS type, s.polarity AS polarity,
       s.date AS date, s.quote AS quote, s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, direction, other
LIMIT $limit
