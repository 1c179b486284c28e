// Timeline between two actors or countries: the statements each made about the other, by date.
// A country stands for itself and its people and organizations. Parameters: a, b — names or aliases
// as people write them ("Seoul", "Pyongyang", "the US", case-insensitive); limit — most statements.
// Fast at any size: a country's side is found through the statements' own country ids (range index
// on actorCountryId, targetCountryId: a person's statements carry their country's id), a person's or
// organization's through its id; only the statements between the two are read.
// At 1 M statements: p50 128 / p95 235 ms for South Korea and North Korea (bench/REPORT.md, load average 22) —
// over the 100 ms target because every statement between the two (thousands for two hub countries) is sorted
// by date before `limit`.
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
MATCH (:Alias {key: keyB})-[:NAMES]->(y:Actor)
WITH DISTINCT x, y
CALL (x, y) {
  // both ways: from x's side to y's and back
  UNWIND [[x, y], [y, x]] AS dir
  WITH dir[0] AS from, dir[1] AS to
  CALL (from, to) {
    WITH from, to WHERE from:Country AND to:Country
    MATCH (s:Statement) WHERE s.actorCountryId = from.id AND s.targetCountryId = to.id
    RETURN s
    UNION
    WITH from, to WHERE NOT from:Country AND NOT to:Country
    MATCH (s:Statement) WHERE s.actorId = from.id AND s.targetId = to.id
    RETURN s
    UNION
    WITH from, to WHERE NOT from:Country AND to:Country
    MATCH (from)-[:MADE]->(s:Statement) WHERE s.targetCountryId = to.id
    RETURN s
    UNION
    WITH from, to WHERE from:Country AND NOT to:Country
    MATCH (s:Statement)-[:TARGETS]->(to) WHERE s.actorCountryId = from.id
    RETURN s
  }
  RETURN s
}
WITH DISTINCT s
MATCH (p:Actor)-[:MADE]->(s)-[:TARGETS]->(q:Actor)
MATCH (s)-[:IN]->(d:Document)
RETURN s.date AS date, p.name AS actor, s.type AS type, q.name AS target, s.quote AS quote,
       s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, actor
LIMIT $limit
