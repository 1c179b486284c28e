/**
 * Kafka client side: where the broker is, the topics, the group's lag
 * ====================================================================
 *
 * The client is **@platformatic/kafka** (npm, Apache-2.0). Why this one:
 * - it is maintained (monthly releases through 2026) and speaks the current protocol (Kafka 3.5–4.1);
 *   KafkaJS, the usual pure-JS choice, has had no release since 2023 and is marked unmaintained;
 * - it is pure JavaScript: `npm ci` installs it from the npm registry alone. The librdkafka-based
 *   clients (node-rdkafka, @confluentinc/kafka-javascript) download or compile a native library at
 *   install time, which a machine that reaches only the package registries cannot do;
 * - it has what this design needs: consumer groups with manual commits, an admin client, and
 *   `listOffsets` / `listCommittedOffsets` for the group's lag.
 * We stay on its 1.x line: 2.x requires Node.js 22, the project supports Node.js 20 (1.x needs 20.19+).
 *
 * It is an ES module; Node.js 20.19+ loads it with `require`, so the CommonJS build imports it as
 * usual. Jest's module loader cannot, and every command is reachable from src/cli.ts, so the module
 * is required on first use only (`kafkaLib`); the tests drive these paths through the CLI in child processes.
 */
import type { Consumer, Producer } from '@platformatic/kafka';
import { StancegraphError } from '../errors';
import { kafkaSettings, portOpen, runningBroker, START_HINT } from './launcher';

type KafkaLib = typeof import('@platformatic/kafka');
let lib: KafkaLib | undefined;
/** The client library, loaded on first use. */
export function kafkaLib(): KafkaLib {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lib ??= require('@platformatic/kafka') as KafkaLib;
  return lib;
}

export const DEFAULT_TOPICS = { articles: 'articles', statements: 'statements' } as const;
/** Topics for messages that could not be processed, so nothing is lost: `<topic>.rejected`. */
export const rejectedTopic = (topic: string) => `${topic}.rejected`;
/** Whole articles are one message: up to the reader's 32 MB file limit plus the JSON around it. */
export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface KafkaConfig {
  brokers: string[];
  /** Where the address came from, for messages. */
  from: 'KAFKA_BROKERS' | 'local broker' | 'default';
  partitions: number;
}

/** KAFKA_BROKERS (comma-separated host:port), else the broker `stancegraph kafka start` runs, else 127.0.0.1:9092. */
export function kafkaConfigFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaConfig {
  let s;
  try {
    s = kafkaSettings(env);
  } catch (err) {
    throw new StancegraphError('E_USAGE', (err as Error).message);
  }
  if (env.KAFKA_BROKERS) {
    const brokers = env.KAFKA_BROKERS.split(',').map((b) => b.trim()).filter(Boolean);
    const bad = brokers.find((b) => !/^[^\s:]+:\d{1,5}$/.test(b));
    if (bad || !brokers.length) throw new StancegraphError('E_USAGE', `KAFKA_BROKERS must be host:port[,host:port…], got "${env.KAFKA_BROKERS}"`);
    return { brokers, from: 'KAFKA_BROKERS', partitions: s.partitions };
  }
  const local = runningBroker(s);
  if (local) return { brokers: [`${local.host}:${local.port}`], from: 'local broker', partitions: s.partitions };
  return { brokers: [`127.0.0.1:${s.port || 9092}`], from: 'default', partitions: s.partitions };
}

/** Fails fast, in one line with a hint, when no broker answers. */
export async function ensureReachable(config: KafkaConfig): Promise<void> {
  for (const b of config.brokers) {
    const i = b.lastIndexOf(':');
    if (await portOpen(b.slice(0, i), Number(b.slice(i + 1)), 3000)) return;
  }
  throw new StancegraphError('E_KAFKA_DOWN', `cannot reach Kafka at ${config.brokers.join(', ')} (${config.from}): Kafka is not running there`, START_HINT);
}

export function kafkaError(err: unknown, what: string): never {
  if (err instanceof StancegraphError) throw err;
  const e = err as Error & { errors?: Error[] };
  const inner = e?.errors?.length ? `: ${e.errors.map((x) => x.message).join('; ')}` : '';
  throw new StancegraphError('E_KAFKA', `${what}: ${e?.message ?? String(err)}${inner}`, 'is the broker still running? (npx stancegraph kafka status)', { cause: err });
}

export function newProducer(config: KafkaConfig, clientId: string): Producer<string, string, string, string> {
  const { Producer, ProduceAcks, stringSerializers } = kafkaLib();
  return new Producer({
    clientId, bootstrapBrokers: config.brokers, serializers: stringSerializers,
    acks: ProduceAcks.ALL, retries: 5, retryDelay: 500,
  });
}

