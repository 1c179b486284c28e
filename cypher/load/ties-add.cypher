// Add the statements a batch has just created to their pairs' CRITICIZES or SUPPORTS tie, in the same
// transaction as the CREATE (so a committed batch always has its ties, and a killed load leaves none
// half-counted). Only for statements new to the database: statements that were already there (a re-run,
// a concurrent load) have their pairs rebuilt from the statements after the last batch
// (load/pairs.cypher). The client aggregates the batch per pair and sign (one row each, sorted by pair);
// run once with $kind 'CRITICIZES' (negative statements) and once with 'SUPPORTS' (positive).
// Two writers of one tie serialize on its write lock (pairs.cypher takes the same lock before it reads
// the statements), so an increment is never lost under a concurrent rebuild.
// $ties: [{a, b, count, types (sorted), firstDate, lastDate}]
UNWIND $ties AS t
MATCH (a:Actor {id: t.a})
MATCH (b:Actor {id: t.b})
CALL (a, b, t) {
  WITH a, b, t WHERE $kind = 'CRITICIZES'
  MERGE (a)-[r:CRITICIZES]->(b)
  RETURN r
  UNION
  WITH a, b, t WHERE $kind = 'SUPPORTS'
  MERGE (a)-[r:SUPPORTS]->(b)
  RETURN r
}
WITH r, t, r.count IS NULL AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET r.count = t.count, r.types = t.types, r.firstDate = t.firstDate, r.lastDate = t.lastDate)
FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END |
  SET r.count = r.count + t.count,
      r.types = COLLECT { UNWIND r.types + t.types AS y WITH DISTINCT y RETURN y ORDER BY y },
      r.firstDate = CASE WHEN t.firstDate IS NULL OR (r.firstDate IS NOT NULL AND r.firstDate <= t.firstDate) THEN r.firstDate ELSE t.firstDate END,
      r.lastDate = CASE WHEN t.lastDate IS NULL OR (r.lastDate IS NOT NULL AND r.lastDate >= t.lastDate) THEN r.lastDate ELSE t.lastDate END)
