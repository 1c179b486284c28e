// Upsert documents. $docs: [{id, path, title, author, published}]. Their statements are about to change:
// the stored content hash goes (load/document-hashes.cypher writes the new one at the end of the load).
UNWIND $docs AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.author = row.author, d.published = row.published
REMOVE d.contentHash
