// Rebuild the aggregated actor-level ties CRITICIZES (negative types) and SUPPORTS (positive types)
// of the given pairs from their statements. Runs once per load, after its last batch, for the pairs
// whose statements the load found already in the graph (a re-run, a concurrent load: the batch could
// not simply add them, load/ties-add.cypher). Both ties are write-locked (MERGE + SET) before the
// statements are read, so a concurrent batch adding to the same tie either commits first (and its
// statements are read here) or waits and adds on top. Then load/mutual.cypher. $pairs: [[actorId, targetId]]
UNWIND $pairs AS p
MATCH (a:Actor {id: p[0]})
MATCH (b:Actor {id: p[1]})
MERGE (a)-[c:CRITICIZES]->(b)
MERGE (a)-[s:SUPPORTS]->(b)
SET c.count = coalesce(c.count, 0), s.count = coalesce(s.count, 0)
WITH a, b, c, s, p
CALL (c, s, p) {
  OPTIONAL MATCH (x:Statement {actorId: p[0], targetId: p[1]})
  WHERE x.polarity <> 0
  WITH c, s, x ORDER BY x.type
  WITH c, s,
       [y IN collect(CASE WHEN x.polarity < 0 THEN x END) | y] AS neg,
       [y IN collect(CASE WHEN x.polarity > 0 THEN x END) | y] AS pos
  WITH c, s, neg, pos,
       reduce(m = null, y IN neg | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m <= y.date) THEN m ELSE y.date END) AS negFirst,
       reduce(m = null, y IN neg | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m >= y.date) THEN m ELSE y.date END) AS negLast,
       reduce(m = null, y IN pos | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m <= y.date) THEN m ELSE y.date END) AS posFirst,
       reduce(m = null, y IN pos | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m >= y.date) THEN m ELSE y.date END) AS posLast
  SET c.count = size(neg), c.firstDate = negFirst, c.lastDate = negLast,
      c.types = COLLECT { UNWIND neg AS y WITH DISTINCT y.type AS t RETURN t ORDER BY t },
      s.count = size(pos), s.firstDate = posFirst, s.lastDate = posLast,
      s.types = COLLECT { UNWIND pos AS y WITH DISTINCT y.type AS t RETURN t ORDER BY t }
  WITH c, s
  FOREACH (r IN CASE WHEN c.count = 0 THEN [c] ELSE [] END | DELETE r)
  FOREACH (r IN CASE WHEN s.count = 0 THEN [s] ELSE [] END | DELETE r)
}
