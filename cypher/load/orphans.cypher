// Remove actors left without statements (people and organizations first, then countries nobody
// belongs to any more) and alias keys naming nobody — everywhere in the graph, in batched
// transactions (auto-commit, session.run), so a sweep interrupted by a crash is finished by the next load.
MATCH (a:Actor)
WHERE NOT a:Country AND NOT (a)-[:MADE]->() AND NOT ()-[:TARGETS]->(a)
CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 1000 ROWS;
MATCH (c:Country)
WHERE NOT (c)-[:MADE]->() AND NOT ()-[:TARGETS]->(c) AND NOT ()-[:OF_COUNTRY]->(c)
CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 1000 ROWS;
MATCH (k:Alias)
WHERE NOT (k)-[:NAMES]->()
CALL (k) { DELETE k } IN TRANSACTIONS OF 5000 ROWS;
