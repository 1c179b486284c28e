import type { Command } from './types';
import { buildCommand } from './build';
import { evalCommand } from './eval';
import { extractCommand } from './extract';
import { neo4jCommand } from './neo4j-image'; // `neo4j` + its `image` action
import { loadCommand } from './load';
import { queryCommand } from './query';

/** Every subcommand, in the order `stancegraph --help` lists them. One line each. */
export const COMMANDS: Command[] = [
  buildCommand,
  extractCommand,
  evalCommand,
  neo4jCommand,
  loadCommand,
  queryCommand,
];
