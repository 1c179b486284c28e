// Structural balance: triads of actors whose ties are unbalanced — an odd number of negative ties,
// such as "the friend of my enemy": A criticizes B while both are allied with C (one negative tie),
// or three actors who all criticize one another (three negative ties). The sign of a pair is that
// of (positive − negative statements) between them in either direction; pairs that cancel out are ignored.
// Why not in Cypher: enumerating the triangles of a million-statement graph (hundreds of thousands of
// ties, hubs with thousands) took over 100 s in Cypher, and bounding it to the strongest ties still took
// 10–15 s at 1 M (issue 14). Every load runs stancegraph's own balance analysis
// (src/graph/analyses/balance.ts, as `stancegraph build`) on the whole graph and stores the first 1,000
// unbalanced triads in node-key order as (:Triad {rank, signs})-[:OF {position}]->(:Actor), and the counts
// on (:Balance {id: 'actors'}) (src/neo4j/analyses.ts). This query reads them in `rank` order (indexed).
// Parameters: limit — most triads returned.
// :param limit => 100
MATCH (t:Triad)
WHERE t.rank >= 0
WITH t ORDER BY t.rank
LIMIT $limit
CALL (t) {
  MATCH (t)-[o:OF]->(x:Actor)
  WITH o, x ORDER BY o.position
  RETURN collect(x.name) AS n
}
OPTIONAL MATCH (b:Balance {id: 'actors'})
WITH t, n, t.signs[0] AS ab, t.signs[1] AS bc, t.signs[2] AS ac, b
RETURN n[0] AS actor1, n[1] AS actor2, n[2] AS actor3, ab AS sign12, bc AS sign23, ac AS sign13,
       CASE
         WHEN ab + bc + ac = -3 THEN 'all three at odds'
         WHEN ab < 0 THEN n[0] + ' and ' + n[1] + ' clash though both are allied with ' + n[2]
         WHEN bc < 0 THEN n[1] + ' and ' + n[2] + ' clash though both are allied with ' + n[0]
         ELSE n[0] + ' and ' + n[2] + ' clash though both are allied with ' + n[1]
       END AS reading,
       b.unbalanced AS unbalancedInGraph, b.ratio AS balancedShare
ORDER BY t.rank
