// Structural balance: triads of actors whose ties are unbalanced — an odd number of negative ties,
// such as "the friend of my enemy": A criticizes B while both are allied with C (one negative tie),
// or three actors who all criticize one another (three negative ties). The sign of a pair is that
// of (positive − negative statements) between them in either direction; pairs that cancel out are ignored.
// Parameters: limit — most triads returned.
// :param limit => 100
MATCH (a:Actor)-[:CRITICIZES|SUPPORTS]-(b:Actor)-[:CRITICIZES|SUPPORTS]-(c:Actor)-[:CRITICIZES|SUPPORTS]-(a)
WHERE a.id < b.id AND b.id < c.id
WITH DISTINCT a, b, c
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
