/**
 * Running the self-provisioned Neo4j
 * ==================================
 *
 * `start` provisions the jars (once), writes `<home>/conf/neo4j.conf`, sets the initial password
 * with `neo4j-admin dbms set-initial-password` on a fresh data folder, starts
 * `org.neo4j.server.CommunityEntryPoint` detached with its output in `<home>/logs/console.log`,
 * records the pid in `<home>/run/stancegraph-neo4j.json` and waits until Bolt answers.
 * `stop` sends SIGTERM (SIGKILL after a grace period). Starting twice reports the running one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { StancegraphError } from '../../errors';
import { provision } from './provision';
import { LauncherSettings, NEO4J_VERSION } from './settings';

type Log = (line: string) => void;

export interface ServerInfo {
  pid: number;
  version: string;
  boltPort: number;
  httpPort: number;
  host: string;
  homeDir: string;
  startedAt: string;
}

export interface StartResult {
  alreadyRunning: boolean;
  info: ServerInfo;
  uri: string;
  browser: string;
}

const pidFile = (s: LauncherSettings) => join(s.homeDir, 'run', 'stancegraph-neo4j.json');

/** Stops the server process `pid` (SIGTERM, then SIGKILL after `graceSeconds`) and waits until it is gone. */
export async function stopPid(name: string, pid: number, log: Log, graceSeconds: number): Promise<void> {
  log(`stopping ${name} (pid ${pid})…`);
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + graceSeconds * 1000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(pid)) {
    log(`${name} did not stop within ${graceSeconds} s; killing it`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process recorded in a pid file (JSON with `pid`), if it is alive; a stale or unreadable file is removed. */
export function readPidFile<T extends { pid: number }>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  let info: T;
  try {
    info = JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    rmSync(file, { force: true });
    return undefined;
  }
  if (alive(info.pid)) return info;
  rmSync(file, { force: true });
  return undefined;
}

/** The server recorded in the pid file, if its process is alive (a stale file is removed). */
export function running(s: LauncherSettings): ServerInfo | undefined {
  return readPidFile<ServerInfo>(pidFile(s));
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function conf(s: LauncherSettings, pluginsDir: string | undefined): string {
  const d = (p: string) => join(s.homeDir, p);
  return [
    '# Written by `stancegraph neo4j start` on every start; edit src/neo4j/launcher/server.ts instead.',
    `server.default_listen_address=${s.host}`,
    `server.default_advertised_address=${s.host === '0.0.0.0' ? 'localhost' : s.host}`,
    `server.bolt.listen_address=${s.host}:${s.boltPort}`,
    `server.bolt.advertised_address=${s.host === '0.0.0.0' ? 'localhost' : s.host}:${s.boltPort}`,
    'server.bolt.enabled=true',
    `server.http.listen_address=${s.host}:${s.httpPort}`,
    `server.http.advertised_address=${s.host === '0.0.0.0' ? 'localhost' : s.host}:${s.httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.run=${d('run')}`,
    `server.directories.import=${d('import')}`,
    `server.directories.plugins=${pluginsDir ?? d('plugins')}`,
    `server.memory.pagecache.size=${s.pagecache}`,
    'db.tx_log.rotation.retention_policy=1 files',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.security.procedures.allowlist=apoc.*',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

function jvmArgs(s: LauncherSettings): string[] {
  return [
    `-Xms${s.heap}`,
    `-Xmx${s.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

function checkJava(s: LauncherSettings): void {
  const r = spawnSync(s.java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new StancegraphError('E_LAUNCHER', `cannot run ${s.java}`, 'install Java 17 or 21 (apt-get install openjdk-17-jre-headless) or set JAVA_HOME');
  }
  const m = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`);
  if (m && Number(m[1]) < 17) {
    throw new StancegraphError('E_LAUNCHER', `Neo4j ${NEO4J_VERSION} needs Java 17 or 21, found Java ${m[1]}`, 'set JAVA_HOME to a Java 17+ installation');
  }
}

const tail = (file: string, n = 15) =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n') : '';

export async function start(s: LauncherSettings, log: Log): Promise<StartResult> {
  const uri = `bolt://${s.host === '0.0.0.0' ? 'localhost' : s.host}:${s.boltPort}`;
  const browser = `http://localhost:${s.httpPort}/browser/`;
  const current = running(s);
  if (current) {
    return { alreadyRunning: true, info: current, uri: `bolt://127.0.0.1:${current.boltPort}`, browser: `http://localhost:${current.httpPort}/browser/` };
  }
  for (const [name, p] of [['Bolt', s.boltPort], ['HTTP', s.httpPort]] as const) {
    if (await portOpen(s.host === '0.0.0.0' ? '127.0.0.1' : s.host, p)) {
      throw new StancegraphError('E_LAUNCHER', `port ${p} (${name}) is already in use by another program`,
        'stop it, or pick other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT');
    }
  }
  checkJava(s);
  const dist = await provision(s, log);
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) mkdirSync(join(s.homeDir, sub), { recursive: true });
  writeFileSync(join(s.homeDir, 'conf', 'neo4j.conf'), conf(s, dist.plugins));
  // Like the neo4j script: plugins are on the class path too, so their extension factories load.
  const classpath = [join(dist.lib, '*'), ...(dist.plugins ? [join(dist.plugins, '*')] : [])].join(':');
  const env = { ...process.env, NEO4J_HOME: s.homeDir, NEO4J_CONF: join(s.homeDir, 'conf') };

  if (!existsSync(join(s.homeDir, 'data', 'dbms', 'auth.ini')) && !existsSync(join(s.homeDir, 'data', 'databases', 'system'))) {
    log(`setting the initial password of user ${s.username} (from NEO4J_PASSWORD, default "stancegraph")…`);
    const r = spawnSync(s.java, ['-Xmx256m', '-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', s.password],
      { env, encoding: 'utf8' });
    if (r.status !== 0) {
      throw new StancegraphError('E_LAUNCHER', `neo4j-admin dbms set-initial-password failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`,
        'delete the data folder to start over: rm -rf ' + join(s.homeDir, 'data'));
    }
  }

  log(`starting Neo4j ${dist.version} (heap ${s.heap}) on bolt://${s.host}:${s.boltPort}, http://${s.host}:${s.httpPort}; data in ${s.homeDir}…`);
  const consoleLog = join(s.homeDir, 'logs', 'console.log');
  const fd = openSync(consoleLog, 'w');
  const child = spawn(s.java, [...jvmArgs(s), '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${s.homeDir}`, `--config-dir=${join(s.homeDir, 'conf')}`],
  { env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new StancegraphError('E_LAUNCHER', `could not start ${s.java}`);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  child.unref();
  const info: ServerInfo = {
    pid, version: dist.version, boltPort: s.boltPort, httpPort: s.httpPort, host: s.host, homeDir: s.homeDir,
    startedAt: new Date().toISOString(),
  };
  writeFileSync(pidFile(s), JSON.stringify(info, null, 2) + '\n');

  const deadline = Date.now() + s.startTimeout * 1000;
  const driver = neo4j.driver(uri, neo4j.auth.basic(s.username, s.password), { logging: { level: 'error', logger: () => undefined } });
  let lastError = '';
  try {
    for (let i = 0; ; i++) {
      if (exited !== undefined || !alive(pid)) {
        rmSync(pidFile(s), { force: true });
        throw new StancegraphError('E_LAUNCHER', `Neo4j exited during start-up (exit ${exited ?? '?'}):\n${tail(consoleLog)}\n${tail(join(s.homeDir, 'logs', 'neo4j.log'))}`,
          `see ${consoleLog} and ${join(s.homeDir, 'logs', 'debug.log')}`);
      }
      if (Date.now() > deadline) {
        await stop(s, log);
        throw new StancegraphError('E_LAUNCHER', `Bolt did not answer within ${s.startTimeout} s (${lastError})`,
          `see ${join(s.homeDir, 'logs', 'neo4j.log')}; raise NEO4J_START_TIMEOUT on a slow machine`);
      }
      if (await portOpen(s.host === '0.0.0.0' ? '127.0.0.1' : s.host, s.boltPort)) {
        try {
          await driver.verifyConnectivity();
          break;
        } catch (err) {
          lastError = (err as Error).message;
          if (/unauthorized|authentication/i.test(lastError)) {
            throw new StancegraphError('E_NEO4J_AUTH', `Neo4j started but rejects the password from NEO4J_PASSWORD (the data folder ${join(s.homeDir, 'data')} was created with another one)`,
              `use the original password, or stop the server and delete ${join(s.homeDir, 'data')} to start over`);
          }
        }
      }
      if (i % 10 === 9) log(`  still waiting for Bolt on port ${s.boltPort}…`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await driver.close();
  }
  return { alreadyRunning: false, info, uri, browser };
}

export async function stop(s: LauncherSettings, log: Log, graceSeconds = 60): Promise<ServerInfo | undefined> {
  const info = running(s);
  if (!info) return undefined;
  await stopPid('Neo4j', info.pid, log, graceSeconds);
  rmSync(pidFile(s), { force: true });
  return info;
}
