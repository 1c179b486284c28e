// Alliance network (country level): which country's actors support, cooperate with or meet which other
// country or its actors, how often and by how many speakers.
// Read in the order of the COUNTRY_SUPPORTS(count) index (cypher/schema.cypher): PartialTop touches the
// strongest ties only (20 k statements: 921 db hits, 8,151 without the index; bench/REPORT.md, fifth pass).
// Parameters: minCount — fewest positive statements for a tie to show; limit — most ties returned.
// :param minCount => 1
// :param limit => 100
MATCH (a:Country)-[r:COUNTRY_SUPPORTS]->(b:Country)
WHERE r.count >= $minCount
RETURN a.name AS actor, b.name AS partner, r.count AS statements, r.speakers AS speakers,
       r.types AS types, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY statements DESC, actor, partner
LIMIT $limit
