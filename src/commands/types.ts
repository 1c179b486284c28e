/**
 * A CLI subcommand: `stancegraph <name> …`. Each lives in its own file under src/commands/ and
 * is listed in src/commands/index.ts. `run` returns the exit code; it throws StancegraphError
 * for run-fatal conditions (cli.ts prints them) and never calls process.exit itself.
 */
export interface Command {
  name: string;
  /** One line for `stancegraph --help`. */
  summary: string;
  /** Full usage text for `stancegraph <name> --help`. */
  usage: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}
