// Upsert actors with their kind label, alias keys (as :Alias nodes) and country.
// $actors: [{id, name, kind, country, role, aliases, aliasKeys, countryId}]; countries come first.
// The name is the smallest canonical name seen and every other name an alias (sorted), so the result
// does not depend on the order of documents, batches or loads.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.kind = row.kind
WITH a, row, CASE WHEN a.name IS NULL OR row.name < a.name THEN row.name ELSE a.name END AS name,
     coalesce(a.aliases, []) + row.aliases + [n IN [a.name, row.name] WHERE n IS NOT NULL] AS names
SET a.name = name,
    a.country = coalesce(row.country, a.country),
    a.role = coalesce(row.role, a.role),
    a.aliases = COLLECT { UNWIND names AS x WITH DISTINCT x WHERE x <> name RETURN x ORDER BY x },
    a.aliasKeys = COLLECT { UNWIND coalesce(a.aliasKeys, []) + row.aliasKeys AS x WITH DISTINCT x RETURN x ORDER BY x }
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.kind = 'country' THEN [1] ELSE [] END | SET a:Country)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'media' THEN [1] ELSE [] END | SET a:Media)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:Group)
FOREACH (k IN row.aliasKeys | MERGE (al:Alias {key: k}) MERGE (al)-[:NAMES]->(a))
WITH a, row WHERE row.countryId IS NOT NULL
MATCH (c:Actor {id: row.countryId})
MERGE (a)-[:OF_COUNTRY]->(c)
