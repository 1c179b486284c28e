// Who defends whom: X supports Y while criticizing Z, who criticized Y.
// Bounded: hubs have thousands of ties, so every (X, Y, Z) of a million-statement graph is not an
// interactive query. With an actor, X or Y is that actor and its strongest `ties` support ties and
// `ties` criticism ties are read; without one ('' = all), the strongest `ties` SUPPORTS ties of the
// graph (range-indexed `count`) and, for each supporter, its strongest `ties` criticism ties — stored
// per actor at load time (`topTargets`, up to 50), so a hub's thousands of ties are not sorted. Z's
// criticism of Y is then checked in the statements' (actorId, targetId) index. Raise `ties` for more
// rows (over 50 the criticism ties are read and sorted: slower).
// At 1 M statements: 8,790 db hits (1,482,328 reading and sorting every supporter's ties); p50 109 / p95 172 ms at
// load average 28 (bench/REPORT.md) — over the 100 ms target on the shared machine only by its latency.
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
  WITH x, s, y ORDER BY s.count DESC, x.id, y.id LIMIT $ties
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
// In output order from here, so the rows after the first `limit` are never computed.
WITH x, s, y ORDER BY x.name, y.name
// X's strongest criticism ties: stored per actor at load time (topTargets / topTargetCounts, the 50
// heaviest, then by name: cypher/load/actor-stats.cypher), so a hub's thousands of ties are not sorted;
// read from the ties themselves when `ties` is over 50 or the graph was loaded before they were stored.
CALL (x) {
  WITH x WHERE $ties <= 50 AND x.topTargets IS NOT NULL
  UNWIND range(0, size(x.topTargets) - 1) AS i
  WITH x, i ORDER BY i LIMIT $ties
  MATCH (z:Actor {id: x.topTargets[i]})
  RETURN z, x.topTargetCounts[i] AS criticism
  UNION
  WITH x WHERE $ties > 50 OR x.topTargets IS NULL
  MATCH (x)-[c:CRITICIZES]->(z:Actor)
  WITH c, z ORDER BY c.count DESC, z.name LIMIT $ties
  RETURN z, c.count AS criticism
}
WITH x, s, y, z, criticism WHERE z <> y AND z <> x
// Z criticized Y: Y among Z's stored strongest targets, else the statements' (actorId, targetId) index —
// not the tie (between two hubs, finding one relationship walks the smaller one's thousands of ties).
  AND (y.id IN z.topTargets
       OR EXISTS { MATCH (st:Statement) WHERE st.actorId = z.id AND st.targetId = y.id AND st.polarity = -1 })
WITH x, s, y, z, criticism ORDER BY x.name, y.name, z.name LIMIT $limit
// (Z's tie to Y counts Z's negative statements about Y: counted in the same index)
RETURN x.name AS defender, y.name AS defended, z.name AS attacker,
       s.count AS support, criticism AS criticismOfAttacker,
       COUNT { MATCH (st:Statement) WHERE st.actorId = z.id AND st.targetId = y.id AND st.polarity = -1 } AS attacksOnDefended
ORDER BY defender, defended, attacker
