/**
 * stancegraph ↔ Neo4j
 * ===================
 *
 * The public surface used by `stancegraph load`, `stancegraph query` and `stancegraph build --neo4j`:
 *
 *   const config = neo4jConfigFromEnv(process.env);
 *   const driver = await openDriver(config);          // E_NEO4J_DOWN / E_NEO4J_AUTH when it can't
 *   await applySchema(driver);
 *   const summary = await loadStatements(driver, statements, { onProgress });
 *
 * Model (see docs/NEO4J.md): (:Actor)-[:MADE]->(:Statement)-[:TARGETS]->(:Actor), (:Statement)-[:IN]->(:Document),
 * (:Actor)-[:OF_COUNTRY]->(:Actor:Country), (:Alias {key})-[:NAMES]->(:Actor), aggregated
 * [:CRITICIZES|SUPPORTS] between actors and [:COUNTRY_CRITICIZES|COUNTRY_SUPPORTS] between countries.
 */
export { neo4jConfigFromEnv, DEFAULT_PASSWORD } from './config';
export type { Neo4jConfig } from './config';
export { openDriver, classifyNeo4jError, asNeo4jError, resourceError, DOWN_HINT } from './driver';
export { applySchema } from './schema';
export { loadStatements, writePlan, wipeGraph, graphCounts } from './load';
export { LoadPlan } from './plan';
export { checkRecord, checkLine, LIMITS, STATEMENT_SCHEMA } from './record';
export { scanJsonl, validRecords, Spool, formatProblem } from './input';
export type { Problem } from './input';
export type { LoadOptions, LoadSummary, GraphCounts } from './load';
export { aliasKey, aliasKeys } from './aliases';
export { listQueries, loadQuery, runQuery } from './library';
export type { LibraryQuery, QueryResult } from './library';
export { bulkImport } from './bulk';
export { writeAnalyses } from './analyses';
export type { AnalysesSummary, AnalysesOptions } from './analyses';
export type { BulkOptions, BulkSummary } from './bulk';
