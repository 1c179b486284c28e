import type { Command } from './types';
import { buildCommand } from './build';
import { evalCommand } from './eval';
import { extractCommand } from './extract';
import { gapsCommand } from './gaps';
import { neo4jCommand } from './neo4j-image'; // `neo4j` + its `image` action
import { loadCommand } from './load';
import { analysesCommand } from './load-analyses';
import { queryCommand } from './query';
import { parseCommand } from './parse';
import { kafkaCommand } from './kafka';
import { publishCommand } from './publish';
import { workerCommand } from './worker';

/** Every subcommand, in the order `stancegraph --help` lists them. One line each. */
export const COMMANDS: Command[] = [
  buildCommand,
  extractCommand,
  gapsCommand,
  evalCommand,
  neo4jCommand,
  loadCommand,
  analysesCommand,
  queryCommand,
  parseCommand,
  kafkaCommand,
  publishCommand,
  workerCommand,
];
