// Rebuild the country-level ties COUNTRY_CRITICIZES / COUNTRY_SUPPORTS between Country actors from
// every statement whose actor and target belong to them (a country's own statements included).
// Lock first, as load/pairs.cypher: both ties are MERGEd and written before the statements are read, so
// two loads rebuilding the same pair at once take turns (the second reads what the first committed) —
// deleting and then creating them let two first loads each create one (duplicate ties, found by the
// three-loads-at-once test). A tie left with no statement is deleted.
// $pairs: [[countryId, countryId]] (never a country with itself)
UNWIND $pairs AS p
MATCH (a:Country {id: p[0]})
MATCH (b:Country {id: p[1]})
MERGE (a)-[c:COUNTRY_CRITICIZES]->(b)
MERGE (a)-[s:COUNTRY_SUPPORTS]->(b)
SET c.count = coalesce(c.count, 0), s.count = coalesce(s.count, 0)
WITH a, b, c, s, p
CALL (c, s, p) {
  OPTIONAL MATCH (x:Statement {actorCountryId: p[0], targetCountryId: p[1]})
  WHERE x.polarity <> 0
  WITH c, s, x ORDER BY x.type
  WITH c, s,
       [y IN collect(CASE WHEN x.polarity < 0 THEN x END) | y] AS neg,
       [y IN collect(CASE WHEN x.polarity > 0 THEN x END) | y] AS pos
  SET c.count = size(neg), c.types = COLLECT { UNWIND neg AS y WITH DISTINCT y.type AS t RETURN t ORDER BY t },
      c.speakers = size(COLLECT { UNWIND neg AS y WITH DISTINCT y.actorId AS i RETURN i }),
      c.firstDate = reduce(m = null, y IN neg | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m <= y.date) THEN m ELSE y.date END),
      c.lastDate = reduce(m = null, y IN neg | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m >= y.date) THEN m ELSE y.date END),
      s.count = size(pos), s.types = COLLECT { UNWIND pos AS y WITH DISTINCT y.type AS t RETURN t ORDER BY t },
      s.speakers = size(COLLECT { UNWIND pos AS y WITH DISTINCT y.actorId AS i RETURN i }),
      s.firstDate = reduce(m = null, y IN pos | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m <= y.date) THEN m ELSE y.date END),
      s.lastDate = reduce(m = null, y IN pos | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m >= y.date) THEN m ELSE y.date END)
  WITH c, s
  FOREACH (r IN CASE WHEN c.count = 0 THEN [c] ELSE [] END | DELETE r)
  FOREACH (r IN CASE WHEN s.count = 0 THEN [s] ELSE [] END | DELETE r)
}
