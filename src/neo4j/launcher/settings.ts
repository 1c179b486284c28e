/**
 * Launcher settings
 * =================
 *
 * Where the self-provisioned Neo4j lives and how it is reached. Everything can be moved by
 * environment variables; the defaults keep the jars in `<project>/.cache/neo4j/` and the
 * database in `<project>/.neo4j/` (both git-ignored).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Neo4j server version provisioned from Maven Central (newest 5.26 patch published there). */
export const NEO4J_VERSION = '5.26.30';
/** Neo4j Browser: the newest `org.neo4j.client:neo4j-browser` on Maven Central. */
export const BROWSER_VERSION = '5.24.0';
/** APOC core for 5.26 (`org.neo4j.procedure:apoc-core`), newest on Maven Central. */
export const APOC_VERSION = '5.26.19';

export interface LauncherSettings {
  /** Jars: `<cacheDir>/<version>/lib` and `/plugins`. */
  cacheDir: string;
  /** Server home: conf/, data/, logs/, run/. */
  homeDir: string;
  boltPort: number;
  httpPort: number;
  /** Address the server listens on (loopback by default). */
  host: string;
  username: string;
  password: string;
  /** JVM heap, e.g. `512m`. */
  heap: string;
  pagecache: string;
  /** Seconds to wait for Bolt. */
  startTimeout: number;
  java: string;
  mvn: string;
  /** Whether to add APOC core to plugins (default yes; `NEO4J_APOC=0` skips it). */
  apoc: boolean;
}

/** The folder holding stancegraph's package.json (works from src/ under ts-jest and from dist/). */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'stancegraph') return dir;
      } catch {
        /* keep looking */
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new Error(`${name} must be a port number, got "${value}"`);
  }
  return n;
}

export function launcherSettings(env: NodeJS.ProcessEnv = process.env): LauncherSettings {
  const root = projectRoot();
  const javaHome = env.JAVA_HOME;
  return {
    cacheDir: resolve(env.STANCEGRAPH_NEO4J_CACHE || join(root, '.cache', 'neo4j')),
    homeDir: resolve(env.STANCEGRAPH_NEO4J_HOME || join(root, '.neo4j')),
    boltPort: port(env.NEO4J_BOLT_PORT, 7687, 'NEO4J_BOLT_PORT'),
    httpPort: port(env.NEO4J_HTTP_PORT, 7474, 'NEO4J_HTTP_PORT'),
    host: env.NEO4J_LISTEN_ADDRESS || '127.0.0.1',
    username: 'neo4j',
    password: env.NEO4J_PASSWORD || 'stancegraph',
    heap: env.NEO4J_HEAP || '768m',
    pagecache: env.NEO4J_PAGECACHE || '256m',
    startTimeout: Number(env.NEO4J_START_TIMEOUT || 180),
    java: javaHome ? join(javaHome, 'bin', 'java') : 'java',
    mvn: env.MVN || 'mvn',
    apoc: !['0', 'false', 'no'].includes((env.NEO4J_APOC || '').toLowerCase()),
  };
}
