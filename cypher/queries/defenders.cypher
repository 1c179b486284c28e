// Who defends whom: X supports Y while criticizing Z, who criticized Y.
// Bounded: hubs have thousands of ties, so every (X, Y, Z) of a million-statement graph is not an
// interactive query. With an actor, X or Y is that actor and its strongest `ties` support ties and
// `ties` criticism ties are read; without one ('' = all), the strongest `ties` SUPPORTS ties of the
// graph (range-indexed `count`) and, for each supporter, its strongest `ties` criticism ties. Z's
// criticism of Y is then one relationship check. Raise `ties` for more rows (slower).
// At 1 M statements: p50 1.6 s / p95 2.1 s (bench/REPORT.md, load average 22) — over the 100 ms target: each of the
// `ties` supporters' criticism ties is read and sorted, and hubs have thousands. Ask for less: an `actor`, `ties` 10–20.
// Parameters: actor — name or alias of X or Y to focus on ('' for all; "Seoul", "the US" work);
// ties — strongest ties read at each step; limit — most rows returned.
// :param actor => ''
// :param ties => 50
// :param limit => 100
WITH trim(toLower($actor)) AS q
WITH CASE WHEN q STARTS WITH 'the ' THEN substring(q, 4) ELSE q END AS q
WITH trim(replace(replace(replace(replace(replace(q, '.', ''), '’', "'"), '-', ' '), '  ', ' '), '  ', ' ')) AS key
OPTIONAL MATCH (:Alias {key: key})-[:NAMES]->(f:Actor)
WITH key, collect(f) AS focus
CALL (key, focus) {
  // Y defended by X: support ties of the whole graph, or of the focus actor in either role.
  WITH key WHERE key = ''
  MATCH (x:Actor)-[s:SUPPORTS]->(y:Actor) WHERE s.count > 0
  WITH x, s, y ORDER BY s.count DESC LIMIT $ties
  RETURN x, s, y
  UNION
  UNWIND focus AS f
  CALL (f) {
    MATCH (f)-[s:SUPPORTS]->(y:Actor)
    WITH f AS x, s, y ORDER BY s.count DESC LIMIT $ties
    RETURN x, s, y
    UNION
    MATCH (x:Actor)-[s:SUPPORTS]->(f)
    WITH x, s, f AS y ORDER BY s.count DESC LIMIT $ties
    RETURN x, s, y
  }
  RETURN x, s, y
}
WITH DISTINCT x, s, y WHERE x <> y
CALL (x) {
  MATCH (x)-[c:CRITICIZES]->(z:Actor)
  WITH c, z ORDER BY c.count DESC LIMIT $ties
  RETURN c, z
}
MATCH (z)-[zc:CRITICIZES]->(y)
WHERE z <> y AND z <> x
RETURN x.name AS defender, y.name AS defended, z.name AS attacker,
       s.count AS support, c.count AS criticismOfAttacker, zc.count AS attacksOnDefended
ORDER BY defender, defended, attacker
LIMIT $limit
