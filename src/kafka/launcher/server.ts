/**
 * A single-node Kafka broker without Docker
 * =========================================
 *
 * Provisioning: Apache publishes the broker on Maven Central as `org.apache.kafka:kafka_2.13`; a
 * generated pom depending on it (plus the log4j binding its tarball ships) is resolved by
 * `mvn dependency:copy-dependencies` into `<cache>/<version>/lib` (~45 jars, ~45 MB), once, with
 * the same helper as the Neo4j launcher (src/neo4j/launcher/provision.ts).
 *
 * Running: KRaft combined mode (one process is broker and controller, node id 1), listening on
 * 127.0.0.1 only. `start` writes `<home>/conf/server.properties` and `log4j2.properties`, formats
 * `<home>/data` with a new cluster id the first time (`kafka-storage format`), starts `kafka.Kafka`
 * detached with its output in `<home>/logs/console.log`, records pid and ports in
 * `<home>/run/stancegraph-kafka.json` and waits for "Kafka Server started". `stop` sends SIGTERM
 * (a controlled shutdown), SIGKILL after a grace period. Starting twice reports the running one.
 */
import { randomBytes } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { StancegraphError } from '../../errors';
import { copyRuntimeJars, pom } from '../../neo4j/launcher/provision';
import { alive, readPidFile, stopPid } from '../../neo4j/launcher/server';
import { KAFKA_VERSION, KafkaSettings, LOG4J_VERSION, SCALA_VERSION } from './settings';

type Log = (line: string) => void;

export interface BrokerInfo {
  pid: number;
  version: string;
  host: string;
  port: number;
  controllerPort: number;
  homeDir: string;
  startedAt: string;
}

export interface BrokerStart {
  alreadyRunning: boolean;
  info: BrokerInfo;
  /** `host:port` for clients (KAFKA_BROKERS). */
  bootstrap: string;
}

export const START_HINT = 'start one with: npx stancegraph kafka start (or set KAFKA_BROKERS=host:port to use another broker)';

const pidFile = (s: KafkaSettings) => join(s.homeDir, 'run', 'stancegraph-kafka.json');

/** The broker recorded in the pid file, if its process is alive (a stale file is removed). */
export function runningBroker(s: KafkaSettings): BrokerInfo | undefined {
  return readPidFile<BrokerInfo>(pidFile(s));
}

export function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A port the OS says is free now (0 asks it for one). */
function freePort(host: string, wanted: number): Promise<number | undefined> {
  return new Promise((resolvePromise) => {
    const srv = createServer();
    srv.once('error', () => resolvePromise(undefined));
    srv.listen(wanted, host, () => {
      const got = (srv.address() as { port: number }).port;
      srv.close(() => resolvePromise(got));
    });
  });
}

/** Resolves the jars once; returns the lib folder. */
export async function provisionKafka(s: KafkaSettings, log: Log): Promise<string> {
  const root = join(s.cacheDir, KAFKA_VERSION);
  const lib = join(root, 'lib');
  const done = join(root, '.complete');
  if (existsSync(done)) return lib;
  mkdirSync(root, { recursive: true });
  log(`provisioning Kafka ${KAFKA_VERSION} (kafka_${SCALA_VERSION}) from Maven Central into ${root} (first time only, ~45 MB)…`);
  const work = join(root, 'broker-pom');
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'pom.xml'), pom('kafka-broker-runtime', [
    ['org.apache.kafka', `kafka_${SCALA_VERSION}`, KAFKA_VERSION],
    ['org.apache.logging.log4j', 'log4j-slf4j-impl', LOG4J_VERSION],
  ]).replace('src/neo4j/launcher/provision.ts', 'src/kafka/launcher/server.ts'));
  await copyRuntimeJars(s.mvn, work, root, lib, done, log);
  return lib;
}

function serverProperties(s: KafkaSettings, port: number, controllerPort: number): string {
  return [
    '# Written by `stancegraph kafka start` on every start; edit src/kafka/launcher/server.ts instead.',
    '# KRaft combined mode: this one process is the broker and the (single-voter) controller.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${s.host}:${controllerPort}`,
    `listeners=PLAINTEXT://${s.host}:${port},CONTROLLER://${s.host}:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://${s.host}:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${join(s.homeDir, 'data')}`,
    `num.partitions=${s.partitions}`,
    // One node: every internal topic has one replica.
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=4',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // Members join at once (no 3 s wait); a dead member is noticed after its session timeout.
    'group.initial.rebalance.delay.ms=0',
    'group.min.session.timeout.ms=3000',
    // Topics are created by the commands with their partitions and size limits (src/kafka/topics.ts).
    'auto.create.topics.enable=false',
    // Whole articles are one message each: up to the reader's 32 MB file limit plus the JSON around it.
    'message.max.bytes=41943040',
    'replica.fetch.max.bytes=41943040',
    'log.retention.hours=168',
    '',
  ].join('\n');
}

const LOG4J = `# Written by \`stancegraph kafka start\`.
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
logger.ak.name = org.apache.kafka
logger.ak.level = warn
logger.state.name = state.change.logger
logger.state.level = warn
`;

