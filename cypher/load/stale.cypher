// Delete the statements of replaced documents that this load did not write, and rebuild the ties
// they fed. Runs as an auto-commit query (session.run): one transaction per 100 actor pairs, each
// deleting that pair's stale statements and rebuilding the pair's tie (with its mutual count and both
// actors' criticism totals) and its country pairs' ties,
// so every committed transaction leaves the graph consistent.
// $docs: [document id] (one chunk); $docSet: {documentId: true} for the same ids; $run: this load's id;
// $keep: {statementId: true} for every statement of these documents in this load — never deleted, even
// when a concurrent load of the same statements stamped them with its own loadRun after this one did.
UNWIND $docs AS docId
MATCH (:Document {id: docId})<-[:IN]-(s:Statement)
WHERE (s.loadRun IS NULL OR s.loadRun <> $run) AND $keep[s.id] IS NULL
WITH DISTINCT s.actorId AS actorId, s.targetId AS targetId
CALL (actorId, targetId) {
  MATCH (s:Statement {actorId: actorId, targetId: targetId})
  WHERE $docSet[s.doc] AND (s.loadRun IS NULL OR s.loadRun <> $run) AND $keep[s.id] IS NULL
  WITH collect(s) AS gone
  WITH gone, size(gone) AS n,
       [x IN gone WHERE x.actorCountryId IS NOT NULL AND x.targetCountryId IS NOT NULL
                    AND x.actorCountryId <> x.targetCountryId | [x.actorCountryId, x.targetCountryId]] AS countryPairs
  FOREACH (x IN gone | DETACH DELETE x)
  WITH n, countryPairs
  // The pair's ties from its remaining statements, locked first (as load/pairs.cypher).
  CALL (actorId, targetId) {
    MATCH (a:Actor {id: actorId})
    MATCH (b:Actor {id: targetId})
    MERGE (a)-[c:CRITICIZES]->(b)
    MERGE (a)-[s:SUPPORTS]->(b)
    SET c.count = coalesce(c.count, 0), s.count = coalesce(s.count, 0)
    WITH c, s
    OPTIONAL MATCH (x:Statement {actorId: actorId, targetId: targetId})
    WHERE x.polarity <> 0
    WITH c, s, x ORDER BY x.type
    WITH c, s,
         [y IN collect(CASE WHEN x.polarity < 0 THEN x END) | y] AS neg,
         [y IN collect(CASE WHEN x.polarity > 0 THEN x END) | y] AS pos
    SET c.count = size(neg),
        c.firstDate = reduce(m = null, y IN neg | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m <= y.date) THEN m ELSE y.date END),
        c.lastDate = reduce(m = null, y IN neg | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m >= y.date) THEN m ELSE y.date END),
        c.types = COLLECT { UNWIND neg AS y WITH DISTINCT y.type AS t RETURN t ORDER BY t },
        s.count = size(pos),
        s.firstDate = reduce(m = null, y IN pos | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m <= y.date) THEN m ELSE y.date END),
        s.lastDate = reduce(m = null, y IN pos | CASE WHEN y.date IS NULL OR (m IS NOT NULL AND m >= y.date) THEN m ELSE y.date END),
        s.types = COLLECT { UNWIND pos AS y WITH DISTINCT y.type AS t RETURN t ORDER BY t }
    WITH c, s
    FOREACH (r IN CASE WHEN c.count = 0 THEN [c] ELSE [] END | DELETE r)
    FOREACH (r IN CASE WHEN s.count = 0 THEN [s] ELSE [] END | DELETE r)
  }
  // The pair's mutual count and both actors' criticism totals (as load/pairs.cypher, load/actor-stats.cypher).
  CALL (actorId, targetId) {
    MATCH (a:Actor {id: actorId})
    MATCH (b:Actor {id: targetId})
    OPTIONAL MATCH (a)-[ab:CRITICIZES]->(b)
    OPTIONAL MATCH (b)-[ba:CRITICIZES]->(a)
    WITH ab, ba, CASE WHEN ab IS NOT NULL AND ba IS NOT NULL THEN ab.count + ba.count END AS m
    FOREACH (x IN CASE WHEN ab IS NULL THEN [] ELSE [ab] END | SET x.mutual = m)
    FOREACH (x IN CASE WHEN ba IS NULL THEN [] ELSE [ba] END | SET x.mutual = m)
  }
  CALL (actorId, targetId) {
    UNWIND [actorId, targetId] AS id
    MATCH (x:Actor {id: id})
    CALL (x) {
      OPTIONAL MATCH (x)-[r:CRITICIZES]->()
      RETURN coalesce(sum(r.count), 0) AS made, count(r) AS targets
    }
    CALL (x) {
      OPTIONAL MATCH ()-[r:CRITICIZES]->(x)
      RETURN coalesce(sum(r.count), 0) AS received, count(r) AS critics
    }
    CALL (x) {
      OPTIONAL MATCH (x)-[r:CRITICIZES]->(t:Actor)
      WITH r, t ORDER BY r.count DESC, t.name
      LIMIT 50
      RETURN collect(t.id) AS topTargets, collect(r.count) AS topTargetCounts
    }
    CALL (x) {
      OPTIONAL MATCH (c:Actor)-[r:CRITICIZES]->(x)
      WITH r, c ORDER BY r.count DESC, c.name
      LIMIT 5
      RETURN collect(c.id) AS mainCritics
    }
    SET x.criticismMade = made, x.criticismTargets = targets, x.criticismReceived = received, x.critics = critics,
        x.mainTargets = topTargets[0..5], x.mainCritics = mainCritics,
        x.topTargets = topTargets, x.topTargetCounts = topTargetCounts
  }
  CALL (countryPairs) {
    UNWIND countryPairs AS p
    WITH DISTINCT p
    MATCH (a:Actor {id: p[0]}) WHERE a:Country  // the unique Actor.id index, not a scan of :Country
    MATCH (b:Actor {id: p[1]}) WHERE b:Country
    CALL (a, b) {
      OPTIONAL MATCH (a)-[r:COUNTRY_CRITICIZES|COUNTRY_SUPPORTS]->(b)
      DELETE r
    }
    CALL (a, b, p) {
      MATCH (s:Statement {actorCountryId: p[0], targetCountryId: p[1]})
      WHERE s.polarity <> 0
      WITH a, b, s ORDER BY s.type
      WITH a, b, s.polarity AS polarity, count(s) AS c, collect(DISTINCT s.type) AS types,
           count(DISTINCT s.actorId) AS speakers, min(s.date) AS firstDate, max(s.date) AS lastDate
      FOREACH (_ IN CASE WHEN polarity < 0 THEN [1] ELSE [] END |
        CREATE (a)-[:COUNTRY_CRITICIZES {count: c, types: types, speakers: speakers, firstDate: firstDate, lastDate: lastDate}]->(b))
      FOREACH (_ IN CASE WHEN polarity > 0 THEN [1] ELSE [] END |
        CREATE (a)-[:COUNTRY_SUPPORTS {count: c, types: types, speakers: speakers, firstDate: firstDate, lastDate: lastDate}]->(b))
    }
  }
  RETURN n
} IN TRANSACTIONS OF 100 ROWS
RETURN coalesce(sum(n), 0) AS deleted
