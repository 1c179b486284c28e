// Store the content hash of each replaced document (src/neo4j/plan.ts) after the load's stale step, only
// where the document holds exactly as many statements as this load wrote for it — all of them this
// load's (the stale step removed the rest) — so a later load of the same content can skip it.
// documents.cypher removes the hash when a batch writes the document, so an interrupted load leaves none.
// $docs: [{id, hash, statements}]
UNWIND $docs AS row
MATCH (d:Document {id: row.id})
WITH d, row, COUNT { (d)<-[:IN]-(:Statement) } AS n
WHERE n = row.statements
SET d.contentHash = row.hash
