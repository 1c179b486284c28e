// Blocs: groups of actors that stand together — they support each other or criticize the same targets —
// as found by stancegraph's own bloc analysis (Louvain on the affinity graph, src/graph/analyses/communities.ts,
// the same algorithm and defaults as `stancegraph build`), which every load runs on the whole graph and stores
// as `Actor.bloc` (0 = the largest bloc) and `Actor.blocSize` (src/neo4j/analyses.ts).
// Why not in Cypher: modularity optimisation has no Cypher form, and the pairwise comparison this query used
// to do (pairs of actors sharing criticized targets) ran out of memory at 50 k statements (issue 14).
// Fast at any size: the range index on Actor.bloc gives the `limit` largest blocs; each lists its
// `members` most active actors (statements of criticism made and received).
// Parameters: limit — most blocs returned (blocs of one actor are left out); members — actors listed per bloc.
// :param limit => 10
// :param members => 10
MATCH (a:Actor)
WHERE a.bloc >= 0 AND a.bloc < $limit AND a.blocSize > 1
WITH a ORDER BY a.bloc, coalesce(a.criticismMade, 0) + coalesce(a.criticismReceived, 0) DESC, a.name
WITH a.bloc AS bloc, a.blocSize AS size, collect(a.name) AS names
RETURN bloc, size, names[0..$members] AS members
ORDER BY bloc
