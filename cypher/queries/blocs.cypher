// Blocs: groups of actors that stand together — they support each other or criticize the same targets —
// as found by stancegraph's own bloc analysis (Louvain on the affinity graph, src/graph/analyses/communities.ts,
// the same algorithm and defaults as `stancegraph build`), which every load runs on the whole graph and stores
// (src/neo4j/analyses.ts): `Actor.bloc` (0 = the largest bloc) and `Actor.blocSize` on every actor, and one
// (:Bloc {id, size, top}) per bloc of two or more, `top` being its 50 most active members (statements made
// and received) by id.
// Why not in Cypher: modularity optimisation has no Cypher form, and the pairwise comparison this query used
// to do (pairs of actors sharing criticized targets) ran out of memory at 50 k statements (issue 14).
// Fast at any size: reads `limit` Bloc nodes in id order (indexed) and `members` names of each.
// For every member of one bloc: MATCH (a:Actor {bloc: 0}) RETURN a.name.
// Parameters: limit — most blocs returned (largest first); members — actors listed per bloc (at most 50).
// :param limit => 10
// :param members => 10
MATCH (b:Bloc)
WHERE b.id >= 0
WITH b ORDER BY b.id
LIMIT $limit
CALL (b) {
  UNWIND range(0, size(b.top[0..$members]) - 1) AS i
  MATCH (a:Actor {id: b.top[i]})
  WITH i, a ORDER BY i
  RETURN collect(a.name) AS members
}
RETURN b.id AS bloc, b.size AS size, members
ORDER BY bloc