function checkJava(s: KafkaSettings): void {
  const r = spawnSync(s.java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new StancegraphError('E_LAUNCHER', `cannot run ${s.java}`, 'install Java 17+ (apt-get install openjdk-17-jre-headless) or set JAVA_HOME');
  }
  const m = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`);
  if (m && Number(m[1]) < 17) {
    throw new StancegraphError('E_LAUNCHER', `Kafka ${KAFKA_VERSION} needs Java 17+, found Java ${m[1]}`, 'set JAVA_HOME to a Java 17+ installation');
  }
}

const tail = (file: string, n = 15) =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n') : '';

async function choosePort(s: KafkaSettings, wanted: number, name: string, avoid: number[]): Promise<number> {
  if (wanted !== 0 && !avoid.includes(wanted)) {
    if (await freePort(s.host, wanted)) return wanted;
    if (s.portsGiven) {
      throw new StancegraphError('E_LAUNCHER', `port ${wanted} (${name}) is already in use by another program`,
        'stop it, or pick other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT (0 = any free port)');
    }
  }
  for (let i = 0; i < 20; i++) {
    const p = await freePort(s.host, 0);
    if (p && !avoid.includes(p)) return p;
  }
  throw new StancegraphError('E_LAUNCHER', `no free port for the Kafka ${name} listener`);
}

/**
 * A Kafka cluster id: 16 random bytes, base64url without padding (what `kafka-storage random-uuid` prints). Like
 * Kafka's own Uuid.randomUuid, never one that starts with "-": the storage tool's argument parser would read it
 * as an option ("argument --cluster-id/-t: expected one argument"), one format in 64.
 */
export function kafkaClusterId(random: (n: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export async function startBroker(s: KafkaSettings, log: Log): Promise<BrokerStart> {
  const current = runningBroker(s);
  if (current) return { alreadyRunning: true, info: current, bootstrap: `${current.host}:${current.port}` };
  checkJava(s);
  const lib = await provisionKafka(s, log);
  const port = await choosePort(s, s.port, 'client', []);
  const controllerPort = await choosePort(s, s.controllerPort, 'controller', [port]);
  if (port !== s.port && s.port !== 0) log(`port ${s.port} is in use: using ${port} for clients`);
  for (const sub of ['conf', 'data', 'logs', 'run']) mkdirSync(join(s.homeDir, sub), { recursive: true });
  const props = join(s.homeDir, 'conf', 'server.properties');
  const log4j = join(s.homeDir, 'conf', 'log4j2.properties');
  writeFileSync(props, serverProperties(s, port, controllerPort));
  writeFileSync(log4j, LOG4J);
  const classpath = join(lib, '*');
  const common = [`-Dlog4j2.configurationFile=${log4j}`, '-Djava.awt.headless=true', '-cp', classpath];

  if (!existsSync(join(s.homeDir, 'data', 'meta.properties'))) {
    const clusterId = kafkaClusterId();
    log(`formatting ${join(s.homeDir, 'data')} for KRaft (cluster id ${clusterId})…`);
    const r = spawnSync(s.java, ['-Xmx256m', ...common, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', props],
      { encoding: 'utf8' });
    if (r.status !== 0) {
      throw new StancegraphError('E_LAUNCHER', `kafka-storage format failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`,
        `delete the data folder to start over: rm -rf ${join(s.homeDir, 'data')}`);
    }
  }

  log(`starting Kafka ${KAFKA_VERSION} (KRaft, heap ${s.heap}) on ${s.host}:${port} (controller ${controllerPort}); data in ${s.homeDir}…`);
  const consoleLog = join(s.homeDir, 'logs', 'console.log');
  const fd = openSync(consoleLog, 'w');
  const child = spawn(s.java, [`-Xms${s.heap}`, `-Xmx${s.heap}`, '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError', `-Dkafka.logs.dir=${join(s.homeDir, 'logs')}`, ...common, 'kafka.Kafka', props],
  { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new StancegraphError('E_LAUNCHER', `could not start ${s.java}`);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  child.unref();
  const info: BrokerInfo = {
    pid, version: KAFKA_VERSION, host: s.host, port, controllerPort, homeDir: s.homeDir, startedAt: new Date().toISOString(),
  };
  writeFileSync(pidFile(s), JSON.stringify(info, null, 2) + '\n');

  const deadline = Date.now() + s.startTimeout * 1000;
  for (let i = 0; ; i++) {
    if (exited !== undefined || !alive(pid)) {
      rmSync(pidFile(s), { force: true });
      throw new StancegraphError('E_LAUNCHER', `Kafka exited during start-up (exit ${exited ?? '?'}):\n${tail(consoleLog)}`, `see ${consoleLog}`);
    }
    if (Date.now() > deadline) {
      await stopBroker(s, log);
      throw new StancegraphError('E_LAUNCHER', `Kafka did not start within ${s.startTimeout} s`,
        `see ${consoleLog}; raise KAFKA_START_TIMEOUT on a slow machine`);
    }
    if (/Kafka Server started/.test(readFileSync(consoleLog, 'utf8')) && (await portOpen(s.host, port))) break;
    if (i % 20 === 19) log(`  still waiting for Kafka on port ${port}…`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { alreadyRunning: false, info, bootstrap: `${s.host}:${port}` };
}

export async function stopBroker(s: KafkaSettings, log: Log, graceSeconds = 30): Promise<BrokerInfo | undefined> {
  const info = runningBroker(s);
  if (!info) return undefined;
  await stopPid('Kafka', info.pid, log, graceSeconds);
  rmSync(pidFile(s), { force: true });
  return info;
}
