// stancegraph schema: constraints and indexes. Idempotent; `applySchema` runs it before every load.
// Run by hand in Neo4j Browser with the "multi-statement" editor, or: cypher-shell < cypher/schema.cypher
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:Alias) REQUIRE k.key IS UNIQUE;
// Aggregated ties are rebuilt per actor pair and per country pair: both are index seeks.
CREATE INDEX statement_pair IF NOT EXISTS FOR (s:Statement) ON (s.actorId, s.targetId);
CREATE INDEX statement_country_pair IF NOT EXISTS FOR (s:Statement) ON (s.actorCountryId, s.targetCountryId);
CREATE INDEX statement_doc IF NOT EXISTS FOR (s:Statement) ON (s.doc);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
CREATE INDEX statement_type IF NOT EXISTS FOR (s:Statement) ON (s.type);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE TEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON (s.text);
// Where library queries start (cypher/queries/*): the strongest ties and the most active actors,
// read in index order (ORDER BY … DESC LIMIT n touches n entries, not every tie).
CREATE INDEX criticizes_count IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.count);
CREATE INDEX supports_count IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.count);
CREATE INDEX criticizes_mutual IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.mutual);
CREATE INDEX actor_criticism_made IF NOT EXISTS FOR (a:Actor) ON (a.criticismMade);
CREATE INDEX actor_criticism_received IF NOT EXISTS FOR (a:Actor) ON (a.criticismReceived);
// Blocs and balance, computed by stancegraph at load time (src/neo4j/analyses.ts).
CREATE INDEX actor_bloc IF NOT EXISTS FOR (a:Actor) ON (a.bloc);
CREATE CONSTRAINT bloc_id IF NOT EXISTS FOR (b:Bloc) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT triad_rank_unique IF NOT EXISTS FOR (t:Triad) REQUIRE t.rank IS UNIQUE;
CREATE CONSTRAINT balance_id IF NOT EXISTS FOR (b:Balance) REQUIRE b.id IS UNIQUE;
