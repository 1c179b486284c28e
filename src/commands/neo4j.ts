/**
 * `stancegraph neo4j start|stop|status|import`: a local Neo4j 5.26 community server with Browser,
 * provisioned from Maven Central (no Docker needed). See docs/NEO4J.md.
 */
import { StancegraphError } from '../errors';
import { launcherSettings, running, start, stop } from '../neo4j/launcher';
import { bulkImport } from '../neo4j/bulk';
import { formatProblem } from '../neo4j/input';
import { applySchema, openDriver, writeAnalyses } from '../neo4j';
import type { Command } from './types';

const usage = `Usage: stancegraph neo4j start|stop|status
       stancegraph neo4j import --replace-database [--no-analyses] <statements.jsonl …>

Runs a local Neo4j ${'5.26'} community server (with Neo4j Browser and APOC core) without Docker.
The first start downloads the server jars from Maven Central with Maven (Java 17+ and mvn needed).

  start    provision (once), start on 127.0.0.1 and wait until Bolt answers; harmless if running
  stop     stop the server started by \`start\`
  status   print whether it runs (exit 0) or not (exit 1)
  import   first load through neo4j-admin database import: REPLACES the whole database with the given
           statements (checked like \`load\`), stopping and restarting the server; docs/NEO4J.md §3.
           --no-analyses: skip blocs and balance (minutes at a million statements); run
           \`stancegraph analyses\` later

Environment:
  NEO4J_PASSWORD        initial password of user neo4j (default stancegraph; only used for a new data folder)
  NEO4J_BOLT_PORT       Bolt port (default 7687)
  NEO4J_HTTP_PORT       HTTP / Browser port (default 7474)
  NEO4J_HEAP            JVM heap (default 768m); NEO4J_PAGECACHE (default 256m)
  NEO4J_APOC=0          skip APOC core
  STANCEGRAPH_NEO4J_HOME   server folder (default <project>/.neo4j)
  STANCEGRAPH_NEO4J_CACHE  jar cache (default <project>/.cache/neo4j)
  NEO4J_START_TIMEOUT   seconds to wait for Bolt (default 180)`;

export const neo4jCommand: Command = {
  name: 'neo4j',
  summary: 'start, stop or check a local Neo4j server (no Docker needed)',
  usage,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'import') return importCommand(rest, io);
    if (rest.length) throw new StancegraphError('E_USAGE', `unexpected argument "${rest[0]}"`);
    const s = launcherSettings(io.env);
    const log = (line: string) => io.stderr.write(`neo4j: ${line}\n`);
    switch (action) {
      case 'start': {
        const r = await start(s, log);
        if (r.alreadyRunning) {
          io.stdout.write(`Neo4j is already running (pid ${r.info.pid}): ${r.uri}  Browser ${r.browser}\n`);
        } else {
          io.stdout.write(`Neo4j ${r.info.version} is running (pid ${r.info.pid}): ${r.uri}  Browser ${r.browser}  user ${s.username}\n`);
        }
        return 0;
      }
      case 'stop': {
        const info = await stop(s, log);
        io.stdout.write(info ? `Neo4j stopped (pid ${info.pid})\n` : 'Neo4j is not running\n');
        return 0;
      }
      case 'status': {
        const info = running(s);
        if (!info) {
          io.stdout.write(`Neo4j is not running (home ${s.homeDir})\n`);
          return 1;
        }
        io.stdout.write(`Neo4j ${info.version} is running (pid ${info.pid}) since ${info.startedAt}: bolt://127.0.0.1:${info.boltPort}  Browser http://localhost:${info.httpPort}/browser/  home ${info.homeDir}\n`);
        return 0;
      }
      default:
        throw new StancegraphError('E_USAGE', action ? `unknown action "${action}"` : 'missing action');
    }
  },
};

async function importCommand(argv: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const files = argv.filter((a) => a !== '--replace-database' && a !== '--no-analyses');
  const analyses = !argv.includes('--no-analyses');
  if (!argv.includes('--replace-database')) {
    throw new StancegraphError('E_USAGE', 'neo4j import replaces the whole database: say so with --replace-database',
      'to add to a database, use `stancegraph load`');
  }
  if (!files.length || files.some((f) => f.startsWith('-'))) throw new StancegraphError('E_USAGE', 'neo4j import needs statements.jsonl files');
  const s = launcherSettings(io.env);
  const log = (line: string) => io.stderr.write(`neo4j import: ${line}\n`);
  let problems = 0;
  const r = await bulkImport(s, files, {
    log,
    onProblem: (p) => {
      if (++problems <= 100) io.stderr.write(`neo4j import: ${formatProblem(p)}\n`);
    },
    afterStart: async (uri) => {
      const driver = await openDriver({ uri, username: s.username, password: s.password });
      try {
        log('creating constraints and indexes (cypher/schema.cypher)…');
        await applySchema(driver);
        if (analyses) {
          log('blocs and balance (src/neo4j/analyses.ts)…');
          await writeAnalyses(driver);
        } else log('blocs and balance skipped (--no-analyses): run `stancegraph analyses` before the blocs and unbalanced-triads queries');
      } finally {
        await driver.close();
      }
    },
  });
  const total = r.csvSeconds + r.importSeconds + r.startSeconds;
  io.stdout.write(`imported ${r.statements} statements from ${r.documents} documents (${r.actors} actors) in ${total.toFixed(0)} s ` +
    `(CSV ${r.csvSeconds} s, neo4j-admin ${r.importSeconds} s, start and indexes ${r.startSeconds} s)\n`);
  return problems ? 1 : 0;
}
