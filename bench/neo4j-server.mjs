// The Neo4j server a bench runs against (shared by bench/load.mjs and bench/queries.mjs).
//
//   const server = await benchServer({ name: 'bench-q', firstPort: 18787, log });
//   server.config    → { uri, username, password } for openDriver
//   server.settings  → the launcher's settings (undefined when NEO4J_URI was given)
//   server.cpuSeconds() → CPU seconds the launcher's JVM has used so far (null when not ours / not Linux)
//   await server.stop()
//
// NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD) if set — the bench WIPES that database — else the
// project's launcher on the first free pair of ports from `firstPort` (step 10) with a throw-away home
// (.neo4j/<name>-<pid>) and the launcher's default memory (NEO4J_HEAP / NEO4J_PAGECACHE override it),
// deleted again by stop().
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export function portFree(port) {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

/** CPU seconds (user + system) of a Linux process so far, or null. */
export function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

export async function benchServer({ name, firstPort, log }) {
  if (process.env.NEO4J_URI) {
    log(`using NEO4J_URI=${process.env.NEO4J_URI} (wiped)`);
    return {
      config: { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME || 'neo4j', password: process.env.NEO4J_PASSWORD || 'stancegraph' },
      settings: undefined,
      cpuSeconds: () => null,
      stop: async () => undefined,
    };
  }
  const launcher = require('../dist/neo4j/launcher/index.js');
  let bolt = firstPort;
  while (!((await portFree(bolt)) && (await portFree(bolt + 1)))) bolt += 10;
  const settings = launcher.launcherSettings({
    ...process.env, NEO4J_BOLT_PORT: String(bolt), NEO4J_HTTP_PORT: String(bolt + 1),
    STANCEGRAPH_NEO4J_HOME: join(root, '.neo4j', `${name}-${process.pid}`),
  });
  rmSync(settings.homeDir, { recursive: true, force: true });
  const r = await launcher.start(settings, log);
  const pid = () => {
    try {
      return JSON.parse(readFileSync(join(settings.homeDir, 'run', 'stancegraph-neo4j.json'), 'utf8')).pid;
    } catch {
      return undefined;
    }
  };
  return {
    config: { uri: r.uri, username: settings.username, password: settings.password },
    settings,
    cpuSeconds: () => (pid() ? processCpuSeconds(pid()) : null),
    stop: async () => {
      await launcher.stop(settings, log);
      rmSync(settings.homeDir, { recursive: true, force: true });
    },
  };
}
