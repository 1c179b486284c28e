import type { Command } from './types';
import { extractCommand } from './extract';

/** Every subcommand, in the order `stancegraph --help` lists them. One line each. */
export const COMMANDS: Command[] = [
  extractCommand,
];
