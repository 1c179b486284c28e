// Criticism network (country level): which country's actors (its government, people, organizations)
// criticize which other country or its actors, how often and by how many speakers.
// Read in the order of the COUNTRY_CRITICIZES(count) index (cypher/schema.cypher): PartialTop touches the
// strongest ties only (20 k statements: 921 db hits, 9,907 without the index; bench/REPORT.md, fifth pass).
// Parameters: minCount — fewest negative statements for a tie to show; limit — most ties returned.
// :param minCount => 1
// :param limit => 100
MATCH (a:Country)-[r:COUNTRY_CRITICIZES]->(b:Country)
WHERE r.count >= $minCount
RETURN a.name AS critic, b.name AS target, r.count AS statements, r.speakers AS speakers,
       r.types AS types, r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY statements DESC, critic, target
LIMIT $limit
