// Rebuild the country-level ties COUNTRY_CRITICIZES / COUNTRY_SUPPORTS between Country actors from
// every statement whose actor and target belong to them (a country's own statements included).
// Lock first, as load/pairs.cypher: both ties are MERGEd and written before the statements are read, so
// two loads rebuilding the same pair at once take turns (the second reads what the first committed) —
// deleting and then creating them let two first loads each create one (duplicate ties, found by the
// three-loads-at-once test). A tie left with no statement is deleted.
// Countries are looked up by the unique Actor.id index (`MATCH (a:Country {id: …})` scanned the :Country
// label for every pair: half of this step's db hits at 20 k statements).
// $pairs: [[countryId, countryId]] (never a country with itself)
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]}) WHERE a:Country  // the unique Actor.id index (a :Country label alone is scanned)
MATCH (b:Actor {id: p[1]}) WHERE b:Country
MERGE (a)-[c:COUNTRY_CRITICIZES]->(b)
MERGE (a)-[s:COUNTRY_SUPPORTS]->(b)
SET c.count = coalesce(c.count, 0), s.count = coalesce(s.count, 0)
WITH a, b, c, s, p
CALL (c, s, p) {
  // Each statement's four properties read once, then plain aggregations (no list of nodes re-read per
  // property: a statement's properties are a chain of records).
  OPTIONAL MATCH (x:Statement {actorCountryId: p[0], targetCountryId: p[1]})
  WHERE x.polarity <> 0
  WITH c, s, x.polarity < 0 AS neg, x.type AS type, x.actorId AS speaker, x.date AS date
  WITH c, s,
       count(CASE WHEN neg THEN 1 END) AS negCount, collect(DISTINCT CASE WHEN neg THEN type END) AS negTypes,
       count(DISTINCT CASE WHEN neg THEN speaker END) AS negSpeakers,
       min(CASE WHEN neg THEN date END) AS negFirst, max(CASE WHEN neg THEN date END) AS negLast,
       count(CASE WHEN NOT neg THEN 1 END) AS posCount, collect(DISTINCT CASE WHEN NOT neg THEN type END) AS posTypes,
       count(DISTINCT CASE WHEN NOT neg THEN speaker END) AS posSpeakers,
       min(CASE WHEN NOT neg THEN date END) AS posFirst, max(CASE WHEN NOT neg THEN date END) AS posLast
  SET c.count = negCount, c.types = COLLECT { UNWIND negTypes AS t RETURN t ORDER BY t },
      c.speakers = negSpeakers, c.firstDate = negFirst, c.lastDate = negLast,
      s.count = posCount, s.types = COLLECT { UNWIND posTypes AS t RETURN t ORDER BY t },
      s.speakers = posSpeakers, s.firstDate = posFirst, s.lastDate = posLast
  WITH c, s
  FOREACH (r IN CASE WHEN c.count = 0 THEN [c] ELSE [] END | DELETE r)
  FOREACH (r IN CASE WHEN s.count = 0 THEN [s] ELSE [] END | DELETE r)
}
