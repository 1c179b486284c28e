// Ego network of one actor: every statement it made or received, with the other actor, type, date,
// quote and sentence, oldest first. Parameters: actor — name or alias as people write it ("Seoul",
// "the US", case-insensitive); limit — most statements returned.
// Bounded for hubs (a country makes and receives tens of thousands of statements at 1 M): the range
// indexes on (actorId, date) and (targetId, date) give an actor's statements in date order, so each
// side reads its first `limit` dates only; the date of the `limit`-th statement of the side that
// reaches it first bounds both sides, and the rows up to that date (ties included) are then sorted
// exactly as before (date, document, sentence, direction, other) — the same rows as sorting all of them.
// Statements without a date sort last and are read only when fewer than `limit` have one.
// At 1 M statements (South Korea, ~9,000 statements): 7,338 db hits (145,594 sorting them all); p50 61 / p95 91 ms
// at load average 28 (bench/REPORT.md).
// :param actor => 'Seoul'
// :param limit => 200
WITH trim(toLower($actor)) AS q
WITH CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
WITH trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS key
MATCH (:Alias {key: key})-[:NAMES]->(a:Actor)
// The `limit`-th date each way (null when that side has fewer dated statements), in index order
// (ORDER BY the index's own properties: the planner then reads `limit` entries and sorts nothing).
CALL (a) {
  MATCH (s:Statement) WHERE s.actorId = a.id AND s.date IS NOT NULL
  WITH s ORDER BY s.actorId, s.date LIMIT $limit
  WITH collect(s.date) AS dates
  RETURN CASE WHEN size(dates) < $limit THEN null ELSE dates[-1] END AS madeUntil
}
CALL (a) {
  MATCH (s:Statement) WHERE s.targetId = a.id AND s.date IS NOT NULL
  WITH s ORDER BY s.targetId, s.date LIMIT $limit
  WITH collect(s.date) AS dates
  RETURN CASE WHEN size(dates) < $limit THEN null ELSE dates[-1] END AS receivedUntil
}
WITH a, CASE WHEN madeUntil IS NULL THEN receivedUntil WHEN receivedUntil IS NULL OR madeUntil < receivedUntil
             THEN madeUntil ELSE receivedUntil END AS until
CALL (a, until) {
  // Enough dated statements: those up to `until`, through the indexes.
  WITH a, until WHERE until IS NOT NULL
  MATCH (s:Statement) WHERE s.actorId = a.id AND s.date <= until
  MATCH (s)-[:TARGETS]->(o:Actor)
  RETURN 'made' AS direction, s, o
  UNION
  WITH a, until WHERE until IS NOT NULL
  MATCH (s:Statement) WHERE s.targetId = a.id AND s.date <= until
  MATCH (o:Actor)-[:MADE]->(s)
  RETURN 'received' AS direction, s, o
  UNION
  // Fewer than `limit` dated statements either way: all of them.
  WITH a, until WHERE until IS NULL
  MATCH (a)-[:MADE]->(s:Statement)-[:TARGETS]->(o:Actor)
  RETURN 'made' AS direction, s, o
  UNION
  WITH a, until WHERE until IS NULL
  MATCH (o:Actor)-[:MADE]->(s:Statement)-[:TARGETS]->(a)
  RETURN 'received' AS direction, s, o
}
MATCH (s)-[:IN]->(d:Document)
RETURN a.name AS actor, direction, o.name AS other, s.type AS type, s.polarity AS polarity,
       s.date AS date, s.quote AS quote, s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, direction, other
LIMIT $limit
