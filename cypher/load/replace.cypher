// Replace-by-document, step 1: delete every statement the graph holds for documents this batch
// replaces in full (the batch then CREATEs their statements: cypher/load/statements-new.cypher).
// Runs in the batch's own transaction after load/documents.cypher, which SETs each document and so
// holds its write lock: a concurrent load replacing the same document waits, then reads (and
// deletes) what the first one committed — each document ends with one load's complete set.
// Returns what the deleted statements fed, so the load rebuilds those ties after its last batch.
// $docs: [document id] (sorted, the lock order).
UNWIND $docs AS docId
MATCH (:Document {id: docId})<-[:IN]-(s:Statement)
WITH s, s.id AS id, s.actorId AS actorId, s.targetId AS targetId,
     s.actorCountryId AS actorCountryId, s.targetCountryId AS targetCountryId
DETACH DELETE s
RETURN id, actorId, targetId, actorCountryId, targetCountryId
