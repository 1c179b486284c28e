// Timeline between two actors or countries: the statements each made about the other, by date.
// A country stands for itself and its people and organizations. Parameters: a, b — names or aliases
// as people write them ("Seoul", "Pyongyang", "the US", case-insensitive); limit — most statements.
// Fast at any size: a country's side is found through the statements' own country ids (a person's
// statements carry their country's id), a person's or organization's through its id; only the
// statements between the two are read. Between two countries (thousands of statements for two hubs at
// 1 M) the range index on (actorCountryId, targetCountryId, date) gives them in date order: each way
// reads its first `limit` dates, the `limit`-th date of the way that reaches it first bounds both, and
// the rows up to that date (ties included) are sorted exactly as before — the same rows as sorting all.
// Statements without a date sort last and are read only when fewer than `limit` have one.
// At 1 M statements (South Korea and North Korea): 7,439 db hits (18,944 before); p50 88 / p95 122 ms at load
// average 28, where `RETURN 1` alone takes 13 / 23 ms (bench/REPORT.md): 200 rows with their sentences.
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
// both ways: from x's side to y's and back
UNWIND [[x, y], [y, x]] AS dir
WITH dir[0] AS from, dir[1] AS to
// The `limit`-th date of each way (null when it has fewer dated statements); the smallest bounds all.
CALL (from, to) {
  CALL (from, to) {
    WITH from, to WHERE from:Country AND to:Country
    MATCH (s:Statement)
    WHERE s.actorCountryId = from.id AND s.targetCountryId = to.id AND s.date IS NOT NULL
    WITH s ORDER BY s.actorCountryId, s.targetCountryId, s.date LIMIT $limit
    RETURN s.date AS date
    UNION ALL
    WITH from, to WHERE NOT from:Country AND NOT to:Country
    MATCH (s:Statement) WHERE s.actorId = from.id AND s.targetId = to.id AND s.date IS NOT NULL
    RETURN s.date AS date
    UNION ALL
    WITH from, to WHERE NOT from:Country AND to:Country
    MATCH (from)-[:MADE]->(s:Statement) WHERE s.targetCountryId = to.id AND s.date IS NOT NULL
    RETURN s.date AS date
    UNION ALL
    WITH from, to WHERE from:Country AND NOT to:Country
    MATCH (s:Statement)-[:TARGETS]->(to) WHERE s.actorCountryId = from.id AND s.date IS NOT NULL
    RETURN s.date AS date
  }
  WITH date ORDER BY date LIMIT $limit
  WITH collect(date) AS dates
  RETURN CASE WHEN size(dates) < $limit THEN null ELSE dates[-1] END AS until
}
// (collect skips the nulls: no bound when no way has `limit` dated statements)
WITH collect([from, to]) AS ways, collect(until) AS bounds
WITH ways, reduce(m = null, b IN bounds | CASE WHEN m IS NULL OR b < m THEN b ELSE m END) AS until
UNWIND ways AS way
WITH way[0] AS from, way[1] AS to, until
CALL (from, to, until) {
  WITH from, to, until WHERE from:Country AND to:Country AND until IS NOT NULL
  MATCH (s:Statement) WHERE s.actorCountryId = from.id AND s.targetCountryId = to.id AND s.date <= until
  RETURN s
  UNION
  WITH from, to, until WHERE from:Country AND to:Country AND until IS NULL
  // (a subquery, so the condition is checked before the index is read)
  CALL (from, to) {
    MATCH (s:Statement) WHERE s.actorCountryId = from.id AND s.targetCountryId = to.id
    RETURN s
  }
  RETURN s
  UNION
  WITH from, to, until WHERE NOT from:Country AND NOT to:Country
  MATCH (s:Statement) WHERE s.actorId = from.id AND s.targetId = to.id AND (until IS NULL OR s.date <= until)
  RETURN s
  UNION
  WITH from, to, until WHERE NOT from:Country AND to:Country
  MATCH (from)-[:MADE]->(s:Statement) WHERE s.targetCountryId = to.id AND (until IS NULL OR s.date <= until)
  RETURN s
  UNION
  WITH from, to, until WHERE from:Country AND NOT to:Country
  MATCH (s:Statement)-[:TARGETS]->(to) WHERE s.actorCountryId = from.id AND (until IS NULL OR s.date <= until)
  RETURN s
}
WITH DISTINCT s
MATCH (p:Actor)-[:MADE]->(s)-[:TARGETS]->(q:Actor)
MATCH (s)-[:IN]->(d:Document)
RETURN s.date AS date, p.name AS actor, s.type AS type, q.name AS target, s.quote AS quote,
       s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, actor
LIMIT $limit
