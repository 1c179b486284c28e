#!/usr/bin/env node
/**
 * stancegraph CLI
 * ===============
 *
 * argv → command. Maps StancegraphError to one clear line (plus a hint) and an exit code:
 * 0 success, 1 some input or operation failed, 2 usage error. Logs go to stderr only.
 */
import { COMMANDS } from './commands/index';
import type { CommandIO } from './commands/types';
import { EXIT, StancegraphError, isPipeClosed } from './errors';

/** Actions of a command listed under it in the top-level help. */
const ACTIONS: Record<string, string[]> = {
  neo4j: [
    'neo4j start | stop | status   a local Neo4j 5.26 from Maven Central',
    'neo4j image                   build the local Neo4j container image with Podman',
  ],
  kafka: ['kafka start | stop | status   a local Kafka broker (KRaft) from Maven Central'],
  load: ['load --from-kafka             the statements topic of `stancegraph worker` into Neo4j'],
};

function help(): string {
  const commands = COMMANDS.map((c) => c.load());
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'stancegraph: who said what about whom in political news, as signed networks',
    '',
    'Usage: stancegraph <command> [options]',
    '',
    'Commands:',
    ...commands.flatMap((c) => [
      `  ${c.name.padEnd(width)}  ${c.summary}`,
      ...(ACTIONS[c.name] ?? []).map((a) => `  ${' '.repeat(width)}    ${a}`),
    ]),
    '',
    'Run `stancegraph <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help() + '\n');
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version' || name === '-V') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    io.stdout.write(`${require('../package.json').version}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name)?.load();
  if (!command) {
    io.stderr.write(`stancegraph: unknown command "${name}"\n\n${help()}\n`);
    return EXIT.USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage + '\n');
    return EXIT.OK;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    // the reader of standard output went away (`… | head`): nothing more to say
    if (isPipeClosed(err)) return EXIT.OK;
    if (err instanceof StancegraphError) {
      io.stderr.write(`stancegraph ${name}: ${err.message}\n`);
      if (err.hint) io.stderr.write(`  hint: ${err.hint}\n`);
      if (err.code === 'E_USAGE') io.stderr.write(`\n${command.usage}\n`);
      return err.code === 'E_USAGE' ? EXIT.USAGE : EXIT.FAILED;
    }
    const e = err as Error;
    io.stderr.write(`stancegraph ${name}: unexpected error: ${e?.message ?? String(err)}\n`);
    if (io.env.STANCEGRAPH_DEBUG) io.stderr.write(`${e?.stack ?? ''}\n`);
    return EXIT.FAILED;
  }
}

if (require.main === module) {
  // `stancegraph … | head`: a closed pipe ends the run quietly instead of with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (isPipeClosed(err)) process.exit(process.exitCode ?? EXIT.OK);
      throw err;
    });
  }
  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`stancegraph: ${String(err)}\n`);
      process.exitCode = EXIT.FAILED;
    },
  );
}
