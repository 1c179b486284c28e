import type { Command } from './types';
import { extractCommand } from './extract';
import { neo4jCommand } from './neo4j';

/** Every subcommand, in the order `stancegraph --help` lists them. One line each. */
export const COMMANDS: Command[] = [
  extractCommand,
  neo4jCommand,
];
