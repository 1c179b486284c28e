// Upsert statements and their MADE / TARGETS / IN relationships.
// $rows: [{id, actorId, targetId, doc, props}] — props replace the node's properties.
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s = row.props
WITH s, row
MATCH (a:Actor {id: row.actorId})
MATCH (t:Actor {id: row.targetId})
MATCH (d:Document {id: row.doc})
MERGE (a)-[:MADE]->(s)
MERGE (s)-[:TARGETS]->(t)
MERGE (s)-[:IN]->(d)
