// stancegraph schema: constraints and indexes. Idempotent; `applySchema` runs it before every load.
// Run by hand in Neo4j Browser with the "multi-statement" editor, or: cypher-shell < cypher/schema.cypher
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:Alias) REQUIRE k.key IS UNIQUE;
// Aggregated ties are rebuilt per actor pair and per country pair: both are index seeks.
CREATE INDEX statement_pair IF NOT EXISTS FOR (s:Statement) ON (s.actorId, s.targetId);
CREATE INDEX statement_country_pair IF NOT EXISTS FOR (s:Statement) ON (s.actorCountryId, s.targetCountryId);
// A document's statements are found through its IN relationships (load/stale.cypher): no index on
// Statement.doc. Every index on :Statement is paid on every statement written (issue 14, bench/REPORT.md
// "Fourth pass": the eight Statement indexes were ~3/4 of a batch's commit), so only indexes a load step or
// a library query reads are kept; the two below existed before and are dropped from older databases.
DROP INDEX statement_doc IF EXISTS;
DROP INDEX statement_text IF EXISTS;
// An actor's statements (ego-network) and two countries' (timeline) in date order: ORDER BY date LIMIT n
// reads n index entries instead of sorting a hub's tens of thousands. (A statement without a date is in
// none of these: composite range indexes hold only nodes that have every property.)
CREATE INDEX statement_actor_date IF NOT EXISTS FOR (s:Statement) ON (s.actorId, s.date);
CREATE INDEX statement_target_date IF NOT EXISTS FOR (s:Statement) ON (s.targetId, s.date);
CREATE INDEX statement_country_pair_date IF NOT EXISTS FOR (s:Statement) ON (s.actorCountryId, s.targetCountryId, s.date);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
// Where library queries start (cypher/queries/*): the strongest ties and the most active actors,
// read in index order (ORDER BY … DESC LIMIT n touches n entries, not every tie).
CREATE INDEX criticizes_count IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.count);
CREATE INDEX supports_count IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.count);
CREATE INDEX criticizes_mutual IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.mutual);
CREATE INDEX country_criticizes_count IF NOT EXISTS FOR ()-[r:COUNTRY_CRITICIZES]-() ON (r.count);
CREATE INDEX country_supports_count IF NOT EXISTS FOR ()-[r:COUNTRY_SUPPORTS]-() ON (r.count);
CREATE INDEX actor_criticism_made IF NOT EXISTS FOR (a:Actor) ON (a.criticismMade);
CREATE INDEX actor_criticism_received IF NOT EXISTS FOR (a:Actor) ON (a.criticismReceived);
// Blocs and balance, computed by stancegraph at load time (src/neo4j/analyses.ts).
CREATE INDEX actor_bloc IF NOT EXISTS FOR (a:Actor) ON (a.bloc);
CREATE CONSTRAINT bloc_id IF NOT EXISTS FOR (b:Bloc) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT triad_rank_unique IF NOT EXISTS FOR (t:Triad) REQUIRE t.rank IS UNIQUE;
CREATE CONSTRAINT balance_id IF NOT EXISTS FOR (b:Balance) REQUIRE b.id IS UNIQUE;