export function newConsumer(
  config: KafkaConfig, clientId: string, groupId: string, sessionTimeout: number, highWaterMark = 64,
): Consumer<string, string, string, string> {
  const { Consumer, stringDeserializers } = kafkaLib();
  return new Consumer({
    clientId, groupId, bootstrapBrokers: config.brokers, deserializers: stringDeserializers,
    autocommit: false, sessionTimeout, heartbeatInterval: Math.max(500, Math.floor(sessionTimeout / 5)),
    rebalanceTimeout: Math.max(sessionTimeout * 2, 10000), maxWaitTime: 500, highWaterMark, retries: 5, retryDelay: 500,
  });
}

/** Creates the topics that do not exist yet (partitions, one replica per partition here; configs on every topic). */
export async function ensureTopics(config: KafkaConfig, topics: string[], clientId: string, replicas = 1): Promise<void> {
  const admin = new (kafkaLib().Admin)({ clientId, bootstrapBrokers: config.brokers });
  try {
    const have = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !have.has(t));
    if (!missing.length) return;
    try {
      await admin.createTopics({
        topics: missing, partitions: config.partitions, replicas,
        configs: [{ name: 'max.message.bytes', value: String(MAX_MESSAGE_BYTES) }],
      });
    } catch (err) {
      // Another process may have created them meanwhile: only a topic still missing is an error.
      const now = new Set(await admin.listTopics());
      if (missing.some((t) => !now.has(t))) throw err;
    }
  } catch (err) {
    kafkaError(err, `cannot create topics ${topics.join(', ')}`);
  } finally {
    await admin.close();
  }
}

/** Messages of `topic` that the group has not committed yet (end offset − committed offset, summed). */
export async function groupLag(consumer: Consumer<string, string, string, string>, topic: string): Promise<number> {
  const ends = await consumer.listOffsets({ topics: [topic] });
  const end = ends.get(topic) ?? [];
  // no end offsets (metadata not there yet, a topic the broker does not list): not known to be idle
  if (!end.length) return Number.NaN;
  const committed = await consumer.listCommittedOffsets({ topics: [{ topic, partitions: end.map((_, i) => i) }] });
  const done = committed.get(topic) ?? [];
  let lag = 0n;
  end.forEach((e, i) => {
    const c = done[i] !== undefined && done[i] >= 0n ? done[i] : 0n;
    if (e > c) lag += e - c;
  });
  return Number(lag);
}

/**
 * `--exit-when-idle S`, for the worker and the loader alike. Call `tick()` from a timer: once
 * nothing has happened for `seconds()` seconds and this member is not busy, it asks Kafka whether
 * the group has committed every message of the topic (`groupLag` is 0, so no colleague's partition
 * is waiting either), one check at a time; if so, and still idle, it calls `onIdle`. `before` runs
 * first (the loader writes what is complete, so its own commits count), `run` serializes the check
 * with the member's other work, `ready` adds a last condition (the loader: nothing left unwritten).
 */
export class IdleExit {
  private checking = false;

  constructor(private readonly o: {
    consumer: Consumer<string, string, string, string>;
    topic: string;
    /** Seconds of quiet before leaving (undefined: never leaves by itself). */
    seconds: () => number | undefined;
    lastActivity: () => number;
    busy: () => boolean;
    onIdle: () => void;
    before?: () => Promise<void>;
    ready?: () => boolean;
    run?: (job: () => Promise<void>) => Promise<void>;
  }) {}

  tick(): void {
    const o = this.o;
    const seconds = o.seconds();
    const quiet = () => seconds !== undefined && Date.now() - o.lastActivity() >= seconds * 1000;
    if (this.checking || o.busy() || !quiet()) return;
    this.checking = true;
    const check = async () => {
      await o.before?.();
      const lag = await groupLag(o.consumer, o.topic);
      if (lag === 0 && !o.busy() && (o.ready?.() ?? true) && quiet()) o.onIdle();
    };
    (o.run ? o.run(check) : check()).then(
      () => { this.checking = false; },
      () => { this.checking = false; }, // an unanswered check is tried again at the next tick
    );
  }
}

/**
 * Messages this process has already handled, per partition. After a rebalance the client's stream
 * starts again from the group's last commit, so a member that kept a partition is handed messages it
 * handled but had not committed yet (or had committed, and the commit raced the rebalance); those are
 * skipped. Messages are never skipped because of the assignment: during a rebalance the client's view
 * of it is empty, and the client does not deliver again a message of a partition that has no commit
 * yet, so a message skipped then would be lost. A message of a partition just given away may thus be
 * handled here as well as by its new owner — harmless, every step is idempotent.
 */
export class Handled {
  /** Per partition: the offset after the last message handled here. */
  private next = new Map<number, bigint>();

  /** Whether a message is new to this process. */
  isNew(partition: number, offset: bigint): boolean {
    const n = this.next.get(partition);
    return n === undefined || offset >= n;
  }

  mark(partition: number, offset: bigint): void {
    this.next.set(partition, offset + 1n);
  }

}
