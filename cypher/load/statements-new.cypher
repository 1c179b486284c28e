// Create statements that are not in the graph yet (the load checked their ids in the same
// transaction: cypher/load/statements.cypher handles the ones that are), with MADE / TARGETS / IN.
// CREATE instead of MERGE: no relationship lookups on busy actors and documents.
// $rows: [{id, actorId, targetId, doc, props}] — props become the node's properties.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (t:Actor {id: row.targetId})
MATCH (d:Document {id: row.doc})
CREATE (a)-[:MADE]->(s:Statement)-[:TARGETS]->(t)
SET s = row.props
CREATE (s)-[:IN]->(d)
