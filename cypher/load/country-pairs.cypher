// Rebuild the country-level ties COUNTRY_CRITICIZES / COUNTRY_SUPPORTS between Country actors from
// every statement whose actor and target belong to them (a country's own statements included).
// $pairs: [[countryId, countryId]] (never a country with itself)
UNWIND $pairs AS p
MATCH (a:Country {id: p[0]})
MATCH (b:Country {id: p[1]})
CALL (a, b) {
  OPTIONAL MATCH (a)-[r:COUNTRY_CRITICIZES|COUNTRY_SUPPORTS]->(b)
  DELETE r
}
CALL (a, b, p) {
  MATCH (s:Statement {actorCountryId: p[0], targetCountryId: p[1]})
  WHERE s.polarity <> 0
  WITH a, b, s ORDER BY s.type
  WITH a, b, s.polarity AS polarity, count(s) AS n, collect(DISTINCT s.type) AS types,
       count(DISTINCT s.actorId) AS speakers, min(s.date) AS firstDate, max(s.date) AS lastDate
  FOREACH (_ IN CASE WHEN polarity < 0 THEN [1] ELSE [] END |
    CREATE (a)-[:COUNTRY_CRITICIZES {count: n, types: types, speakers: speakers, firstDate: firstDate, lastDate: lastDate}]->(b))
  FOREACH (_ IN CASE WHEN polarity > 0 THEN [1] ELSE [] END |
    CREATE (a)-[:COUNTRY_SUPPORTS {count: n, types: types, speakers: speakers, firstDate: firstDate, lastDate: lastDate}]->(b))
}
