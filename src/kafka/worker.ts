/**
 * `stancegraph worker`: articles topic → extraction → statements topic
 * =====================================================================
 *
 * Workers share the articles topic as one consumer group: Kafka gives each its partitions and,
 * when one dies, hands them to the others after its session timeout. Per document, in order:
 * read the message, extract (the same `extractDocument` as `stancegraph extract`), publish the
 * complete statement set as one run (src/kafka/messages.ts) with acks from all in-sync replicas,
 * and only then commit the article's offset. A worker killed at any point leaves the article
 * uncommitted, so another worker extracts it again: at-least-once. The repeat is harmless because
 * the loader replaces a document as a whole and ids are deterministic.
 *
 * A message that is not an article, or a document whose extraction failed inside the extractor,
 * goes to `<topic>.rejected` with the reason in a header (nothing is lost, nothing wrong is loaded)
 * and is committed.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { withSource } from '../commands/extract';
import { extractDocument } from '../pipeline';
import type { Message as PipelineMessage } from '../types';
import {
  ensureReachable, ensureTopics, IdleExit, kafkaError, Handled, newConsumer, newProducer, rejectedTopic, type KafkaConfig,
} from './client';

/** Seconds a member that has handled no article yet waits before --exit-when-idle may apply. */
const FIRST_ASSIGNMENT_S = 30;
import { decodeArticle, documentRow, encodeStatementParts } from './messages';

export interface WorkerOptions {
  from: string;
  to: string;
  group: string;
  /** Milliseconds without heartbeat after which the group gives this worker's partitions to others. */
  sessionTimeout: number;
  /** Exit after this many seconds without a message, once the group has nothing left to read. */
  idleExit?: number;
  log: (line: string) => void;
  /** Log every document. */
  verbose?: boolean;
  /** Aborting stops after the current document (SIGTERM / SIGINT). */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  documents: number;
  statements: number;
  rejected: number;
  /** Messages skipped: handled here already, delivered again after a rebalance. */
  skipped: number;
  /** Wall time from the first message to the end. */
  ms: number;
  /** Time spent in extraction. */
  extractMs: number;
  /** Time spent publishing statements and committing. */
  publishMs: number;
}

