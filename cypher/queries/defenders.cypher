// Who defends whom: X supports Y while criticizing Z, who criticized Y.
// Parameters: actor — name or alias of X or Y to focus on ('' for all; "Seoul", "the US" work);
// limit — most rows returned.
// :param actor => ''
// :param limit => 100
WITH trim(toLower($actor)) AS q
WITH CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
WITH trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS key
OPTIONAL MATCH (:Alias {key: key})-[:NAMES]->(f:Actor)
WITH key, collect(f) AS focus
MATCH (x:Actor)-[s:SUPPORTS]->(y:Actor), (x)-[c:CRITICIZES]->(z:Actor)-[zc:CRITICIZES]->(y)
WHERE x <> y AND x <> z AND y <> z AND (key = '' OR x IN focus OR y IN focus)
RETURN x.name AS defender, y.name AS defended, z.name AS attacker,
       s.count AS support, c.count AS criticismOfAttacker, zc.count AS attacksOnDefended
ORDER BY defender, defended, attacker
LIMIT $limit
