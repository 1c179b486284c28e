/**
 * stancegraph: public API
 * =======================
 *
 * extract → graph → analyses → files / Neo4j. The CLI (src/cli.ts) is a thin layer over these.
 */
export { extractDocument, extractPaths, type ExtractOptions } from './pipeline';
export { readDocuments, parseMeta } from './ingest/read-documents';
export { loadLexicons } from './lexicon/load';
export type { Lexicons } from './lexicon/types';
export * from './types';
export { StancegraphError, type ErrorCode } from './errors';
export * from './graph/index';
export * from './export/index';
export { tokenize, parse, parseText, SyntaxModelError, type SyntaxToken } from './syntax/index';
