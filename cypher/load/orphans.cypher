// Remove actors left without statements (people and organizations first, then countries nobody
// belongs to any more) and alias keys naming nobody. $ids: candidate actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT a:Country AND NOT (a)-[:MADE]->() AND NOT ()-[:TARGETS]->(a)
DETACH DELETE a
WITH count(*) AS ignored
UNWIND $ids AS id
MATCH (c:Country {id: id})
WHERE NOT (c)-[:MADE]->() AND NOT ()-[:TARGETS]->(c) AND NOT ()-[:OF_COUNTRY]->(c)
DETACH DELETE c
WITH count(*) AS ignored
MATCH (k:Alias) WHERE NOT (k)-[:NAMES]->()
DELETE k
