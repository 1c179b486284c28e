/**
 * `stancegraph kafka start|stop|status`: a local single-node Kafka broker (KRaft) provisioned from
 * Maven Central, the way `stancegraph neo4j` runs Neo4j. See docs/SCALE.md.
 */
import { StancegraphError } from '../errors';
import { KAFKA_VERSION, kafkaSettings, runningBroker, startBroker, stopBroker } from '../kafka/launcher';
import type { Command } from './types';

const usage = `Usage: stancegraph kafka start|stop|status

Runs a local Apache Kafka ${KAFKA_VERSION} broker in KRaft mode (broker and controller in one process,
no ZooKeeper, no Docker). The first start fetches the broker's jars from Maven Central with Maven
(Java 17+ and mvn needed), ~45 MB, once.

  start    provision (once), format the data folder (first time), start on 127.0.0.1, wait until ready
  stop     stop the broker started by \`start\` (controlled shutdown)
  status   print whether it runs (exit 0) or not (exit 1)

Clients of the other commands (publish, worker, load --from-kafka) find this broker by itself;
KAFKA_BROKERS=host:port points them at another.

Environment:
  KAFKA_PORT               client port (default 9092; if taken and not given, a free port is used)
  KAFKA_CONTROLLER_PORT    KRaft controller port (default 9093; same rule)
  KAFKA_HEAP               JVM heap (default 384m)
  KAFKA_PARTITIONS         partitions of new topics (default 4)
  STANCEGRAPH_KAFKA_HOME   broker folder: conf, data, logs, run (default <project>/.kafka)
  STANCEGRAPH_KAFKA_CACHE  jar cache (default <project>/.cache/kafka)
  KAFKA_START_TIMEOUT      seconds to wait for the broker (default 120)`;

export const kafkaCommand: Command = {
  name: 'kafka',
  summary: 'start, stop or check a local Kafka broker (KRaft, no Docker)',
  usage,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (rest.length) throw new StancegraphError('E_USAGE', `unexpected argument "${rest[0]}"`);
    let s;
    try {
      s = kafkaSettings(io.env);
    } catch (err) {
      throw new StancegraphError('E_USAGE', (err as Error).message);
    }
    const log = (line: string) => io.stderr.write(`kafka: ${line}\n`);
    switch (action) {
      case 'start': {
        const r = await startBroker(s, log);
        io.stdout.write(r.alreadyRunning
          ? `Kafka is already running (pid ${r.info.pid}): ${r.bootstrap}\n`
          : `Kafka ${r.info.version} is running (pid ${r.info.pid}): ${r.bootstrap}  (KAFKA_BROKERS=${r.bootstrap})\n`);
        return 0;
      }
      case 'stop': {
        const info = await stopBroker(s, log);
        io.stdout.write(info ? `Kafka stopped (pid ${info.pid})\n` : `Kafka is not running (home ${s.homeDir})\n`);
        return 0;
      }
      case 'status': {
        const info = runningBroker(s);
        if (!info) {
          io.stdout.write(`Kafka is not running (home ${s.homeDir}); start it with: npx stancegraph kafka start\n`);
          return 1;
        }
        io.stdout.write(`Kafka ${info.version} is running (pid ${info.pid}) since ${info.startedAt}: ${info.host}:${info.port}  home ${info.homeDir}\n`);
        return 0;
      }
      default:
        throw new StancegraphError('E_USAGE', action ? `unknown action "${action}"` : 'missing action');
    }
  },
};
