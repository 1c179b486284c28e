// Delete everything, in batched transactions (auto-commit: run each statement with session.run or
// in Browser as it is; cypher-shell < cypher/maintenance/wipe.cypher). Statements go first, with their
// three relationships each; then every remaining relationship (aggregated ties, OF_COUNTRY, NAMES),
// then the nodes. No transaction ever holds an actor's thousands of relationships at once, which
// is what exhausted the heap when a single `MATCH (n) DETACH DELETE n` pass reached a country.
MATCH (s:Statement)
CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 5000 ROWS;
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
