// Structural balance: triads of actors whose ties are unbalanced — an odd number of negative ties,
// such as "the friend of my enemy": A criticizes B while both are allied with C (one negative tie),
// or three actors who all criticize one another (three negative ties). The sign of a pair is that
// of (positive − negative statements) between them in either direction; pairs that cancel out are ignored.
// Bounded: enumerating every triangle of a million-statement graph (hundreds of thousands of ties,
// hubs with thousands) does not fit an interactive query. This one looks for triangles among the
// strongest `ties` CRITICIZES and the strongest `ties` SUPPORTS ties (read in the order of their
// range-indexed `count`); each pair's sign still comes from all its ties. Raise `ties` for more triads
// (slower); on a small graph the default covers every tie. The whole-graph share of balanced triads is
// what `stancegraph build` reports (summary.md, docs/GRAPH.md).
// Parameters: ties — strongest ties of each sign considered; limit — most triads returned.
// :param ties => 300
// :param limit => 100
CALL () {
  MATCH (x:Actor)-[r:CRITICIZES]->(y:Actor) WHERE r.count > 0
  WITH x, y ORDER BY r.count DESC LIMIT $ties
  RETURN x, y
  UNION
  MATCH (x:Actor)-[r:SUPPORTS]->(y:Actor) WHERE r.count > 0
  WITH x, y ORDER BY r.count DESC LIMIT $ties
  RETURN x, y
}
WITH x, y WHERE x <> y
WITH DISTINCT CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS e
WITH collect(e) AS edges
WITH edges, [e IN edges | e[0].id + '\u0000' + e[1].id] AS keys
UNWIND edges AS e
WITH keys, e[0] AS a, e[1] AS b
WITH keys, a, collect(b) AS up
UNWIND up AS b
UNWIND up AS c
WITH keys, a, b, c WHERE b.id < c.id AND b.id + '\u0000' + c.id IN keys
CALL (a, b) { MATCH (a)-[r:CRITICIZES|SUPPORTS]-(b)
       RETURN sign(sum(CASE type(r) WHEN 'SUPPORTS' THEN r.count ELSE -r.count END)) AS ab }
CALL (b, c) { MATCH (b)-[r:CRITICIZES|SUPPORTS]-(c)
       RETURN sign(sum(CASE type(r) WHEN 'SUPPORTS' THEN r.count ELSE -r.count END)) AS bc }
CALL (a, c) { MATCH (a)-[r:CRITICIZES|SUPPORTS]-(c)
       RETURN sign(sum(CASE type(r) WHEN 'SUPPORTS' THEN r.count ELSE -r.count END)) AS ac }
WITH a, b, c, ab, bc, ac
WHERE ab <> 0 AND bc <> 0 AND ac <> 0 AND ab * bc * ac < 0
RETURN a.name AS actor1, b.name AS actor2, c.name AS actor3, ab AS sign12, bc AS sign23, ac AS sign13,
       CASE
         WHEN ab + bc + ac = -3 THEN 'all three at odds'
         WHEN ab < 0 THEN a.name + ' and ' + b.name + ' clash though both are allied with ' + c.name
         WHEN bc < 0 THEN b.name + ' and ' + c.name + ' clash though both are allied with ' + a.name
         ELSE a.name + ' and ' + c.name + ' clash though both are allied with ' + b.name
       END AS reading
ORDER BY actor1, actor2, actor3
LIMIT $limit
