/**
 * Kafka launcher settings
 * =======================
 *
 * Where the self-provisioned Kafka broker lives and how it is reached. Like the Neo4j launcher
 * (src/neo4j/launcher/settings.ts), everything moves with environment variables; the defaults keep
 * the jars in `<project>/.cache/kafka/` and the broker's data in `<project>/.kafka/` (git-ignored).
 */
import { join, resolve } from 'node:path';
import { projectRoot } from '../../neo4j/launcher/settings';

/**
 * Kafka broker provisioned from Maven Central (`org.apache.kafka:kafka_2.13`). 4.1 is the newest
 * line that the npm client (@platformatic/kafka 1.x: "Kafka 3.5.0 to 4.1.0 and equivalent") supports;
 * 4.1.1 is its patch release. Kafka 4 runs in KRaft mode only (no ZooKeeper) and needs Java 17+.
 */
export const KAFKA_VERSION = '4.1.1';
export const SCALA_VERSION = '2.13';
/**
 * The broker logs through SLF4J 1.7; Kafka's release tarball binds it to log4j 2 with this jar,
 * which the `kafka_2.13` pom does not list (without it the broker logs nothing at all).
 */
export const LOG4J_VERSION = '2.24.3';

export interface KafkaSettings {
  /** Jars: `<cacheDir>/<version>/lib`. */
  cacheDir: string;
  /** Broker home: conf/, data/, logs/, run/. */
  homeDir: string;
  /** Client port (PLAINTEXT); 0 = a free port. */
  port: number;
  /** KRaft controller port; 0 = a free port. */
  controllerPort: number;
  /** Whether the ports were given (an explicit port in use is an error, a default one moves). */
  portsGiven: boolean;
  host: string;
  heap: string;
  /** Seconds to wait for the broker. */
  startTimeout: number;
  /** Default partitions of topics the broker creates (`num.partitions`). */
  partitions: number;
  java: string;
  mvn: string;
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number (0 = any free port), got "${value}"`);
  return n;
}

export function kafkaSettings(env: NodeJS.ProcessEnv = process.env): KafkaSettings {
  const root = projectRoot();
  const javaHome = env.JAVA_HOME;
  const partitions = Number(env.KAFKA_PARTITIONS || 4);
  if (!Number.isInteger(partitions) || partitions < 1) throw new Error(`KAFKA_PARTITIONS must be a positive integer, got "${env.KAFKA_PARTITIONS}"`);
  return {
    cacheDir: resolve(env.STANCEGRAPH_KAFKA_CACHE || join(root, '.cache', 'kafka')),
    homeDir: resolve(env.STANCEGRAPH_KAFKA_HOME || join(root, '.kafka')),
    port: port(env.KAFKA_PORT, 9092, 'KAFKA_PORT'),
    controllerPort: port(env.KAFKA_CONTROLLER_PORT, 9093, 'KAFKA_CONTROLLER_PORT'),
    portsGiven: Boolean(env.KAFKA_PORT || env.KAFKA_CONTROLLER_PORT),
    host: '127.0.0.1',
    heap: env.KAFKA_HEAP || '384m',
    startTimeout: Number(env.KAFKA_START_TIMEOUT || 120),
    partitions,
    java: javaHome ? join(javaHome, 'bin', 'java') : 'java',
    mvn: env.MVN || 'mvn',
  };
}
