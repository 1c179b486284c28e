/** stancegraph export: GEXF 1.3, GraphML, statements.jsonl and the summary. */
export * from './gexf';
export * from './graphml';
export * from './summary';
export * from './jsonl';
export * from './columns';
export * from './colors';
export { escapeXml } from './xml';
export * from './stream';
