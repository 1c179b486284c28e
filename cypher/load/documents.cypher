// Upsert documents. $docs: [{id, path, title, author, published}]
UNWIND $docs AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.author = row.author, d.published = row.published
