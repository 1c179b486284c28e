import type { Command } from './types';

/**
 * Every subcommand, in the order `stancegraph --help` lists them, loaded only when it is used: a command's
 * module pulls in what it needs (the Neo4j driver and rxjs for `load`/`query`, the Kafka client for `worker`),
 * and `extract` should not pay for loading those (about 6 % of a one-thread run on 1 MB of text, measured with
 * --cpu-prof). `stancegraph --help` loads them all.
 */
export interface CommandEntry {
  name: string;
  load(): Command;
}

// require() (CommonJS build) is what makes the load lazy
export const COMMANDS: CommandEntry[] = [
  { name: 'build', load: () => require('./build').buildCommand },
  { name: 'extract', load: () => require('./extract').extractCommand },
  { name: 'gaps', load: () => require('./gaps').gapsCommand },
  { name: 'eval', load: () => require('./eval').evalCommand },
  { name: 'neo4j', load: () => require('./neo4j-image').neo4jCommand }, // `neo4j` + its `image` action
  { name: 'load', load: () => require('./load').loadCommand },
  { name: 'analyses', load: () => require('./load-analyses').analysesCommand },
  { name: 'query', load: () => require('./query').queryCommand },
  { name: 'parse', load: () => require('./parse').parseCommand },
  { name: 'kafka', load: () => require('./kafka').kafkaCommand },
  { name: 'publish', load: () => require('./publish').publishCommand },
  { name: 'worker', load: () => require('./worker').workerCommand },
];