export async function runWorker(config: KafkaConfig, opts: WorkerOptions): Promise<WorkerSummary> {
  await ensureReachable(config);
  await ensureTopics(config, [opts.from, opts.to, rejectedTopic(opts.from)], 'stancegraph-worker');
  const clientId = `stancegraph-worker-${hostname()}-${process.pid}`;
  const producer = newProducer(config, clientId);
  // One article buffered at a time: an article may be tens of MB, and a buffered message whose
  // partition moves to another worker during a rebalance is work thrown away.
  const consumer = newConsumer(config, clientId, opts.group, opts.sessionTimeout, 2);
  const handled = new Handled();
  const sum: WorkerSummary = { documents: 0, statements: 0, rejected: 0, skipped: 0, ms: 0, extractMs: 0, publishMs: 0 };
  let first = 0;
  let lastActivity = Date.now();
  let busy = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  // Load the lexicons and the parser model before joining the group: extraction is synchronous, and
  // a first document that spends seconds loading them would miss heartbeats and cost a rebalance.
  const t = Date.now();
  extractDocument({ id: 'warm-up', path: 'warm-up', text: 'The minister criticized the plan of the council.' });
  if (opts.verbose) opts.log(`extractor ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  try {
    let stream;
    try {
      stream = await consumer.consume({ topics: [opts.from], mode: 'committed', fallbackMode: 'earliest', autocommit: false });
    } catch (err) {
      kafkaError(err, `cannot join consumer group ${opts.group} on ${opts.from}`);
    }
    const stop = (why: string) => {
      if (stopping) return;
      stopping = true;
      opts.log(why);
      void stream.close().catch(() => undefined);
    };
    opts.signal?.addEventListener('abort', () => stop('stopping after the current document…'));
    // A member that has handled nothing yet may still be waiting for its first assignment (a rebalance
    // with several members joining can take longer than S): it waits at least FIRST_ASSIGNMENT_S.
    const idle = new IdleExit({
      consumer, topic: opts.from, lastActivity: () => lastActivity, busy: () => busy || stopping,
      seconds: () => (opts.idleExit === undefined ? undefined : sum.documents > 0 ? opts.idleExit : Math.max(opts.idleExit, FIRST_ASSIGNMENT_S)),
      onIdle: () => stop(`idle for ${opts.idleExit} s and ${opts.from} fully committed by group ${opts.group}: exiting`),
    });
    let lastReport = Date.now();
    let reported = 0;
    timer = setInterval(() => {
      if (Date.now() - lastReport >= 5000 && sum.documents !== reported) {
        lastReport = Date.now();
        reported = sum.documents;
        opts.log(`${sum.documents} documents, ${sum.statements} statements (${rate(sum.statements, sum.extractMs)} statements/s of extraction)`);
      }
      idle.tick();
    }, 1000);

    for await (const message of stream) {
      if (!handled.isNew(message.partition, message.offset)) {
        sum.skipped++;
        continue;
      }
      busy = true;
      if (!first) first = Date.now();
      const where = `${opts.from}[${message.partition}]@${message.offset}`;
      let reject: string | undefined;
      let values: string[] = [];
      let key = message.key ?? '';
      let count = 0;
      const t0 = Date.now();
      try {
        const doc = decodeArticle(message.value);
        key = doc.id;
        const errors: string[] = [];
        const statements = extractDocument(doc, {
          onMessage: (m: PipelineMessage) => {
            if (m.severity === 'error' && m.ruleId === 'pipeline/internal-error') errors.push(m.reason);
          },
        }).map((s) => withSource(doc, s));
        if (errors.length) reject = errors.join('; ');
        else {
          values = encodeStatementParts(documentRow(doc), statements, randomUUID());
          count = statements.length;
        }
      } catch (err) {
        reject = (err as Error).message;
      }
      const t1 = Date.now();
      sum.extractMs += t1 - t0;
      try {
        if (reject) {
          opts.log(`${where}: rejected (${reject}); sent to ${rejectedTopic(opts.from)}`);
          await producer.send({
            messages: [{
              topic: rejectedTopic(opts.from), key, value: message.value ?? '',
              headers: { reason: reject.slice(0, 2000), source: where },
            }],
          });
          sum.rejected++;
        } else {
          await producer.send({ messages: values.map((value) => ({ topic: opts.to, key, value })) });
          sum.documents++;
          sum.statements += count;
          if (opts.verbose) opts.log(`${where}: document ${key}: ${count} statements in ${values.length} part${values.length === 1 ? '' : 's'}`);
        }
      } catch (err) {
        kafkaError(err, `${where}: publishing failed (the article stays uncommitted and will be extracted again)`);
      }
      handled.mark(message.partition, message.offset);
      try {
        // Only now is the article done: its statements are on the broker.
        await message.commit();
      } catch (err) {
        // Typically the partition moved to another worker (this one was too slow to heartbeat): the
        // new owner extracts the article again, which is harmless. The worker goes on.
        opts.log(`${where}: commit failed (${(err as Error).message}); the article will be extracted again by the partition's owner`);
      }
      sum.publishMs += Date.now() - t1;
      lastActivity = Date.now();
      busy = false;
      if (stopping) break;
    }
  } finally {
    if (timer) clearInterval(timer);
    sum.ms = first ? Date.now() - first : 0;
    await consumer.close().catch(() => undefined);
    await producer.close().catch(() => undefined);
  }
  return sum;
}

export function rate(n: number, ms: number): string {
  return ms > 0 ? (n / (ms / 1000)).toFixed(0) : '–';
}
